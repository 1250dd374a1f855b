"""Contact details and ID numbers in spoken and unusual shapes, read as policies (round 54i).

The older rules read an address said aloud, a fødselsnummer, a case number or a passport number in the shapes
speakers and letters had used so far. These did not fit them, and each is a class, not a string:

* An e-mail said aloud whose at-word is a preposition or a letter name (`på`, `alfa`, `at`, `krøll…`): a
  local-part-shaped token (letters with digits, or letters joined by a dot or an underscore:
  `dpetrovic79`, `ana.fm90`, `s_tesfamariam2`), the at-word, and a mail provider (`gmail`, `outlook`, ...) or
  a domain said with `punktum`/`dot`/`prikk`; after `på` and `at`, everyday words, the provider must have its
  top-level domain after it (`på outlook punktum com`, `alfa gmail com`), so "konto på gmail" and "B1 på
  norskprøven" stay.
* A fødselsnummer said in number words in two groups, six digits and five, joined by `og så`, `og deretter`,
  `pluss`, a comma or a pause: the eleven digits must make a valid fødselsnummer or D-nummer (a real date, both
  mod-11 control digits right), so counts said with `og så` stay.
* A case number said with `slash`/`skråstrek` as a recogniser writes it (`23 slash 118 432`, `2024 slash
  3318`): the shape of a written archive number (two or four year digits, three to seven digits after); `24
  slash 7` and `50 skråstrek 50` stay.
* A case number of letters, a year and digit groups (`HKD 2024 441 587`) in a sentence about a number, a case
  or an application; a short reference after `Deres ref.:`/`Vår ref.:`/`Ref.:` in a letter (`MC-117`), and the
  same code wherever it is said again. Without the colon (`Vår ref. og Deres ref. skal stå …`) nothing is read.
* A passport number in groups after a nationality word and `pass` (`Russisk pass, 75 4418203`, `filippinsk
  pass, P 4471902 A`): seven to nine digits, at most a letter before and after.

Short birth dates and children's birth dates in words are `short_births`' policy, house numbers said in words
and the postcode after them `worded_homes`'; `aloud_finds` gathers all three for the pseudonymiser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from workbench.io.pseudonymize.checksums import valid_id_number
from workbench.io.pseudonymize.provider_emails import _PROVIDER
from workbench.io.pseudonymize.short_births import short_births
from workbench.io.pseudonymize.spelled_emails import _DOT, _TLD
from workbench.io.pseudonymize.spoken_numbers import _DIGIT_WORD, word_readings
from workbench.io.pseudonymize.worded_homes import worded_homes

# --- e-mails said with a preposition or a letter name for `@` -------------------------------------------------
_LOCAL_WORD = r"[a-zæøå0-9][\w.]*[a-zæøå0-9]"
# A local part may have its dots and underscores said (`d punktum petrovic79`, `ana understrek k90`).
_LOCAL = (rf"(?<![\w@.-])(?P<local>(?:{_LOCAL_WORD}|[a-zæøå])(?:[ \t]+(?i:punktum|punkt|prikk|dot|understrek)[ \t]+"
          rf"{_LOCAL_WORD})*)")
_LABEL = r"[a-zæøå0-9][a-zæøå0-9-]*"
_DOMAIN_SAID = rf"{_LABEL}(?:[ \t]+{_DOT}[ \t]+{_LABEL})*[ \t]+{_DOT}[ \t]+{_TLD}"
_PROVIDER_TLD = rf"{_PROVIDER}(?:[ \t]+{_DOT})?[ \t]+{_TLD}"
# `på` and `at` are everyday words: the domain must end in its top-level domain. `alfa` and `krøll` say `@`.
_EMAIL_EVERYDAY = re.compile(rf"{_LOCAL}[ \t]+(?i:på|at)[ \t]+(?P<domain>{_PROVIDER_TLD}|{_DOMAIN_SAID})(?![\w@-])",
                             re.I)
_EMAIL_LETTERS = re.compile(
    rf"{_LOCAL}[ \t]+(?i:alfa|krøll|krølla|krøllen)[ \t]+(?P<domain>{_PROVIDER_TLD}|{_DOMAIN_SAID}|{_PROVIDER})(?![\w@-])",
    re.I)


def _local_part(local: str) -> bool:
    """Whether a token is shaped like the part of an address before `@`: letters with digits, or letters
    joined by a dot or an underscore, long enough to be no language level or code (`b2`, `e6`)."""
    local = re.sub(r"(?i)[ \t]+(?:punktum|punkt|prikk|dot)[ \t]+", ".", local)
    local = re.sub(r"(?i)[ \t]+understrek[ \t]+", "_", local)
    letters = sum(c.isalpha() for c in local)
    if letters < 3 or len(local) < 5 or not local[0].isalpha():
        return False
    return any(c.isdigit() for c in local) or bool(re.search(r"[a-zæøå][._][a-zæøå0-9]", local, re.I))


def said_emails(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of an e-mail said with `på`/`at`/`alfa`/`krøll` between its local part and its domain."""
    for pattern in (_EMAIL_EVERYDAY, _EMAIL_LETTERS):
        for m in pattern.finditer(text):
            if _local_part(m.group("local")):
                yield m.start("local"), m.end()


# --- a fødselsnummer said in words in two groups ----------------------------------------------------------------
_WORDS = rf"(?i:{_DIGIT_WORD})(?:(?:[ \t]*,[ \t]*|[ \t]+)(?i:{_DIGIT_WORD})){{0,10}}"
_ID_JOIN = (r"(?:[ \t]*(?:,|\.\.\.|…|–|-)?[ \t]*(?i:og[ \t]+(?:så|deretter|til[ \t]+slutt|etterpå|resten)|pluss|så"
            r"|deretter)?[ \t]*,?[ \t]+)")
_SPLIT_WORDS = re.compile(rf"(?<![\w-])(?P<first>{_WORDS})(?P<join>{_ID_JOIN})(?P<rest>{_WORDS})(?![\w-])")


def said_id_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a fødselsnummer said in words in a group of six digits and one of five."""
    for m in _SPLIT_WORDS.finditer(text):
        firsts = {r for r in word_readings(m.group("first")) if len(r) == 6}
        rests = {r for r in word_readings(m.group("rest")) if len(r) == 5}
        if any(valid_id_number(a + b) for a in firsts for b in rests):
            yield m.start(), m.end()


# --- case numbers, references and passports ---------------------------------------------------------------------
_SLASH_CASE = re.compile(r"(?<![\w/.,-])(?P<year>(?:19|20)?\d\d)[ \t]+(?i:slash|skråstrek|skrå[ \t]+strek)[ \t]+"
                         r"(?P<serial>\d{1,3}(?:[ \t]\d{3})+|\d{3,7})(?:[ \t]*(?:-|(?i:bindestrek|strek))[ \t]*\d{1,3})?"
                         r"(?![\w/]|[.,]\d)")
_UNIT_AFTER = re.compile(r"[ \t]*(?i:kr\b|kroner|nok\b|euro|prosent|%|timer|dager|stykker|ganger)")
_LETTERED_CASE = re.compile(r"(?<![\w-])(?P<code>(?!(?:NOK|EUR|USD|SEK|DKK|ISO|NS|EN|ID)\b)[A-ZÆØÅ]{2,4})[ \t]+"
                            r"(?:19|20)\d\d(?:[ \t]+\d{2,4}){1,3}(?![\w/]|[.,]\d)")
_NUMBER_TALK = re.compile(r"(?<![\w-])(?i:nummer\w*|referanse\w*|ref\.?|sak|saken|saks\w*|søknad\w*|klage\w*"
                          r"|vedtak\w*)(?![\w-])")
_LETTER_REF = re.compile(r"(?<![\w-])(?i:(?:deres|vår|våre|v\.)[ \t]+)?(?i:ref\.?|referanse)[ \t]*:[ \t]*"
                         r"(?P<code>[A-ZÆØÅ]{1,5}-?\d{1,6}(?:-[A-ZÆØÅ0-9]{1,4})?|\d{2,6})(?![\w/-]|[.,]\d)")
_NATIONALITY_PASS = re.compile(
    r"(?<![\w-])(?i:[a-zæøå]{3,}(?:isk|sk|ansk|ensk|esisk))[ \t]+(?i:pass|passet|passnummer)(?![\w-])"
    r"[^\n.!?]{0,30}?(?<![\w-])(?P<number>(?:[A-Z]{1,2}[ \t]?)?\d{1,3}(?:[ \t]?\d{2,7}){1,2}(?:[ \t]?[A-Z])?)"
    r"(?![\w/-]|[.,]\d)")


def _sentence_before(text: str, at: int) -> str:
    """The text from the start of the sentence holding `at` up to it."""
    start = max(text.rfind("\n", 0, at), *(text.rfind(p, 0, at) for p in (". ", "? ", "! ")))
    return text[start + 1:at]


def case_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of case numbers said with `slash`, of letters with a year and digit groups after a word of a
    number or a case, and of short references after `ref.:` in a letter, wherever the same code stands again."""
    for m in _SLASH_CASE.finditer(text):
        if len(re.sub(r"\D", "", m.group("serial"))) >= 3 and not _UNIT_AFTER.match(text, m.end()):
            yield m.start(), m.end()
    for m in _LETTERED_CASE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0)[len(m.group("code")):])
        if len(digits) >= 9 and _NUMBER_TALK.search(_sentence_before(text, m.start())) \
                and not _UNIT_AFTER.match(text, m.end()):
            yield m.start(), m.end()
    codes = {m.group("code") for m in _LETTER_REF.finditer(text) if not m.group("code").isdigit()
             or len(m.group("code")) >= 3}
    for code in codes:
        for m in re.finditer(rf"(?<![\w/-]){re.escape(code)}(?![\w/-]|[.,]\d)", text):
            yield m.start(), m.end()


def passports(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a passport number in groups after a nationality word and `pass`."""
    for m in _NATIONALITY_PASS.finditer(text):
        digits = re.sub(r"\D", "", m.group("number"))
        if 7 <= len(digits) <= 9 and not _UNIT_AFTER.match(text, m.end()):
            yield m.start("number"), m.end("number")


_KINDS_KEPT = frozenset({"phone", "email", "url", "idnumber", "address", "date", "number"})


def aloud_finds(text: str, found: Sequence[tuple]) -> list[tuple[int, int, str, str, None]]:
    """The finds of this policy and of `short_births` and `worded_homes`, as the pseudonymiser keeps them;
    none over an identifier another rule found already."""
    taken = [(f[0], f[1]) for f in found if f[2] in _KINDS_KEPT]
    spans: list[tuple[int, int, str]] = [
        *((s, e, "email") for s, e in said_emails(text)),
        *((s, e, "idnumber") for s, e in said_id_numbers(text)),
        *((s, e, "number") for s, e in case_numbers(text)),
        *((s, e, "number") for s, e in passports(text)),
        *((s, e, "date") for s, e in short_births(text, found)),
        *((s, e, "address") for s, e in worded_homes(text, found)),
    ]
    out: list[tuple[int, int, str, str, None]] = []
    for start, end, kind in spans:
        if not any(s <= start and end <= e for s, e in taken):
            out.append((start, end, kind, "identifier", None))
            taken.append((start, end))
    return out
