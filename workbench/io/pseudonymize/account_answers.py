"""Account numbers and lettered case references given as a bare answer, with no label beside them (round 41i).

"I: Har du bankkonto?" / "R: Ja. Nordea. Nummer 97105307423." names no `kontonummer`, and the answer is only
the bank and the number. An account number has a form of its own: eleven digits (together or as 4-2-5 with
spaces or dots) whose last digit is the mod-11 control digit of the ten before it (weights 5,4,3,2,7,6,5,4,3,2).
Such a number is an account when a bank's name or `konto`/`kontoen` stands before it in its turn, or the turn
before asks about an account, a bank, salary or a benefit paid out (then `Nummer 9710…` is enough; a tracking
number after `nummer` in other talk stays). A valid fødselsnummer is left to the ID rules.

"I: Har du saksnummer fra UDI?" / "R: Ja, på brevet. UDI-24-5531." gives a case number whose capitals, year and
serial (`ABC-2025-0412`, `NAV-2024/1187`, `REF 2025-1187`) no label rule reads. It is a case number in a turn
that answers a question naming a case or reference number, or where the turn or the one before talks of a
letter, a case, a reference, a decision or an application (`på brevet`, `står det`, `referansen er`).

Round 43a: the case may be named by a compound (`Byggesaken hadde nummer BS-2022-4471`, `Erstatningskravet har
referansenummer …`), and a claim or a loan is a case too (`Hva gjaldt kravet?` / `Det fikk nummer FS-2024-66120`,
`Lånet hadde nummer …`); one capital with a hyphen may open the reference (`K-24-00593`) and a document number may
close it (`TV-2021-3308-2`). A model or product code (`XR-2000`), a course code (`MAT-1001`), a standard (`ISO 9001`,
`NS-EN 1090`) has no year and serial, and a code of that shape in a turn with no case word stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.checksums import account_check
from workbench.io.pseudonymize.cued_references import cued_references
from workbench.io.pseudonymize.work_frames import line_around, line_before

_ACCOUNT = re.compile(r"(?<![\w.,/-])(?:\d{11}|\d{4}([ .])\d{2}\1\d{5})(?![\w/-]|[.,]\d)")
_BANK_BEFORE = re.compile(r"(?<![\w-])(?i:\w*bank(?:en)?|dnb|nordea|storebrand|bulder|konto|kontoen)(?![\w-])")
_ACCOUNT_ASKED = re.compile(r"(?<![\w-])(?i:\w*konto\w*|\w*bank\w*|lønn\w*|stønad\w*|trygd\w*|utbetal\w*|stipend\w*)(?![\w-])")

# Capitals (one letter with a hyphen), then a year and a serial, a document number after it or not ("INT-2025-0412",
# "UDI-24-5531", "NAV-2024/1187", "REF 2025-1187", "K-24-00871", "TV-2021-3308-2").
# Round 46i: a slash may stand after the capitals too, as letters write a reference ("IN/2026/44718", "HS/24/00918-2").
_LETTERED = re.compile(r"(?<![\w/.-])(?:[A-ZÆØÅ]{2,5}(?:[-/]|[ \t](?=(?:19|20)\d\d))|[A-ZÆØÅ]-)(?:19|20)?\d\d[-/]\d{3,6}"
                       r"(?:-\d{1,3})?(?![\w/-]|[.,]\d)")
_CASE_TALK = re.compile(r"(?<![\w-])(?i:brev\w*|sak(?:en|ene|snummer\w*|snr\.?)?|referanse\w*|ref\.?|vedtak\w*|klage\w*"
                        r"|søknad\w*|journal\w*|arkiv\w*|står[ \t]+det|krav(?:et)?|lån(?:et)?)(?![\w-])")
# Round 43a: a case, claim, loan or complaint named by a compound ("Byggesaken", "Boliglånssaken",
# "Erstatningskravet", "Billånet"); not a cause or a main point ("Årsaken", "Hovedsaken").
_CASE_COMPOUND = re.compile(r"(?<![\w-])[^\W\d_]{2,}?-?(?<!år)(?<!hoved)(?:sak(?:en|a)?|søknad(?:en)?|klage(?:n)?|krav(?:et)?"
                            r"|vedtak(?:et)?|lån(?:et)?)(?![\w-])", re.I)


# Round 44c: capitals, a hyphen and a serial with no year ("LS-77120", "KLG-44107", "SL-9920-3") right after a word
# for a case, an application, a complaint, a decision or a reference, compounds and "nr." included ("lånesøknad
# LS-77120", "Klagen min, KLG-44107,", "Skadesak nr. SK-602118"); a model or course code has no case word before it.
# Round 46i: a letter's reference writes capitals, a year and a serial with slashes after `ref.` or `referanse`
# ("vår ref. IN/2026/44718", "Saksnr. BY/2023/4417", "Vår referanse: FK/2026/5517"), read whole, capitals and all.
# Round 48c: the year first and capitals after the slash ("Klagen har nummer 2025/KLA-11873", `har`/`fikk` before
# `nummer`), and capitals, a slash and a lower-case word after a case word ("Deres referanse: HKN/bygg").
_SERIAL_AFTER_CASE_WORD = re.compile(
    r"(?<![\w-])(?i:[^\W\d_]*(?:søknad|sak|klage|vedtak|referanse|ref|saksnummer|søknadsnummer|referansenummer"
    r"|journalnummer|saksnr)(?:en|n|et|a|ene)?\.?)(?:[ \t]+(?i:min|mi|mitt|din|di|ditt|hans|hennes|vår|deres))?"
    r"(?:[ \t]+(?i:har|fikk|fekk|fått))?(?:[ \t]+(?i:nr\.?|nummer))?[ \t]*[:,(]?[ \t]*"
    r"(?P<ref>[A-ZÆØÅ]{1,5}(?:-\d{4,8}|/(?:19|20)?\d\d/\d{3,8})(?:-\d{1,3})?"
    r"|(?:19|20)\d\d/[A-ZÆØÅ]{2,5}-\d{3,8}|[A-ZÆØÅ]{2,5}/[a-zæøå]{2,15})"
    r"(?![\w/-]|[.,]\d)")


def account_answers(text: str, valid_id) -> Iterator[tuple[int, int]]:
    """(start, end) of account numbers after a bank or `konto` in their turn, or answering a turn about
    an account or pay; `valid_id` tells a fødselsnummer, left to its own rule."""
    for m in _ACCOUNT.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if not account_check(digits) or valid_id(digits):
            continue
        line_start, _line_end = line_around(text, m.start())
        if _BANK_BEFORE.search(text, max(line_start, m.start() - 60), m.start()) \
                or _ACCOUNT_ASKED.search(text, *line_before(text, line_start)):
            yield m.start(), m.end()


def lettered_references(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of case numbers with capitals before a year and a serial, in a turn about a case, a letter or a
    reference, or answering one."""
    for m in _LETTERED.finditer(text):
        line_start, line_end = line_around(text, m.start())
        before = line_before(text, line_start)
        if any(talk.search(text, *span) for talk in (_CASE_TALK, _CASE_COMPOUND)
               for span in ((line_start, line_end), before)):
            yield m.start(), m.end()
    for m in _SERIAL_AFTER_CASE_WORD.finditer(text):
        yield m.start("ref"), m.end("ref")
    yield from cued_references(text)  # round 51r: "med referanse SUN-4471-B", "deres referanse SX-REK-2025-0413"


def drop_kept_prefixes(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`found` without the keeps of a case word that opens a lettered reference ("REF" in "REF 2025-1187"): in
    capitals before the year it is part of the reference, not a field name."""
    refs = list(lettered_references(text))
    return [f for f in found if f[2] != "keep" or not any(s <= f[0] and f[1] <= e for s, e in refs)]
