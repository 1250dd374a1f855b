"""Identifier shapes as a policy, whatever label stands before them (round 52s).

The rules for case numbers, references and birth dates mostly need a cue word (`saksnummer`, `referanse`,
`født`); a letter, a form or a speaker that calls the number something new, or nothing, slips past them. Here the
shape alone decides, wherever the string stands:

* every reference-shaped token becomes `[nummer]`: digit groups joined by `-`, `/` or `.` with six digits or more
  in all (`19-284733`, `2024-0088731`, `23-118402-3`); a code of letter groups and digit groups joined by `-` or
  `/`, in three groups or more with four digits or more (`SUN-4471-B`, `IN-25-118-7712`, `AGD-FAG-25/0417`), or
  in two groups with six digits or more (`AB-123456`); and a bare run of seven digits or more (`4417093`);
* every birth-plausible full date becomes `[dato]`: day, month and year in the shapes `date_forms` reads after
  `født` (`02.11.1979`, `04/11/1979`, `1979-11-02`, `2. november 1979`, `02.11.79`, the month first as
  American forms write it) whose year is 1930-2010; a full date that old in an adult participant's life is most
  likely a birth date (`spoken_runs` reads the third part of the policy, digits said as words).

What stays, and why:

* dates and months with a year of 2011 or later, or before 1930 (event dates of recent years, `03.2021`,
  `2024/03`, `2025-14` as a year and a month or week, `12.03.2024`, `2025-01-15`); a short list of dates the
  country remembers (`9. april 1940`, `8. mai 1945`, `11. september 2001`, ...), which are history, not a
  person's birthday; and an old date after a word of what happened in the same sentence (`Vi kom hit
  03.04.2010`, `Huset ble bygget 12.05.1968`, `fra … til`) or right after it (`12/3 1991 flyttet vi`), unless a
  birth word stands in that sentence too; a date after a version's or product's word (`Versjon 15.05.89`);
* clock times and their ranges (`22.00–06.00`, `07.30-15.30`);
* year spans and number ranges: two groups of the same length, the second larger (`2019–2021`, `2015-2018`,
  `112–118`), and a year with the next year's two digits (`2019/20`);
* amounts: a number with `kr`, `kroner`, `NOK`, `euro`, `prosent`, `%`, `,-` or a unit (`liter`, `tonn`,
  `innbyggere`) or a count noun (`besøk`, `kunder`, `ganger`) after it, or `kr`/`NOK`/`€`/`$` before it; sums written with spaces (`5 500 000`) or with
  dots between thousands (`1.250.000`); a bare round sum ending in `000` (`huset kostet 2100000`); decimals (two
  groups joined by a full stop);
* telephone numbers (8 digits from 2-9, national switchboards): other rules give them `[telefon]`, and a find
  of another kind (telephone, fødselsnummer, e-mail, web address, address, date) is never overridden here;
  eleven bare digits are a fødselsnummer's shape, which the checksum rule decides (a wrong control digit stays);
* model, product and course codes with fewer digits or groups (`GBH 2-28`, `TE-3000`, `DHP-485`, `INF-1100`,
  `AZ-104`); a code with one digit group right after a brand's capitalised name (`Hilti TE-3000-AVR`); any
  number after a product's, model's, version's or book's word (`varenummer 23-148207`, `Produktkoden er
  SFS-4410-22`, `ISBN 978-82-02`, `Serien TX-2024-500`), and ISBN prefixes (`978-`, `979-`); a code of a year
  and an edition of one or two digits (`HMS-2025-01`); codes of the standards bodies (`NS-EN ISO 9001`,
  `ISO-14001-2015`); laws as Lovdata names them (kept by `court_numbers`); version numbers (`2.4.1`); IP
  addresses; form numbers mixing full stops with other joins (`NAV 76-13.15`); and letter groups longer than six
  letters, which are words;
* a letter code joined by full stops (`bl.a`, `www.…`): words and web addresses, read by other rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from workbench.io.pseudonymize.date_forms import FULL_DATE_SHAPES
from workbench.io.pseudonymize.identifiers import PHONE, PUBLIC_SERVICE_NUMBERS
from workbench.io.pseudonymize.spoken_runs import spoken_runs

# A token of letters and digits joined by -, /, . or an en dash, or a bare run of seven digits or more.
_CANDIDATE = re.compile(r"(?<![\w/.–-])(?:[^\W_]+(?:[-/.–][^\W_]+)+|\d{7,})(?![\w/–-]|[.,]\d)")
_AMOUNT_BEFORE = re.compile(r"(?i:\bkr\.?|\bnok|€|\$|\busd|\beur)[ \t]*$")
_AMOUNT_AFTER = re.compile(r"[ \t]*(?:,-|(?i:kr\b|kroner|nok\b|euro|dollar|prosent|%|promille|stk\b|liter|tonn"
                           r"|kilo|kg\b|gram|meter|km\b|kilometer|innbyggere|mennesker|personer|timer|minutter|besøk|brukere"
                           r"|kunder|elever|ansatte|medlemmer|stykker|ganger|visninger|klikk|treff|passasjerer|sider))")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-4])[.:][0-5]\d")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_MONTH_YEAR = re.compile(r"(?:0?[1-9]|1[0-2])[./-](?:19|20)\d\d")
_STANDARDS = frozenset({"ns", "en", "iso", "iec", "din", "nek", "astm", "ieee", "cen", "ts", "nt"})
# Dates the country remembers: history, not a birthday (day, month, year).
_HISTORY = frozenset({(9, 4, 1940), (8, 5, 1945), (7, 5, 1945), (17, 5, 1945), (20, 7, 1969), (25, 9, 1972),
                      (9, 11, 1989), (28, 11, 1994), (11, 9, 2001), (26, 12, 2004)})
_OLD_DATE = re.compile(rf"(?<![\w./-])(?:{FULL_DATE_SHAPES})(?![\w/-]|[.,]\d)", re.I)
_MONTH_NUMBERS = {m: i for i, names in enumerate((
    ("jan", "januar"), ("feb", "februar"), ("mar", "mars"), ("apr", "april"), ("mai",), ("jun", "juni"),
    ("jul", "juli"), ("aug", "august"), ("sep", "sept", "september"), ("okt", "oktober"), ("nov", "november"),
    ("des", "desember")), start=1) for m in names}
_OTHER_KINDS = frozenset({"phone", "idnumber", "email", "url", "address", "date"})
_YEAR_PERIOD = re.compile(r"(?:19|20)\d\d[./-]\d{1,2}")
# A product's, a model's or a book's number after its word ("varenummer 23-148207", "Produktkoden … SFS-4410-22",
# "ISBN 978-82-02", "versjon 2024/03", "Serien TX-2024-500").
_PRODUCT_BEFORE = re.compile(r"(?i:(?:vare|artikkel|produkt|del|modell|bestillings|type|serie)[-]?(?:nummer|nr|kode)\w*"
                             r"|art\.?[ ]?nr\.?|isbn|issn|ean|versjon\w*|modell\w*|serien?|typen?)"
                             r"(?:[ \t]+[^\W\d]+){0,5}?[ \t:]+$")
# A word that says what happened on a date ("Vi kom hit 03.04.2010", "Huset ble bygget 12.05.1968", "fra … til"):
# an event; a birth word in the same sentence outweighs it.
_EVENT_WORDS = (r"(?<![\w-])(?:kom|flytta|flyttet|flytte|bygget|bygd|bygde|bygt|lagt|startet|starta|begynte|byrja"
                r"|sluttet|slutta|giftet|gifta|ansatt|tilsett|tilsatt|fra|frå|til|mellom|siden|sidan|etter|innen|åpnet"
                r"|opna|stengt|døde|kjøpt|kjøpte|solgt|skjedde|datert)(?![\w-])")
_EVENT_BEFORE = re.compile(rf"(?i){_EVENT_WORDS}[^\n.!?]{{0,50}}$")
# The same words right after the date ("Rundt 12/3 1991 flyttet vi").
_EVENT_AFTER = re.compile(rf"(?i)[^\n.!?]{{0,30}}?{_EVENT_WORDS}")
# A brand's capitalised name before a model code, not opening a sentence ("en Hilti TE-3000-AVR").
_BRAND_BEFORE = re.compile(r"(?<![.!?:\n])[ \t][A-ZÆØÅ][a-zæøåé][\w&-]*[ \t]$")
_BIRTH_WORD = re.compile(r"(?i)født|fødd|fødsel|bursdag")


def _year(value: str) -> int:
    year = int(value)
    if len(value) == 2:
        return 1900 + year if year >= 30 else 2000 + year
    return year


def date_parts(found: str) -> tuple[int, int, int] | None:
    """(day, month, year) of a full date as `date_forms` writes it, either order of day and month; None for none."""
    words = re.findall(r"[^\W\d_]+", found)
    numbers = re.findall(r"\d+", found)
    if words:
        month = _MONTH_NUMBERS.get(words[0].casefold())
        if month is None or len(numbers) != 2:
            return None
        day, year = int(numbers[0]), _year(numbers[1].lstrip("-'’"))
    elif len(numbers) == 3:
        if len(numbers[0]) == 4:
            year, month, day = int(numbers[0]), int(numbers[1]), int(numbers[2])
        else:
            day, month, year = int(numbers[0]), int(numbers[1]), _year(numbers[2])
            if month > 12 and day <= 12:
                day, month = month, day  # "11/23/1990": the month first, as American forms write it
            if len(numbers[2]) == 2 and "." in found and (len(numbers[0]) < 2 or len(numbers[1]) < 2):
                return None  # "2.4.10": a version number; a short year is written "09.06.78"
    else:
        return None
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return day, month, year


def _rest_of_sentence(text: str, end: int) -> str:
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    return re.split(r"[.!?](?:\s|$)", rest)[0]


def old_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every full date whose year is 1930-2010, history's own dates left."""
    for m in _OLD_DATE.finditer(text):
        parts = date_parts(m.group(0))
        if not parts or not 1930 <= parts[2] <= 2010 or parts in _HISTORY:
            continue
        line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 80)
        sentence = re.split(r"[.!?](?:\s|$)", text[line_start:m.start()])[-1]
        after = _rest_of_sentence(text, m.end())
        event = _EVENT_BEFORE.search(sentence) or _EVENT_AFTER.match(after)
        if (event and not _BIRTH_WORD.search(sentence + after)) or _PRODUCT_BEFORE.search(sentence):
            continue  # "Vi kom hit 03.04.2010", "12/3 1991 flyttet vi": an event; "Versjon 15.05.89": a version
        yield m.start(), m.end()


def _range_or_span(groups: list[str], joins: list[str]) -> bool:
    if len(groups) != 2 or joins[0] == ".":
        return len(groups) == 2  # two groups and a full stop: a decimal
    first, second = groups
    if len(first) == len(second) and int(second) > int(first):
        return True  # "2019–2021", "112–118", "1200-1500"
    return len(first) == 4 and len(second) == 2 and first[:2] in ("19", "20") and int(second) == (int(first) + 1) % 100


def _amount(text: str, start: int, end: int) -> bool:
    return bool(_AMOUNT_BEFORE.search(text, max(0, start - 6), start) or _AMOUNT_AFTER.match(text, end))


def _reference(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is shaped as a reference, the exceptions of the module docstring left."""
    token = text[start:end]
    digits = sum(c.isdigit() for c in token)
    if _amount(text, start, end) or _PRODUCT_BEFORE.search(text, max(0, start - 60), start):
        return False
    if token.isdigit():
        return len(token) >= 7 and len(token) != 11 and not token.endswith("000") \
            and token not in PUBLIC_SERVICE_NUMBERS and not PHONE.fullmatch(token) \
            and date_parts(f"{token[:2]}.{token[2:4]}.{token[4:]}") is None
    groups = re.split(r"[-/.–]", token)
    joins = re.findall(r"[-/.–]", token)
    if any(not g.isdigit() for g in groups):
        letters = [g for g in groups if not any(c.isdigit() for c in g)]
        numbers = [g for g in groups if g.isdigit()]
        if "." in joins or "–" in joins or digits < 4 or any(len(g) > 6 for g in letters):
            return False
        if {g.casefold() for g in letters} <= _STANDARDS and letters:
            return False  # "NS-EN-ISO-9001", "ISO-14001-2015"
        if len(numbers) == 2 and re.fullmatch(r"(?:19|20)\d\d", numbers[0]) and len(numbers[1]) <= 2:
            return False  # "HMS-2025-01": a year and an edition
        if len(numbers) == 1 and _BRAND_BEFORE.search(text, max(0, start - 30), start):
            return False  # "Hilti TE-3000-AVR": a brand, then its model
        return len(groups) >= 3 or digits >= 6
    if digits < 6 or any(p.fullmatch(token) for p in (_THOUSANDS, _IP, _MONTH_YEAR, _YEAR_PERIOD)) \
            or ("." in joins and len(set(joins)) > 1) or token.startswith(("978-", "979-")):
        return False
    if all(_CLOCK.fullmatch(part) for part in re.split(r"[-–]", token)):
        return False  # "22.00–06.00"
    if _OLD_DATE.fullmatch(token) or date_parts(token) is not None:
        return False  # a date: old ones are `[dato]` (`old_dates`), recent ones stay
    if PHONE.fullmatch(token):
        return False
    return not _range_or_span(groups, joins)


def references(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every reference-shaped token (`[nummer]`)."""
    for m in _CANDIDATE.finditer(text):
        if _reference(text, m.start(), m.end()):
            yield m.start(), m.end()


def shape_finds(text: str, found: Sequence[tuple]) -> list[tuple[int, int, str, str, None]]:
    """The policy's finds as the pseudonymiser keeps them, none over a find of another identifier kind."""
    taken = [(f[0], f[1]) for f in found if f[2] in _OTHER_KINDS]
    out: list[tuple[int, int, str, str, None]] = []
    for kind, spans in (("date", list(old_dates(text))), ("number", [*references(text), *spoken_runs(text)])):
        for start, end in spans:
            if not any(s < end and start < e for s, e in taken):
                out.append((start, end, kind, "identifier", None))
                taken.append((start, end))
    return out
