"""Round 45u: unions and professional associations with lower-case words in their names (`Musikernes
fellesorganisasjon`, `Norsk Radiografforbund`, `EL og IT`), given as the bare answer to a membership question or
after a membership frame, and any union someone pays dues to, left, or that everyone at the workplace is in when
the speaker then joined too, are organisations; a union named only as such stays. Development data only; every
string is invented."""

from __future__ import annotations

import pytest

from tests.probe_support import covered, untouched


@pytest.mark.parametrize("text, part", [
    ("I: Har du blitt med i noen forening?\nMentee: Musikernes fellesorganisasjon. Hilde sa at det var lurt.",
     "Musikernes fellesorganisasjon"),
    ("I: Er du med i en fagforening?\nR: Ja, Skolenes landsforbund.", "Skolenes landsforbund"),
    ("I: Er du fagorganisert?\nR: Norsk Radiografforbund, fra første dag.", "Norsk Radiografforbund"),
    ("I: Er du organisert?\nR: Ja, Den norske legeforening, siden studiet.", "Den norske legeforening"),
    ("I: Hvilket forbund er du i?\nR: Det er Handel og Kontor.", "Handel og Kontor"),
    ("I: Er du med i en fagforening?\nR: Ja, EL og IT.", "EL og IT"),
    ("R: Jeg meldte meg inn i Musikernes fellesorganisasjon i fjor.", "Musikernes fellesorganisasjon"),
    ("R: Hun ble medlem av Norsk Fysioterapeutforbund i mars.", "Norsk Fysioterapeutforbund"),
    ("R: Jeg er tillitsvalgt i Skolenes landsforbund på skolen.", "Skolenes landsforbund"),
    ("I: Er du fagorganisert?\nR: Bjørnar sa at alle på vaskeriet er i Fellesforbundet, og den tillitsvalgte kom med "
     "skjema. Så ja, fra denne måneden.", "Fellesforbundet"),
    ("R: Alle på lageret er med i Parat, og jeg meldte meg inn i høst.", "Parat"),
    ("R: Jeg betaler kontingent til Delta hver måned.", "Delta"),
    ("R: Han betaler kontingent til Handel og Kontor, det trekkes av lønna.", "Handel og Kontor"),
    ("R: Jeg gikk ut av Tekna i fjor.", "Tekna"),
    ("R: Jeg meldte meg ut av Negotia da jeg sluttet.", "Negotia"),
    ("R: Han gikk ut av Fagforbundet da han ble leder.", "Fagforbundet"),
    ("R: Vi er begge i Econa.", "Econa"),
    ("R: Jeg fikk hjelp fra Skolenes landsforbund da jeg ble oppsagt.", "Skolenes landsforbund"),
])
def test_a_union_someone_belongs_to_is_an_organisation(text, part):
    assert covered(text, part) == "org"


@pytest.mark.parametrize("text, part", [
    ("R: Skolenes landsforbund har et kurs om klasseledelse i mai.", "Skolenes landsforbund"),
    ("R: Musikernes fellesorganisasjon mener at honorarene er for lave.", "Musikernes fellesorganisasjon"),
    ("R: Handel og Kontor publiserer lønnsstatistikk hvert år.", "Handel og Kontor"),
    ("R: Du kan melde deg inn i Musikernes fellesorganisasjon hvis du vil.", "Musikernes fellesorganisasjon"),
    ("R: Jeg er ikke med i Musikernes fellesorganisasjon.", "Musikernes fellesorganisasjon"),
    ("R: Mange gikk ut av Parat etter streiken.", "Parat"),
    ("R: Mange betaler kontingent til Fellesforbundet.", "Fellesforbundet"),
    ("R: Alle på jobben er i EL og IT, så ja, det er vanlig der.", "EL og IT"),
    ("I: Er du fagorganisert?\nR: Ja, fagforening.", "fagforening"),
    ("R: Jeg gikk ut av bussen og inn i butikken.", "bussen"),
])
def test_a_union_named_only_as_such_stays(text, part):
    assert untouched(text, part)
