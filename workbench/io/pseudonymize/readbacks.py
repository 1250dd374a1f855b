"""Contact details and numbers as a telephone interview says them: read back, spelled, in words.

On a poor line the interviewer repeats what was just given, as a question: "Jeg gjentar: fire åtte sju, to
to, null ni fem?", "Null null fire sju, ni to tre, …?", "To fire skråstrek tre en åtte sju?", "Ringvålvegen
åttiåtte?". The number was found where it was first said (in digits by `identifiers`, or in words in a turn
about a telephone); said again in words it is the same identifier, so a run of number words whose digits are
those of a telephone, a case number, a house number or a postcode found in the document is that identifier
again, of the same kind ("Fire sju null, tjueto, sju åtte ni." with no telephone word in its turn). Without an
earlier find, a street name followed by a house number in words ("Lerstadvegen hundre og åttiåtte", "nummer
tolv"), four digits said one by one before a place ("sju null tre seks Trondheim") and a case number in words
with `skråstrek` after its label are read by their form. E-mail addresses spelled letter by letter are
`spelled_emails`'.

Counts, amounts, ages, clock times, years and scores read back stay: they match no identifier found in the
document, and the house-number rule needs a street name right before the number and no unit after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise, product

from workbench.io.pseudonymize.dwellings import UNIT_SUFFIX
from workbench.io.pseudonymize.spoken_numbers import NUMBER_JOINERS, _runs, _Said, national_readings

# --- Numbers said in words ---------------------------------------------------------------------------------
_JOINERS = NUMBER_JOINERS


def _readings(items: list[_Said]) -> set[str]:
    """Every digit string the items may say together (up to 13 digits)."""
    readings = {""}
    for item in items:
        readings = {r + v for r, v in product(readings, item.values) if len(r + v) <= 13}
    return readings


def _line_runs(text: str) -> Iterator[list[_Said]]:
    offset = 0
    for line in text.split("\n"):
        yield from _runs(line, offset, joiners=_JOINERS, lone_hundred=True)
        offset += len(line) + 1


def _targets(found: Iterable[tuple[int, int, str]], text: str) -> dict[str, str]:
    """Digit strings of identifiers found in the text -> their kind: a telephone (with and without its country
    code), a case or reference number, each digit group of an address (house number, postcode)."""
    targets: dict[str, str] = {}
    for start, end, kind in found:
        span = text[start:end]
        if kind == "phone" and not any(c.isdigit() for c in span):  # first said in words: what it may say
            for run in _runs(span, 0):
                for reading in national_readings(run, _readings(run)):
                    if len(reading) >= 8:  # the whole run, as said (a ninth digit misheard included)
                        targets.setdefault(reading, kind)
        elif kind in ("phone", "number", "idnumber"):
            digits = "".join(c for c in span if c.isdigit())
            if len(digits) >= 5:
                targets.setdefault(digits, kind)
                for prefix in ("0047", "47"):
                    if kind == "phone" and digits.startswith(prefix) and len(digits) == len(prefix) + 8:
                        targets.setdefault(digits[len(prefix):], kind)
        elif kind == "address":
            for group in re.findall(r"\d+", span):
                if len(group) >= 3:
                    targets.setdefault(group, "address")
    return targets


_DETAILS = re.compile(UNIT_SUFFIX)
_HOUSE_LETTER = re.compile(r"[ \t]?[A-H](?![\w'’-])")
# A turn that repeats or confirms: a question, or words of repeating ("gjentar", "stemmer det", "har jeg riktig").
_CONFIRM = re.compile(r"\?|(?<![\w-])(?i:gjentar|gjenta|stemmer|riktig|korrekt|sa[ \t]+du|altså)(?![\w-])")
_AMOUNT_BEFORE = re.compile(r"(?<![\w-])(?i:kr\.?|kostet|koster|betalte|betaler|tjente|tjener|klokka|klokken|kl\.?"
                            r"|lønn\w*|husleie\w*)[ \t:]*$")


def _count_or_amount(text: str, start: int, end: int, unit_after: re.Pattern[str]) -> bool:
    """Whether the words text[start:end] are a count, an amount or a time: a unit after, a price or clock before."""
    return unit_after.match(text, end) is not None or _AMOUNT_BEFORE.search(text, max(0, start - 20), start) is not None


def _confirming(text: str, at: int) -> bool:
    """Whether the turn holding `at` repeats or confirms what was said (a short number is read back only so)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return _CONFIRM.search(text, line_start, len(text) if line_end < 0 else line_end) is not None
_NUMMER = re.compile(r"[ \t]*,?[ \t]+(?i:nummer|nr\.?)(?=[ \t])")
_PLACE_AFTER = re.compile(r"[ \t]+([A-ZÆØÅ][\w-]+)")
_CASE_LABEL = re.compile(r"(?<![\w-])(?i:saks(?:nummer(?:et)?|nr\.?)|referanse(?:n|nummer(?:et)?)?|journalnummer(?:et)?"
                         r"|arkivnummer(?:et)?|vedtaksnummer(?:et)?|søknadsnummer(?:et)?"
                         r"|(?:\w+-)?(?:sak|saken|saka|klagesaken|søknaden|vedtaket)(?:[ \t]+[\w-]+){0,3}?[ \t]+"
                         r"(?:har|hadde|fikk|fekk|med|på)[ \t]+(?:\w+[ \t]+)?(?:nummer|nummeret|nr\.?))(?![\w-])")
# round 49c: "saken har nummer …"; round 57a: a body or an owner between, a compound ("Saken hos HK-dir hadde
# nummer …", "NAV-saken min hadde nummer …").
# The thousands of a year said before a case number's year ("to tusen tjuefire strek …"), read with it (round 49c).
_YEAR_HEAD = re.compile(r"(?<![\w-])(?i:to[ \t]+tusen|totusen)(?:[ \t]+(?i:og))?[ \t]+$")


def _one_digit(item: _Said) -> bool:
    return len(next(iter(item.values))) == 1 and len(item.values) == 1


def _postcode_in_words(text: str, run: list[_Said], i: int, place_like: Callable[[str], bool],
                       *, pairs: bool = False) -> tuple[int, int] | None:
    """Four digits said one by one from run[i] and a place right after them ("sju null tre seks Trondheim"); with
    `pairs` (after a house number) also in pairs ("førti, seksten Stavanger")."""
    if pairs:
        if not any(len(r) == 4 for r in _readings(run[i:])) or len(run) - i > 4:
            return None
    elif len(run) - i != 4 or not all(_one_digit(item) for item in run[i:]):
        return None
    m = _PLACE_AFTER.match(text, run[-1].end)
    if m is None or not place_like(m.group(1)):
        return None
    return run[i].start, m.end(1)


def read_backs(text: str, found: list[tuple[int, int, str]], street_names: Iterable[tuple[int, int]],
               place_like: Callable[[str], bool]) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of numbers said in words that repeat an identifier found in `found`, house numbers
    and postcodes in words after a street name, postcodes in words before a place, and case numbers in words
    with `skråstrek` after their label."""
    from workbench.io.pseudonymize.street_forms import UNIT  # counts and measures, as after a house number in digits

    unit_after = re.compile(rf"[ \t]*(?:{UNIT})(?![\w])", re.I)  # "Torget tre ganger", "to kvelder": a count
    targets = _targets(found, text)
    runs = list(_line_runs(text))
    by_start = {run[0].start: run for run in runs}
    for run in runs:
        digits = sum(len(min(item.values, key=len)) for item in run)
        if digits < 3:
            continue
        for i in range(len(run)):  # the longest window from each word that says an identifier found
            best = None
            for j in range(len(run) - 1, i - 1, -1):
                hit = next((targets[r] for r in _readings(run[i:j + 1]) if r in targets), None)
                if hit is not None:
                    best = (j, hit)
                    break
            if best is not None and not _count_or_amount(text, run[i].start, run[best[0]].end, unit_after) \
                    and (best[1] != "address" or _confirming(text, run[i].start)):
                yield run[i].start, run[best[0]].end, best[1]
                break
        if digits >= 5 and any(set(text[a.end:b.start].casefold().split()) & _JOINERS for a, b in pairwise(run)):
            line_start = text.rfind("\n", 0, run[0].start) + 1
            prev_end = len(text[:line_start].rstrip())
            prev_start = text.rfind("\n", 0, prev_end) + 1
            if _CASE_LABEL.search(text, line_start, run[0].start) or _CASE_LABEL.search(text, prev_start, prev_end):
                head = _YEAR_HEAD.search(text, max(line_start, run[0].start - 16), run[0].start)
                yield head.start() if head else run[0].start, run[-1].end, "number"
        for i in range(len(run)):
            post = _postcode_in_words(text, run, i, place_like)
            if post is not None:
                yield post[0], post[1], "address"
    for start, end in street_names:
        at = end
        m = _NUMMER.match(text, at)
        if m:
            at = m.end()
        gap = re.match(r"[ \t]+", text[at:])
        if gap is None:
            continue
        run = by_start.get(at + gap.end())
        if run is None or len(next(iter(run[0].values))) > 3 or run[0].plus:
            continue
        house_end = run[0].end
        if unit_after.match(text, house_end) or unit_after.match(text, run[-1].end):
            continue  # "Torget tre ganger", "Bakken to, tre år": a count
        letter = _HOUSE_LETTER.match(text, house_end)  # "hundre og åttiåtte B"
        house_end = letter.end() if letter else house_end
        detail = _DETAILS.match(text, house_end)  # "Ringvålvegen åttiåtte, bygg C"
        address_end = detail.end() if detail else house_end
        yield start, address_end, "address"
        after = re.match(r"[ \t]*,?[ \t]+", text[address_end:])  # "…, åttiåtte B, førti, seksten Stavanger"
        later = by_start.get(address_end + after.end()) if after else None
        post = _postcode_in_words(text, later, 0, place_like, pairs=True) if later else None
        if post is not None:
            yield post[0], post[1], "address"
        for i in range(1, len(run)):
            post = _postcode_in_words(text, run, i, place_like, pairs=True)
            if post is not None:
                yield post[0], post[1], "address"
