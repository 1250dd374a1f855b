"""E-mail addresses said aloud that end with `på gmail` instead of an at-word (round 32i).

`provider_emails` ends an address said aloud at a provider after `krøllalfa` or another at-word. A speaker
dictating an address as its parts may put the provider after `på`, as one says where an account is: "Rose,
a-c-h-i-e-n-g, åtti-sju, på gmail"; "l-e-y-l-a, punktum, haidari, to tusen, på hotmail"; "ingvild,
r-a-m-b-e-r-g, på gmail". `på` is an everyday word, so the local part before it must be dictated: read back
with `number_emails.local_parts` (a number said with a hyphen, `åtti-sju`, counts as a number), it holds a word
spelled letter by letter and at least one more part, and a plain word beside the spelling stands apart from it
with a comma or a joining word, as a pause sets dictated parts apart. The provider (`gmail`, `hotmail`,
`outlook`, … from `provider_emails`) may have its top-level domain after it.

"Det staves m-e-n-t-o-r" (a word spelled after a verb, no pause), "alle har e-post på gmail" (no spelled
part) and "på gmail" alone make no address.
"""

from __future__ import annotations

import re
from itertools import pairwise
from collections.abc import Iterator

from workbench.io.pseudonymize.number_emails import local_parts
from workbench.io.pseudonymize.provider_emails import _PROVIDER
from workbench.io.pseudonymize.spelled_emails import _DOT, _GAP, _TLD
from workbench.io.pseudonymize.spoken_numbers import _said_value

_ON_PROVIDER = re.compile(
    rf"(?<=[ \t,])(?i:på)[ \t]+{_PROVIDER}(?:{_GAP}{_DOT}{_GAP}{_TLD}|\.{_TLD})?(?![\w@-])")
_HYPHENATED = re.compile(r"[\w]+(?:-[\w]+)+")
_TOKEN = re.compile(r"[\w]+(?:-[\w]+)*")


def _numbers_unhyphenated(text: str) -> str:
    """`text` with the hyphens of number words said as one ("åtti-sju", "to-tusen") made spaces (same length)."""
    def plain(m: re.Match[str]) -> str:
        pieces = m.group(0).split("-")
        if all(len(p) > 1 and _said_value(p.casefold()) is not None for p in pieces):
            return m.group(0).replace("-", " ")
        return m.group(0)
    return _HYPHENATED.sub(plain, text)


def _dictated(text: str, parts: list[tuple[str, int]]) -> bool:
    """Whether parts read back from the provider (`number_emails.local_parts`) are an address dictated part by
    part: a spelled word, another part, and a comma between a plain word and a spelling beside it."""
    kinds = [k for k, _ in parts]
    if "spelled" not in kinds or sum(k not in ("join", "og", "cue") for k in kinds) < 2:
        return False
    for (later, later_start), (earlier, earlier_start) in pairwise(parts):
        if {later, earlier} == {"word", "spelled"}:
            token = _TOKEN.match(text, earlier_start)
            if token is None or "," not in text[token.end():later_start]:
                return False  # "staves m-e-n-t-o-r": a word spelled after a verb, no pause
    return True


def provider_on_emails(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of e-mail addresses dictated part by part and ended by `på` and a provider."""
    plain = _numbers_unhyphenated(text)
    for m in _ON_PROVIDER.finditer(plain):
        gap_start = m.start()
        while gap_start > 0 and plain[gap_start - 1] in " \t,":
            gap_start -= 1
        line_start = plain.rfind("\n", 0, gap_start) + 1
        parts = local_parts(plain, line_start, gap_start)
        if parts and _dictated(plain, parts):
            yield parts[-1][1], m.end()
