"""Counted nouns in messages: "1 participant", "2 participants", never "1 participants".

Every count a user reads (on screen, on the command line, in a report note) goes through
`plural`, so singular and plural are right wherever a count can be one.
"""

from __future__ import annotations


def plural(n: int, word: str, many: str | None = None) -> str:
    """`n` and the noun in the right number: plural(1, "coding") -> "1 coding",
    plural(3, "match", "matches") -> "3 matches". Thousands get separators."""
    noun = word if n == 1 else (many or word + "s")
    return f"{n:,} {noun}"
