"""Import's control-character count: one regex, the same as the per-character rule it replaced."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.io.transcripts.readers import count_controls


def by_character(text: str) -> int:
    """The rule written out: C0 controls but tab, LF, VT, FF and CR; DEL; C1 controls."""
    return sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) <= 0x9F)


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=200))
def test_regex_count_equals_the_per_character_rule(text):
    assert count_controls(text) == by_character(text)


def test_every_boundary_character():
    every = "".join(chr(i) for i in range(0x200))
    assert count_controls(every) == by_character(every) == 27 + 33  # 0-8, 14-31 and 127-159
    assert count_controls("Mentee: Jeg fikk jobb.\r\n\tÆØÅ æøå\f\v") == 0
