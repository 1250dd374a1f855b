"""What the dictionary and the word lists say about a single word, for the name rules.

The rules in `rules` and `orgs` ask the same questions of a word again and again: is it
in the Bokmål dictionary (simplemma), a compound of dictionary words, a proper noun, a
definite form, a common English or Norwegian word (wordfreq), a listed name, place or
employer, or a public body that identifies nobody? The answers live here, cached, so
the rule modules hold only the rules. Dictionary and Norwegian frequencies are read
through `workbench.nlp.word_tables`, the per-machine tables the suggester uses, so a
process does not decode simplemma's dictionary a second time.
"""

from __future__ import annotations

import re

from functools import lru_cache

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.nlp import word_tables

# Words of the mentoring domain the dictionary may not know.
DOMAIN_WORDS = frozenset("mentee menteen menteer menteene mentees mentoren mentorer mentorene".split())


@lru_cache(maxsize=200_000)
def known_word(low: str) -> bool:
    """Whether the Bokmål dictionary (simplemma) knows the word, or each part of a hyphenated one."""
    parts = [p for p in low.replace("’", "'").split("-") if p]
    return bool(parts) and all(
        p in DOMAIN_WORDS or p in gaz.ROLE_NOUNS or p in gaz.NEVER or word_tables.is_known(p)
        for p in parts)


@lru_cache(maxsize=100_000)
def compound_head(low: str) -> str | None:
    """The last part of a word that splits into dictionary words (a linking s or e allowed), else None."""
    if len(low) < 7:
        return None
    for i in range(3, len(low) - 3):
        left, right = low[:i], low[i:]
        if not (known_word(left) or (left[-1] in "se" and len(left) > 3 and known_word(left[:-1]))):
            continue
        if known_word(right):
            return right
        head = compound_head(right)
        if head:
            return head
    return None


def compound_of_known(low: str) -> bool:
    """Whether a word is a compound of dictionary words that does not end like a name (-berg, -dal ...)."""
    head = compound_head(low)
    return head is not None and head not in gaz.NAME_ELEMENTS


@lru_cache(maxsize=100_000)
def dictionary_proper_noun(low: str) -> bool:
    """Whether the dictionary's lemma of a known word is capitalised: a proper noun (Østfold, Ullensaker)."""
    return known_word(low) and word_tables.lemmatize(low)[:1].isupper()


@lru_cache(maxsize=50_000)
def definite(low: str) -> bool:
    """A noun in its definite form ("Bemanningshuset"): inside a sentence an institution, never a person."""
    lemma = word_tables.lemmatize(low).casefold()
    return lemma != low and low.endswith(("en", "et", "ene")) and low.startswith(lemma[:max(1, len(lemma) - 1)])


def definite_genitive(low: str) -> bool:
    """The genitive of a definite common noun ("arbeidslivets", "kommunesektorens"), which no name is:
    the stem is a dictionary word or compound in its definite form, not listed as a name or place and
    not ending in a place-name element ("Lundens"). Round 68b: a shorter one ("byråets", "rådets", "styrets") only
    when its stem is exactly the dictionary lemma with the neuter definite ending (`byrå` + `et`); a short
    masculine one stays out ("Vangens", "Lundens" and "Sandens" are names as often as "byens" is a noun)."""
    if not low.endswith("s") or len(low) < 5:
        return False
    stem = low[:-1]
    if listed(stem, gaz.GIVEN_NAMES) or listed(stem, gaz.SURNAMES) or listed(stem, gaz.PLACES):
        return False
    if len(low) < 8 and not _lemma_definite(stem):
        return False
    head = compound_head(stem) or (stem if known_word(stem) else None)
    if head is None or not (definite(head) or _plural_definite(head)):
        return False
    return word_tables.lemmatize(head).casefold() not in gaz.NAME_ELEMENTS


def _lemma_definite(stem: str) -> bool:
    """A short neuter noun in its definite singular, the dictionary's lemma and `-et` (`-t` after an `-e`):
    "byrået", "rådet", "styret"."""
    lemma = word_tables.lemmatize(stem).casefold()
    if len(lemma) < 2 or lemma == stem or lemma in gaz.NAME_ELEMENTS:
        return False
    return stem == lemma + "et" or (lemma.endswith("e") and stem == lemma + "t")


def _plural_definite(low: str) -> bool:
    """The definite plural of a noun in `-er` ("mesterne", "lærerne"), which `definite` does not read."""
    return low.endswith("erne") and word_tables.lemmatize(low).casefold() + "ne" == low


def org_tail_word(word: str) -> bool:
    """An organisation word, alone or ending a compound (`skole`, `Trafikkskole`, `Renhold`)."""
    low = word.casefold()
    return low in gaz.ORG_TAILS or any(
        low.endswith(t) and len(t) >= 4 and len(low) > len(t) + 2 for t in gaz.ORG_TAILS)


def org_word(word: str) -> bool:
    """A word that names an institution by its ending (Rikshospitalet, Sparebanken, Sykehuset)."""
    low = word.casefold()
    return low in gaz.ORG_HEADS or any(low.endswith(s) for s in gaz.ORG_SUFFIXES)


def english_zipf(low: str) -> float | None:
    """wordfreq's Zipf frequency of a word in English, or None without wordfreq."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return None
    return zipf_frequency(low, "en")


@lru_cache(maxsize=50_000)
def english(low: str) -> bool:
    """A common English word (or each part of a hyphenated one): code-switching, not a name ("Networking")."""
    parts = [p for p in low.split("-") if p]
    return bool(parts) and all((english_zipf(p) or 0.0) >= 3.5 for p in parts)


def everyday(low: str) -> bool:
    """A word common in Norwegian text: the dictionary also knows many names ("Knut", "Amina"), and a
    listed name at a sentence start is taken unless it is an everyday word or listed as ambiguous."""
    return frequent(low, 5.0)


@lru_cache(maxsize=50_000)
def frequent(low: str, zipf: float) -> bool:
    """Whether a word is at least this common in Norwegian text (wordfreq's Zipf scale; True
    without wordfreq, so that nothing is taken for a name on a missing table)."""
    from workbench.nlp.lexicon import zipf as norwegian_zipf

    value = norwegian_zipf(low)
    return True if value is None else value >= zipf


def public(low: str) -> bool:
    """Public bodies, holidays, laws, tests and programmes: they identify nobody.

    A short ending (`-lova`, `-lov`) counts only after a dictionary word ("opplæringslova"), so
    names such as "Sokolova" stay names."""
    if low in gaz.PUBLIC or region(low):
        return True
    if len(low) > 3 and ((low.endswith("s") and public_form(low[:-1]))
                         or (low.endswith("'s") and public_form(low[:-2]))):
        return True  # "NAVs", "UDIs", "Stortingets", "Skatteetatens": a public body's genitive
    if definite_of_public(low):
        return True  # "Fagbrevet"
    for s in gaz.PROGRAMME_SUFFIXES:
        if low.endswith(s) and len(low) > len(s) + 2:
            stem = low[:-len(s)]
            if "mentor" in stem or "mentee" in stem:
                continue  # "Mentorløftet": a mentoring programme is the study's own, and identifies it
            if known_word(stem) or (stem[-1:] in "se" and known_word(stem[:-1])) or compound_head(stem):
                return True  # "Kompetanseløftet", "Inkluderingsdugnaden", "Kompetansepluss"
    for s in gaz.PUBLIC_SUFFIXES:
        if low.endswith(s) and len(low) > len(s) + 2:
            if len(s) > 4:
                return True
            stem = low[:-len(s)]
            if known_word(stem) or (stem[-1:] in "se" and known_word(stem[:-1])) or compound_head(stem):
                return True
    return False


def public_form(low: str) -> bool:
    """A public body, holiday, law or programme as listed or by its ending (no genitive)."""
    if low in gaz.PUBLIC or definite_of_public(low):
        return True
    return any(low.endswith(s) and len(low) > len(s) + 2 for s in gaz.PUBLIC_SUFFIXES if len(s) > 4)


def definite_of_public(low: str) -> bool:
    """The definite form of a listed public word ("fagbrevet" of "fagbrev")."""
    for e in ("et", "en", "a", "ene"):
        stem = low[:-len(e)]
        if low.endswith(e) and len(stem) >= 4 and stem in gaz.PUBLIC:
            return not (listed(low, gaz.GIVEN_NAMES) or listed(low, gaz.SURNAMES) or listed(low, gaz.PLACES))
    return False


def region(low: str) -> bool:
    """A world region ("Latin-Amerika", "Midtøsten", "Sør-Europa"); countries such as "Sør-Afrika" are not."""
    if low.endswith("s") and low[:-1] in gaz.WORLD_REGIONS | gaz.REGION_COUNTRIES:
        low = low[:-1]  # "Afrikas", "Sør-Europas"
    elif low.endswith("s") and "-" in low:
        low = low[:-1]
    if low in gaz.WORLD_REGIONS:
        return low not in gaz.COUNTRY_BY_REGION_NAME  # "i Amerika": the USA
    head, _, tail = low.partition("-")
    return (head in gaz.REGION_PREFIXES and tail in gaz.WORLD_REGIONS and low not in gaz.REGION_COUNTRIES)


def national_body(words: list[str]) -> bool:
    """Ordinary words and `Norge` ("Innovasjon Norge", "Kompetanse Norge"): a national body, which
    identifies nobody; a name or a company before `Norge` ("Telenor Norge", "Bygg Norge") is no such thing."""
    if len(words) < 2 or words[-1].casefold() not in ("norge", "norway"):
        return False
    return all(known_word(w.casefold()) and not dictionary_proper_noun(w.casefold()) and not org_tail_word(w)
               and not listed(w, gaz.GIVEN_NAMES) and not listed(w, gaz.SURNAMES) and not listed(w, gaz.PLACES)
               and not listed(w, gaz.EMPLOYERS) and not w.isupper() for w in words[:-1])


def listed(word: str, names: frozenset[str]) -> bool:
    """Whether a word (or each part of a hyphenated one, or it without a genitive s) is listed."""
    low = word.casefold().replace("’", "'")
    if low in names:
        return True
    if "-" in low and all(part in names for part in low.split("-")):
        return True
    return low.endswith("s") and len(low) > 3 and (low[:-1] in names or (low.endswith("'s") and low[:-2] in names))


# Nouns for a room, a hall, a vehicle, a route or a part of a course that a number labels ("Rom 4", "Sal 2",
# "Linje 31", "Modul 3"): with its number the word names no place, even where it is also one (Rom, Sal).
LABEL_NOUNS = frozenset("""
rom rommet møterom grupperom klasserom kontor sal salen auditorium aud hall hallen fløy blokk bygg bygning
etasje etg avdeling avd seksjon post linje buss bussen trikk trikken tog toget t-bane bane spor plattform
perrong terminal luke skranke kasse sone klasse gruppe gruppa modul del kapittel runde nivå trinn steg
time uke dag kull team lag stand
""".split())
_NUMBER_LABEL = re.compile(r"[ \t]\d{1,4}[A-Za-z]?(?![\w]|[.,]\d)")


def labelled_by_number(word: str, text: str, end: int) -> bool:
    """A room, hall, route or course part named by its number ("på Rom 4", "Sal 2"), not a place or a name."""
    return word.casefold() in LABEL_NOUNS and _NUMBER_LABEL.match(text, end) is not None


def english_loan(word: str) -> bool:
    """An English -ing noun that Norwegian has borrowed ("Coaching", "Matching", "Marketing"): a dictionary
    word, a common English word, and a very common English verb or noun before the -ing; capitalised, still
    no name. English surnames in -ing fail one of these (Manning, Harding, Browning, Sterling)."""
    low = word.casefold()
    return (low.endswith("ing") and len(low) > 6 and known_word(low) and english(low)
            and (english_zipf(low[:-3]) or 0.0) >= 4.3  # "coach", "match", "market"; not "mann" (Manning)
            and not any(listed(word, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES)))


# Weekdays and months, often capitalised in transcripts ("Mandag og Fredag"); not those that are also given
# names (Mai, April, Juni, August).
CALENDAR = frozenset("""
mandag tirsdag onsdag torsdag fredag lørdag søndag mandagen tirsdagen onsdagen torsdagen fredagen lørdagen
søndagen januar februar mars juli september oktober november desember
""".split())
# Endings of abstract nouns ("Inkludering", "Rekruttering", "Kommunikasjon", "Frihet", "Vennskap").
_ABSTRACT_ENDINGS = ("ering", "ing", "het", "heten", "else", "elsen", "sjon", "sjonen", "itet", "iteten", "skap",
                     "skapet", "isme", "ismen", "erende",  # "erende": a participle ("Kompletterende")
                     "inger", "ingene", "ister", "istene")  # plurals: "Samlinger", "Pensjonister"
# Heads of compounds that name a course, a document or a benefit ("Norskkurs", "Kompetansebevis",
# "Kvalifiseringsstønad", "Karriereveiledning", "Norskkrav"): no person, place or workplace.
COURSE_HEADS = frozenset("""
kurs kurset veiledning veiledningen bevis beviset stønad stønaden krav kravet attest attesten sertifikat
sertifikatet godkjenning godkjenningen tillatelse tillatelsen stipend stipendet eksamen eksamenen
rett retten kunnskap kunnskapen lære læren
""".split())  # the last line: fields of study and law ("Arbeidsrett", "Samfunnskunnskap", "Økonomilære")


# Degrees and trade certificates, capitalised as on a CV ("en Bachelor i økonomi", "Master fra NTNU").
DEGREES = frozenset("""
bachelor bacheloren bachelorgrad bachelorgraden master masteren mastergrad mastergraden doktorgrad doktorgraden
ph.d phd årsstudium årsstudiet fagbrev fagbrevet svennebrev svennebrevet mesterbrev mesterbrevet
""".split())


# Months that are also given names: a month only after a preposition of time ("i Juni", "fra August").
NAMED_MONTHS = frozenset("mai april juni august".split())
_TIME_BEFORE = re.compile(r"(?<![\w-])(?i:i|fra|til|innen|før|etter|siden|rundt|midten[ \t]+av|slutten[ \t]+av"
                          r"|begynnelsen[ \t]+av)[ \t]+$")


def month_named(word: str, text: str, start: int) -> bool:
    """A month that is also a given name, after a preposition of time and before no capitalised word
    ("i Juni", not "med Juni" nor "i August Berg")."""
    return word.casefold() in NAMED_MONTHS and _TIME_BEFORE.search(text, max(0, start - 20), start) is not None


# Where a capitalised word is someone: after a verb of talking to or meeting someone and its preposition, or a
# naming verb ("snakket med Gjerding", "møtte Helling", "heter Hasting"), a surname that is also a noun.
_PERSON_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:snakket|snakka|snakker|pratet|prata|prater|diskuterte|avtalte)[ \t]+med"
    r"|(?:ringte|ringer|skrev|sendte|sa|fortalte|spurte|møtte|traff|kontaktet|mailet|hilste[ \t]+på)(?:[ \t]+til)?"
    r"|(?:hils|hilse|hilser|hilsen)[ \t]+(?:til|fra|på)"  # "hils til siv"
    r"|sammen[ \t]+med|heter|het|kalt|kalles|kaller[ \t]+(?:seg|meg|ham|henne))[ \t]+$")


def person_before(text: str, start: int) -> bool:
    """Whether a verb of talking to, meeting or naming someone stands right before text[start:]
    ("snakket med Gjerding"): there a dictionary word ending like an abstract noun is a surname."""
    return _PERSON_BEFORE.search(text, max(0, start - 30), start) is not None


def _unlisted(word: str) -> bool:
    return not any(listed(word, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES, gaz.EMPLOYERS))


def common_noun(word: str) -> bool:
    """A weekday or month, an abstract noun ("Inkludering"), or a compound naming a course, document or
    benefit ("Norskkurs", "Kvalifiseringsstønad"): capitalised inside a sentence, still no name."""
    low = word.casefold()
    if low in CALENDAR:
        return True
    if low in DEGREES:
        return True
    if len(low) < 7 or not _unlisted(word):
        return False
    if known_word(low) and not dictionary_proper_noun(low) and low.endswith(_ABSTRACT_ENDINGS):
        return True
    return any(low.endswith(h) and len(low) > len(h) + 3 for h in COURSE_HEADS) \
        and compound_head(low) is not None
