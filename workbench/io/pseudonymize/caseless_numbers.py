"""Contact details and ID numbers as a speech recogniser writes them down (round 27a).

Raw speech-to-text output writes a number as it heard it: digit by digit ("4 3 1 1 9 1 0 6 0 3 7"), or
in groups that follow the speaker's pauses, not the number's form ("03 11 91 38 0 42", "41 5 22 8 90").
The form rules of `identifiers` expect the usual groups, so here the digits of a run are joined, spaces
ignored, and tested as a whole:

* eleven digits that are a valid fødselsnummer or D-nummer (a date, both mod-11 digits right), anywhere;
* in a text without case (`caseless`): eight digits starting 2-9 that make up a whole run of three or more
  groups, or follow `47`/`0047`/`pluss 4 7`, are a telephone number; four digits (together or apart)
  before a place written in lower case are a postcode and its place; a street word ending a lower-case
  word, or `gate`/`vei` after one, with a house number is an address;
* an e-mail address said aloud whose local part holds letters said one by one ("yonas punktum t g
  krøllalfa gmail punktum com", "oksana h at gmail punktum com");
* a birth date said with a two-digit year after `født` ("født 3 november 91"), and the same date again.

Counts, prices, times, years, rooms and scores are no such run: too short, or no place after them.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.checksums import account_check

# A run of digit groups separated by single spaces (or a lone group), not part of a longer number.
_RUN = re.compile(r"(?<![\w.,/-])\d{1,6}(?: \d{1,6})*(?![\w/-]|[.,]\d)")
_PHONE_PREFIX = re.compile(r"(?:(?:\+|pluss )?(?:4 ?7|0 ?0 ?4 ?7))[ ]$", re.I)
_MONTHS = ("januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember")
_BIRTH_SHORT = re.compile(rf"(?<![\w-])(?i:født)(?:[ \t]+den)?[ \t]+(\d{{1,2}}\.?[ \t]+(?i:{_MONTHS})[ \t]+\d{{2}})(?![\w.,]\d|\d)")
_LETTER = r"[a-zæøå]"
_CONNECTOR = r"(?:punktum|dot|prikk|bindestrek|understrek)"
_AT = r"(?:krøllalfa|alfakrøll|alfa krøll|at)"
_TLD = r"(?:com|no|org|net|se|dk|fi|uk|de|edu|info|io)"
# The domain and top-level domain after the at-sign word: "gmail punktum com", "online punktum no".
_DOMAIN = re.compile(rf"[ ]{_AT}[ ]([a-zæøå0-9-]+(?:[ ]{_CONNECTOR}[ ][a-zæøå0-9-]+)*[ ]{_CONNECTOR}[ ]{_TLD})(?![\w@])", re.I)
_STREET_TAIL = re.compile(r"(?:veien|vegen|veg|vei|gata|gaten|gate|allé|alle|stien|plassen|tunet|lia|bakken|svingen|"
                          r"ringen|kroken|haugen|jordet|åsen|løkka|lunden|bråten|myra|kollen|høgda|terrassen)")
_UNITS = frozenset("""år måned måneder uke uker uka dag dager døgn time timer minutt minutter sekund ganger gang kveld
kvelder natt netter helg helger morgen km kilometer meter mil kroner kr kilo prosent poeng stykk personer folk
elever barn mann kasser paller biler""".split())


def caseless_numbers(text: str, caseless: bool) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the numbers, e-mails, postcodes and addresses above; `caseless` says whether
    the text carries no case (see `caseless.caseless`)."""
    from workbench.io.pseudonymize.checksums import valid_id_number

    out: list[tuple[int, int, str]] = []
    for m in _RUN.finditer(text):
        groups = [(g.start(), g.end()) for g in re.finditer(r"\d+", m.group(0))]
        groups = [(m.start() + s, m.start() + e) for s, e in groups]
        ids = _id_numbers(text, groups, valid_id_number)
        out += [(s, e, "idnumber") for s, e in ids]
        if caseless and not ids and _account(text, m.start(), "".join(text[s:e] for s, e in groups)):
            out.append((groups[0][0], groups[-1][1], "number"))  # "lønna kommer inn på 9 7 1 0 6 4 6 6 4 0 1"
            continue
        after = re.match(r"[ \t]+([a-zæøå]+)", text[m.end():m.end() + 30])
        if caseless and not ids and not (after and after.group(1).casefold() in _UNITS):
            out += _phone(text, groups)  # "2 4 6 8 1 0 1 2 elever": a count
    if caseless:
        out += _postcodes(text)
        out += _streets(text)
        out += [(m.start(), m.end(), "number") for m in _PASSPORT_LOWER.finditer(text)]  # "passet er bk4179263"
        from workbench.io.pseudonymize.postcode_apart import postcode_apart  # round 29a: "5147" read back alone
        out += [(s, e, "address") for s, e in postcode_apart(text, out)]
        from workbench.io.pseudonymize.apart_numbers import apart_numbers  # round 30c: "23 80", "4 1 nei 41"
        out += apart_numbers(text)
        from workbench.io.pseudonymize.caseless_answers import answered_phones  # round 46c: "det er ni fire åtte …"
        out += answered_phones(text)
        from workbench.io.pseudonymize.said_addresses import street_postcode_words  # round 48c: "… 12 fem null tre to bergen"
        out += [(s, e, "address") for s, e in street_postcode_words(text)]
        from workbench.io.pseudonymize.said_addresses import street_number_words  # round 49c: "… tolv b sju null tretti"
        out += list(street_number_words(text))
    out += _emails(text)
    out += _birth_dates(text)
    return out


_PASSPORT_LOWER = re.compile(r"(?<![\w-])[a-z]{1,2}\d{6,8}[a-z]?(?![\w-])")
_ACCOUNT_WORD = re.compile(r"(?i:konto|kontoen|kontonummer|kontonummeret|lønnskonto|lønnskontoen|firmakonto|"
                           r"firmakontoen|bedriftskonto|sparekonto|bankkonto|dnb|sparebank\w*|lønna|lønnen|stipendet)")


def _account(text: str, start: int, digits: str) -> bool:
    """Eleven digits with a right mod-11 control digit near an account word (`kontoen`, `i sparebanken`)."""
    if len(digits) != 11 or not (_ACCOUNT_WORD.search(text, max(0, start - 60), start)
                                 or _ACCOUNT_WORD.search(text, start, min(len(text), start + 60))):
        return False  # an account word in the clause before or after
    return account_check(digits)


def _id_numbers(text: str, groups: list[tuple[int, int]], valid) -> list[tuple[int, int]]:
    """Consecutive groups whose digits, joined, are a valid fødselsnummer or D-nummer."""
    out = []
    for i in range(len(groups)):
        digits = ""
        for j in range(i, len(groups)):
            digits += text[groups[j][0]:groups[j][1]]
            if len(digits) > 11:
                break
            if len(digits) == 11 and j > i and valid(digits):
                out.append((groups[i][0], groups[j][1]))
                break
    return out


def _phone(text: str, groups: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """A whole run of eight digits (2-9 first) in three or more groups, or eight after a country code."""
    from workbench.io.pseudonymize.identifiers import PUBLIC_SERVICE_NUMBERS

    digits = "".join(text[s:e] for s, e in groups)
    if digits[-8:] in PUBLIC_SERVICE_NUMBERS:
        return []  # NAV's switchboard and the like identify nobody
    if len(groups) >= 3 and len(digits) == 8 and digits[0] in "23456789":
        return [(groups[0][0], groups[-1][1], "phone")]
    for k in range(1, len(groups)):  # "4 7 4 1 2 0 ...": the country code said as digits of the same run
        head = "".join(text[s:e] for s, e in groups[:k])
        tail = "".join(text[s:e] for s, e in groups[k:])
        if head in ("47", "0047") and len(tail) == 8 and tail[0] in "23456789":
            return [(groups[0][0], groups[-1][1], "phone")]
    return []


_POSTCODE = re.compile(r"(?<![\w.,/-])(\d{4}|\d \d \d \d)[ ]([a-zæøå][a-zæøå-]{1,})(?![\w-])")


def _postcodes(text: str) -> list[tuple[int, int, str]]:
    """Four digits, together or apart, and a place in lower case after them: a postcode and its town."""
    from workbench.io.pseudonymize import rules
    from workbench.io.pseudonymize.caseless import common_compound

    out = []
    for m in _POSTCODE.finditer(text):
        place = m.group(2)
        if place in gaz.FUNCTION_WORDS or place in _UNITS or place in gaz.NEVER or (
                len(place) < 3 and not rules.listed(place, gaz.PLACES)):
            continue  # "1432 ås": a two-letter town only when listed
        if rules.listed(place, gaz.PLACES) or rules.dictionary_proper_noun(place) or (
                not rules.known_word(place) and not common_compound(place)):  # not "iso 9001 kvalitetsledelse"
            out.append((m.start(), m.end(), "address"))
            out.append((m.start(2), m.end(2), "postplace"))
    return out


_STREET = re.compile(rf"(?<![\w-])((?:[a-zæøå]+[ ])?(?:[a-zæøå][a-zæøå'-]*s[ ])?(?:[a-zæøå][a-zæøå-]+{_STREET_TAIL.pattern}|"
                     rf"[a-zæøå][a-zæøå-]+[ ](?:gate|vei|veg|allé|torg|plass)))[ ](\d{{1,4}})((?:[ ][a-h](?!\w))?)"
                     rf"((?:[ ](?:bolig|hybel|leilighet|leil|rom)[ ]\d{{1,4}}|[ ][hkul]\d{{4}})?)(?![\w,.]\d|\d)")


def _streets(text: str) -> list[tuple[int, int, str]]:
    """A street written in lower case and its house number: "seljestadveien 12 b", "herman krags veg 22",
    with a flat or room after it ("bolig 1107", "h0304")."""
    from workbench.io.pseudonymize import rules

    out = []
    for m in _STREET.finditer(text):
        words = m.group(1).split()
        apart = words[-1] in ("gate", "vei", "veg", "allé", "torg", "plass")
        keep = words[-2:] if apart else words[-1:]
        rest = words[:len(words) - len(keep)]
        if rest and (rest[-1].endswith("s") and not apart) and rest[-1] not in gaz.FUNCTION_WORDS:
            keep = rest[-1:] + keep  # "ole bulls …" is taken by the two-word street; a genitive before one word
        elif rest and apart and (rules.listed(rest[-1], gaz.GIVEN_NAMES) or rules.listed(rest[-1], gaz.SURNAMES)):
            keep = rest[-1:] + keep  # "herman krags veg"
        if any(w in gaz.FUNCTION_WORDS or w in gaz.POSSESSIVES for w in keep):
            continue
        after = re.match(r"[ ]+([a-zæøå]+)", text[m.end(2):m.end(2) + 20])
        if after and after.group(1) in _UNITS:
            continue  # "i gata 4 timer": a count
        street = keep[0] if not apart else keep[-2]
        if not apart and rules.known_word(street) and not rules.compound_of_known(street):
            continue  # the bare noun ("veien 3", "gata 4"): no name of a street
        start = m.end(1) - len(" ".join(keep))
        end = m.end(4) if m.group(4) else m.end(3) if m.group(3) else m.end(2)
        out.append((start, end, "address"))
    return out


def _emails(text: str) -> list[tuple[int, int, str]]:
    """An address said aloud whose local part holds letters said one by one, from its first word."""
    out = []
    for m in _DOMAIN.finditer(text):
        tokens = list(re.finditer(r"\S+", text[max(0, m.start() - 120):m.start()]))
        base = max(0, m.start() - 120)
        start = None
        k = len(tokens) - 1
        letters = 0
        while k >= 0:
            word = tokens[k].group(0)
            if re.fullmatch(_LETTER, word, re.I):
                letters += 1
                start = base + tokens[k].start()
                k -= 1
                continue
            if re.fullmatch(_CONNECTOR, word, re.I) and k > 0:
                k -= 1
                continue
            if re.fullmatch(r"[\w-]+", word) and word.casefold() not in gaz.FUNCTION_WORDS:
                start = base + tokens[k].start()
                k -= 1
                if k >= 0 and re.fullmatch(_CONNECTOR, tokens[k].group(0), re.I):
                    continue
            break
        if start is not None and letters:
            out.append((start, m.end(1), "email"))
    return out


def _birth_dates(text: str) -> list[tuple[int, int, str]]:
    """ "født 3 november 91": a birth date with a two-digit year, and the same date said again."""
    out = []
    dates = set()
    for m in _BIRTH_SHORT.finditer(text):
        out.append((m.start(1), m.end(1), "date"))
        dates.add(" ".join(m.group(1).split()).casefold())
    for date in dates:
        pattern = r"[ \t]+".join(re.escape(p) for p in date.split())
        for m in re.finditer(rf"(?<![\w.,]){pattern}(?![\w]|[.,]\d)", text, re.I):
            out.append((m.start(), m.end(), "date"))
    return out


# How far from a telephone number found whole its parts, said before or after a break, are looked for.
_PARTS_REACH = 400


def phone_parts(text: str, found) -> list[tuple[int, int, str]]:
    """Parts of a telephone number found whole, said on their own nearby in a text without case: "406 77"
    ... "2 19" ... "406 77 219" (the line broke; the number was read back whole). A part is a run of three
    or more digits that begins or ends the number."""
    phones = [(f[0], f[1]) for f in found if f[2] == "phone"]
    if not phones:
        return []
    taken = [(f[0], f[1]) for f in found]
    out = []
    for start, end in phones:
        digits = re.sub(r"\D", "", text[start:end])[-8:]
        if len(digits) != 8:
            continue
        lo, hi = max(0, start - _PARTS_REACH), min(len(text), end + _PARTS_REACH)
        for m in _RUN.finditer(text, lo, hi):
            part = re.sub(r"\D", "", m.group(0))
            if len(part) < 3 or len(part) >= 8 or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if digits.startswith(part) or digits.endswith(part):
                out.append((m.start(), m.end(), "phone"))
                taken.append((m.start(), m.end()))
    return out
