"""State agencies and public institutions: nobody's identifier as bodies, a workplace where someone works.

Participants name the agencies they deal with ("Mattilsynet har strenge regler",
"Folkehelseinstituttet sa") as often as an employer, and naming a body as such
identifies no one. But the same agencies employ many of the mentors and mentees in
these programmes: "praksis hos Mattilsynet", "seksjonsleder i FHI" or "hun begynte i
Helsedirektoratet" tells a reader where a person works. So a public body counts as
an organisation only where a work context stands right before it, and then wherever
the same document names it again; elsewhere it is kept.

The agencies the participants are clients of (NAV, UDI, IMDi, the municipality) are
left out: "veilederen min i NAV" is the service, not a workplace, and a NAV office with
its district is found by the organisation rules.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.gathering_staff import staff_before
from workbench.io.pseudonymize.history_frames import history_before
from workbench.io.pseudonymize.tenure_frames import tenure_before

# Norwegian state agencies, directorates, inspectorates, institutes and other public bodies that employ
# people (casefolded; several words joined by single spaces). Not the client services NAV, UDI, IMDi.
PUBLIC_BODIES = frozenset("""
folkehelseinstituttet fhi mattilsynet kartverket helsedirektoratet hdir skatteetaten tolletaten tollvesenet
arbeidstilsynet datatilsynet finanstilsynet luftfartstilsynet petroleumstilsynet havindustritilsynet havtil
konkurransetilsynet forbrukertilsynet helsetilsynet medietilsynet lotteritilsynet jernbanetilsynet
legemiddelverket dmp kystverket fiskeridirektoratet sjøfartsdirektoratet miljødirektoratet utdanningsdirektoratet
udir bufdir bufetat barnevernet jernbanedirektoratet vegdirektoratet politidirektoratet pod
kriminalomsorgen domstoladministrasjonen riksantikvaren riksrevisjonen sivilombudet likestillingsombudet
forbrukerrådet ssb havforskningsinstituttet veterinærinstituttet
forskningsrådet husbanken lånekassen brønnøysundregistrene patentstyret nkom digdir dsb dsa nve nsm kripos
økokrim politiet statsforvalteren fylkesmannen stortinget regjeringen statsbygg forsvarsbygg forsvaret
sjøforsvaret luftforsvaret hæren heimevernet kystvakten norad helfo sikt hk-dir hkdir nokut arkivverket
brannvesenet brann-og-redningsetaten marinen
nasjonalbiblioteket innovasjon-norge kompetanse-norge direktoratet-for-e-helse nasjonalt-folkehelseinstitutt
""".split()) | {
    "statens vegvesen", "statens pensjonskasse", "statens helsetilsyn", "statens kartverk", "statistisk sentralbyrå",
    "norges forskningsråd", "norges bank", "meteorologisk institutt", "innovasjon norge", "kompetanse norge",
    "direktoratet for e-helse", "direktoratet for høyere utdanning og kompetanse",
    "direktoratet for arbeidstilsynet", "direktoratet for medisinske produkter", "statens strålevern",
    "direktoratet for samfunnssikkerhet og beredskap", "statens arbeidsmiljøinstitutt", "stami",
    "nasjonalt folkehelseinstitutt", "statens lånekasse", "statens barnehus", "norges geologiske undersøkelse",
}
# Endings of the names of directorates, inspectorates and ministries ("Sjøfartsdirektoratet",
# "Arbeids- og inkluderingsdepartementet"), counted only after a dictionary word. Not `-etaten`: a
# municipality's agencies ("Velferdsetaten") are workplaces the organisation rules find.
BODY_SUFFIXES = ("direktoratet", "tilsynet", "departementet")

# Words that put someone's work at the body right after a preposition, up to three words between
# ("jobber fast i", "praksis hos", "et vikariat i", "begynte selv i").
_WORK = (r"jobb(?:er|et|a|e)?|jobben|arbeid(?:er|et|e)|ansatt|ansettelse|praksis(?:plass)?|arbeidspraksis"
         r"|språkpraksis|hospiter(?:er|te|ing)|vikariat(?:et)?|vikar(?:ierer|ierte)?|lærling(?:plass)?"
         r"|trainee(?:plass|plassen|stilling|stillingen)?|traineeship|internship|sommerjobb(?:en)?|deltidsjobb(?:en)?|helgejobb(?:en)?|stilling(?:en)?"
         r"|begynte|begynt|startet")
# Getting in: "hjelpe meg inn i FHI", "kom inn i Skatteetaten" (not "logger inn på Altinn").
_INTO = r"meg|deg|ham|henne|seg|oss|dem|kom|komme|kommet|kommer"
# People who work there, before i/ved/hos: a leader or a colleague ("seksjonsleder i FHI", "kollega i
# Kartverket"); not a client's counterpart (veileder, saksbehandler, rådgiver).
_STAFF = (r"(?:\w+)?(?<!vei)leder(?:en)?|(?:\w+)?sjef(?:en)?|(?:\w+)?direktør(?:en)?|(?:senior)?forsker(?:en)?"
          r"|kollega(?:en|er|ene)?|kolleger|kollegene")
_BEFORE = re.compile(
    rf"(?<![\w-])(?i:(?:{_WORK})(?:[ \t]+[\wæøåÆØÅ-]+){{0,3}}[ \t]+(?:i|på|hos|ved|for)"
    rf"|(?:{_INTO})[ \t]+inn[ \t]+i"
    rf"|(?:{_STAFF})[ \t]+(?:i|på|hos|ved))[ \t]+$")
_CANDIDATE = re.compile(r"(?<![\w@.-])([A-ZÆØÅ][\w-]*(?:[ \t]+[\wæøåÆØÅ-]+){0,6})")
_GENITIVE = re.compile(r"(?:'s|’s|'|’|s)$")


def body_length(text: str, start: int) -> int:
    """The length of the public body's name that starts at `start` (its genitive too), or 0."""
    m = _CANDIDATE.match(text, start)
    if m is None:
        return 0
    words = list(re.finditer(r"[\wæøåÆØÅ-]+(?:'s|’s|'|’)?", m.group(1)))
    for n in range(min(len(words), 7), 0, -1):
        end = words[n - 1].end()
        span = " ".join(m.group(1)[:end].split()).casefold()
        if public_body(span):
            return end
    return 0


def public_body(span: str) -> bool:
    """Whether a casefolded name (or its genitive) is a listed public body or ends like a directorate."""
    for form in (span, _GENITIVE.sub("", span)):
        if form in PUBLIC_BODIES or form.replace(" ", "-") in PUBLIC_BODIES:
            return True
    if " " in span or not _GENITIVE.sub("", span):
        return False
    last = _GENITIVE.sub("", span)
    for s in BODY_SUFFIXES:
        stem = last[:-len(s)]
        if last.endswith(s) and len(stem) > 2 and (rules.known_word(stem) or rules.compound_head(stem)
                                                   or (stem[-1:] in "se" and rules.known_word(stem[:-1]))):
            return True
    return False


def work_before(text: str, start: int) -> bool:
    """Whether a work context ends right before `start` in the same line ("vikariat i ", "sjefen i ")."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 80)
    return _BEFORE.search(text[line_start:start]) is not None


def workplaces(text: str) -> list[tuple[int, int, str, str]]:
    """Public bodies the text names as where someone works or studied, at every mention: (start, end, "org", source)."""
    bodies = []
    for m in re.finditer(r"(?<![\w@.-])[A-ZÆØÅ]", text):
        length = body_length(text, m.start())
        if length:
            # where someone works, or studied, took a course or worked under an occupation (`history_frames`),
            # or served some years or held a gathering (`tenure_frames`), or whose staff someone met at a
            # professional gathering (`gathering_staff`, round 33o)
            bodies.append((m.start(), m.start() + length, work_before(text, m.start())
                           or history_before(text, m.start()) or tenure_before(text, m.start())
                           or staff_before(text, m.start())))
    worked = {body_key(text[s:e]) for s, e, work in bodies if work}
    return [(s, e, "org", "rule:employer-context") for s, e, _w in bodies if body_key(text[s:e]) in worked]


def body_key(name: str) -> str:
    """A public body's name as one key: casefolded, single spaces, no genitive ("Mattilsynets" -> "mattilsynet")."""
    span = " ".join(name.split()).casefold()
    bare = _GENITIVE.sub("", span)
    return bare if bare != span and public_body(bare) else span


def named_as_workplace(text: str) -> set[str]:
    """The keys of the public bodies that the text names somewhere as a workplace."""
    return {body_key(text[s:e]) for s, e, _k, _src in workplaces(text)}
