"""Round 52o: organisations as policies, wherever they stand: every Norwegian trade union and professional
association (alone, in the genitive, in compounds, in lower case), a list of employers whose names are no ordinary
words (banks, construction and engineering firms, health trusts, universities), the name shapes of schools,
universities and small firms in lower-case text, and municipal agencies of `-etaten` where someone is."""

from tests.probe_support import covered, untouched


def test_union_named_alone_as_an_answer():
    assert covered("I: Hvilket forbund?\nR: Norsk Jernbaneforbund.\n", "Norsk Jernbaneforbund") == "org"


def test_union_in_a_compound_and_the_genitive():
    text = "R: Jeg fikk et Forskerforbundet-stipend, og Forskerforbundets jurist leste kontrakten.\n"
    assert covered(text, "Forskerforbundet-stipend") == "org"
    assert covered(text, "Forskerforbundets") == "org"


def test_union_in_lower_case_text():
    assert covered("r: ja jeg er i norsk transportarbeiderforbund nå\n", "norsk transportarbeiderforbund") == "org"


def test_bank_and_construction_firm_in_a_list():
    text = "R: Først Betonmast, så Sparebanken Møre, nå Implenia.\n"
    for name in ("Betonmast", "Sparebanken Møre", "Implenia"):
        assert covered(text, name) == "org"


def test_savings_bank_said_in_words():
    assert covered("r: lønna kommer fra sparebank en østlandet hver måned\n", "sparebank en østlandet") == "org"


def test_health_trust_named_alone():
    assert covered("r: helse stavanger, på akutten i tre år\n", "helse stavanger") == "org"


def test_school_shape_in_lower_case():
    assert covered("r: jeg gikk på lambertseter videregående skole\n", "lambertseter videregående skole") == "org"


def test_foreign_university_shapes_in_lower_case():
    text = "r: jeg studerte ved university of ghana og så ved universidad de antioquia\n"
    assert covered(text, "university of ghana") == "org"
    assert covered(text, "universidad de antioquia") == "org"


def test_small_firm_in_lower_case_after_a_preposition():
    assert covered("r: nå jobber jeg hos nordheim rør og varme i åsane\n", "nordheim rør og varme") == "org"


def test_municipal_agency_where_someone_is():
    assert covered("R: Etter det gikk jeg over til Vann- og avløpsetaten.\n", "Vann- og avløpsetaten") == "org"
    assert covered("R: Jeg har vikariater hos Kulturetaten.\n", "Kulturetaten") == "org"


def test_ordinary_words_that_are_union_names_stay():
    text = "R: Jeg vil gjerne delta på kurset, og jeg står parat. Det er lederne som bestemmer.\n"
    for word in ("delta", "parat", "lederne"):
        assert untouched(text, word)


def test_public_services_and_confederations_stay():
    text = "R: Skatteetaten sendte brev, og LO og YS er de største hovedorganisasjonene.\n"
    for word in ("Skatteetaten", "LO", "YS"):
        assert untouched(text, word)


def test_agency_as_a_service_stays():
    assert untouched("R: Bymiljøetaten måker ikke gata vår.\n", "Bymiljøetaten")


def test_lower_case_school_and_firm_words_stay():
    text = "r: jeg gikk på videregående og så på universitetet i to år, og han fikser rør og varme\n"
    for word in ("videregående", "universitetet", "varme"):
        assert untouched(text, word)
