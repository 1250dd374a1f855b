"""Place names that are also everyday words, and Norwegian place names of several words (round 52p).

Many Norwegian municipalities, villages and city districts are named by a word of the language: `Lier`
(slopes), `Gol`, `Hol`, `Bø`, `Vik` (bay), `Sand`, `Nes`, `Ski`, `Time` (hour), `Gran` (spruce), `Strand`,
`Røyken` (the smoke), `Hole`, `Os`, `Sola` (the sun), `Lade`, `Tasta`, `Fana`; abroad `Porto` (postage), `Lima`,
`Rom`, `Nice`, `Lille`. Listing them among `gazetteer.PLACES` would bracket "gikk på ski" and "betalte porto";
leaving them out lets "bor i lier" through. These names are places only in a place frame, read by
`place_frames` (the policy and its exceptions are written there).

`ORDINARY` holds the place words whose lower-case form after a place preposition is itself an everyday
phrase ("i time", "på sand", "i sola", "på stranda", "i dalen", "i paradis", "på kinn", "i tau"): in text without
case they need a stronger frame than the preposition. `PHRASES` holds Norwegian place names of several words
as they are written with spaces (`Vestre Aker`, `St. Hanshaugen`, `Nore og Uvdal`); `X i Y` names such as
`Mo i Rana` and `Bø i Telemark` are read by the frame rule from their parts. Written from general knowledge.
"""

from __future__ import annotations

# Municipalities, former municipalities, towns, districts and cities abroad whose names are everyday words.
PLACE_WORDS = frozenset("""
alger alver aure blomsterdalen bogen bokn borge bryn bø bøler dale dalen dokka dønna eid essen evje fana fet fjell
fjord flora flå gamlebyen gol gran grim grue gulen halsa hamna haram heim hell helle hinna hol hole holmen hop
hovden hvaler hå hånes hølen ila jaren kampen kano kinn klepp kleppe kløfta kroken kvadraturen lade lassa leka lier
liknes lille lima lom loppa lund lyngen løkken marker mo moa mysen nes nice os osen otta paradis porto re ris rissa
rom rommen ryen rygge råde røst røyken sel selje skei skjold skoger skøyen sokna sola son stange stokke strand
stranda strømmen støren sula sund sunde søm tana tasta tau tiller time tinn tofte tokke torsken valle vang vik vika
våler ål åmot åssiden ølen øyer sand ski moss ås
""".split())

# Place words whose lower-case form after a preposition is an everyday phrase ("i time", "i sola", "på sand").
ORDINARY = frozenset("""
time sand sola stranda vika dalen fjell fjord heim holmen kampen kroken hamna strømmen løkken paradis rom lille tau
kano kinn sund ris søm skoger marker øyer ål sel lom eid hell halsa kløfta dokka lyngen gamlebyen kvadraturen
blomsterdalen hølen åssiden tasta bogen torsken ølen skjold helle bryn grim hop son re nice lade moa mo osen
""".split())

# Norwegian place names of several words, lower case, as written with spaces.
PHRASES = tuple("""
vestre aker|nordre aker|søndre nordstrand|gamle oslo|st. hanshaugen|sankt hanshaugen|indre arna|ytre arna
|øvre årdal|nedre eiker|øvre eiker|nore og uvdal|evje og hornnes|indre østfold|nordre follo|midtre gauldal
|indre fosen|nord odal|sør odal|østre toten|vestre toten|vestre slidre|øystre slidre|aker brygge
""".replace("\n", "").split("|"))

# Counties and traditional districts that follow a place word in `X i Y` names ("Bø i Telemark", "Vik i Sogn").
REGIONS = frozenset("""
telemark sogn hedmarken østerdalen solør hallingdal vesterålen jæren ryfylke gudbrandsdalen valdres hadeland
nordland vestfold østfold buskerud akershus sunnmøre nordmøre romsdal ådal toten sunnfjord nordfjord lofoten
""".split())
