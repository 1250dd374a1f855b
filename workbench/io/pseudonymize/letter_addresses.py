"""House numbers, `ring` streets and the words of letterheads and device talk the other rules misread (round 67b).

Each is judged by its shape and by the words around it, never by a list of names:

* in caseless speech, a house number said in words with its figures in a bracket note ("tjuetre [23]"), right
  after a street with its note and right before a postcode said in words with its four figures in a note, where
  the line talks of an address or of living somewhere ("adressen er kvislervegen [Kvislervegen] tjuetre [23] to
  tre seks null [2360] rudshøgda …"): the words and the note are the address. A count or a size before its note
  has no street note before it and no postcode after it, and stays;
* a street whose type word is `ring` written apart after a capitalised name, with its house number, before a
  postcode and town or after `bor i`/`adresse` ("Kjølnes ring 34, 3918 Porsgrunn"). A road's number ("Ring 3")
  and `ring` as a call ("tar en ring til") have no name before them, and stay;
* a number's label made of an acronym and `-nr`/`-nummer` ("HPR-nr. 9184473") is the label, not a name;
* in a letterhead line after an organisation and its comma, a department ("Sykehuset Telemark HF,
  Øre-nese-hals-avdelingen", "Bærum kommune, Kultur og idrett"): one word ending in a department noun, or
  nouns of a public sector joined by `og`, name a part of the body already replaced, no one. Anywhere else, a
  capitalised hyphenated compound of dictionary words ending in `-avdelingen` with no preposition before it
  ("Øre-nese-hals-avdelingen skal flytte"; "var først i Eiendomsavdelingen" stays a workplace) and a capitalised dictionary word joined by
  `og` to one lower-case one ending its clause ("til Helse og omsorg, som"), both nouns of a public sector,
  name a department or a sector; a workplace frame before the compound ("praksis på Mazda-avdelingen"), a pair
  that goes on ("Kiwi og handler der") and a pair with a place or a name ("Trondheim og omegn", "Hagen og
  sønn") keep the find;
* an acronym compound with a dictionary head coordinated with a lower-case hyphen prefix ("klor- og
  UV-anlegg", "PC- og IT-utstyr") names a kind of thing;
* makers named as the source of a device ("høreapparater fra Oticon og Widex", "robot fra lely [Lely]") name
  products, not a workplace: kept at every mention, unless one of its mentions stands where someone works
  (`keep.employer_before`).

A role noun ending in `-fysiolog` in caseless speech is judged with the other role heads in `document_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.dictated_records import ADDRESS_CUE
from workbench.io.pseudonymize.spans import droppable, within
from workbench.io.pseudonymize.spoken_numbers import word_readings

_WORDED_NUMBER = re.compile(
    r"(?<![\w-])[a-zæøåA-ZÆØÅ][\wæøå-]*[ \t]+\[[A-ZÆØÅ][^\]\n]*\][ \t]+"  # the street (twin cased) and its note
    r"(?P<num>[a-zæøå]+(?:[ \t]+[a-zæøå]+){0,2})[ \t]+\[(?P<fig>\d{1,3})[a-zA-Z]?\],?[ \t]+"
    r"(?P<post>[a-zæøå]+(?:[ \t]+[a-zæøå]+){1,4})[ \t]+\[(?P<code>\d{4})\]")
_RING = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅa-zæøå][a-zæøå]+)?[ \t]+ring[ \t]+\d{1,4}[A-Za-z]?(?![\w-])")
_POSTCODE_AFTER = re.compile(r",?[ \t]+\d{4}[ \t]+[A-ZÆØÅ]")
_LIVES_BEFORE = re.compile(r"(?<![\w-])(?i:bor|bodde|adresse\w*)(?:[ \t]+(?:i|på|er))?:?[ \t]+$")
_NUMBER_LABEL = re.compile(r"[A-ZÆØÅ]{2,6}-(?:nr|nummer|nummeret)\.?")
_LETTERHEAD = re.compile(r"^(?P<body>[^\n,]*[A-ZÆØÅ][^\n,]*),[ \t]+(?P<dept>[^\n,]+?)[ \t]*$", re.M)
_DEPARTMENT_HEADS = ("avdelingen", "avdeling", "seksjonen", "seksjon", "klinikken", "enheten", "etaten")
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?i:i|på|ved|hos|fra|til)[ \t]+$")
_SECTOR_NOUNS = frozenset("""kultur idrett fritid frivillighet helse omsorg velferd oppvekst utdanning opplæring skole
barnehage miljø teknikk teknisk næring samfunn samfunnsutvikling plan bygg byggesak eiendom landbruk natur klima
samferdsel økonomi organisasjon personal arbeid inkludering integrering mangfold""".split())
_JOINED_WORDS = re.compile(r"([A-ZÆØÅ][a-zæøå]+)(?:,[ \t]+[a-zæøå]+)*[ \t]+og[ \t]+([a-zæøå]+)")
_ACRONYM_COMPOUND = re.compile(r"[A-ZÆØÅ0-9]{2,5}-([a-zæøå]{3,})")
_HYPHEN_PREFIX = re.compile(r"(?<![\w-])[\wæøå]+-[ \t]+(?:og|eller)[ \t]+$")
_DEVICE_HEADS = ("apparat", "apparater", "apparatene", "robot", "roboten", "roboter", "protese", "proteser",
                 "maskin", "maskiner", "maskinen", "anlegg", "anlegget", "utstyr", "utstyret", "pumpe", "pumper",
                 "vogn", "vogna", "vognen", "styring", "mølle", "møller", "møllen", "implantat", "implantater", "linser", "instrumenter")
_MAKERS = re.compile(r"(?<![\w-])([\wæøå]+)[ \t]+fra[ \t]+([\wæøåÖÄ]+)(?:[ \t]+\[([^\]\n]+)\])?"
                     r"(?:[ \t]+og[ \t]+([A-ZÆØÅÖÄa-zæøå][\wæøåÖÄ]+))?")


def worded_house_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of house numbers said in words with their noted figures, between a street and a postcode."""
    for m in _WORDED_NUMBER.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        if m.group("fig") in word_readings(m.group("num")) and m.group("code") in word_readings(m.group("post")) \
                and ADDRESS_CUE.search(text, line, m.start()):
            yield m.start("num"), m.end("fig") + 1


def ring_streets(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of `X ring 12` before a postcode and town or after `bor i`."""
    for m in _RING.finditer(text):
        if _POSTCODE_AFTER.match(text, m.end()) or _LIVES_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            yield m.start(), m.end()


def _department(dept: str) -> bool:
    """Whether a letterhead's part after the body's comma is a department ("Øre-nese-hals-avdelingen")."""
    low = dept.casefold()
    if re.fullmatch(r"[\wæøå-]+", dept) and low.endswith(_DEPARTMENT_HEADS) and dept[:1].isupper():
        return True
    return _JOINED_WORDS.fullmatch(dept) is not None and _plain_words(dept)


def _plain_words(words: str) -> bool:
    """Whether every word but `og` is a noun of a public sector ("Kultur og idrett", "Helse og omsorg")."""
    return all(w.casefold() in _SECTOR_NOUNS for w in re.findall(r"[\wæøå]+", words) if w != "og")


def _department_word(text: str, f: tuple) -> bool:
    """A capitalised hyphenated compound of dictionary words ending in a department noun ("Øre-nese-hals-avdelingen
    skal flytte"), or
    a capitalised dictionary word joined by `og` to a lower-case one, a sector's name ("Helse og omsorg")."""
    from workbench.io.pseudonymize.keep import employer_before

    word = text[f[0]:f[1]]
    if re.fullmatch(r"[A-ZÆØÅ][\wæøå]*(?:-[\wæøå]+)+", word) and word.casefold().endswith(_DEPARTMENT_HEADS[:2]):
        return rules.known_word(word.casefold()) and not employer_before(text, f[0]) \
            and not _PLACE_BEFORE.search(text, max(0, f[0] - 6), f[0])  # "praksis på Mazda-avdelingen", "i X-avdelingen"
    m = _JOINED_WORDS.match(text, f[0])  # the pair ends its clause: "til Helse og omsorg, som", not "Kiwi og handler"
    return bool(m) and m.end(1) == f[1] and m.group(0).count(" ") == 2 and _plain_words(m.group(0)) \
        and re.match(r"[ \t]*(?:[,.;:]|$)", text[m.end():], re.M) is not None


def departments(text: str, found: list) -> list[tuple[int, int]]:
    """Spans of departments after an organisation found earlier on the same letterhead line."""
    out = []
    for m in _LETTERHEAD.finditer(text):
        body_found = any(f[2] == "org" and f[1] == m.end("body") for f in found)
        if body_found and _department(m.group("dept")):
            out.append((m.start("dept"), m.end("dept")))
    return out


def _coordinated_term(text: str, f: tuple) -> bool:
    """An acronym compound with a dictionary head after a coordinated hyphen prefix ("klor- og UV-anlegg")."""
    start, end = f[0], f[1]
    while end < len(text) and (text[end].isalnum() or text[end] == "-"):  # "UV" found alone: read "UV-anlegg"
        end += 1
    m = _ACRONYM_COMPOUND.fullmatch(text, start, end)
    return bool(m) and rules.known_word(m.group(1)) and bool(_HYPHEN_PREFIX.search(text[max(0, start - 40):start]))


def device_makers(text: str) -> set[str]:
    """Names (case-folded) given only as the makers of devices, never where someone works."""
    from workbench.io.pseudonymize.keep import employer_before

    names = set()
    for m in _MAKERS.finditer(text):
        if not m.group(1).casefold().endswith(_DEVICE_HEADS) or re.search(r"(?<![\w-])(?i:i|innen)[ \t]+$",
                                                                           text[max(0, m.start() - 8):m.start()]):
            continue  # "mastergrad i anlegg fra X": a field of study, and X where it was studied
        if m.group(3) and m.group(3).casefold() != m.group(2).casefold():
            continue  # "fra ufmg [Universidade Federal de Minas Gerais]": a note spelling out an institution
        names.update(n.casefold() for n in (m.group(2), m.group(4)) if n)
    return {n for n in names if not any(
        employer_before(text, w.start()) for w in re.finditer(rf"(?<![\w-]){re.escape(n)}(?!\w)", text, re.I))}


def apply(text: str, found: list) -> list:
    """`found` with worded house numbers and `ring` streets added, labels, departments, terms and makers dropped."""
    new = [(s, e, "address", "identifier", None) for s, e in list(worded_house_numbers(text)) + list(ring_streets(text))]
    depts = departments(text, found)
    makers = device_makers(text)

    def kept(f: tuple) -> bool:
        word = text[f[0]:f[1]]
        return droppable(f) and (_NUMBER_LABEL.fullmatch(word) is not None or within(depts, f[0], f[1])
                                 or _coordinated_term(text, f) or _department_word(text, f)
                                 or word.strip("[]").casefold() in makers)

    return [f for f in found if not kept(f)] + new
