"""Round 36x rules (issue 10): web addresses on any real top-level domain (`web_domains`), transcripts exported
with a number on every line (`numbered_lines`), and greetings, thanks and small words of immigrants' languages
opening a sentence (`foreign_speech`).

A personal site on a newer generic domain or a country code ("bildene ligger på amirahassan.photo",
"tomasz-nowak.pl/cv") is a web address like one on `.no`; a country code ending a Norwegian abbreviation
written without a space (`org.nr`, `mill.kr`), a file name (`CV.pdf`) and a public service's site (`finn.no`)
stay. In a numbered export a turn wrapped over lines reads as one line: a place frame at the end of a line finds
the place first on the next ("på\\n  5  Strømmen"), and a line that opens a turn or follows a full stop keeps
its sentence start. A Polish, Turkish, Spanish or Portuguese word that wordfreq knows well, or an Arabic,
Somali, Ukrainian or Swahili word of a small list as written in Latin letters, opening a sentence or after a
verb of saying ("Dzięki, det hjelper mye.", "Tamam.", "Spasibo!", "Obrigado, sa hun") is no name; a listed
name beside it ("Dziękuję, sa Agnieszka Kowalska"), a listed name that is also a greeting (`Salam` as a given
name) and the names of a numbered turn stay found.

The sentences are fresh ones in the classes of held-out 34's misses and false hits and of `dev/d72x` and
`dev/control_d54x`, not their text. On the old rules (main at 73f2aa4) 19 of the 29 tests fail: all 18
positives and the unit test of the numbered view, whose function is new; none of the 10 guards."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Bildene mine ligger på amirahassan.photo, der kan du se dem.", "amirahassan.photo"),
    ("Mentor: Han selger brød via bakerinordby.shop nå.", "bakerinordby.shop"),
    ("Mentee: CV-en min står på tomasz-nowak.pl/cv hvis du vil lese den.", "tomasz-nowak.pl/cv"),
    ("Mentee: Jeg skriver om koding på samir.codes om kveldene.", "samir.codes"),
    ("Mentee: Søsteren min har en liten side, fatimaahmadi.art, med maleriene sine.", "fatimaahmadi.art"),
    ("Mentee: Kjæresten min driver nettbutikken kaffeogkanel.online sammen med meg.", "kaffeogkanel.online"),
])
def test_site_on_a_newer_or_country_domain(text: str, part: str) -> None:
    assert covered(text, part) == "url"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Jeg sendte CV.pdf og attesten.docx i går.", "CV.pdf"),
    ("Mentee: Tlf.nr og org.nr står nederst på fakturaen.", "org.nr"),
    ("Mentee: Omsetningen var 3 mill.kr i fjor.", "mill.kr"),
    ("Mentee: Jeg fant jobben på finn.no i fjor.", "finn.no"),
])
def test_abbreviations_files_and_public_sites_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("  4  P: Så flyttet vi til en leilighet på\n  5  Strømmen, nær senteret.\n  6  I: Fint.", "Strømmen"),
    ("  4  P: Før det jobbet jeg på et lager på\n  5  Berger, like ved motorveien.\n  6  I: Ok.", "Berger"),
    ("  4  P: Hun vokste opp på\n  5  Lade i Trondheim.\n  6  I: Ok.", "Lade"),
    ("  4  P: Vi bodde to år på\n  5  Sand før vi flyttet.\n  6  I: Ok.", "Sand"),
])
def test_place_frame_across_a_numbered_line_break(text: str, part: str) -> None:
    assert covered(text, part) == "place"


def test_a_name_on_a_numbered_line_stays_found() -> None:
    text = "  4  P: Jeg snakket med\n  5  Birgitte om det i går.\n  6  I: Fint."
    assert covered(text, "Birgitte") == "person"


def test_a_new_sentence_on_a_numbered_line_keeps_its_start() -> None:
    text = "  4  P: Vi spiste middag hjemme i går.\n  5  Etterpå gikk vi en tur.\n  6  I: Fint."
    assert untouched(text, "Etterpå")


def test_only_continued_numbered_lines_are_joined() -> None:
    from workbench.io.pseudonymize.numbered_lines import unnumbered

    text = "  1  I: Hvor bor du?\n  2  P: Jeg bor på\n  3  Strømmen nå.\n  4  I: Ok."
    view = unnumbered(text)
    assert len(view) == len(text)
    assert "\n  2  P:" in view and "\n  4  I:" in view and "på      Strømmen" in view
    plain = "Jeg bor på\nStrømmen nå.\nOk."
    assert unnumbered(plain) == plain  # no numbers: nothing changes


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Dzięki, det hjelper mye.", "Dzięki"),
    ("Mentee: Tamam. Da sender jeg søknaden i kveld.", "Tamam"),
    ("Mentee: Gracias. Vi sees på mandag.", "Gracias"),
    ("Mentee: Spasibo! Det var snilt av deg.", "Spasibo"),
    ("Mentee: Asante, det var fint.", "Asante"),
    ("Mentee: Jasne. Jeg kommer i morgen.", "Jasne"),
    ("Mentee: Obrigado, sa hun til meg.", "Obrigado"),
    ("Mentee: Dziękuję, sa Agnieszka Kowalska til meg.", "Dziękuję"),
])
def test_greeting_of_an_immigrant_language_is_no_name(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Dziękuję, sa Agnieszka Kowalska til meg.", "Agnieszka Kowalska"),
    ("Mentee: Salam er søsteren min, hun bor i Bergen.", "Salam"),
    ("Mentee: Jeg jobber med Marek hver dag.", "Marek"),
    ("Mentee: Gracias, Lucía Herrera hjalp meg.", "Lucía Herrera"),
])
def test_names_beside_greetings_stay_found(text: str, part: str) -> None:
    assert covered(text, part) == "person"
