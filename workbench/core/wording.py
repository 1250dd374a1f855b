"""Counted nouns in messages: "1 participant", "2 participants", never "1 participants".

Every count a user reads (on screen, on the command line, in a report note) goes through
`plural`, so singular and plural are right wherever a count can be one.
"""

from __future__ import annotations

from itertools import pairwise


def plural(n: int, word: str, many: str | None = None) -> str:
    """`n` and the noun in the right number: plural(1, "coding") -> "1 coding",
    plural(3, "match", "matches") -> "3 matches". Thousands get separators."""
    noun = word if n == 1 else (many or word + "s")
    return f"{n:,} {noun}"


#: Said wherever a list of suggestions is not in score order, and why.
SUGGESTION_ORDER_NOTE = ("order: the likeliest top-level codes lead, one entry each (their most specific likely code), "
                         "then the rest by score")


def out_of_score_order(scores: list[float]) -> bool:
    """True when a later suggestion scores higher than an earlier one (the list then needs the note)."""
    return any(later > earlier for earlier, later in pairwise(scores))
