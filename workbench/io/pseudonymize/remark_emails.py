"""An e-mail address said aloud with a short remark between its local part and the at-word (round 30n).

Dictating an address, a speaker stops after the name to say how it is written, then goes on: "joy punktum
delacruz, alt i ett ord, krøllalfa gmail punktum com", "bashir strek nuri, med små bokstaver, alfakrøll online
punktum no". The rules for addresses said aloud (`spelled_emails`, `number_emails`, `provider_emails`) read the
local part back from the at-word, and the remark stands there: its last word is a plain word and ends the local
part before the name is reached, and a plain word right after a plain one is no address either.

Here, after an at-word with a provider after it (a domain with its top-level domain, or a provider alone), a
remark of one to six words with no digit, set off by commas (or dashes) on both sides, is stepped over, and the
local part is read back from the comma before it with `number_emails.local_parts`. The address is one span from
the local part to the domain, the remark inside it, when the local part joins two parts with `punktum`, `prikk`,
`strek`, `bindestrek` or `understrek` ("joy punktum delacruz"): a plain word before a remark ("Jeg skrev det,
alt i ett ord, krøllalfa …") makes no address. A remark may spell the last part again and say how
("shirin punktum mohammadi punktum fin, f-i-n som i finans, krøllalfa gmail punktum com", round 38c).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.number_emails import _AFTER, local_parts, said_at_words
from workbench.io.pseudonymize.provider_emails import _BARE_PROVIDER

# A remark before the at-word: one to six words of letters, a comma or a dash with spaces before it (never the
# hyphen of a spelled word: "k-a-m-a-u").
# Round 38c: a word of the remark may be spelled with hyphens ("fin, f-i-n som i finans, krøllalfa …").
_REMARK_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
_REMARK = re.compile(rf"(?:[ \t]*,|[ \t]+[–—-])[ \t]*{_REMARK_WORD}(?:[ \t]+{_REMARK_WORD}){{0,5}}[ \t]*$")
_AT_INSIDE = re.compile(r"(?<![\w-])(?i:krøll[ -]?alfa|alfa[ -]?krøll|snabel-a|at)(?![\w-])")


def remark_emails(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of e-mail addresses said aloud with a remark before the at-word."""
    for pattern in (_AFTER, _BARE_PROVIDER):
        for gap_start, after in said_at_words(text, pattern):
            line_start = text.rfind("\n", 0, gap_start) + 1
            remark = _REMARK.search(text, line_start, gap_start)
            if remark is None or _AT_INSIDE.search(remark.group(0)):
                continue
            parts = local_parts(text, line_start, remark.start())
            kinds = [kind for kind, _start in parts]
            if "join" in kinds and sum(kind != "join" for kind in kinds) >= 2:
                yield parts[-1][1], after.end()
