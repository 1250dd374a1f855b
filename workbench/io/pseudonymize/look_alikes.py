"""Words that look like names but name a service, a role, a kind of body or a product (round 53f).

Policies, each a class rather than a word:

* Public bodies and national services named as such stay, in caseless speech and in a hand correction in
  square brackets as in cased text: directorates, inspectorates and agencies (`-direktoratet`, `-tilsynet`,
  `-etaten`, `-verket` as the body, the listed bodies of `gazetteer.PUBLIC` and `public_bodies`), emergency
  and health services and their acronyms (AMK, HRS, 113, legevakt, akuttmottak, luftambulansen; listed in
  `gazetteer.PUBLIC`). A find of such a name from a bracket note, an acronym rule or the model is dropped.
  Exceptions: a mention where someone works, studied or served there (`public_bodies.work_before`,
  `history_frames`, `tenure_frames`, `gathering_staff`: "vikariat i helsedirektoratet [Helsedirektoratet]")
  keeps it, and so does any other rule's find of the same name (then every mention stays replaced).
* A role noun (`lagleder`, `formann`, `skiftleder`, `verneombud`, `tillitsvalgt`: a dictionary word whose last
  part is a word for a role) opening a sentence before a naming verb ("Lagleder kaller meg …") is the subject,
  not a nickname (`role_noun`, used by `clues`).
* A generic definite noun for a kind of body (`fagforeningen`, `forbundet`, `foreningen`, `firmaet`,
  `kommunen`, `bedriften`, `klubben`) opening an answer is the common noun, not a union's name
  (`generic_body`, used by `union_answers`). A union's own name that is also a word ("Fagforbundet") is not one.
* A tool or machine brand right before a model code ("Bosch GBH 2-26", "Hilti TE 30", "Makita DHP 482",
  "Milwaukee M18") names a product: the find is dropped, unless the brand stands elsewhere in the text with no
  code after it (then it may be an employer, and every mention stays replaced).
* A driving-licence class (`BE`, `C1E`, `CE`, `D1`) is no acronym of a body (see `gazetteer.GENERIC_ACRONYMS`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.gathering_staff import staff_before
from workbench.io.pseudonymize.history_frames import history_before
from workbench.io.pseudonymize.public_bodies import public_body, work_before
from workbench.io.pseudonymize.tenure_frames import tenure_before

# Last parts of role nouns: a leader, a foreman, a representative, a colleague.
_ROLE_HEADS = frozenset("""
leder lederen leiar leiaren sjef sjefen formann formannen forman bas basen mester mesteren ombud ombudet
tillitsvalgt tillitsvalgte ansvarlig ansvarlige koordinator koordinatoren direktør direktøren inspektør
inspektøren kollega kollegaen veileder veilederen arbeidsleder vaktmester vaktmesteren
""".split())
# Definite nouns for a kind of body, said as the body the speaker belongs to or works for.
_GENERIC_BODIES = frozenset("""
fagforeningen fagforeninga fagforeininga forbundet foreningen foreninga laget klubben firmaet bedriften
selskapet konsernet kommunen kommuna fylkeskommunen fylket etaten direktoratet organisasjonen arbeidsgiveren
avdelingen avdelinga kontoret byrået
""".split())
# Sources that find a name by its form alone: a bracket note, an acronym, the model, a name found again.
_FORM_SOURCES = frozenset({"rule:noted-name", "rule:acronym", "ner", "rule:again", "rule:twin", "rule:bracket-twin"})
# A model code after a brand: capitals with digits or before digits ("GBH 2-26", "TE 30", "DHP 482", "M18").
_CODE = re.compile(r"[ \t]+(?:[A-ZÆØÅ]{1,4}[ \t-]?\d[\w-]*|(?!(?:AS|ASA|ANS|DA|SA|NUF|IKS|KS|HF|SF|BA|NOR)(?![\w-]))"
                   r"[A-ZÆØÅ]{2,4})(?:[ \t]+\d[\w-]*)?(?![\w-])")
_BRAND = re.compile(r"[A-ZÆØÅ][a-zæøåäöüé]+(?:[A-Z][a-z]+)?$")  # "Bosch", "DeWalt"; not "UNNs"
_BRAND_BEFORE = re.compile(r"(?<![\w-])([A-ZÆØÅ][a-zæøåäöüé]+(?:[A-Z][a-z]+)?)[ \t]+$")


def role_noun(low: str) -> bool:
    """Whether a lower-case word is a role noun: listed, or a dictionary word ending in a role word."""
    if low in gaz.ROLE_NOUNS or low in _ROLE_HEADS:
        return True
    if not lexicon.known_word(low):
        return False
    return any(low.endswith(h) and len(low) > len(h) + 2 for h in _ROLE_HEADS)


def generic_body(low: str) -> bool:
    """Whether a lower-case word is a definite common noun for a kind of body ("fagforeningen", "firmaet")."""
    return low in _GENERIC_BODIES


def service(name: str) -> bool:
    """Whether a name (any case) is a public body or national service as such."""
    words = name.split()
    low = " ".join(words).casefold()
    if public_body(low) or lexicon.public(low):
        return True
    return bool(words) and all(lexicon.public(w.casefold()) or w.casefold() in gaz.NEVER for w in words)


def _worked_at(text: str, start: int) -> bool:
    return work_before(text, start) or history_before(text, start) or tenure_before(text, start) \
        or staff_before(text, start)


def drop_look_alikes(text: str, found: Sequence[tuple]) -> list[tuple]:
    """The finds less public services found by their form only and brands before a model code (see above)."""
    by_other = {text[f[0]:f[1]].casefold() for f in found
                if f[2] in ("person", "place", "org") and f[3] not in _FORM_SOURCES}
    services = [f for f in found if f[2] in ("person", "place", "org") and f[3] in _FORM_SOURCES
                and service(text[f[0]:f[1]])]
    worked = {text[f[0]:f[1]].casefold() for f in services if _worked_at(text, f[0])}
    drop = {id(f) for f in services if text[f[0]:f[1]].casefold() not in by_other | worked}
    brands = _model_brands(text, found) | _codes(text, found) | _site_parts(text, found)
    models = {text[f[0]:f[1]].casefold() for f in found if f[0] in brands}
    return [f for f in found if id(f) not in drop and not (f[3] not in ("list", "identifier") and f[0] in brands)
            and not (f[3] in _FORM_SOURCES and text[f[0]:f[1]].casefold() in models)]


# A model code found by itself: capitals and digits ("PLR 50 C", "TE 30"), after an indefinite article.
_CODE_SPAN = re.compile(r"[A-ZÆØÅ]{2,4}(?:[ \t-]?\d[\w-]*)(?:[ \t]+[A-Z0-9]{1,2})?")
_ARTICLE = re.compile(r"(?<![\w-])(?i:en|ei|et)[ \t]+$")
# Parts of a site, numbered or lettered: "Skift 2", "Lager 4", "Bygg 3", "Hall B", "Port 6".
_SITE_PARTS = frozenset("""
skift lager bygg bygning hall port sal rom etasje linje sone kai fløy blokk rampe hangar felt
""".split())
_SITE = re.compile(r"([A-ZÆØÅ][a-zæøå]+)(?:[ \t]+(?:\d{1,3}|[A-H]))?$")
_SITE_NUMBER = re.compile(r"[ \t]+(?:\d{1,3}|[A-H])(?![\w-]|[.,]\d)")
_WORK_BEFORE = re.compile(r"(?<![\w-])(?i:hos|(?:jobb\w*|ansatt|arbeid\w*|eier\w*|startet|driver)[ \t]+(?:i|på|hos|for))[ \t]+$")


def _codes(text: str, found: Sequence[tuple]) -> set[int]:
    """Starts of finds that are letters of a product code: glued to digits by a hyphen ("SFS-4410-22",
    "TE-3000-AVR"), or a code after an indefinite article ("en PLR 50 C")."""
    out = set()
    for f in found:
        if f[2] not in ("person", "place", "org") or f[3] in ("list", "identifier"):
            continue
        span = text[f[0]:f[1]]
        glued = re.match(r"-\d", text[f[1]:f[1] + 2]) or re.search(r"\d-$", text[max(0, f[0] - 2):f[0]])
        if (span.isupper() and glued) or (_CODE_SPAN.fullmatch(span) and _ARTICLE.search(text, max(0, f[0] - 10), f[0])):
            out.add(f[0])
    return out


def _site_parts(text: str, found: Sequence[tuple]) -> set[int]:
    """Starts of finds that are a numbered part of a site ("i Bygg 3", "på Skift 2"); a work frame or `hos`
    before any but a shift keeps it (a firm such as "Bygg 1")."""
    out = set()
    for f in found:
        if f[2] not in ("person", "place", "org") or f[3] in ("list", "identifier"):
            continue
        m = _SITE.fullmatch(text[f[0]:f[1]])
        if m is None or m.group(1).casefold() not in _SITE_PARTS:
            continue
        if m.end(1) == f[1] - f[0] and not _SITE_NUMBER.match(text, f[1]):
            continue  # the word alone, with no number after it
        if m.group(1).casefold() != "skift" and _WORK_BEFORE.search(text, max(0, f[0] - 40), f[0]):
            continue
        out.add(f[0])
    return out


# Last parts of a body's name: a foundation, a fund or a bank holds money, makes no product (round 60b:
# "Sparebankstiftelsen DNB" is no brand before a model code).
_BODY_ENDINGS = ("stiftelse", "stiftelsen", "stiftinga", "fond", "fondet", "bank", "banken")


def _brand(word: str) -> bool:
    """A capitalised word that may be a brand: no dictionary word, no given name, no foundation or bank."""
    return bool(_BRAND.match(word)) and not lexicon.known_word(word.casefold()) \
        and not lexicon.listed(word, gaz.GIVEN_NAMES) and not word.casefold().endswith(_BODY_ENDINGS)


def _model_brands(text: str, found: Sequence[tuple]) -> set[int]:
    """Starts of finds that are a brand before (or with) a model code, when the brand never stands alone."""
    starts: dict[str, list[int]] = {}
    alone: set[str] = set()
    for f in found:
        if f[2] not in ("person", "place", "org") or f[3] in ("list", "identifier", "rule:street"):
            continue
        span = text[f[0]:f[1]]
        before = _BRAND_BEFORE.search(text, max(0, f[0] - 30), f[0])
        if _CODE.fullmatch(" " + span) and before and _brand(before.group(1)) \
                and span.split()[0].casefold() not in gaz.GENERIC_ACRONYMS:
            starts.setdefault(before.group(1).casefold(), []).append(f[0])  # "Bosch GBH": the code found alone
            continue
        first = span.split()[0] if span.split() else ""
        code = _CODE.match(text, f[0] + len(first))
        if code and code.group().split()[0].casefold() in gaz.GENERIC_ACRONYMS:
            code = None  # "Equinors HR", "Vestres IT": a department, no model
        if not (_brand(first) or (_BRAND.match(first) and code and any(c.isdigit() for c in code.group()))):
            continue  # a dictionary word before a code only with digits in it ("Volvo XC-60")
        if code is not None:
            starts.setdefault(first.casefold(), []).append(f[0])
        else:
            alone.add(first.casefold())
    return {s for brand, at in starts.items() if brand not in alone for s in at}
