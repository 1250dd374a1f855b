"""E-mail addresses said aloud with a number said in words inside the local part (round 26n).

A written address often ends its local part in digits (`abdi.idris87`, `jfcastano79`, `hodan_warsame2004`); said
aloud on a telephone line the digits become words, right after the name with no joining word: "abdi punktum
idris åttisju krøllalfa outlook punktum com", "jfcastano syttini krøllalfa hotmail punktum com", "kwabena
bindestrek mensah null sju alfakrøll online punktum no", "hodan understrek warsame to tusen og fire at gmail
punktum com", spelled in part ("h-o-d-a-n, sekstiåtte, at, hotmail punktum com"). `spelled_emails` and
`identifiers.EMAIL_SPOKEN` need a joining word or a spelling between the parts, so they stop at the number
and leave the name before it.

The address is read from its provider back: after `krøllalfa`/`alfakrøll`/`snabel-a`/`at` a domain with a
top-level domain (`outlook punktum com`, `student punktum uio punktum no`, `gmail.com`), and before it, word
by word back to the start, the parts of the local part: words joined by `punktum`/`prikk`/`dot`/`dott`/
`bindestrek`/`understrek`, number words (`to tusen og fire`, `null sju`) right after a part, letters said one
by one, a spelled word; the number may also stand in figures, as a recogniser writes it ("hamid punktum
safi 94 alfakrøll hotmail punktum com", round 30c). A plain word next to a plain word ends it, and so does a word a sentence is made of
(`er`, `det`, `nå`, `altså`): in "nå er det hodan sekstiåtte at …" the address starts at `hodan`. A speaker
may say `tall` before the number ("m punktum rahimi, tall to tusen og ni, at gmail punktum com"): the cue joins
a part before it to the number after it, and nothing else (round 28n). An address
counts here only when a number word stands in its local part beside a part that is no number; the rest is
the older rules' to find. A number word may be written with a hyphen between its tens and ones ("joy punktum
delacruz åtti-sju krøllalfa …"), and `punkt` joins parts as `punktum` does (round 38c).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.spelled_emails import _AT, _DOMAIN_JOIN, _DOT, _GAP, _PART, _TLD, SENTENCE_WORDS, SPELLED
from workbench.io.pseudonymize.spoken_numbers import _said_value

# The provider and domain after the local part: "krøllalfa outlook punktum com", ", at, gmail.com".
_AFTER = re.compile(
    rf"{_GAP}{_AT}{_GAP}(?:{_PART}(?:{_GAP}{_DOMAIN_JOIN}{_GAP}{_PART})*{_GAP}{_DOT}{_GAP}{_TLD}"
    rf"|[\w-]+(?:\.[\w-]+)*\.{_TLD})(?![\w@-])")
_JOIN_WORDS = frozenset("punktum punkt prikk dott dot bindestrek understrek strek".split())
_NUMBER_GLUE = frozenset({"hundre", "tusen"})
# The word a speaker puts before the digits of a local part ("m punktum rahimi, tall to tusen og ni", round 28n).
_NUMBER_CUE = frozenset({"tall", "tallet", "tallene"})
_SENTENCE_WORDS = SENTENCE_WORDS  # words sentences are made of: never the first part of an address
_TOKEN = re.compile(r"[\w]+(?:-[\w]+)*|[^\w\s,]")
_SPELLED = re.compile(SPELLED)


def _kind(token: str) -> str:
    low = token.casefold()
    if low in _JOIN_WORDS:
        return "join"
    if low == "og":
        return "og"
    if low in _NUMBER_CUE:
        return "cue"
    if _said_value(low) is not None or low in _NUMBER_GLUE or (low.isdigit() and len(low) <= 4) \
            or ("-" in low and _said_value(low.replace("-", "")) is not None):  # "åtti-sju" (round 38c)
        return "number"  # "safi 94 alfakrøll …": a recogniser writes the number in figures (round 30c)
    if len(token) == 1 and token.isalpha():
        return "letter"
    if _SPELLED.fullmatch(token):
        return "spelled"
    if not token[0].isalnum():
        return "stop"
    return "word"


def _follows(left: str, token: str, right: str) -> bool:
    """Whether `token` (of kind `left`) may stand right before a part of kind `right` in a local part."""
    if left == "stop":
        return False
    if left == "cue" or right == "cue":  # "rahimi, tall to tusen": a cue stands between a part and a number
        return right == "number" if left == "cue" else left in ("word", "spelled", "letter")
    if right == "join":
        return left != "join" and left != "og"
    if left == "join":
        return True
    if right == "og":
        return left == "number"
    if left == "og":
        return right == "number"
    if left == "word" and token.casefold() in _SENTENCE_WORDS:
        return False
    if right == "number":
        return left in ("number", "word", "spelled", "letter")
    if right == "spelled":
        return left in ("word", "number")
    if right == "letter":
        return left == "letter"
    return False  # a word right after a word, a letter or a number: no address says it so


def local_parts(text: str, line_start: int, at: int) -> list[tuple[str, int]]:
    """The parts of a local part said aloud that ends at `at`, as (kind, start), from the provider back."""
    parts: list[tuple[str, int]] = []  # (kind, start), from the provider back
    end = at
    for m in reversed(list(_TOKEN.finditer(text, line_start, at))):
        if text[m.end():end].strip(" \t,"):
            break
        kind = _kind(m.group(0))
        if kind == "stop" or (parts and not _follows(kind, m.group(0), parts[-1][0])) \
                or (not parts and kind in ("join", "og", "cue")) \
                or (kind == "word" and m.group(0).casefold() in _SENTENCE_WORDS):
            break
        parts.append((kind, m.start()))
        end = m.start()
    while parts and parts[-1][0] in ("join", "og", "cue"):  # "… punktum idris åttisju": the join opens nothing
        parts.pop()
    return parts


def _local_start(text: str, line_start: int, at: int) -> int | None:
    """Where the local part ending at `at` starts, when it holds a number word beside a part that is no number."""
    parts = local_parts(text, line_start, at)
    kinds = [k for k, _ in parts]
    if "number" not in kinds or not any(k in ("word", "spelled", "letter") for k in kinds):
        return None
    return parts[-1][1]


_AT_WORD = re.compile(rf"(?<![\w-]){_AT}(?![\w-])")


def said_at_words(text: str, after: re.Pattern[str]) -> Iterator[tuple[int, re.Match[str]]]:
    """(where the local part ends, the match of `after` there) for each at-word said aloud with a
    gap (spaces, tabs, commas) before it and `after` matching from that gap on."""
    for m in _AT_WORD.finditer(text):
        gap_start = m.start()
        while gap_start > 0 and text[gap_start - 1] in " \t,":
            gap_start -= 1
        rest = after.match(text, gap_start)
        if rest is not None and gap_start != m.start():
            yield gap_start, rest


def number_emails(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of e-mail addresses said aloud whose local part holds a number said in words."""
    for gap_start, after in said_at_words(text, _AFTER):
        line_start = text.rfind("\n", 0, gap_start) + 1
        start = _local_start(text, line_start, gap_start)
        if start is not None:
            yield start, after.end()
