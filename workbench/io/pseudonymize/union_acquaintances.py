"""Unions and professional associations someone is known from, or that someone else joins (round 39n).

`union_members` and `nynorsk_unions` find a listed union that the speaker or a person is, became or was a member
of, in their own frames ("meldte meg inn i Delta", "Eg melde meg inn i NSF"), and leave a modal, a wish or
someone else's membership in the clause alone: "du kan melde deg inn i Delta" is advice to anyone. Two more
forms tie a person to a union all the same, in Bokmål and in Nynorsk:

* Someone known from or through a union or professional association ("ein syrar som eg kjende frå NITO",
  "jeg kjenner Lise fra Fagforbundet", "eg blei kjend med Mona gjennom Forskerforbundet"): both were there, as
  members. A negation or nobody in the clause ("kjenner ingen fra Parat") or a question leaves it, and so does
  the union before the preposition ("kjenner Fagforbundet fra reklamen", "kjenner til NITO frå avisa").
* Someone enrolling another ("jeg meldte henne inn i Delta", "mannen meldte kona inn i Parat"), or a modal
  whose joining the text then says was done ("Amir burde melde seg inn i Econa. Det gjorde han i mars.", "ho
  burde melde seg inn i Naturviterne. Ho gjorde det same veka."). Advice to anyone (`du`, `man`, `ein`,
  `alle`), a negation in the clause, and a joining still not done ("men det har han ikke gjort", "ho gjorde det
  aldri") stay.

Each find is an organisation (`rule:definite-body`, with `union_members`' finds) and is found again at its other
mentions.
"""

from __future__ import annotations

import re
from workbench.io.pseudonymize import rules

# Known from or through the union, right before it: "kjende frå", "kjenner Lise fra", "blei kjend med Mona gjennom".
_KNOWN_FROM = re.compile(
    r"(?<![\w-])(?i:kjenner|kjente|kjende|kjent|kjend|kjenne|møtte|møtt|møttes|møttest|traff|treft|trefte)"
    r"(?:[ \t]+[\wæøåÆØÅ-]+){0,4}?[ \t]+(?i:fra|frå|gjennom|via)[ \t]+$")
# Someone enrolled by another, right before the union: "meldte henne inn i", "melde kona inn i".
_ENROLLED = re.compile(
    r"(?<![\w-])(?i:meldte|melde|meldt)[ \t]+(?:(?i:henne|han|ham|honom|dei|dem|begge|barna|kona|mannen|sonen"
    r"|dottera|datteren|sønnen|broren|bror|søstera|søsteren|syster|mor|far)|[A-ZÆØÅ][a-zæøå]+)(?:[ \t]+(?i:òg|også))?"
    r"[ \t]+inn[ \t]+i[ \t]+$")
# A modal joining, right before the union: "burde melde seg inn i", "skulle melde seg inn i".
_MODAL_JOIN = re.compile(
    r"(?<![\w-])(?i:burde|bør|skulle|måtte|ville)[ \t]+(?i:melde)[ \t]+(?i:seg|meg|oss)[ \t]+inn[ \t]+i[ \t]+$")
# Advice to anyone, a negation or nobody in the clause.
_NOT_HERE = re.compile(r"(?<![\w-])(?i:ikkje|ikke|aldri|ingen|inga|ingenting|du|dere|dykk|man|ein|alle|mange|folk"
                       r"|nokon|noen|kanskje|viss|hvis|dersom)(?![\w-])")
# The joining said done after it: "Ho gjorde det", "og det gjorde han", not followed by a negation.
_DONE = re.compile(r"(?<![\w-])(?i:(?:ho|han|hun|eg|jeg|dei|de|vi|me)[ \t]+gjorde[ \t]+det|det[ \t]+gjorde"
                   r"[ \t]+(?:ho|han|hun|eg|jeg|dei|de|vi|me))(?![\w-])(?![ \t]+(?i:ikkje|ikke|aldri)(?![\w-]))")
_SENTENCE_END = rules.SENTENCE_OR_LINE_END


def _done_after(text: str, end: int) -> bool:
    """Whether the rest of the sentence or the next one says the joining was done."""
    ends = list(_SENTENCE_END.finditer(text, end, min(len(text), end + 200)))
    stop = ends[1].start() if len(ends) > 1 else (ends[0].start() if ends and ends[0].group(0) == "\n"
                                                 else min(len(text), end + 200))
    if ends and ends[0].group(0) in "?\n":
        stop = ends[0].start()
    return _DONE.search(text, end, stop) is not None


def union_acquaintances(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a listed union or professional association someone is
    known from, that someone else was enrolled in, or that a modal joining was then done for."""
    from workbench.io.pseudonymize.union_members import _clause, _question, _trade_union, _union, listed_names

    out: list[tuple[int, int, str, str]] = []
    for start, name in listed_names(text, out):
        before = _clause(text, start)
        end = start + len(name)
        if _question(text, end):
            continue
        known = _KNOWN_FROM.search(before)
        if known is not None and _union(" ".join(name.split()).casefold()) \
                and not _NOT_HERE.search(before, known.start()):
            out.append((start, end, "org", "rule:definite-body"))
            continue
        if not _trade_union(name):
            continue
        enrolled = _ENROLLED.search(before)
        modal = _MODAL_JOIN.search(before)
        if (enrolled is not None or (modal is not None and _done_after(text, end))) \
                and not _NOT_HERE.search(before):
            out.append((start, end, "org", "rule:definite-body"))
    return out
