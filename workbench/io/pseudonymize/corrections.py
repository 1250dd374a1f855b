"""A name put in place of another: "det er ikke Vestre Viken, det er Glassmagasinet"; "Så Glassmagasinet, ikke
Vestre Viken."

A speaker who corrects themselves, or an interviewer who checks, sets one name against another of the same
kind: the client, the employer or the town first said, and the right one. Where the rules found the first, the
second is the same kind of thing and identifies as much, though no frame of its own says so and the word rules
leave it when it is also a dictionary word. The forms read here:

* `ikke X, (det er|det var|men) Y` and `ikke X, men Y`;
* `Y, ikke X` (a turn or sentence that opens with Y, an adverb like `så` allowed before it);
* `X, (eller,) nei, (unnskyld,) (det var) Y`: the name first said and the right one.

Either side found gives the other its kind; the other side is a capitalised run (a function word, a pronoun, a
weekday or a frequent word alone is never one).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

_RUN = r"[A-ZÆØÅ][\w&-]*(?:[ \t]+[A-ZÆØÅ][\w&-]*){0,3}"
_NOT_THEN = re.compile(rf"(?<![\w-])(?i:ikke)[ \t]+(?P<x>{_RUN}),[ \t]+(?:(?i:det[ \t]+er|det[ \t]+var|men|men[ \t]+det"
                       rf"[ \t]+er)[ \t]+)(?P<y>{_RUN})")
_SAID_THEN_NO = re.compile(rf"(?<![\w-])(?P<x>{_RUN}),[ \t]+(?:(?i:eller)[,]?[ \t]+)?(?i:nei)[,]?[ \t]+(?:(?i:unnskyld)[,]?[ \t]+)?"
                           rf"(?:(?i:det[ \t]+(?:er|var))[ \t]+)?(?P<y>{_RUN})")
_THEN_NOT = re.compile(rf"(?:^|(?<=[.!?:\n])[ \t]*|(?<=[.!?:])[ \t]+)(?:(?i:så|altså|ja|nei)[,]?[ \t]+)?(?P<y>{_RUN}),"
                       rf"[ \t]+(?i:ikke)[ \t]+(?P<x>{_RUN})", re.MULTILINE)


def _name(word: str) -> bool:
    low = word.split()[0].casefold()
    if " " not in word.strip() and lexicon.frequent(low, 4.0):
        return False  # "det er ikke Oslo, det er Viktig": a common word capitalised, no name
    return low not in gaz.FUNCTION_WORDS and low not in gaz.OBJECT_PRONOUNS and low not in lexicon.CALENDAR \
        and low not in ("det", "den", "de", "jeg", "vi", "hun", "han", "nei", "ja", "så")


def corrected_names(text: str, found) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, "rule:correction") for a name set against a found one in a correction."""
    spans = {(f[0], f[1]): f[2] for f in found if f[2] in ("person", "place", "org")}
    out = []
    for pattern in (_NOT_THEN, _THEN_NOT, _SAID_THEN_NO):
        for m in pattern.finditer(text):
            for known, other in (("x", "y"), ("y", "x")):  # either side found gives the other its kind
                ks, ke = m.span(known)
                kind = next((k for (s, e), k in spans.items() if s <= ks and ke <= e), None)
                if kind is None or not _name(m.group(other)):
                    continue
                os_, oe = m.span(other)
                if not any(s < oe and os_ < e for s, e in spans):
                    out.append((os_, oe, kind, "rule:correction"))
    return out
