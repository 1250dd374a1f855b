"""E-mail addresses said aloud that stop at the provider or leave the at-word out (round 27n).

`spelled_emails` and `number_emails` read an address said aloud up to its top-level domain, after `krøllalfa`
or another at-word. People stop earlier: the provider is all the listener needs ("s-i-g-r-u-n, punktum,
v-a-t-n-e-d-a-l, krøllalfa, outlook."), and a note of what was said can lose the at-word ("han stavet «tomas,
bindestrek, eide nittien, online punktum no»"). The local part is read back word by word from the at-word or
the provider, with `number_emails.local_parts`: words joined by `punktum`/`bindestrek`/`understrek`, letters
said one by one with commas or spaces between (`h, a, m, i, d`), spelled words, number words after a part.

* After an at-word, a provider with no top-level domain (`gmail`, `hotmail`, `outlook`, a spelled one) ends the
  address, when the local part holds a spelled word, single letters or a joining word: a plain word before
  the at-word ("Krøllalfa, gmail, det kan alle"; "navnet krøllalfa gmail") makes no address.
* With no at-word, a provider from the list and its top-level domain (`yahoo punktum com`, `online.no`) end the
  address when the local part before it holds a joining word between two parts, all in lower case as a note
  writes an address down: "jeg bruker gmail punktum com" has none, "Kurset, punktum, slutt" is a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.number_emails import local_parts, said_at_words
from workbench.io.pseudonymize.spelled_emails import _AT, _DOT, _GAP, _TLD, SPELLED

# Providers of private e-mail, the word a speaker says after the at-word ("krøllalfa, gmail").
_PROVIDER = (r"(?i:gmail|g-mail|hotmail|outlook|yahoo|online|live|icloud|msn|protonmail|proton|yandex|gmx|aol"
             r"|mail|epost|broadpark|altibox|lyse|getmail|start|frisurf)")
# After an at-word: a provider or a spelled domain, and no top-level domain after it (that form is the older
# rules'), the end of a sentence, a comma or the end of the turn after it.
_BARE_PROVIDER = re.compile(
    rf"{_GAP}{_AT}{_GAP}(?:{_PROVIDER}|{SPELLED})(?![\w@-])(?!{_GAP}(?i:punktum|prikk|dott|dot|bindestrek)(?![\w]))")
# With no at-word: a provider and its top-level domain, said or written.
_PROVIDER_DOMAIN = re.compile(
    rf"(?<![\w@.-]){_PROVIDER}(?:{_GAP}{_DOT}{_GAP}{_TLD}|\.{_TLD})(?![\w@-])")
_AT_BEFORE = re.compile(rf"(?<![\w-]){_AT}{_GAP}$")


def _spelled_local(kinds: list[str]) -> bool:
    return any(k in ("spelled", "join") for k in kinds) or kinds.count("letter") >= 3


def provider_emails(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of e-mail addresses said aloud that end at the provider, or that have no at-word."""
    for gap_start, after in said_at_words(text, _BARE_PROVIDER):
        parts = local_parts(text, text.rfind("\n", 0, gap_start) + 1, gap_start)
        if parts and _spelled_local([k for k, _ in parts]):
            yield parts[-1][1], after.end()
    for m in _PROVIDER_DOMAIN.finditer(text):
        gap_start = m.start()
        while gap_start > 0 and text[gap_start - 1] in " \t,":
            gap_start -= 1
        line_start = text.rfind("\n", 0, gap_start) + 1
        if gap_start == m.start() or _AT_BEFORE.search(text, line_start, m.start()):
            continue
        parts = local_parts(text, line_start, gap_start)
        kinds = [k for k, _ in parts]
        said = text[parts[-1][1]:gap_start] if parts else ""
        if "join" in kinds and sum(k != "join" for k in kinds) >= 2 and said == said.lower():
            yield parts[-1][1], m.end()
