"""Round 55f rules (`term_frames`, `plain_readings`): ordinary words the name rules took for names. A kind of
work after a work frame in caseless speech ("deltid på kabelmerking"), an
acronym spelled out by the lower-case compound or phrase right before it, a language level ending its sentence,
software named as a skill, a public body named as a course provider or as the body applied to, `Hans` as the
possessive pronoun before a noun and a day and month said in words for a job's start stay untouched; employers
after work frames, firms' acronyms, public bodies as workplaces, a real `Hans`, and a birth date after `født`
stay found.

The strings are fresh, not those of `dev/d93f_*` or `dev/control_d75f`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


_CASELESS = ("[00:00:04] intervjuer: hva har du gjort i sommer\n"
             "[00:00:08] respondent: jeg hadde deltid på kabelmerking og så ekstrajobb på linjerydding\n"
             "[00:00:15] intervjuer: og nå\n"
             "[00:00:17] respondent: nå har jeg fast jobb hos fjellbygg nordmøre [Fjellbygg Nordmøre] som tømrer\n"
             "[00:00:24] intervjuer: og kursene\n"
             "[00:00:26] respondent: jeg har tatt stillasbeviset sb [SB] og vært på kurs hos arbeidstilsynet "
             "[Arbeidstilsynet] om unge arbeidstakere\n"
             "[00:00:35] intervjuer: takk")


@pytest.mark.parametrize(("text", "word"), [
    (_CASELESS, "kabelmerking"),
    (_CASELESS, "linjerydding"),
    (_CASELESS, "sb [SB]"),
    (_CASELESS, "arbeidstilsynet [Arbeidstilsynet]"),
    ("D: Jeg har tatt stillasmontørbeviset, SMB, og det var dyrt.", "SMB"),
    ("D: Vi gikk gjennom risikovurderingen, RV, før hver jobb. Etterpå skrev vi RV inn i loggen.", "RV inn"),
    ("D: Jeg kunne Active Directory og Microsoft Sentinel før jeg kom.", "Active Directory"),
    ("D: Jeg kunne Active Directory og Microsoft Sentinel før jeg kom.", "Microsoft Sentinel"),
    ("D: Jeg var på et kurs om enkeltpersonforetak hos Skatteetaten i høst.", "Skatteetaten"),
    ("D: Så søkte jeg lisens som ortopediingeniør hos Helsedirektoratet. Det tok lang tid.", "Helsedirektoratet"),
    ("D: Broren min er sjåfør. Hans HMS-kort kom i posten.", "Hans HMS-kort"),
    ("D: Fødselsdatoen min står feil hos Skatteetaten, der står 01.05.1989, men jeg er født tolvte mai åttini. "
     "Nå har jeg fast stilling fra første mai.", "første mai"),
])
def test_trade_word_or_plain_reading_stays(text: str, word: str) -> None:
    assert untouched(text, word)


@pytest.mark.parametrize(("text", "word", "kind"), [
    (_CASELESS, "fjellbygg nordmøre", "org"),
    ("D: Jeg jobber i Sunnmøre Stillas og Rigg, SSR, i Ålesund.", "SSR", "org"),
    ("D: Jeg har praksis hos Skatteetaten i Molde, på skattekontoret.", "Skatteetaten", "org"),
    ("D: Hun jobber i Helsedirektoratet som seniorrådgiver.", "Helsedirektoratet", "org"),
    ("D: Mentoren min heter Hans Brekke, han er snekker.", "Hans Brekke", "person"),
    ("D: Jeg er født femte januar 1991 i Kabul.", "femte januar 1991", "date"),
])
def test_neighbour_stays_found(text: str, word: str, kind: str) -> None:
    assert covered(text, word) == kind


def test_level_run_the_model_finds_stays() -> None:
    from workbench.io.pseudonymize import term_frames  # the full pipeline's model makes this find

    text = "D: Muntlig har jeg C1. Skriftlig har jeg B2."
    start = text.index("C1")
    found = [(start, text.index(" har jeg B2"), "person", "ner", None)]
    assert term_frames.drop_terms(text, found) == []


def test_name_after_level_stays_found() -> None:
    from workbench.io.pseudonymize import term_frames

    text = "D: Hun har B1. Amira hjelper henne med skrivingen."
    start = text.index("Amira")
    found = [(start, start + 5, "person", "ner", None)]
    assert term_frames.drop_terms(text, found) == found
