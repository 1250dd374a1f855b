"""A kindergarten, school or centre named by a word and its kind at a sentence start: "Humla barnehage Tiller."

Names of kindergartens and schools are often ordinary words ("Humla", "Tyttebæret", "Solsikken") before the
kind of institution in lower case, and a place after ("Kanvas barnehage Hunndalen"). Inside a sentence the
organisation rules read the run whole; at a sentence start (an answer, a list, a correction) the word rules
take the first word for an ordinary capitalised word and the name was lost. Here a capitalised word right at
a sentence's or a turn's start, before an institution noun in the indefinite (`barnehage`, `skole`,
`barneskole`, `sykehjem`, `senter`, `kjøpesenter` …) and an optional capitalised place, is one organisation,
unless the word is an adjective or a determiner ("Privat barnehage er dyrt", "Ny skole", "Nytt senter", "Hver
skole", "Vår barnehage").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, rules
from workbench.io.pseudonymize.foreign_schools import foreign_schools
from workbench.io.pseudonymize.place_programmes import place_programmes

_KINDS = (r"barnehage|naturbarnehage|gårdsbarnehage|familiebarnehage|skole|skule|barneskole|ungdomsskole|oppvekstsenter"
          r"|friskole|montessoriskole|steinerskole|kulturskole|musikkskole|sfo|aks|sykehjem|omsorgssenter|bokollektiv"
          r"|senter|storsenter|kjøpesenter|handlesenter")  # round 23o: a shopping centre too ("Tiller senter, …")
_NAMED = re.compile(rf"([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅa-zæøå][a-zæøå]+)?)[ \t]+(?:{_KINDS})(?![\w-])"
                    r"(?:[ \t]+(?!(?:I|Og|Men|Så|Der|Den|Det|De|Vi|Jeg|Hun|Han)(?![\w-]))([A-ZÆØÅ][\w-]*))?")
# Adjectives and determiners that open a noun phrase about a kind of institution, not a name.
_NOT_NAMES = frozenset("""
privat private kommunal kommunale statlig offentlig åpen åpne ny nye gammel gamle god gode stor store liten lite
små vanlig vanlige ordinær norsk norske internasjonal internasjonale kristen kristne muslimsk katolsk vår vårt
hver hvert annen annet enhver ingen noen en ei et første andre neste samme egen eget hel heile hele
etter før under mellom uten om mot med fra til hjem hjemme nytt stort lite eget hvert
""".split())


def _name_word(low: str) -> bool:
    """Whether a casefolded word before an institution noun can be its name: no adjective, determiner, function
    word, possessive or calendar word."""
    return not (low in _NOT_NAMES or low in gaz.FUNCTION_WORDS or low in gaz.POSSESSIVES or low in lexicon.CALENDAR
                or rules.adjective_like(low))


def named_institutions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:institution") for a kindergarten or school named at a sentence start."""
    out = []
    for m in _NAMED.finditer(text):
        start = m.start(1)
        before = text[max(0, start - 40):start]
        at_start = start == 0 or re.search(r"(?:[.!?][ \t]+|\n|^|:[ \t]+)$", before) is not None
        if not at_start:
            continue
        if not _name_word(m.group(1).casefold()):
            continue
        out.append((start, m.end(), "org", "rule:institution"))
    # round 33o: "et år på Tredegar-programmet i Wales"; round 44o: "Université Catholique d'Afrique Centrale"
    return out + place_programmes(text) + foreign_schools(text)


def institution_names(text: str) -> set[str]:
    """The words the document writes before an institution noun anywhere ("i Solsikken barnehage i …"), casefolded,
    adjectives and determiners left out (round 63a): such a word names a kindergarten, school or home, so a bare
    mention of it ("I Solsikken bruker de …") is that institution, not a tool someone uses."""
    return {low for m in _NAMED.finditer(text) if _name_word(low := m.group(1).casefold())}
