"""A first name in lower case signing a message read aloud (round 39n).

People read out text messages, e-mails and notes, and many write their own name in lower case under them
("... ikke send mail. Hilsen ingrid.", "Mvh kari", "Klem, nina", "Best regards, marit", "– siv"). A lower-case
name that is no dictionary word is found anyway (`rules`), and one that is a word ("ingrid", "hilde", "siv") is
found again (`propagate.lowercase_again`) only where it is rare in Norwegian text. In the signature slot, the last
word of a message right after a sign-off (`Hilsen`, `Helsing`, `Vennlig hilsen`, `Mvh`, `Klem`, `Takk,`,
`Best regards`) or after a dash that follows a full stop, only a name can stand: there a lower-case word is a
person when the same text names that person with a capital, or when it is a listed first name that is no
everyday word. A sign-off from a role or a group ("Hilsen mamma", "hilsen sjefen", "hilsen fra alle oss",
"Mvh styret", "Takk, alle saman") stays: those words are no names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, rules

# A sign-off right before the name: "Hilsen", "Vennlig hilsen", "Venleg helsing", "Mvh", "Klem,", "Takk,",
# "Best regards,"; or a dash after the message's last full stop ("ti. – siv", a dash opening a line).
_SIGNOFF = re.compile(
    r"(?:(?<![\w-])(?i:(?:(?:med[ \t]+)?(?:vennlig|venleg|vennleg|beste|varm|varme|kjærlig)[ \t]+)?(?:hilsen|helsing"
    r"|hilsing)|mvh|mvh\.|klem|klemmer|takk|best[ \t]+regards|kind[ \t]+regards|regards|cheers|thanks)[ \t]*,?"
    r"|(?:[.!?][ \t]+|^[ \t]*|[«\"][ \t]*)[-–—])[ \t]*$", re.MULTILINE)
# The message ends right after the name: a closing quote, the end of the line, or a full stop before a new
# sentence.
_MESSAGE_END = re.compile(r"[.!]?[ \t]*(?:[»\"”]|\n|$)|[.!][ \t]+(?=[A-ZÆØÅ\[(])")
_LOWER_WORD = re.compile(r"(?<![\w@.&-])[a-zæøåéü][a-zæøåéü]+(?![\w@&-])")


def signed_names(text: str, found: list, keep: Iterable[tuple[int, int]]) -> list[tuple[int, int, str, str, None]]:
    """(start, end, "person", "rule:again", None) for a lower-case first name signing a message read aloud,
    when the text also names that person with a capital, or the word is a listed first name that is no
    everyday word."""
    named: set[str] = set()
    for start, end, kind, source, *_rest in found:
        if kind == "person" and source != "rule:capital":
            named.update(m.group(0).casefold() for m in rules.WORD.finditer(text, start, end)
                         if m.group(0)[:1].isupper() and not m.group(0).isupper())
    taken = [(f[0], f[1]) for f in found] + list(keep)
    out: list[tuple[int, int, str, str, None]] = []
    for m in _LOWER_WORD.finditer(text):
        word = m.group(0)
        if word in gaz.FUNCTION_WORDS or word in gaz.ROLE_NOUNS or word in gaz.POSSESSIVES:
            continue
        if not (word in named or (rules.listed(word.capitalize(), gaz.GIVEN_NAMES) and not lexicon.everyday(word))):
            continue
        if not _SIGNOFF.search(text, max(0, m.start() - 40), m.start()) or not _MESSAGE_END.match(text, m.end()):
            continue
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        out.append((m.start(), m.end(), "person", "rule:again", None))
    return out
