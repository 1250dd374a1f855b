"""A local branch of a national voluntary body, named with its town, where someone volunteers or works.

Red Cross, Norwegian People's Aid, the Salvation Army and the Church City Mission have a branch in every town,
and the branch is named by the town before or after the body: "Drammen Røde Kors", "Røde Kors Tromsø",
"Norsk Folkehjelp Sandnes", "Frelsesarmeen Bergen", "Kirkens Bymisjon Oslo". The national body as such
identifies nobody and stays (`associations.VOLUNTEER_BODIES`, `aid_bodies`: "ga penger til Røde Kors",
"frivillig i Røde Kors"), and `aid_bodies` reads the town only after `i`/`på` ("Røde Kors i Alta") and only after
a course, a role or a branch word. A branch with its town in the name is one small group of people in one town;
where someone volunteers, works, drives or is a member there ("var frivillig i Drammen Røde Kors og
oversatte", "sjåfør for Røde Kors Hadeland", "jobbet deltid i Kirkens Bymisjon Tromsø") the body and its town
are one organisation.

The town is a listed place or a capitalised word the dictionary does not know ("Hadeland"); a word after the body
that the dictionary knows is a part of the body ("Røde Kors Ungdom", "Norsk Folkehjelp Sanitet") and no town,
and `Norge`/`Norges` is the national body. The frame is a volunteer's part, an occupation, a work word, a branch
word or joining, right before the name in its clause.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.associations import joined_before, work_there_before
from workbench.io.pseudonymize.body_employers import occupation_before
from workbench.io.pseudonymize.public_bodies import work_before
from workbench.io.pseudonymize.sentence_marks import CLAUSE_END as _CLAUSE_END

# National voluntary bodies whose local branches carry their town's name.
_BODIES = ("røde kors", "norsk folkehjelp", "frelsesarmeen", "kirkens bymisjon", "blå kors", "redd barna",
           "sanitetsforeningen", "sanitetskvinnene", "kirkens sos", "natteravnene")
_BODY = r"(?:" + "|".join(r"[ \t]+".join(w.capitalize() for w in name.split()) for name in _BODIES) + r")"
_TOWN = r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?"
_BRANCH = re.compile(rf"(?<![\w@.-])(?:(?P<before>{_TOWN})[ \t]+{_BODY}|{_BODY}[ \t]+(?P<after>{_TOWN}))(?![\w-])")
# A volunteer's part, a stint or a branch word right before the branch: "frivillig i ", "var med i ", "styret i ".
_PART_BEFORE = re.compile(r"(?<![\w-])(?i:frivillig\w*|\w*hjelper|besøksvenn\w*|natteravn\w*|aktivitetsleder\w*"
                          r"|koordinator\w*|leder|medlem\w*|med|aktiv|engasjert|hjalp[ \t]+til|hjelper[ \t]+til|hjulpet[ \t]+til|lokallag\w*|styret|\w*korps(?:et)?)"
                          r"(?:[ \t]+(?i:der|også|lenge|mye))?[ \t]+(?:i|for|hos|på|ved)[ \t]+$")
_NOT_TOWNS = frozenset({"norge", "norges", "noreg", "noregs", "norsk", "norske", "den", "det", "jeg", "vi", "han", "hun"})


def _town(word: str) -> bool:
    low = word.casefold()
    if low in _NOT_TOWNS:
        return False
    return lexicon.listed(word, gaz.PLACES) or not lexicon.known_word(low)


def local_branches(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:local-body") for a voluntary body named with its town where someone is active."""
    out = []
    for m in _BRANCH.finditer(text):
        town = m.group("before") or m.group("after")
        if not _town(town):
            continue
        start = m.start()
        lo = max((e.end() for e in _CLAUSE_END.finditer(text, max(0, start - 100), start)), default=max(0, start - 100))
        before = text[lo:start]
        if _PART_BEFORE.search(before) or occupation_before(text, start) or work_before(text, start) \
                or work_there_before(before) or joined_before(before):
            out.append((start, m.end(), "org", "rule:local-body"))
    return out
