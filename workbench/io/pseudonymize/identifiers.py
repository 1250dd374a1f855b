"""Identifiers found by their form, whatever the spaCy pipeline: contact details and ID numbers.

A name needs judgement; a telephone number, an e-mail address or a fødselsnummer does
not. These rules find them by shape and context alone, so they work the same with the
offline rules and with a full model:

* e-mail addresses and web addresses (a bare domain whose name is an ordinary word,
  such as `finn.no`, names a public service and stays);
* Norwegian telephone numbers: 8 digits starting 2-9, written together or in groups of
  3-2-3, 2-2-2-2 or 4-4, with or without +47 / 0047 / (+47) in front; numbers abroad
  written with their country code (+46 ..., 0044 ...); national public services' switchboards
  (NAV's 55 55 33 33) identify nobody and stay;
* fødselsnummer and D-nummer: 11 digits (or 6 + 5) whose date part is a date and whose
  two mod-11 control digits are right, so other long numbers stay;
* dates after `født` / `fødselsdato`;
* numbers after their labels (saksnummer, HPR-nummer, passnummer, kontonummer,
  org.nr. ...), passport-like codes (one or two capitals and 6-8 digits), and the
  shapes of account numbers (4.2.5), organisation numbers (3 3 3) and case numbers
  (`23/004871-2`);
* street addresses (`Trondheimsveien 235`, `Nordre gate 7`), a name and house number
  before a postcode or after `i`/`på` when no count follows (`i Grønland 41`), flat
  numbers, post boxes, and postcode + place (`0589 Oslo`);
* handles on social networks (`@name`);
* numbers as speech is written down (`spoken_numbers`): a phone number split by a pause or a
  filler, a passport number in groups or after an inserted clause, a postcode after its label;
* bare answers (`bare_answers`): an ID number of six or more digits answering a question that names it in the
  turn before, and a passport number by its shape (two capitals, seven digits in two groups) or in groups
  after a passport word; a telephone number dictated in words by its shape (`dictated_phones`);
* what a telephone interview says aloud (`readbacks`): a number read back in words that repeats one found
  here, a house number or postcode in words after a street's name, a case number in words with `skråstrek`;
* street addresses abroad beside their town (`foreign_streets`: "Carrera 45 # 26-18, Medellín", "23 rue des
  Tanneurs, Besançon"), a postcode said again alone or put right in the next turn (`postcode_repeats`), and a
  number read again in digit words with `punktum`/`komma`/`strek` between its groups (`grouped_readbacks`);
* e-mail addresses said aloud (`spelled_emails`): parts said as words, spelled letter by letter, or said
  and then spelled, from the first word of the name to the domain.

Each find carries its kind; the pseudonymiser turns the kind into a marker.

The shapes of streets, post boxes and postcodes live in `street_forms`, those of dates and birth dates in
`date_forms`, and the mod-11 checks of ID, account and organisation numbers in `checksums`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from workbench.io.pseudonymize.web_domains import OTHER_DOMAINS
from workbench.io.pseudonymize.account_answers import account_answers, drop_kept_prefixes, lettered_references
from workbench.io.pseudonymize.address_places import address_places
from workbench.io.pseudonymize.completed_phones import completed_phones
from workbench.io.pseudonymize.cue_numbers import cue_numbers
from workbench.io.pseudonymize.birth_answers import birth_answers
from workbench.io.pseudonymize.birth_contexts import context_births
from workbench.io.pseudonymize.birth_days import birth_days
from workbench.io.pseudonymize.court_numbers import court_numbers
from workbench.io.pseudonymize.said_case_numbers import said_case_numbers
from workbench.io.pseudonymize.hesitant_numbers import hesitant_case_numbers
from workbench.io.pseudonymize.case_serials import case_serials, drop_phones
from workbench.io.pseudonymize.birth_turns import birth_turns
from workbench.io.pseudonymize.cardinal_dates import cardinal_birth_dates
from workbench.io.pseudonymize.date_forms import BIRTH_DATE, BIRTH_MONTH, BIRTHDAY
from workbench.io.pseudonymize.checksums import valid_id_number
from workbench.io.pseudonymize.bare_answers import bare_answers, said_answers
from workbench.io.pseudonymize.dictated_phones import dictated_phones
from workbench.io.pseudonymize.mixed_numbers import mixed_phones
from workbench.io.pseudonymize.english_speech import english_identifiers
from workbench.io.pseudonymize.id_parts import UNIT_AFTER, id_parts
from workbench.io.pseudonymize.label_reach import amount_across_sentence
from workbench.io.pseudonymize.flat_details import flat_details, unit_abbreviations
from workbench.io.pseudonymize.number_corrections import corrected_numbers
from workbench.io.pseudonymize.foreign_streets import foreign_streets
from workbench.io.pseudonymize.grouped_readbacks import grouped_read_backs
from workbench.io.pseudonymize.labelled_readbacks import said_again
from workbench.io.pseudonymize.postcode_repeats import postcode_repeats
from workbench.io.pseudonymize.phone_groups import phone_groups
from workbench.io.pseudonymize.number_emails import number_emails
from workbench.io.pseudonymize.postcode_alternatives import postcode_alternatives
from workbench.io.pseudonymize.postcode_apart import postcode_apart
from workbench.io.pseudonymize.postcode_words import postcode_words
from workbench.io.pseudonymize.provider_emails import provider_emails
from workbench.io.pseudonymize.provider_on_emails import provider_on_emails
from workbench.io.pseudonymize.readbacks import read_backs
from workbench.io.pseudonymize.remark_emails import remark_emails
from workbench.io.pseudonymize.lettered_ids import lettered_ids
from workbench.io.pseudonymize.said_addresses import spoken_urls
from workbench.io.pseudonymize.said_chains import chain_emails, chain_urls, worded_streets
from workbench.io.pseudonymize.said_contacts import clock_range, country_passports, worded_ids
from workbench.io.pseudonymize.short_numbers import short_numbers
from workbench.io.pseudonymize.spelled_emails import spelled_emails, spelled_twins
from workbench.io.pseudonymize.split_ids import split_ids
from workbench.io.pseudonymize.spoken_dates import spoken_birth_dates
from workbench.io.pseudonymize.spoken_numbers import find_spoken
from workbench.io.pseudonymize.street_forms import STREET_NAME_ONLY, addresses_by_form, place_like, trim_end, watched_at
from workbench.io.pseudonymize.withdrawn_phones import withdrawn_phones
from workbench.io.pseudonymize.written_forms import plain_separators, written_identifiers

#: kind -> default Norwegian marker (the project can change them: `pseudonyms marker`).
IDENTIFIER_MARKERS = {
    "phone": "[telefon]",
    "email": "[e-post]",
    "url": "[nettadresse]",
    "idnumber": "[fødselsnummer]",
    "address": "[adresse]",
    "date": "[dato]",
    "number": "[nummer]",
}

_TLD = r"(?:no|com|org|net|se|dk|fi|de|uk|eu|io|info|biz|edu|gov|nu|co|me|app)"
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w@])")
# An address written around spam filters or as spoken: "kari.hansen(at)gmail.com", "kari punktum hansen at
# gmail punktum com"; only with a common top-level domain at the end.
_DOT = r"(?:\.|\s(?:punktum|dot)\s)"
EMAIL_SPOKEN = re.compile(
    rf"(?<![\w.+-])[\w+-]+(?:{_DOT}[\w+-]+)*(?:\s?(?:\(at\)|\[at\]|\(a\))\s?|\s(?:at|krøllalfa|alfakrøll)\s)"
    rf"[\w-]+(?:{_DOT}[\w-]+)*{_DOT}(?:no|com|org|net|se|dk|fi|uk|de|edu|info|io)(?![\w@])", re.I)
URL = re.compile(
    rf"(?<![\w@/.-])(?:https?://\S+|www\.[\w.-]+\S*|[\w-]+(?:\.[\w-]+)*\.{_TLD}(?:/\S*)?|{OTHER_DOMAINS}(?:/\S*)?)(?![\w@])", re.I)
_PHONE_BODY = (r"[2-9]\d{7}|[2-9]\d{2}[ .-]\d{2}[ .-]\d{3}|[2-9]\d[ .-]\d{2}[ .-]\d{2}[ .-]\d{2}"
               r"|[2-9]\d[ .-](?!000)\d{3}[ .-](?!000)\d{3}(?!\s(?i:kr|kroner|nok|innbyggere|mennesker|personer))"
               r"|(?!20\d\d[ .-](?:19|20)\d\d)[2-9]\d{3}[ .-]\d{4}(?![ \t]*(?i:kr\b|kroner|nok|,-))|[2-9]\d{2}[ .-]\d{5}")  # "2015-2019": years
PHONE = re.compile(rf"(?<![\w+/.,-])(?:(?:\(\+47\)|\+47|0047)[ -]?)?(?:{_PHONE_BODY})(?![\w/]|[.,]\d)")
# The switchboards of national public services, which every participant calls (NAV 55 55 33 33, NAV's
# pension line, Skatteetaten 800 80 000, Lånekassen, Helsenorge's guidance line): they identify nobody.
PUBLIC_SERVICE_NUMBERS = frozenset({"55553333", "55553334", "80080000", "21499000", "23327000"})
# 004746 81 92 73: the country code glued to the first group
# A handle on a social network ("@somali_kitchen"): an address as much as a web address is.
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w@])")
PHONE_GLUED = re.compile(r"(?<![\w+])(?:0047|\+47)\d{2}(?:[ .-]?\d{2}){3}(?!\w)")
# A number abroad, written with its country code: "+46 70 123 45 67", "0044 20 7946 0018".
PHONE_ABROAD = re.compile(r"(?<![\w+])(?:\+|00)(?!47)[1-9]\d{0,2}(?:[ -]?\d){6,12}(?![\w]|[.,]\d)")
ID_NUMBER = re.compile(r"(?<![\w.,/-])(\d{6})[ -]?(\d{5})(?![\w/-]|[.,]\d)")
# The date part written with dots: "15.05.89 12317".
ID_NUMBER_DOTTED = re.compile(r"(?<![\w.,/-])(\d{2})\.(\d{2})\.(\d{2})[ -]?(\d{5})(?![\w/-]|[.,]\d)")
# Eleven digits, the date part as six or as three pairs and the rest in groups ("03 11 86 240 24", "220793 772 56"):
# a fødselsnummer or D-nummer when its date and both control digits are right (round 24n).
ID_NUMBER_GROUPED = re.compile(r"(?<![\w.,/-])(?:\d{6}|\d\d[ .]\d\d[ .]\d\d)(?:[ .]\d{2,5}){1,3}(?![\w/-]|[.,]\d)")
# A flat number (bolignummer) after its word: "leilighet H0302".
FLAT_NUMBER = re.compile(r"\b(?i:leilighet|leil\.|leilighetsnummer|bolignummer|bolignr\.?)\s+([HhUuKkLl]\d{4})(?!\w)")
_LABEL = (r"saks?[- ]?(?:nummer(?:et)?|nr\.?)|hpr(?:[- ]?(?:nummer(?:et)?|nr\.?))?|fnr|pnr|d-?nr\.?"
          r"|pass[- ]?(?:nummer(?:et)?|nr\.?)|helsepersonellnummer(?:et)?|ref(?:eranse)?(?:\.[ ]?|-|[ ])?(?:nummer(?:et)?|nr\.?)"
          r"|(?:vår|deres)[ ]ref\.?|journalnr\.?|foretaks(?:nummer(?:et)?|nr\.?)"
          r"|konto[- ]?(?:nummer(?:et)?|nr\.?)|org(?:anisasjons)?\.?-?\s?(?:nummer(?:et)?|nr\.?)"
          r"|(?:person|fødsels|d-|kunde|medlems|klient|bruker|journal|ansatt|student|folkeregister|trygde|pasient"
          r"|kandidat|elev|søker)nummer(?:et)?|duf(?:[- ]?(?:nummer(?:et)?|nr\.?))?"
          r"|reisebevis(?:et)?|id-nummer(?:et)?|bankkonto(?:en)?")
# A label of a number on its own ("Saksnr", "Passnummer"): a field name, never a person.
LABEL_WORD = re.compile(rf"(?i:{_LABEL})")
LABELLED = re.compile(rf"\b(?:{_LABEL})(?![\w])[^\n]{{0,40}}?(?<![\w])((?:(?-i:[A-Z]{{1,3}})[ ])?[A-Z]{{0,3}}\d[\d ./-]*\d[A-Z]?)(?![\w])",
                      re.I)
# A year said as the time of the labelled thing ("fødselsnummer siden 2022: 09019440777", "saksnummer fra 2021
# er ..."): a time, not the number, which comes after it.
_YEAR_AS_TIME = re.compile(r"(?<![\w-])(?i:siden|i|fra|til|før|etter|innen|året|høsten|våren|sommeren|vinteren)"
                           r"[ \t]+(?:19|20)\d\d$")
_NUMBER_AFTER_YEAR = re.compile(r"[^\n]{0,40}?(?<![\w])((?:(?-i:[A-Z]{1,3})[ ])?[A-Z]{0,3}\d[\d ./-]*\d[A-Z]?)(?![\w])", re.I)
# Passport numbers: one or two letters and 6-8 digits, with a check letter after them in some
# countries' formats (Philippine "P7734019A", Indian and Irish passports too).
# A passport word, then within the sentence the word for its number, then the number ("passet hans var
# eritreisk, nummer 07184562", "pass nr. 12345678", "passet mitt har nummer ..."): the number, digits only too,
# and read in groups ("FH 552 190 3").
PASSPORT_SAID = re.compile(
    r"(?<![\w-])(?i:pass|passet|passport|passnummer(?:et)?|passnr\.?)(?![\w-])[^\n.!?]{0,60}?"
    r"(?<![\w])(?i:nummer(?:et)?|nr\.?|no\.?)(?:[ \t]+(?i:er|var|på|:))?[ \t:]+([A-Z]{0,2}[ \t]?\d(?:[ \t]?\d){5,8}[A-Z]?)(?![\w]|[.,]\d|[ \t]\d)")
# A span of years ("2019-2020", "2019 - 20"): a time, never a labelled number ("Saksnummeret? Det var i 2019-2020").
YEAR_SPAN = re.compile(r"(?:19|20)\d{2}[ \t]*[-–/][ \t]*(?:(?:19|20)\d{2}|\d{2})")
PASSPORT_LIKE = re.compile(r"(?<![\w-])[A-Z]{1,2}\d{6,8}[A-Z]?(?![\w-])")
ACCOUNT = re.compile(r"(?<![\w.])\d{4}[ .]\d{2}[ .]\d{5}(?![\w]|[.,]\d)")
ORG_NUMBER = re.compile(r"(?<![\w.])[89]\d{2} \d{3} \d{3}(?![\w]|[.,]\d)")
CASE_NUMBER = re.compile(r"(?<![\w/.-])(?:19|20)?\d{2}/\d{3,6}(?:-\d{1,3})?(?![\w/])")
# Round 63a: a national reference work's site by its label's shape: a compound in the definite form of a
# catalogue, handbook, library, lexicon or dictionary ("felleskatalogen", "legemiddelhandboka", "helsebiblioteket").
# A firm's site names the firm ("fjordglott-eiendom", "apotek1"), and firms name themselves after the country too
# ("rorleggernorge", "bilnorge"), so a label ending in `norge` is no evidence (the coordinator's narrowing after
# round 63a; the national portals of that shape, "helsenorge", are listed); an indefinite or hyphened library
# ("bergen-bibliotek") is a local one and stays a web address.
_NATIONAL_REFERENCE = re.compile(r"[a-zæøå]{3,}(?:katalogen|handboka|håndboka|håndboken|handboki|biblioteket"
                                 r"|leksikonet|ordboka|ordboken)")


def _public_domain(domain: str) -> bool:
    """A bare domain of a listed public service (finn.no, nav.no), of a state agency (round 62b: mattilsynet.no,
    any name `public_bodies` reads as one) or a page of one. A domain whose
    name is only an ordinary word ("blåklokke.no") stays a web address: small firms name their
    sites with ordinary words, and a firm's site identifies it."""
    from workbench.io.pseudonymize.gazetteer import PUBLIC_DOMAINS

    low = domain.casefold().rstrip(".")
    if low in PUBLIC_DOMAINS:
        return True
    if "/" not in low and "@" not in low and any(low.endswith("." + d) for d in PUBLIC_DOMAINS if "." in d):
        return True  # "arbeidsplassen.nav.no", "minside.skatteetaten.no": a page of a public service
    label = low.split(".")[0]
    bare = "/" not in low and low.count(".") == 1  # one label and a top-level domain, no page
    if bare and low.endswith(".no"):
        from workbench.io.pseudonymize.public_bodies import public_body

        if public_body(label):
            return True  # round 62b: "lest mye på mattilsynet.no", a state agency's site, as the body itself stays
        if _NATIONAL_REFERENCE.fullmatch(label):
            return True  # round 63a: "bruker felleskatalogen.no hver dag": a national reference work, no one's firm
    return bare and label in PUBLIC_DOMAINS



def find_identifiers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) for every identifier found by form; overlaps are left to the caller. Numbers said
    again in words and house numbers in words come last (`readbacks`)."""
    text = plain_separators(text)  # round 38g: hard spaces and dashes between figures, as forms write them
    found = list(_by_form(text)) + list(foreign_streets(text))  # "Carrera 45 # 26-18, Medellín"
    found = drop_phones(text, found)  # round 40i: "Saks-ID 2023-0117" is a case number, not a telephone
    found = drop_kept_prefixes(text, found)  # round 41i: "REF 2025-1187" whole
    found += list(written_identifiers(text, [(s, e) for s, e, kind in found if kind == "address"]))
    ids = [re.sub(r"\D", "", text[s:e]) for s, e, kind in found if kind == "idnumber"]
    # "Stemmer. 14. juni 1988." after an ID number's read-back; "På attesten stod 3.1.1979"; "kom til verden …"
    found += [(s, e, "date") for s, e in context_births(text, [d for d in ids if len(d) == 11])]
    found += [(s, e, "date") for s, e in birth_days(text, found)]  # round 32i: "bursdag … tjueandre februar"; "den fjortende mars" again
    others = [(s, e) for s, e, kind in found if kind != "phone"]  # an org.nr., an account, a post box, a flat
    for start, end in phone_groups(text, found):  # "904 72 81 06", "930 … eh … 51 774" in a turn about a telephone
        digits = re.sub(r"\D", "", text[start:end])
        if digits[-8:] not in PUBLIC_SERVICE_NUMBERS and not valid_id_number(digits) \
                and not any(s < end and start < e for s, e in others):
            found.append((start, end, "phone"))
    found += [(s, e, "address") for s, e in postcode_repeats(text, found)]  # "3045 var den gamle."; "I: 5003?" / "Nei, 5006."
    found += [(s, e, "address") for s, e in postcode_alternatives(text, found)]  # "4630, tror jeg, eller 4631"
    found += [(s, e, "address") for s, e in postcode_apart(text, found)]  # "<street> 18. Seks fire en fem."
    found += [(s, e, "address") for s, e in postcode_words(text, found)]  # "Nei, unnskyld, sju null fire ni."
    addresses = [(s, e) for s, e, kind in found if kind == "address"]
    found += [(s, e, "address") for s, e in flat_details(text, addresses)]  # "Skolebakken 9. Leiligheten er H0304."
    found += [(s, e, "postplace") for s, e in address_places(text, addresses)]  # round 38c: "Adresse: Kvadraturen, <street> 9"
    found += list(short_numbers(text, found))  # "fire seks seks, tjueen, null tre" / "466 21 03 … mangler det et siffer?"
    found += list(id_parts(text, found, valid_id_number))  # round 31d: "Etter 140387?"; "3201 55... vent … 3201 55 80908"
    found += list(grouped_read_backs(text, found))  # "1822.86.10255 … en åtte to to, punktum, åtte seks, punktum, …"
    found += list(said_again(text, found))  # round 47o: "Org.nr. er 9xx xxx xxx. Vent, jeg leser fra skjermen, 9xxxxxxxx"
    yield from found
    for start, end in unit_abbreviations(text, [(s, e) for s, e, _kind in found]):  # "Leil. nr. står ikke på døra."
        yield start, end, "keep"
    streets = [(m.start(), m.end()) for m in STREET_NAME_ONLY.finditer(text) if not watched_at(text, m.start())]
    yield from read_backs(text, found, streets, place_like)
    for start, end in said_answers(text):  # "Og HPR-nummeret?" / "en null fire ni, tre tre åtte seks"
        yield start, end, "number"


def _amount_after_label(text: str, label_start: int, start: int, end: int) -> bool:
    """Round 38c: "150000 porsjoner" is a count; round 41i: nor is "Vi solgte 230000 i fjor" past a sentence end."""
    label = LABEL_WORD.match(text, label_start)
    return amount_across_sentence(text, label.end() if label else label_start, start, end, valid_id=valid_id_number)


def _by_form(text: str) -> Iterator[tuple[int, int, str]]:
    emails = [(m.start(), trim_end(text, m.start(), m.end())) for m in EMAIL.finditer(text)]
    emails += [(m.start(), m.end()) for m in EMAIL_SPOKEN.finditer(text)]
    emails += list(spelled_emails(text))  # "…, j-a-l-l-o-w, alfakrøll, gmail.com": its domain is no web address
    emails += list(spelled_twins(text))  # round 57a: "anjali.deshmukh@…, det staves a-n-j-a-l-i punktum d-e-s-…"
    emails += list(number_emails(text))  # "abdi punktum idris åttisju krøllalfa outlook punktum com"
    emails += list(provider_emails(text))  # "…, r-a-k-h-i-m-o-v-a, krøllalfa, gmail."; "jojo, punktum, santos, yahoo punktum com"
    emails += list(remark_emails(text))  # "joy punktum delacruz, alt i ett ord, krøllalfa gmail punktum com"
    emails += list(provider_on_emails(text))  # round 32i: "Rose, a-c-h-i-e-n-g, åtti-sju, på gmail"
    emails += list(chain_emails(text))  # round 52c: any chain of words and spoken signs around an at-word
    for start, end in emails:
        yield start, end, "email"
    for start, end in lettered_ids(text):  # round 50c: "pass nummer zet fire sju sju tre en ni to"
        yield start, end, "number"
    for start, end in chain(worded_ids(text), country_passports(text)):  # round 51s: "søknads id fire fire …"
        yield start, end, "number"
    for start, end in chain_urls(text):  # round 52c: a chain of labels ending in a domain ("adeyemi motor, i ett ord, punkt no")
        if not any(s < end and start < e for s, e in emails):
            yield start, end, "url"
    for start, end in worded_streets(text):  # round 52c: "nesttunvegen hundreogtolv", "granlia fjorten a"
        yield start, end, "address"
    for start, end in spoken_urls(text):  # round 48c: "byggmestern punkt no skråstrek jobb"
        if not any(s < end and start < e for s, e in emails):
            yield start, end, "url"
    for m in HANDLE.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in emails):
            yield m.start(), m.end(), "url"
    for m in URL.finditer(text):
        end = trim_end(text, m.start(), m.end())
        found = text[m.start():end]
        if "@" in found or any(s < end and m.start() < e for s, e in emails):
            continue  # the domain of an e-mail address ("kari(at)online.no") is no web address of its own
        bare = not re.match(r"(?i)https?://|www\.", found)
        if bare and _public_domain(found):
            yield m.start(), end, "keep"  # protects the words of finn.no from the name rules
            continue
        yield m.start(), end, "url"
    for m in ID_NUMBER_DOTTED.finditer(text):
        if valid_id_number("".join(m.groups())):
            yield m.start(), m.end(), "idnumber"
    for m in ID_NUMBER_GROUPED.finditer(text):
        if valid_id_number(re.sub(r"\D", "", m.group(0))):
            yield m.start(), m.end(), "idnumber"
    for m in FLAT_NUMBER.finditer(text):
        yield m.start(1), m.end(1), "address"
    for m in ID_NUMBER.finditer(text):
        if valid_id_number(m.group(1) + m.group(2)):
            yield m.start(), m.end(), "idnumber"
    for start, end in split_ids(text, valid_id_number):  # "270294, og så 18786"; "260583." / "Ja?" / "40056."
        yield start, end, "idnumber"
    for pattern in (PHONE, PHONE_GLUED, PHONE_ABROAD):
        for m in pattern.finditer(text):
            if "".join(c for c in m.group(0) if c.isdigit())[-8:] in PUBLIC_SERVICE_NUMBERS or clock_range(m.group(0)):
                continue  # round 51s: "[rettet: 22.00–06.00]" is a shift's hours
            yield m.start(), m.end(), "phone"
    for m in BIRTH_DATE.finditer(text):
        yield m.start(1), m.end(1), "date"
    for m in BIRTH_MONTH.finditer(text):
        yield m.start(1), trim_end(text, m.start(1), m.end(1)), "date"
    for m in BIRTHDAY.finditer(text):
        yield m.start(1), trim_end(text, m.start(1), m.end(1)), "date"
    for start, end in spoken_birth_dates(text):  # "født tjuetredje juli, nittenåttifire"
        yield start, end, "date"
    for start, end in birth_answers(text):  # "Hva er fødselsdatoen din?" / "Ja, 14.02.1991."
        yield start, end, "date"
    for start, end in birth_turns(text):  # "Hvor gammel er du?" / "Regn selv. Trettiførste desember nittiseks."
        yield start, end, "date"
    for start, end in cardinal_birth_dates(text):  # "Fødselsdato?" / "Sytten mars åttiåtte."
        yield start, end, "date"
    for m in LABELLED.finditer(text):
        number: re.Match[str] | None = m
        if _YEAR_AS_TIME.search(text, max(0, m.start(1) - 12), m.end(1)):
            number = _NUMBER_AFTER_YEAR.match(text, m.end(1))  # the year stays; the number after it is the one
        if number and sum(c.isdigit() for c in number.group(1)) >= 4 and not YEAR_SPAN.fullmatch(number.group(1).strip()) \
                and not UNIT_AFTER.match(text, number.end(1)) \
                and not _amount_after_label(text, m.start(), number.start(1), number.end(1)):
            yield number.start(1), trim_end(text, number.start(1), number.end(1)), "number"
    yield from corrected_numbers(text)  # "AAF418273. Eh, nei, AAF481273."; "1432 Ås. Nei, vent, det er 1433."
    for m in PASSPORT_SAID.finditer(text):
        yield m.start(1), m.end(1), "number"
    yield from find_spoken(text)  # split by a pause, spaced, or said after a clause
    yield from english_identifiers(text)  # "plus four seven, …", "B as in Bravo, …", "the third of March, eighty-nine"
    for start, end in mixed_phones(text):  # "pluss førtisju, 936 (.) [utydelig] 41 82": words and figures
        yield start, end, "phone"
    for start, end, digits in dictated_phones(text):  # "nitti, tolv, førtifem, trettien", no telephone word
        if digits not in PUBLIC_SERVICE_NUMBERS:
            yield start, end, "phone"
    for finder in (withdrawn_phones, completed_phones, cue_numbers):  # round 30n: numbers said in pieces
        for start, end in finder(text):
            yield start, end, "phone"
    for start, end in bare_answers(text):  # "Og HPR-nummeret?" / "Ja, det er 1049 3386."; "FK 7730 118"
        if not PHONE.fullmatch(text, start, end) and not valid_id_number(re.sub(r"\D", "", text[start:end])):
            yield start, end, "number"
    for pattern in (PASSPORT_LIKE, ACCOUNT, ORG_NUMBER, CASE_NUMBER):
        for m in pattern.finditer(text):
            yield m.start(), m.end(), "number"
    yield from said_case_numbers(text)  # round 33n: "Saken hos UDI har nummer 23/1187042"
    yield from hesitant_case_numbers(text)  # round 46i: "NAV-saken, jeg spurte om den. Hva var det igjen … 24-1183307."
    yield from case_serials(text)  # round 40i: "«Sak 2025-014. …»", "Journalpost 2024-00871"; "Sak 2019-2021" kept
    for start, end in account_answers(text, valid_id_number):  # round 41i: "Har du bankkonto?" / "Ja. Nordea. 9710…"
        yield start, end, "number"
    for start, end in lettered_references(text):  # round 41i: "Ja, på brevet. INT-2025-0412."
        yield start, end, "number"
    yield from court_numbers(text)  # round 32i: "23-148207TVI-TOFI", "LB-2023-12345"; "LOV-2005-06-17-62" kept
    yield from addresses_by_form(text)  # streets, post boxes, postcodes (`street_forms`)
