"""Counted nouns read right for one and for many."""

from workbench.core.wording import plural


def test_plural_singular_plural_irregular_and_thousands():
    assert plural(1, "participant") == "1 participant"
    assert plural(0, "participant") == "0 participants"
    assert plural(2, "match", "matches") == "2 matches"
    assert plural(1, "match", "matches") == "1 match"
    assert plural(12500, "coding") == "12,500 codings"
