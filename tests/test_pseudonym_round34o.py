"""Round 34o rules (issue 10): foreign firms named with their legal form (`legal_forms`), an acronym set right
after an organisation the text names (`apposed_acronyms`), the short form of a first name opening a sentence
(`short_names`), and English words opening a sentence in a Norwegian turn, taken by the model for names
(`model_words`).

A name of one to four words before a foreign legal form (`Ltd.`, `GmbH`, `AG`, `A.Ş.`, `S.r.l.`, `SA de CV`,
`Sp. z o.o.`, `Inc.`), in capitals or in a lower-case voice memo, is one organisation with its form and the
form's full stop; an acronym between commas or in brackets right after a found organisation, spelling it, is that
organisation, then found alone too; a word that begins a first name named in the text and is no Norwegian word
is that person at a sentence start whatever the verb ("Gus er åtte"); and a model's find that opens a sentence
with an everyday English word in a turn with more English words is dropped. Guards: legal forms said as kinds
of company (`et ltd.`, `Et GmbH`, `LLC eller Inc.`, `klasse AB`), acronyms beside public bodies named as bodies
(`Statens vegvesen (SVV)`, `Norges vassdrags- og energidirektorat (NVE)`), a public body's acronym where someone
works there, short words that begin a name found in the text but are words (`Sant nok`, `Mal for`, `Kan du`,
`Sol og`), and a listed name or a firm found elsewhere opening an English sentence (`Grace is`, `Shell paid`).

The sentences are fresh ones in the classes of the brief's misses and of `dev/d70o`, `dev/d70ob`,
`dev/control_d52o` and `dev/control_d52ob`, not their text. On the old rules (main at d05bfcb) 31 of the 40
tests fail: all 25 positives (19 sentences and 6 unit tests of the model's finds) and the 6 sentences with a legal
form or a public body's acronym that the old rules took alone; the other 9 guards (lower-case forms, short words,
a public body where someone works, names opening an English sentence) pass there too."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Faren min eide Demirci Mobilya A.Ş. i Kayseri i tjue år.", "Demirci Mobilya A.Ş."),
    ("Mentee: Jeg var sekretær i Nowak Budownictwo Sp. z o.o., og så flyttet vi.", "Nowak Budownictwo Sp. z o.o."),
    ("Mentor: Hun fikk kontrakt med Solano Aceros SA de CV i Monterrey.", "Solano Aceros SA de CV"),
    ("Mentee: Vi bestilte fliser fra Ceramiche Vado S.r.l. i fjor.", "Ceramiche Vado S.r.l."),
    ("Mentee: Broren min er sjåfør for Oakridge Haulage Ltd., et lite firma.", "Oakridge Haulage Ltd."),
    ("Mentee: Før det var jeg tekniker hos Pinecrest Labs Inc.", "Pinecrest Labs Inc."),
    ("Mentee: Jeg kjøper deler fra Schreiber Antriebe AG til verkstedet.", "Schreiber Antriebe AG"),
    ("Mentee: vi kjøper garn fra nordby wool ltd. og fra lindner garne gmbh.", "nordby wool ltd."),
    ("Mentee: vi kjøper garn fra nordby wool ltd. og fra lindner garne gmbh.", "lindner garne gmbh"),
])
def test_foreign_firm_with_its_legal_form(text: str, part: str) -> None:
    assert covered(text, part) == "org"


def _found_at(text: str, part: str, kind: str) -> bool:
    """Whether one find of `kind` covers the first word of the last occurrence of `part` whole."""
    start = text.rindex(part)
    end = start + len(part.split()[0].strip(",."))
    return any(s <= start and end <= e and k == kind for s, e, k, _o in finds(text))


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Jeg ble med i Sjåførforeningen, SJF, fordi de har forsikring. SJF har kurs.", "SJF, fordi"),
    ("Mentee: Jeg ble med i Sjåførforeningen, SJF, fordi de har forsikring. SJF har kurs.", "SJF har"),
    ("Mentee: Han er medlem av Norsk Lokomotivmannsforbund, NLF, og det er bra. NLF ordnet lønna.", "NLF, og"),
    ("Mentee: Han er medlem av Norsk Lokomotivmannsforbund, NLF, og det er bra. NLF ordnet lønna.", "NLF ordnet"),
])
def test_acronym_beside_a_found_organisation_and_alone(text: str, part: str) -> None:
    assert _found_at(text, part, "org")


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Sønnen vår heter Gustavo. Gus er åtte og spiller sjakk.", "Gus er"),
    ("Mentee: Svogeren min heter Victorino. Vic er snekker på et verksted.", "Vic er"),
    ("Mentee: Datteren min heter Cassandra. Cass er i barnehagen nå.", "Cass er"),
    ("Mentee: Sønnen min heter Tadeusz. Tad har begynt på skolen.", "Tad har"),
    ("Mentee: Broren min heter Gilberto. Gil er mekaniker.", "Gil er"),
    ("Mentee: Hun heter Nicoletta. Nico er tretten nå.", "Nico er"),
])
def test_short_form_of_a_first_name_opening_a_sentence(text: str, part: str) -> None:
    assert _found_at(text, part, "person")


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Broren min startet et ltd. der han bor. Et Ltd. er omtrent som et AS.", "Et Ltd."),
    ("Mentee: Et GmbH koster mer å starte enn et enkeltpersonforetak.", "GmbH"),
    ("Mentee: Mange små firmaer har LLC eller Inc. etter navnet.", "LLC eller Inc."),
    ("Mentee: Vi har fire førerkort i familien, blant annet klasse AB.", "AB"),
    ("Mentor: Statens vegvesen (SVV) har nye regler for varebiler.", "SVV"),
    ("Mentor: Norges vassdrags- og energidirektorat (NVE) sendte farevarsel i går.", "Norges vassdrags"),
])
def test_legal_forms_and_public_acronyms_as_such_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: et ltd. er lett å starte, men en llc er amerikansk.", "ltd."),
    ("Mentee: Jeg er fra Santiago. Sant nok, det er langt unna.", "Sant nok"),
    ("Mentee: Jeg heter Malika Yusupova. Mal for CV fant jeg på nettet.", "Mal for"),
    ("Mentee: Dattera mi heter Kanwal. Kan du hjelpe henne?", "Kan du"),
    ("Mentee: Sønnen min heter Solomon. Sol og sommer er best.", "Sol og"),
])
def test_lower_case_forms_and_short_words_stay(text: str, part: str) -> None:
    assert untouched(text, part)


def test_public_body_acronym_where_someone_works_is_still_found() -> None:
    text = "Mentee: Jeg jobber som ingeniør i Statens vegvesen (SVV) i Molde. SVV har mange ansatte."
    assert covered(text, "Statens vegvesen") == "org"
    assert _found_at(text, "SVV har", "org")


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Det er veldig norsk, tror jeg. Very structured, and it works. Og de sier alltid noe positivt.", "Very"),
    ("Mentee: Vi går tur hver søndag, med matpakke og kaffe, og vi tar med naboene også. Everyone here loves walking in the forest. "
     "Det er nesten som en religion her i bygda.", "Everyone"),
    ("Mentee: Jeg fikk papirene i går. Nobody told me about the deadline, men det gikk bra.", "Nobody told me"),
    ("Mentee: Kurset var fint, og lærerne var tålmodige med oss hele tiden. Really nice people. De hjalp meg "
     "mye med skjemaene og søknaden.", "Really"),
    ("Mentee: Den første vinteren var mørk og lang, og jeg var mye alene hjemme. Somebody said it gets better, og "
     "det stemmer nok for de fleste av oss.", "Somebody"),
    ("Mentee: Jeg var nervøs den første uka på jobben, og jeg sov dårlig. Everything was new, alt sammen, "
     "både folkene og maskinene.", "Everything"),
])
def test_model_finds_of_english_words_opening_a_sentence_are_dropped(text: str, part: str) -> None:
    from workbench.io.pseudonymize.model_words import drop_model_words
    start = text.index(part)
    assert drop_model_words(text, [(start, start + len(part), "person", "ner", None)]) == []


@pytest.mark.parametrize(("text", "parts"), [
    ("Mentee: Jeg jobber sammen med Grace. Grace is very kind, she helps me.", ("Grace is",)),
    ("Mentee: Jeg var i Shell i fem år. Shell paid well, but it was hard.", ("Shell i", "Shell paid")),
    ("Mentee: Vi bor i et stille strøk. Quiet er ordet jeg bruker om det.", ("Quiet",)),
])
def test_model_finds_of_names_opening_an_english_sentence_stay(text: str, parts: tuple[str, ...]) -> None:
    from workbench.io.pseudonymize.model_words import drop_model_words
    found = [(text.index(p), text.index(p) + len(p.split()[0]), "org", "ner", None) for p in parts]
    assert drop_model_words(text, found) == found
