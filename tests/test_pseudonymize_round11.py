"""Eleventh-round rules: associations and media one joins or reads, job portals, schemes named with a
hyphen, the commonest words capitalised in a title, names in lower case, passport numbers said in words.

Each test replaces or keeps one class and checks its near miss; each fails on the tenth round's
rules. Synthetic sentences only, none taken from the leak benchmark's transcripts.
"""

from __future__ import annotations

from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer


def clean(text: str) -> str:
    return Pseudonymizer().apply(text)[0]


def test_a_union_one_joins_or_is_a_member_of_stays_in_any_form():
    # round 30o, by the coordinator's decision: a named union an identified person joins or belongs to is that
    # person's special-category data and is replaced, in any form; many people's unions stay
    out = clean("Jeg meldte meg inn i Econa i fjor, og Econas lønnsstatistikk hjalp meg. "
                "Kona er medlem i Parat, og mange er med i YS eller i Unio.")
    assert "Econa" not in out and "Parat" not in out and "YS eller i Unio" in out
    text = "Mange er med i YS eller i Unio, og Econas lønnsstatistikk er god."
    assert clean(text) == text


def test_a_union_where_someone_works_or_is_a_representative_is_replaced():
    out = clean("Hun er tillitsvalgt for Econa. Broren jobber i Parat.")
    assert "Econa" not in out and "Parat" not in out


def test_national_media_one_reads_stay_but_not_where_someone_works():
    text = "Jeg leser Dagbladet og Klassekampen, og det sto en sak i Dagens Næringsliv om dette."
    assert clean(text) == text
    assert clean("Søsteren min jobber i Dagbladet.") == "Søsteren min jobber i […]."


def test_an_association_with_an_apostrophe_genitive_or_a_long_name_stays():
    text = "Redd Barna' kampanje var fin. Den Norske Turistforening har hytter, og Frelsesarmeen har kafé."
    assert clean(text) == text
    # near miss: a local branch named with a place is still replaced
    assert "Hamar" not in clean("Vi samarbeider med Hamar Sanitetsforening om kurs.")


def test_job_portals_stay():
    text = "Jeg har søkt gjennom Stepstone og Karrierestart, og noen ganger Jobbnorge."
    assert clean(text) == text


def test_a_scheme_named_with_a_hyphen_stays_but_an_employer_before_it_does_not():
    text = "Jeg kom inn på Lærling-ordningen i kommunen."
    assert clean(text) == text
    assert "Equinor" not in clean("Jeg kom inn på Equinor-programmet i fjor.")


def test_one_of_the_commonest_words_starting_a_title_in_a_list_stays():
    text = "Vi har prøvd mye: Jobbsjansen, Gamle venner, Store planer."
    assert clean(text) == text


def test_a_name_in_lower_case_is_found_where_the_capitalised_name_was_a_person():
    out = clean("Jeg snakket med Eirik Strand om stillingen. Etterpå leste jeg strands e-post.")
    assert "strands" not in out and "Strand" not in out
    out = clean("Alle på lageret kalte meg Knott. knott er et fint navn, sa sjefen.")
    assert "knott" not in out.casefold()
    out = clean("På verkstedet kalte de meg Knott. Nå sier alle knott, også sjefen.")
    assert "knott" not in out.casefold()
    # near misses: a common word that is also the person's name stays in lower case
    out = clean("Jeg snakket med Eirik Lund om stillingen. Vi gikk i en lund bak huset, og dro til fjells.")
    assert "i en lund bak huset" in out
    out = clean("Naboen heter Ola Fjell. Vi dro til fjells i helgen.")
    assert "til fjells" in out


def test_a_passport_number_said_after_the_passport_word_is_replaced():
    assert clean("Passet hennes var sudanesisk, nummer 04417822, og det gikk ut i mai.") == \
        "Passet hennes var sudanesisk, nummer [nummer], og det gikk ut i mai."
    assert clean("Han oppga pass nr. 07219934 på skjemaet.") == "Han oppga pass nr. [nummer] på skjemaet."
    # near miss: an eight-digit count without a passport word stays
    text = "Pass på at dere teller riktig: det var 12345678 besøk i fjor."
    assert clean(text) == text
