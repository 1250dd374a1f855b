"""A bank named as a bare answer right before an account number: one's own bank (round 49o).

"R: Sparebank 1. Kontoen er 40696349977." and "R: Nei. Handelsbanken. Nummer 15738395414." name the bank where
the speaker keeps an account, alone as a sentence before the number (`account_answers` finds the number). The
word rules find a bank in a list or as a subject ("Handelsbanken ga best rente"); a one-word sentence opening an
answer they leave, since it may be a common noun. Here a bank's name standing alone as a sentence, at a turn's
start or after `Ja.`/`Nei.`, with an account number (eleven digits with a valid control digit) following in the
same line within a few words, is an organisation: a capitalised word ending in `bank`/`banken` with an optional
number or capitalised place ("Sparebank 1", "Sbanken", "Sparebanken Vest", "Bien Sparebank"), or a listed bank.

What stays: a bank named with no account after it ("Banken. Den er stengt."), a common noun in lower case
("banken min. Kontoen er …"), and a number that fails the control digit.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.account_answers import account_check

_BANKS = "dnb|nordea|storebrand|bulder|santander|klp|eika|sbanken|skandiabanken|danske[ \t]+bank"
_BANK = (rf"(?:(?:[A-ZÆØÅ][\wæøå]+[ \t]+)?[A-ZÆØÅ][\wæøå]*bank(?:en)?(?:[ \t]+(?:\d|[A-ZÆØÅ][\wæøå-]+))?"
         rf"|(?i:{_BANKS}))")
# The bank as a sentence of its own at a turn's start or after a short yes or no.
_ANSWER = re.compile(rf"(?:^|\n)(?:[^\n:]{{1,30}}:[ \t]*)?(?:(?:Ja|Nei|Jo|Ok)[.,][ \t]+)?({_BANK})\.[ \t]+")
_ACCOUNT_AFTER = re.compile(r"(?:[\wæøå]+[ \t]+){0,3}?(\d{11}|\d{4}([ .])\d{2}\2\d{5})(?![\w/-]|[.,]\d)")


def account_banks(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:employer") for a bank named alone right before an account number."""
    out = []
    for m in _ANSWER.finditer(text):
        after = _ACCOUNT_AFTER.match(text, m.end())
        if after is not None and account_check(re.sub(r"\D", "", after.group(1))):
            out.append((m.start(1), m.end(1), "org", "rule:employer"))
    return out
