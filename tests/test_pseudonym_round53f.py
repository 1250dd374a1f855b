"""Round 53f rules (`look_alikes`): words that look like names but name a service, a role, a kind of body or a
product. Public bodies and emergency services named as services stay in caseless speech and in bracket notes as
in cased text; role nouns opening a sentence before a naming verb and generic nouns answering a membership
question stay; tool brands before a model code, letters of a product code, licence classes and numbered parts of
a site stay. Where someone works at the body, or a person, firm or union stands beside them, it is still found.

The strings are fresh, not those of `dev/d88f_*` or `dev/control_d70f`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "word"), [
    ("[00:00:40] R: søknaden ligger hos miljødirektoratet [Miljødirektoratet] fortsatt", "miljødirektoratet"),
    ("[00:00:40] R: søknaden ligger hos miljødirektoratet [Miljødirektoratet] fortsatt", "Miljødirektoratet"),
    ("[00:00:47] R: saken er hos arbeidstilsynet [Arbeidstilsynet] nå", "arbeidstilsynet"),
])
def test_public_body_in_bracket_note_stays(text: str, word: str) -> None:
    assert untouched(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("R: Når det skjer noe, varsler vi AMK med en gang.", "AMK"),
    ("[00:01:03] R: vi lærte å ringe amk [AMK] og hrs [HRS] på kurset", "HRS"),
    ("[00:01:03] R: vi lærte å ringe amk [AMK] og hrs [HRS] på kurset", "amk"),
    ("R: Båten meldte fra til HRS, og de sendte helikopter.", "HRS"),
])
def test_emergency_service_acronym_stays(text: str, word: str) -> None:
    assert untouched(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("R: Vi starter klokka seks. Bas kaller oss inn til møte hver morgen.", "Bas"),
    ("R: Alt går fint. Vaktleder kaller meg prinsen på jobben.", "Vaktleder"),
])
def test_role_noun_opening_sentence_before_naming_verb_stays(text: str, word: str) -> None:
    assert untouched(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("I: Har du meldt deg inn i noe?\nR: Fagforeningen, ja, og et kor i byen.", "Fagforeningen"),
])
def test_generic_body_answering_membership_question_stays(text: str, word: str) -> None:
    assert untouched(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("R: Vi borer med en Metabo KHA 36 og skrur med en Festool TXS 18.", "Metabo"),
    ("R: Vi borer med en Metabo KHA 36 og skrur med en Festool TXS 18.", "TXS 18"),
    ("R: Laseren er en GLL 30 G, den er helt ny.", "GLL 30 G"),
])
def test_brand_and_model_code_stay(text: str, word: str) -> None:
    assert untouched(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("R: Jeg har klasse B og BE, og snart D1E.", "BE"),
    ("R: Nå har jeg BE, og til våren tar jeg CE.", "BE"),
])
def test_licence_class_stays(text: str, word: str) -> None:
    assert untouched(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("[00:00:44] R: vi fikk besøk av datatilsynet [Datatilsynet] i fjor", "Datatilsynet"),
    ("R: Det er travelt. Produksjonsleder kaller oss inn på fredager.", "Produksjonsleder"),
    ("I: Er du med i en fagforening?\nR: Forbundet, ja, og jeg betaler kontingent.", "Forbundet"),
    ("I: Er du medlem noe sted?\nR: Foreningen, ja, den for sjåfører.", "Foreningen"),
    ("R: Varenummeret er HKS-2210-14 i katalogen.", "HKS"),
    ("R: I dag er jeg i Hall C, i morgen i Sone 5.", "Sone 5"),
    ("R: Jeg går på Skift 3 hele vinteren.", "Skift 3"),
])
def test_look_alikes_that_stay_as_before(text: str, word: str) -> None:
    assert untouched(text, word)


@pytest.mark.parametrize(("text", "part"), [
    ("R: Jeg har et vikariat i Miljødirektoratet nå.", "Miljødirektoratet"),
    ("R: Jeg jobber hos Festool på lageret i Drammen.", "Festool"),
    ("I: Er du med i en fagforening?\nR: Ja, Fellesforbundet.", "Fellesforbundet"),
    ("R: Sjefen min heter Terje Hovdenak.", "Terje Hovdenak"),
    ("R: Jeg jobbet i Aker BP i to år.", "Aker BP"),
    ("R: Jeg har praksis hos Maling 2 i Sandvika.", "Maling 2"),
])
def test_workplaces_and_people_beside_the_look_alikes_are_found(text: str, part: str) -> None:
    assert covered(text, part) is not None
