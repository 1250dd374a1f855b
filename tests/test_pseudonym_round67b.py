"""Round 67b rules (`letter_addresses`, and `-fysiolog` among the role heads of `document_words`): a house number
said in words with its noted figures between a caseless street and a postcode in words; a street whose type word
is `ring` before a postcode and town; and words that identify no one: a number's label `ACR-nr.`, a department
after its organisation in a letterhead line, a role noun ending in `-fysiolog` in caseless speech, an acronym
compound coordinated with a hyphen prefix (`klor- og UV-anlegg`) and makers named as the source of devices
(`proteser fra Össur og Ottobock`, `robot fra delaval [DeLaval]`).

Every positive below is missed or replaced by b1e8f23's rules (the base of the round); the guards (the nearest
text that must stay, and the neighbours still found) pass there and here.

The strings are fresh, not those of `dev/d112b_*`, `dev/control_d94b` or held-out 80 and 81."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_HOME = ("[00:01:10] i: og hvor bor dere\n"
         "[00:01:13] r: adressen er myrvegen [Myrvegen] trettifem [35] to åtte null tre [2803] gjøvik [Gjøvik] "
         "i et gammelt hus\n")
_RING = "Kontakt: mobil 952 18 447. Han bor i Skogly ring 7, 1430 Ås. Notat slutt.\n"
_LETTER = ("Mentoren er fysioterapeut Helga Ruud ved Moss Fysio AS i Moss, HPR-nr. 8821034.\n\n"
           "Sykehuset Østfold HF, Hjerte-lunge-avdelingen\nKalnes\n")
_MUNICIPAL = "Stian Moe\nKonsulent\nAsker kommune, Kultur og frivillighet\nKatrineåsveien 20\n"
_ROLE = ("[00:00:05] intervjuer: kan du si litt om deg selv?\n"
         "[00:00:09] respondent: ja. jeg heter goran ilić [Goran Ilić]. jeg er fra niš [Niš] i serbia [Serbia], men "
         "jeg studerte i beograd [Beograd], ved universitetet der, univerzitet u beogradu [Univerzitet u Beogradu]. "
         "jeg er fiskeernæringsfysiolog, med master i fôrteknologi.\n")
_DEVICES = ("Hun har deltatt i tilpasning av proteser fra Össur og Ottobock, og i kontroll av pasienter "
            "henvist fra fastleger i Moss.\n")
_MILKING = ("[00:02:10] respondent: jeg melker med robot fra delaval [DeLaval] hver morgen og sjefen min "
            "heter knut [Knut] han ringer veterinæren\n")
_POOL = "Mentoren har ansvar for klor- og UV-anlegg og for vannprøver i hallen.\n"

_FOUND = [
    # a house number in words with its noted figures between a caseless street and a postcode in words
    (_HOME, "trettifem [35]", "address"),
    # a `ring` street with its number before a postcode and town
    (_RING, "Skogly ring 7", "address"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round67b_found(text: str, part: str, kind: str) -> None:
    """Worded house numbers and `ring` streets are found whole."""
    assert covered(text, part) == kind


_KEPT = [
    (_LETTER, "HPR-nr"),
    (_LETTER, "Hjerte-lunge-avdelingen"),
    (_MUNICIPAL, "Kultur og frivillighet"),
    (_ROLE, "fiskeernæringsfysiolog"),
    (_DEVICES, "Össur"),
    (_DEVICES, "Ottobock"),
    (_MILKING, "delaval"),
    (_MILKING, "DeLaval"),
    (_POOL, "UV-anlegg"),
    ("Søknaden om støttekontakt gikk til Helse og omsorg, som sendte den videre.\n", "Helse"),
    ("Han tilpasser tredemøller fra Technogym og Matrix på senteret.\n", "Technogym"),
    ("Han tilpasser tredemøller fra Technogym og Matrix på senteret.\n", "Matrix"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round67b_words_kept(text: str, part: str) -> None:
    """Labels, departments and sectors, -fysiolog roles, coordinated acronym compounds and device makers stay."""
    assert untouched(text, part)


_STAY = [
    # counts and sizes in words before their notes, with no street note before and no postcode after
    ("[00:00:20] r: vi har trettifem [35] kyr og to åtte null tre [2803] liter i tanken\n", "trettifem"),
    # `ring` as a call
    ("Hun sa at hun skulle ta en ring til kontoret 7. mars.\n", "ring"),
    # a department named alone, and coordinated common nouns with no body before them
    ("Han var to uker ved hjerte-lunge-avdelingen i vinter.\n", "hjerte-lunge-avdelingen"),
    ("Kultur og frivillighet er en egen etat i mange kommuner.\n", "Kultur og frivillighet"),
]


@pytest.mark.parametrize(("text", "part"), _STAY)
def test_round67b_words_stay(text: str, part: str) -> None:
    """Counts, calls, road numbers and departments with no body stay."""
    assert untouched(text, part)


_GUARDS = [
    # the neighbours are still found
    (_HOME, "to åtte null tre", "postcode"),
    (_RING, "952 18 447", "phone"),
    (_LETTER, "8821034", "number"),
    (_LETTER, "Sykehuset Østfold HF", "org"),
    (_MUNICIPAL, "Asker kommune", "org"),
    (_MILKING, "knut", "person"),
    (_ROLE, "goran ilić", "person"),
    # a department after a place preposition may be a workplace, and stays found
    ("Kona hans var først i Økonomiavdelingen, så i Byggesaksavdelingen i Asker kommune.\n", "Økonomiavdelingen",
     "place"),
    # a surname joined by `og` to a lower-case word stays a name
    ("Hun fikk jobb hos Hagen og sønn i Moss.\n", "Hagen", "person"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _GUARDS)
def test_round67b_guards_found(text: str, part: str, kind: str) -> None:
    """Postcodes, phones, HPR numbers, bodies, names and a maker as a workplace stay found."""
    assert covered(text, part) == kind


def test_round67b_maker_as_workplace_stays_replaced() -> None:
    """A maker named as the source of devices is still replaced where a mention makes it someone's workplace."""
    text = "Han tilpasset proteser fra Ottobock i to år, og nå jobber han hos Ottobock i Oslo.\n"
    assert covered(text, "Ottobock") is not None


def test_round67b_a_field_of_study_names_no_device() -> None:
    """Narrowed after `both` (coordinator, session 27): `mastergrad i anlegg fra X` is where someone studied, not
    a device's maker, so X stays replaced (held-out 50's `ufmg` was lost at f5efc84)."""
    text = "Mentee: Jeg har mastergrad i anlegg fra Kosmala, og nå jobber jeg på Hamar.\n"
    assert covered(text, "Kosmala") is not None
