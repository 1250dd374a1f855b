"""Street addresses, post boxes and postcodes by their form (split from `identifiers`).

A street's name and a house number (`Trondheimsveien 235`, `Nordre gate 7`, `Hatlane Terrasse 9`), a name and
house number before a postcode or after `i`/`på` when no count follows (`i Grønland 41`, not `i Bergen 3 år`), a
name and number where an address is said to be (`jeg bor i Sandvikstubben 3`), a home or a workplace named with
a number (`dwellings`), a bare answer's postcode (`bare_answers`), post boxes, postcode + place (`0589 Oslo`) and a
street named without a number (`i Storgata`). A room, a route or a chapter and its number (`Kapittel 5`) and a
channel after watching (`ser på France 2`) stay. `identifiers` yields these finds among its own, in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from workbench.io.pseudonymize.apart_streets import apart_street_pattern
from workbench.io.pseudonymize.bare_addresses import bare_addresses
from workbench.io.pseudonymize.bare_answers import bare_postcodes
from workbench.io.pseudonymize.date_forms import MONTHS
from workbench.io.pseudonymize.dwellings import NAMED_DWELLING, PREMISES_ADDRESS, UNIT_SUFFIX, unit_before
from workbench.io.pseudonymize.flat_details import lower_street_pattern

POST_BOX = re.compile(r"\b[Pp]ostboks\s+\d{1,5}\b|\b[Pp]b\.\s*\d{1,5}\b")
_STREET_WORD = (r"(?:veien|vegen|veg|vei|gata|gaten|gate|gt\.|allé|alle|allè|plass|plassen|torget|torg|stien"
                r"|svingen|kroken|bakken|brygga|bryggen|kaia|tunet|lia|haugen|vollen)")
# Endings of street names that are also ordinary words ("i Parken", "i Regjeringen"): with a house number only.
_STREET_WORD_NUMBERED = (r"(?:flata|flaten|løkka|løkken|jordet|ringen|lunden|skogen|bråten|myra|kollen|høgda"
                         r"|terrassen|parken|vangen|enga|engen|sletta|stubben|tråkket|hellinga|grenda|åsen|linna"
                         r"|toppen|hagen|berget|holtet|holtan|moen|heia|tjernet|bukta"
                         r"|neset|odden|rabben|haugane|lykkja|veita|smauet|tangen|engene|sletten"
                         r"|marka|bekken|bakkane|utsikten|gjerdet|tomta|kleiva)")
# Counts and measures after a number: "i Bergen 3 år", "Solbakken 2 ganger" are no addresses.
UNIT = (r"(?:år|måned|uke|uka|dag|døgn|time|minutt|sekund|gang|kveld|natt|nett|helg|morgen|km|kilometer|meter"
         r"|mil|kr|kroner|nok|euro|dollar|prosent|stykk|stk|person|menneske|elev|ansatt|barn|famil|kvinne|menn"
         r"|deltaker|søknad|intervju|jobb|klasse|trinn|etasje|timer)\w*|%")
# A house number or a range of them ("5-7"), a house letter ("12B", "12 B", "9a") and a flat number ("H0203", "leilighet H0203") after the house number;
# then rooms, flats, floors and entrances (`dwellings.UNIT_SUFFIX`).
_FLAT_WORD = r"(?i:leilighet|leil\.|leilighetsnummer|bolignummer|bolignr\.?|bolig)"
_HOUSE = (r"\s\d{1,4}(?:[-–]\d{1,4})?(?![\d.,:/–-]?\d)(?:(?:[A-Za-z]|\s[A-ZÆØÅ])(?![\w]))?"
          rf"(?:,?\s?(?:{_FLAT_WORD}\s)?[HhUuKkLl]\d{{4}}(?![\w]))?{UNIT_SUFFIX}")
STREET = re.compile(
    rf"(?:(?<![\w-])(?:[A-ZÆØÅ][\w'’-]*\s){{0,2}}[A-ZÆØÅ][\w'’-]*(?:{_STREET_WORD}|{_STREET_WORD_NUMBERED}){_HOUSE}"
    rf"|(?<![\w-])(?:[A-ZÆØÅ][\w'’-]*\s){{1,3}}{_STREET_WORD}{_HOUSE})(?![ \t]*(?i:{UNIT})(?![\w]))")
# A street word apart with a capital: "Hatlane Terrasse 9", "Kvitstein Allé 22 B" (round 26n).
STREET_APART = apart_street_pattern(UNIT)
# A street word apart in lower case that STREET does not read so: "Sollia terrasse 7, inngang 2" (round 27n).
STREET_LOWER_APART = lower_street_pattern(UNIT)
# A name and a house number before a postcode and place: "Kolstadflata 9, 7098 Saupstad".
STREET_BEFORE_POSTCODE = re.compile(
    rf"(?<![\w-])((?:[A-ZÆØÅ][\w'’-]*[ \t]){{0,2}}[A-ZÆØÅ][\w'’-]*{_HOUSE}),?[ \t]+\d{{4}}[ \t]+[A-ZÆØÅ]")
# A place name and a house number after i/på, not a count ("i Grønland 41", not "i Bergen 3 år", "til Norge 15. mars").
PLACE_AND_NUMBER = re.compile(
    rf"(?<![\w-])(?:[Ii]|[Pp]å)[ \t]+((?:[A-ZÆØÅ][\w'’-]*[ \t]){{0,2}}([A-ZÆØÅ][\w'’-]*)[ \t]\d{{1,3}}(?:[-–]\d{{1,3}})?"
    rf"(?:[A-Za-z](?![\w]))?)(?![\d\w]|[.,:/–-]\d|\.[ \t]*(?:\d|{MONTHS})|[ \t]*(?:{UNIT})(?![\w])"
    rf"|[ \t]*(?:og|eller|til|-|–)[ \t]*\d)")
# Any capitalised name and a house number where an address is said to be ("jeg bor i Sandvikstubben 3",
# "kontoret ligger i Grensen 5-7").
ADDRESS_SAID = re.compile(
    rf"\b(?i:bor|bodde|bur|budde|adresse(?:n)?(?:\s+(?:er|var))?:?|flyttet\s+til|flytta\s+til|ligger|lå"
    rf"|holder\s+til|holdt\s+til)\s+(?:i\s+|på\s+)?"
    rf"((?:[A-ZÆØÅ][\w'’-]*\s){{0,2}}[A-ZÆØÅ][\w'’-]*{_HOUSE})"
    rf"(?!\s*(?i:år|måned|uke|dag|time|gang|km|kr|prosent|%))")
# A street or square named without a number, after a preposition: "i Storgata", "på Jernbanetorget".
STREET_NAME = re.compile(
    rf"\b(?:[Ii]|[Pp]å|[Vv]ed|[Ff]ra|[Tt]il|[Ll]angs|[Nn]ær|[Mm]ot|[Oo]ver|[Ff]orbi|[Rr]undt) "
    rf"([A-ZÆØÅ][a-zæøåé'’-]{{2,}}{_STREET_WORD})(?![\w])")
# A street's name with no number, anywhere ("I: Lerstadvegen hundre og åttiåtte?"): `readbacks` reads a house
# number in words after it. A street word standing apart needs a genitive before it or a word no sentence uses
# otherwise ("Kong Oscars gate", "Nordre gate"): "Takk alle tre" is thanks.
STREET_NAME_ONLY = re.compile(
    rf"(?<![\w-])(?:(?:[A-ZÆØÅ][\w'’-]*[ \t]){{0,2}}[A-ZÆØÅ][\w'’-]*(?:{_STREET_WORD}|{_STREET_WORD_NUMBERED})"
    r"|(?:[A-ZÆØÅ][\w'’-]*[ \t]){0,2}[A-ZÆØÅ][\w'’-]*s[ \t](?:gate|gata|gaten|vei|veg|veien|vegen|allé|plass|torg)"
    r"|(?:[A-ZÆØÅ][\w'’-]*[ \t]){1,3}(?:gate|gata|gaten|veien|vegen|allé))(?![\w'’-])")
# Watching or listening right before "på": the name and number after it are a channel ("ser på France 2").
_WATCHED = re.compile(r"(?<![\w-])(?i:ser|så|sett|titter|tittet|hører|hørte|hørt|lytter|lyttet|følger[ \t]+med"
                      r"|fulgte[ \t]+med|skrur[ \t]+over|bytter[ \t]+til)(?:[ \t]+[a-zæøå]+){0,2}[ \t]+$")
# Round 62b: a postcode and its place share a line or stand on two lines next to each other, never across a blank
# line, and a date's year is no postcode ("Skjetten, 2. desember 2026" / blank line / "Bekreftelse på …").
POSTCODE = re.compile(r"(?<![\w.,/-])\d{4}(?:[ \t]+|[ \t]*\n[ \t]*)"
                      r"([A-ZÆØÅ][A-ZÆØÅa-zæøåé-]+(?:\s[A-ZÆØÅ][a-zæøå]+)?)")
_MONTH_BEFORE = re.compile(rf"(?<![\w]){MONTHS}[ \t]+$", re.I)
_NOT_PLACE_AFTER_NUMBER = frozenset("""
jeg du han hun vi dere de det den da så men og eller nå og kroner kr nok euro timer år
""".split())


@lru_cache(maxsize=10_000)
def place_like(word: str) -> bool:
    """A word that can name a place: listed, a proper noun to the dictionary, or no dictionary word."""
    from workbench.io.pseudonymize import gazetteer as gaz
    from workbench.io.pseudonymize import rules

    low = word.casefold()
    if low in gaz.NEVER or rules.public(low) or low in gaz.GENERIC_ACRONYMS:
        return False
    return rules.listed(word, gaz.PLACES) or rules.dictionary_proper_noun(low) or not rules.known_word(low)


def _numbered_label(found: str, verb: str = "") -> bool:
    """A room, route or chapter and its number ("Kapittel 5", "Rom 4"): no street. After ligger/lå/holder til
    also any dictionary noun in its indefinite form ("ligger i Fase 3", "lå i Punkt 4"); a street named by a
    noun is in its definite form ("ligger i Grensen 5-7")."""
    from workbench.io.pseudonymize import rules
    from workbench.io.pseudonymize.lexicon import LABEL_NOUNS

    words = found.split()
    if words[0].casefold() in LABEL_NOUNS:
        return True
    low = words[0].casefold()
    if verb.casefold().startswith(("ligger", "lå", "holder", "holdt")) and not words[1][:1].isupper():
        return rules.known_word(low) and not place_like(words[0]) \
            and not low.endswith(("en", "et", "a", "ene", "ne", "s"))
    return False


_STREET_LIKE = re.compile(rf"(?i:[\w'’-]*(?:{_STREET_WORD}|{_STREET_WORD_NUMBERED}))")


def _bare_address(text: str, start: int, end: int, last: str, *, said: bool) -> bool:
    """Whether a name and a house number that `bare_addresses` found in an address's frame are one: no label, no
    unit after, not watched, no given name; the name place-like or a street's unless the frame says address."""
    from workbench.io.pseudonymize import gazetteer as gaz
    from workbench.io.pseudonymize import rules

    found = text[start:end]
    if _numbered_label(found) or watched_at(text, start) or re.match(rf"[ \t]*(?:{UNIT})(?![\w])", text[end:], re.I):
        return False
    if said:
        return True
    street = _STREET_LIKE.fullmatch(last) is not None
    if rules.listed(last, gaz.GIVEN_NAMES) or rules.listed(last, gaz.PLACES):
        return False  # "Kari 12, på Lund": an age; "Oslo 3, i Norge": a town, no street
    return street or place_like(last)


def watched_at(text: str, at: int) -> bool:
    """Whether `på` after watching or listening stands right before `at` ("ser bare på ")."""
    before = re.search(r"(?<![\w-])[Pp]å[ \t]+$", text[max(0, at - 8):at])
    return before is not None and _WATCHED.search(text, max(0, at - 50), at - len(before.group(0))) is not None


def trim_end(text: str, start: int, end: int) -> int:
    """The end of a find with the punctuation after its last word left out."""
    while end > start and text[end - 1] in ".,;:!?)»\"'’":
        end -= 1
    return end


def addresses_by_form(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of the addresses above, their places ("postplace") and streets named alone
    ("streetname"), in the order `identifiers` has always yielded them."""
    for m in POST_BOX.finditer(text):
        yield m.start(), m.end(), "address"
    for pattern in (STREET, STREET_APART, STREET_LOWER_APART):
        for m in pattern.finditer(text):
            if not watched_at(text, m.start()):  # "ser på Italia 1": a channel, though it ends like a street
                yield unit_before(text, m.start()), m.end(), "address"
    for start, end in bare_postcodes(text):  # "Og postnummeret der?" / "7079, tror jeg."
        yield start, end, "address"
    for m in NAMED_DWELLING.finditer(text):  # "Åsamyrane 302, hybel 3": a home, though no street word
        if place_like(m.group(2)) and not _numbered_label(m.group(1) + " 1") and not watched_at(text, m.start()):
            yield unit_before(text, m.start()), m.end(), "address"
    for m in PREMISES_ADDRESS.finditer(text):  # "på verkstedet hans, Kjøita 18": a workplace's address
        if place_like(m.group(2)) and not _numbered_label(m.group(1)) \
                and not re.match(rf"[ \t]*(?:{UNIT})(?![\w])", text[m.end(1):], re.I):
            yield m.start(1), trim_end(text, m.start(1), m.end(1)), "address"
    for m in STREET_BEFORE_POSTCODE.finditer(text):
        yield unit_before(text, m.start(1)), m.end(1), "address"
    for m in PLACE_AND_NUMBER.finditer(text):
        if place_like(m.group(2)) and not _WATCHED.search(text, max(0, m.start() - 40), m.start()):
            yield unit_before(text, m.start(1)), m.end(1), "address"
    for start, end, last, said in bare_addresses(text):  # "Holtet 16 C, på Lund", "vi bor nå på Bakkely 23"
        if _bare_address(text, start, end, last, said=said):
            yield start, end, "address"
    for m in ADDRESS_SAID.finditer(text):
        if m.group(1)[:1].isupper() and not _numbered_label(m.group(1), m.group(0)):  # "ligger i Kapittel 5" is no address
            yield m.start(1), m.end(1), "address"
    for m in STREET_NAME.finditer(text):
        if not watched_at(text, m.start(1)):
            yield m.start(1), m.end(1), "streetname"
    for m in POSTCODE.finditer(text):
        if m.group(1).casefold() not in _NOT_PLACE_AFTER_NUMBER \
                and not _MONTH_BEFORE.search(text, max(0, m.start() - 16), m.start()):  # round 62b: a date's year
            yield m.start(), m.end(), "address"
            yield m.start(1), m.end(1), "postplace"  # the place or district is found again elsewhere
