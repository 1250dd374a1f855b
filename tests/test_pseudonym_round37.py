"""Round 37 rules (issue 10): a telephone number said in Norwegian number words after English `plus`
(`spoken_numbers`, `mixed_numbers`), a relative's date of birth in figures tied to the person by a possessive
with no birth word (`person_dates`, via `birth_contexts`), and English function words and English clauses
taken for a name or an organisation (`english_clauses`, via `model_words`).

A number said `plus førtisju, …` or `plus førtisyv, …` in an English or Norwegian turn is a telephone number
as it is after `pluss`; a whole date after `datoen hennes`/`datoen hans`/`datoen til mamma` whose year is 18
to 100 years back is an adult's date of birth; a lower-case `can`/`will`/`may` in an English turn and a run of
lower-case English words with function words among them are grammar. Guards: `plus`/`pluss` before a
duration, ordinary past dates (a contract, a building, an arrival, a decision), a recent date after
`datoen hennes`, a university's name with `of` and `and`, and letters spelt out.

The sentences are fresh ones in the classes of held-out 35's misses and of `dev/d73y` and
`dev/control_d55y`, not their text. On the old rules (main at f3e5abf) 13 of the 17 tests fail: all 9
positives, and the 4 tests of the new `english_clauses` predicate (the module is new; the clause itself was
not taken offline there); none of the 4 guards."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched
from workbench.io.pseudonymize.english_clauses import english_clause


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Okay. You can call me on plus førtisju, ni tre en, femtiåtte, to null fire.",
     "plus førtisju, ni tre en, femtiåtte, to null fire"),
    ("Mentor: Her number? It is plus førtisyv, fire fire to, sekstien, åtte tre null.",
     "plus førtisyv, fire fire to, sekstien, åtte tre null"),
    ("Mentee: Nummeret mitt er plus førtisju, 468 22 917.", "plus førtisju, 468 22 917"),
])
def test_plus_before_norwegian_number_words(text: str, part: str) -> None:
    assert covered(text, part) == "phone"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Faren min, Tomás, kom i mai. Jeg ga datoen hans til legen, 28.10.1955.", "28.10.1955"),
    ("Mentee: Svigermor bor hos oss nå. Legen ba om datoen til mamma, 04.07.1962, og adressen.", "04.07.1962"),
    ("Mentor: Hun fylte inn datoen hennes på skjemaet, 11.12.1983, med blå penn.", "11.12.1983"),
])
def test_relative_date_tied_by_a_possessive(text: str, part: str) -> None:
    assert covered(text, part) == "date"


@pytest.mark.parametrize(("text", "part"), [
    ("I: Which parts do you think the mentor can explain best?", "can"),
    ("I: Do you think your mentor will help?", "will"),
    ("P: I hope my mentor can show me how to write a CV.", "can"),
])
def test_english_function_word_is_no_name(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize("text", ["Often I read the news on the bus and", "I use a map on my phone"])
def test_english_clause_is_no_organisation(text: str) -> None:
    assert english_clause(text, 0, len(text))  # the second as the model's find comes in, its opener trimmed


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Jeg jobber fra åtte til fire, plus førtifem minutter på toget.", "førtifem"),
    ("Mentee: Kontrakten fra 01.03.2019 gjaldt i tre år, og huset ble bygget 12.05.1968.", "12.05.1968"),
    ("Mentee: Jeg skrev datoen hennes for timen, 03.02.2025, i kalenderen.", "03.02.2025"),
    ("Mentee: Mamma ringte i går. Vedtaket kom 18.10.1998, lenge før jeg flyttet.", "18.10.1998"),
])
def test_ordinary_numbers_and_dates_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize("name", ["Norwegian University of Science and Technology", "m, a, h, l, a, n, g, u"])
def test_names_and_spelt_letters_are_no_clause(name: str) -> None:
    assert not english_clause(name, 0, len(name))
