"""Round 40i rules (issue 10): case numbers of a year and a serial after a bare case word (`case_serials`), and
camps, villages and small towns given as an answer with their country or city after a comma, or named after the
word for their kind (`camp_places`).

Guards: agenda items, spans of years, dates, scores, ranges with a unit, `årsak`, a year glued to a word; answers
opened by a function word, a common word, a definite noun, a kin word or a listed given name, a dictionary word
with no question of where before it, and the word for a kind of place with no name after it.

The sentences are fresh ones in the classes of held-out 39's misses, not their text.
"""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched


@pytest.mark.parametrize(("text", "part"), [
    ("Leder: Første notat. «Sak 2024-118. Amina Yusuf, født 3.4.1990. Vil starte kafé.»", "2024-118"),
    ("Rådgiver: Journalpost 2023-00871 gjelder søknaden hennes om lån.", "2023-00871"),
    ("Rådgiver: Arkivsak 2022-1143-4 ble avsluttet i fjor.", "2022-1143-4"),
    ("Rådgiver: Søknad 2024-221 ble innvilget i mars.", "2024-221"),
    ("Rådgiver: Saken hans har nummer 2024-118 hos kommunen.", "2024-118"),
    ("Rådgiver: På brevet står det sak 24-00456-3, og det er hans.", "24-00456-3"),
    ("Rådgiver: «Sak 2025-0042. Ny søker, snekker.»", "2025-0042"),
])
def test_year_serial_case_number_after_a_case_word(text: str, part: str) -> None:
    assert covered(text, part) == "number"


@pytest.mark.parametrize(("text", "part"), [
    ("Rådgiver: Saks-ID 2023-0117 er den vi ser på.", "2023-0117"),
    ("Rådgiver: Byggesak 2024–0312 er verkstedet hans.", "2024–0312"),
    ("Rådgiver: Øverst står Ref 2025-0036.", "2025-0036"),
])
def test_case_number_read_as_a_telephone_is_a_number(text: str, part: str) -> None:
    assert covered(text, part) == "number"


@pytest.mark.parametrize(("text", "word"), [
    ("Rådgiver: Arkivsak 2022-1143-4 ble avsluttet i fjor.", "Arkivsak"),
    ("Rådgiver: Søknad 2024-221 ble innvilget i mars.", "Søknad"),
    ("Rådgiver: Klagesak 2023-0455 er den hun vant.", "Klagesak"),
])
def test_case_word_before_a_case_number_is_no_name(text: str, word: str) -> None:
    assert untouched(text, word)


@pytest.mark.parametrize(("text", "part"), [
    ("R: Sak 3 på dagsorden var budsjettet, og sak 4 var valg.", "Sak 3"),
    ("R: Det er sak 2 av 5 som tar tid.", "sak 2 av 5"),
    ("R: Saken i 2025 gikk lettere enn saken i 2024.", "2025"),
    ("R: En sak 2019–2021 om husleia varte nesten tre år.", "2019–2021"),
    ("R: Søknad 2024-2025 om plass på kurset sendte jeg i august.", "2024-2025"),
    ("R: Sak 14/25 i styret handlet om banen.", "14/25"),
    ("R: Kampen endte 3-1, og neste sak var dugnaden.", "3-1"),
    ("R: Kapittel 2025-utgaven av boka var tynnere.", "2025-utgaven"),
    ("R: Årsak 2019-2024 er uklar.", "2019-2024"),
    ("R: Det er en sak 10-150 kroner for hver.", "10-150"),
    ("R: Møtet om saken 2025-01-14 var kort.", "2025-01-14"),
])
def test_ordinary_case_talk_stays(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("I: Hvor vokste du opp?\nR: Nu Po, i Thailand. Jeg bodde der fra jeg var fire.", "Nu Po"),
    ("I: Og faren din?\nR: Tal Afar, nord i Irak. Han flyktet som ung.", "Tal Afar"),
    ("I: Og mora di?\nR: Sag Bo, utenfor Mogadishu. En liten landsby.", "Sag Bo"),
    ("I: Hvor kommer dere fra?\nR: Kule, i Etiopia. Vi kom dit i 2014.", "Kule"),
    ("I: Landsbyen?\nR: Lang Ha, helt nord i Vietnam.", "Lang Ha"),
    ("R: Tante vokste opp i landsbyen Lang Ha, nord i Vietnam.", "Lang Ha"),
    ("R: Etterpå bodde vi i flyktningleiren Ta Bo i tre år.", "Ta Bo"),
    ("R: Så flyttet vi til leiren Mae Ra Ma Luang.", "Mae Ra Ma Luang"),
    ("R: Broren min bodde lenge i flyktningleiren Kiziba i Rwanda.", "Kiziba"),
])
def test_camp_or_village_is_a_place(text: str, part: str) -> None:
    assert covered(text, part) == "place"


@pytest.mark.parametrize(("text", "part"), [
    ("I: Hvor bodde dere?\nR: Ja, i Thailand. Vi bodde der lenge.", "Ja"),
    ("I: Hvor bodde dere?\nR: Først, i Tyrkia. Så kom vi hit.", "Først"),
    ("I: Hvor bodde dere?\nR: Hjemme, i Syria. Vi hadde et stort hus.", "Hjemme"),
    ("I: Hvor lærte du engelsk?\nR: Skolen, i Kabul. Der var lærerne gode.", "Skolen"),
    ("I: Hvem er igjen der?\nR: Mamma, i Eritrea. Hun ringer hver søndag.", "Mamma"),
    ("I: Hvor bor onkelen din?\nR: Onkel, i Sverige? Nei, han bor i Tyskland.", "Onkel"),
    ("I: Hva er du redd for?\nR: Kule, i Syria. Det var overalt der.", "Kule"),
    ("R: Vi bodde i leiren. Det var kaldt om vinteren.", "Det"),
    ("R: I leiren var det trangt, og landsbyen vår lå langt unna.", "landsbyen"),
])
def test_answer_words_and_place_words_stay(text: str, part: str) -> None:
    assert untouched(text, part)


def test_listed_given_name_answer_stays_a_person() -> None:
    text = "I: Hvem ringte du?\nR: Amina, i Somalia. Hun er søsteren min."
    assert any(kind == "person" and original == "Amina" for _s, _e, kind, original in finds(text))
