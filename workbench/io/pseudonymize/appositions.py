"""What the words right after a name say it is: a person, a local body, or somewhere someone is.

The reference keep (`references`) leaves a name that a text only watches, reads or talks about. A name
in such a frame may still be a person or a local body, and the text often says so right after it: an
apposition (", han er ny på lageret", ", sjefen min", ", kafeen til onkelen min", ", der jeg klatrer"),
or a next sentence whose subject is a person ("Vi snakket om Skogholt. Han begynte ..."). A single
compound of dictionary words may be a family name when it ends in a farm-name element ("Fjellvang").
These cues end the keep; they never find a name on their own.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.orgs import ORG_NOUNS

# Endings of Norwegian farm names, and so of surnames and local place names, beyond the place-name endings
# the rules know: a compound of dictionary words ending in one may be a family ("Fjellvang", "Skogholt").
FARM_ELEMENTS = tuple(sorted({*(e for e in gaz.NAME_ELEMENTS if len(e) >= 3), "vang", "vangen", "gaard", "gård",
                               "gården", "holt", "botn", "bakk", "bakke", "gløtt", "voll", "vollen", "hagen",
                               "myr", "myra", "myren", "seter", "sæter", "setra", "stølen", "plass", "skog",
                               "skogen", "berget", "haugen", "lien", "toft", "hovd", "heia", "bråten", "sletta",
                               "sletten", "jordet", "ødegård", "rønning", "kvist", "qvist", "gren", "ström"}))


# What an apposition right after a name says it is (", han er ny", ", sjefen min", ", kafeen til onkelen min",
# ", der jeg klatrer"): a person, a local body, or somewhere someone is. Up to three words may come between
# ("Fjellvang i går, han er ...").
_APPOSITION = re.compile(r"(?:[ \t]+[\wæøåÆØÅ]+){0,3}?[ \t]*,[ \t]+(?:(?:min|mi|mitt|vår|vårt|den|det|de|begge)[ \t]+)?"
                         r"([a-zæøåé]+)((?:[ \t]+[a-zæøåé]+){0,3})")
# The next sentence opens with a person as its subject ("Vi snakket om Skogholt. Han begynte ..."): a person.
_NEXT_SAYS_PERSON = re.compile(r"(?:[ \t]+[\wæøåÆØÅ]+){0,3}?[ \t]*[.!?][ \t]+(?:Han|Hun)[ \t]+[a-zæøå]")
_PRONOUNS = frozenset("han hun ham henne".split())
_SUBJECTS = frozenset("jeg vi han hun de dere du man".split())
_BEING_THERE = frozenset("jobber jobbet bor bodde studerer studerte går gikk trener trente klatrer".split())


def next_sentence_person(text: str, end: int) -> bool:
    """Whether the next sentence opens with a person as its subject ("... Skogholt. Han begynte")."""
    return _NEXT_SAYS_PERSON.match(text, end) is not None


def apposition(text: str, end: int) -> str | None:
    """`person`, `local` or `affiliation` from an apposition right after a name, else None."""
    m = _APPOSITION.match(text, end)
    if not m or _SENTENCE_BREAK_IN.search(m.group(0).split(",")[0]):
        return None
    noun, rest = m.group(1), (m.group(2) or "").split()
    nxt = rest[0] if rest else ""
    if noun in _PRONOUNS or noun in gaz.ROLE_NOUNS or noun.rstrip("e") in gaz.ROLE_NOUNS:
        return "person"  # ", han er ny på lageret", ", sjefen min", ", begge mentorene"
    if noun in ORG_NOUNS:
        return "local"  # ", sykehjemmet der mora mi bor", ", kafeen til onkelen min"
    if noun in ("der", "hvor") and (nxt in _SUBJECTS or any(w in _BEING_THERE for w in rest)):
        return "affiliation"  # ", der jeg klatrer", ", der jobber kona", ", der bestemor bor"
    return None


_SENTENCE_BREAK_IN = re.compile(r"[.!?:;\n]")
