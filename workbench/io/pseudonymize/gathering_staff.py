"""People from a public body met at a professional gathering: the body is their workplace (round 33o).

A state agency named as such identifies nobody ("NVE varslet flom", "brev fra Skatteetaten", "en fra
Skatteetaten holdt et innlegg"), and `public_bodies` counts it only where someone works there. A mentor who
takes a participant to a seminar "med folk fra Kystverket og Havforskningsinstituttet", or a participant who
sat at a `fagdag` "ved siden av to ingeniører fra Statens vegvesen", names the agency as the workplace of the
people met, which tells a reader the participant's field and network as an employer does. So a listed public
body is a workplace here when

* a word for staff stands right before `fra` and the body: people, professionals, employees or an
  occupation (`folk`, `fagfolk`, `ansatte`, `representanter`, `ingeniører`, `en geolog`), with another
  organisation and `og`/`eller` allowed between `fra` and the body ("folk fra Statkraft og NVE");
* and a professional gathering is named earlier in the same sentence (`fagmøte`, `fagdag`, `seminar`,
  `konferanse`, `workshop`, `nettverkstreff`, `befaring` ...), not a client's meeting or an information
  meeting (`møte`, `informasjonsmøtet`, `tilsyn`, `besøk`).

A body that speaks or acts at a gathering ("på seminaret fortalte Skatteetaten", "en dame fra NAV", a bare
"en fra Skatteetaten") stays as such; NAV, UDI and IMDi are no listed bodies.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.work_frames import sentence_around

_GATHERING = re.compile(
    r"(?<![\w-])(?i:fagmøte|fagdag|fagsamling|fagforum|fagseminar|seminar|konferanse|workshop|kongress|symposium"
    r"|nettverksmøte|nettverkstreff|nettverkssamling|befaring|studietur|lunsjmøte|frokostmøte)"
    r"(?:et|en|er|ene|a|r|n|ne|ane)?(?![\w-])")
_OCCUPATIONS = (r"ingeniør|forsker|geolog|biolog|hydrolog|meteorolog|økolog|glasiolog|rådgiver|inspektør|tekniker"
                r"|konsulent|planlegger|arkitekt|jurist|økonom|saksbehandler|analytiker|fagperson|fagsjef")
_STAFF = re.compile(
    rf"(?<![\w-])(?i:(?:(?:en|ei|et|to|tre|fire|fem|noen|flere|mange|et[ \t]+par|\d+)[ \t]+)?"
    rf"(?:[a-zæøå]*(?:{_OCCUPATIONS})(?:e|er|ere|ene|erne)?|folk|folka|folkene|fagfolk|fagfolka|ansatte"
    rf"|representanter|kolleger|kollegaer))[ \t]+fra[ \t]+"
    r"(?:[A-ZÆØÅ][\w-]*(?:[ \t]+[A-ZÆØÅ0-9][\w-]*){0,3},?[ \t]+(?:og|eller)[ \t]+)?$")


def staff_before(text: str, start: int) -> bool:
    """Whether people from the body at `start` are named right before it at a gathering in the same sentence
    ("på et seminar med folk fra ", "på fagdagen … to ingeniører fra ", "fra Statkraft og ")."""
    lo, _hi = sentence_around(text, start, start, back=200)
    before = text[lo:start]
    staff = _STAFF.search(before)
    return staff is not None and _GATHERING.search(before, 0, staff.start()) is not None
