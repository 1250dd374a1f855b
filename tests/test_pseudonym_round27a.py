"""Round 27a rules (issue 10) for raw speech-recognition output: text in lower case with little or no
punctuation, odd or no speaker labels and numbers written as the recogniser heard them. Each class with
positives and guards: the per-document decision that case carries nothing; people by frames, by listed names
side by side and by a clause's first word before a verb of speech; places and firms by unknown words after
place prepositions, work frames, company forms and institution nouns; names found again (also a name the
recogniser split in two); ID numbers, telephone numbers, postcodes, addresses, e-mail addresses and birth
dates with their digits apart or in odd groups.

The sentences are fresh ones in the forms of held-out 25's ASR transcript and `dev/d47`/`d48`, not their
text. Every test text opens with the same ordinary lower-case talk, so that the document is long enough to
judge. On the old rules (main at 470b0f5) 34 of the 83 tests fail: 32 of the 42 positives (names after
`heter`, `min kone`, `kollegaen min`, `mentoren min er` and `sjefen`, a place after `fra` and after `bor i`, a
listed employer after `jobber i`, a chain after `jobbet jeg på` and a fødselsnummer in two-digit groups already
worked) and the two tests of the decision itself, which the old rules lack; the 39 guards pass on both."""

from __future__ import annotations

import pytest

from probe_support import covered as _covered
from probe_support import untouched as _untouched

_OPENING = ("speaker 1: da er opptaket i gang og vi skal snakke litt om hvordan det går på jobben og på kurset\n"
            "speaker 2: ja det går bra vi har mye å gjøre nå før ferien og jeg lærer noe nytt hver eneste uke\n")


def asr(*turns: str) -> str:
    """A raw transcript: the shared opening, then the turns, each on its own line."""
    return _OPENING + "".join(f"speaker {1 + i % 2}: {t}\n" for i, t in enumerate(turns))


def covered(text: str, part: str) -> str | None:
    return _covered(text, part)


def untouched(text: str, part: str) -> bool:
    return _untouched(text, part)


def covered_in(text: str, context: str, word: str) -> str | None:
    """The kind of the replacement that covers `word` where it opens `context`, or None."""
    from probe_support import finds

    start = text.index(context)
    return next((kind for s, e, kind, _o in finds(text) if s <= start and start + len(word) <= e), None)


# 0. The decision: a raw transcript carries no case; a text in good case, or a short one, does.
def test_a_raw_transcript_carries_no_case() -> None:
    from workbench.io.pseudonymize.caseless import caseless

    assert caseless(asr("hvor bor du nå", "vi bor i en leilighet nær sentrum"))
    # another recogniser: a capital at each line's start, lower case after its few full stops
    assert caseless("Da er vi i gang. vi snakker om jobben og om kurset i dag\nJa det går fint. jeg har mye å gjøre "
                    "før ferien\nHvordan er sjefen. er hun grei med deg\nJa hun er grei. vi spiser lunsj sammen "
                    "hver dag og snakker norsk\n")


def test_good_case_and_short_texts_carry_case() -> None:
    from workbench.io.pseudonymize.caseless import caseless

    good = ("Mentor: Da er opptaket i gang. Vi skal snakke om jobben og kurset i dag.\n"
            "Mentee: Ja, det går bra. Vi har mye å gjøre før ferien. Jeg lærer noe nytt hver uke, og sjefen er grei.\n"
            "Mentor: Hvordan er det med norsken? Snakker du mye på jobben nå?\n"
            "Mentee: Ja, mer enn før. Vi snakker i lunsjen, og jeg skriver rapporter på norsk hver fredag.\n")
    assert not caseless(good)
    assert not caseless("speaker 1: hei hvordan går det\nspeaker 2: det går fint takk\n")


# 1. People by frames, listed names side by side and a clause's first word before a verb of speech.
@pytest.mark.parametrize("turns, part", [
    (("hva heter du", "jeg heter tsegereda aboye"), "tsegereda aboye"),
    (("hvem hjelper deg", "kollegaen min wubit viser meg alt"), "wubit"),
    (("har du familie", "ja min kone meseret er her og sønnen vår dawit går i barnehagen"), "meseret"),
    (("hvem er mentoren", "mentoren min er gunhild hun er veldig snill"), "gunhild"),
    (("hvem ringte", "det var svein erik roaldsen fra kontoret"), "svein erik roaldsen"),
    (("og sjefen", "når stein sier noe må vi gjøre det med en gang"), "stein"),
    (("hvem andre jobber der", "en mann fra sudan der tewolde han har vært her lenge"), "tewolde"),
])
def test_people_in_lower_case(turns: tuple[str, ...], part: str) -> None:
    assert covered(asr(*turns), part) == "person"


@pytest.mark.parametrize("turns, part", [
    (("hva gjør du", "mentoren min sier jeg må spørre mer"), "sier"),
    (("er du ny", "ja jeg er ny her så jeg er litt stille"), "ny"),
    (("hva heter det", "det heter plukking på norsk"), "plukking"),
    (("hva tjener du", "jeg får hundre kroner per time"), "per"),
    (("hva sa læreren", "hun sa finn ut selv"), "finn"),
    (("hvordan var været", "det var sol hele uka men en dag kom det storm"), "sol"),
    (("hvordan var været", "det var sol hele uka men en dag kom det storm"), "storm"),
    (("hva vil du", "jeg vil ha fast jobb"), "vil"),
    (("hva så du", "en stein lå på veien"), "stein"),
])
def test_ordinary_words_stay(turns: tuple[str, ...], part: str) -> None:
    assert untouched(asr(*turns), part)


# 2. Places and firms: unknown words after a place preposition or noun, a work frame, a company form and an
# institution noun.
@pytest.mark.parametrize("turns, part, kind", [
    (("hvor kommer du fra", "fra gondar i etiopia"), "gondar", "place"),
    (("hvor bodde dere", "i leiren kakuma i seks år"), "kakuma", "place"),
    (("hvor jobber du", "jeg har praksis hos fjellvik bygg as to dager i uka"), "fjellvik bygg as", "org"),
    (("hvor jobber du", "jeg jobber på kvalheimlaks om sommeren"), "kvalheimlaks", "org"),
    (("går hun på skole", "ja hun går på rødsvollen skole"), "rødsvollen skole", "org"),
])
def test_places_and_firms_in_lower_case(turns: tuple[str, ...], part: str, kind: str) -> None:
    assert covered(asr(*turns), part) is not None


@pytest.mark.parametrize("turns, part", [
    (("hvor jobber du", "jeg jobber på lageret og i praksis på kjøkkenet"), "lageret"),
    (("hvor jobber du", "jeg jobber på lageret og i praksis på kjøkkenet"), "praksis"),
    (("går hun på skole", "ja hun går på en ny skole nå"), "ny skole"),
    (("hva gjorde du", "vi var på stranda og badet i sjøen"), "stranda"),
    (("hvem hjalp deg", "det var nav og udi som hjalp oss"), "nav"),
    (("når lærte du det", "i opplæringsperioden på lageret"), "opplæringsperioden"),
    (("hvor handler dere", "vi handler klær på cubus og mat på kiwi"), "cubus"),
    (("hvor ser du det", "jeg ser det i ruter-appen hver morgen"), "ruter-appen"),
])
def test_ordinary_places_and_bodies_stay(turns: tuple[str, ...], part: str) -> None:
    assert untouched(asr(*turns), part)


# 3. Names found again: a name from a frame, a firm without its company form, a split name said whole.
def test_a_name_found_once_comes_again() -> None:
    text = asr("hvem er mentoren din", "mentoren min heter tsehaye", "hva gjør dere", "tsehaye og jeg går tur")
    assert covered_in(text, "tsehaye og", "tsehaye") == "person"


def test_a_firm_comes_again_without_its_company_form() -> None:
    text = asr("hvor jobber du", "hos fjellvik bygg as", "liker du det", "ja fjellvik bygg er et bra sted")
    assert covered_in(text, "fjellvik bygg er", "fjellvik bygg") is not None


def test_a_split_name_said_whole_comes_again() -> None:
    text = asr("hva heter du", "jeg heter almaz wolde giorgis", "i ett ord", "ja woldegiorgis i ett ord")
    assert covered_in(text, "woldegiorgis i", "woldegiorgis") == "person"


def test_a_listed_name_that_is_a_word_comes_again_only_as_a_subject() -> None:
    text = asr("hvem er sjefen", "når stein sier noe hører vi", "og så", "stein er snill men en stein er tung")
    assert covered_in(text, "stein er snill", "stein") == "person"
    assert untouched(text, "stein er tung")


# 4. Numbers with their digits apart or in odd groups.
@pytest.mark.parametrize("turns, part, kind", [
    (("fødselsnummeret", "0 4 0 6 7 9 5 1 2 9 3"), "0 4 0 6 7 9 5 1 2 9 3", "idnumber"),
    (("og d-nummeret", "det var 511 18 52 33 97"), "511 18 52 33 97", "idnumber"),
    (("fødselsnummer", "23 09 01 377 43"), "23 09 01 377 43", "idnumber"),
    (("telefonnummeret ditt", "9 7 2 4 4 1 0 8"), "9 7 2 4 4 1 0 8", "phone"),
    (("telefon", "46 1 83 7 25"), "46 1 83 7 25", "phone"),
    (("telefon", "pluss 4 7 4 8 1 2 0 5 5 3"), "4 7 4 8 1 2 0 5 5 3", "phone"),
    (("og lønna", "den kommer inn på 1 5 0 3 2 7 8 8 4 0 5 i sparebanken"), "1 5 0 3 2 7 8 8 4 0 5", "number"),
    (("reiser du", "nei mitt eget pass kq5518204 gikk ut i fjor"), "kq5518204", "number"),
])
def test_numbers_apart_or_oddly_grouped(turns: tuple[str, ...], part: str, kind: str) -> None:
    assert covered(asr(*turns), part) == kind


def test_parts_of_a_number_read_back_whole() -> None:
    text = asr("mobilnummeret", "det er 918 42", "du er borte", "3 07 på slutten", "så 918 42 307", "ja")
    assert covered(text, "918 42") == "phone"
    assert covered(text, "3 07") == "phone"


@pytest.mark.parametrize("turns, part", [
    (("hvor mye pakket dere", "vi pakket 1 2 0 0 kasser på tirsdag"), "1 2 0 0"),
    (("hva er husleia", "husleia er 9 5 0 0 kroner"), "9 5 0 0"),
    (("når kommer bilen", "klokka 1 4 3 0 hver dag"), "1 4 3 0"),
    (("når kom du", "i 2 0 1 9"), "2 0 1 9"),
    (("hvor er kurset", "i rom 2 1 4 hver mandag"), "2 1 4"),
    (("hvordan gikk prøven", "jeg fikk 4 5 poeng på lytting og 3 8 på lesing"), "4 5"),
    (("hvor mange", "vi var 2 4 6 8 1 0 1 2 elever til sammen"), "2 4 6 8 1 0 1 2"),
    (("hvem ringte du", "jeg ringte 5 5 5 5 3 3 3 3 om barnetrygden"), "5 5 5 5 3 3 3 3"),
    (("hvor mye er på kontoen", "det står 1 2 3 4 5 6 7 8 9 0 1 kroner på kontoen"), "1 2 3 4 5 6 7 8 9 0 1"),
    (("hva lærte du", "vi hadde kurs i iso 9001 kvalitetsstyring"), "9001"),
])
def test_counts_prices_times_and_scores_stay(turns: tuple[str, ...], part: str) -> None:
    assert untouched(asr(*turns), part)


# 5. Postcodes, addresses, e-mail addresses and birth dates said in lower case.
@pytest.mark.parametrize("turns, part, kind", [
    (("adressen", "bjørkelundveien 14 b 8008 bodø"), "bjørkelundveien 14 b", "address"),
    (("adressen", "vi bor i kong oscars gate 7"), "oscars gate 7", "address"),
    (("postnummeret", "det er 5 3 8 1 sauda"), "5 3 8 1 sauda", "address"),
    (("og e-post", "meron punktum k b krøllalfa gmail punktum com"), "meron punktum k b krøllalfa gmail punktum com",
     "email"),
    (("og e-post", "det er hanna s at outlook punktum com"), "hanna s at outlook punktum com", "email"),
    (("når er du født", "jeg er født 12 mars 88"), "12 mars 88", "date"),
])
def test_contact_details_in_lower_case(turns: tuple[str, ...], part: str, kind: str) -> None:
    assert covered(asr(*turns), part) == kind


@pytest.mark.parametrize("turns, part", [
    (("hvor var det", "det var i gata 4 timer"), "gata 4"),
    (("hvor står bilen", "på veien 3 meter unna"), "veien 3"),
    (("hvor mye koster det", "det koster 2500 kroner"), "2500 kroner"),
    (("hva skrev du", "jeg skrev at mamma er glad"), "at mamma"),
    (("når startet kurset", "kurset startet 12 mars i fjor"), "12 mars"),
])
def test_streets_words_and_dates_that_are_no_identifier_stay(turns: tuple[str, ...], part: str) -> None:
    assert untouched(asr(*turns), part)


# 6. More frames: a role noun in apposition, a name opening or closing a turn, a name joined to one found, a
# listed place or employer, NAV and a place, a name before a trade word.
@pytest.mark.parametrize("turns, part, kind", [
    (("hvem bestemmer", "det gjør sjefen ragnvald tveitå han er streng"), "ragnvald tveitå", "person"),
    (("kan du si navnet ditt", "ingrid solhaug"), "ingrid solhaug", "person"),
    (("ajoke du sa at du har fagbrev", "ja det stemmer"), "ajoke", "person"),
    (("da er vi ferdig takk temesgen", "takk skal du ha"), "temesgen", "person"),
    (("hvor bor søsteren din", "hun bor i skien nå"), "skien", "place"),
    (("hvem betalte", "jeg fikk lønnstilskudd fra nav ringsaker"), "nav ringsaker", "org"),
    (("hvor jobber broren din", "han jobber i haugli rør på lageret"), "haugli rør", "org"),
    (("hvor jobber du", "jeg jobber i equinor på kontoret"), "equinor", "org"),
    (("hva gjorde du før", "da jobbet jeg på bunnpris om natta"), "bunnpris", "org"),
    (("hvor er søsteren din", "hun er på tvedestrand fortsatt"), "tvedestrand", "place"),
])
def test_more_frames_in_lower_case(turns: tuple[str, ...], part: str, kind: str) -> None:
    assert covered(asr(*turns), part) == kind


def test_a_name_joined_to_a_person_found() -> None:
    text = asr("hvem jobber du med", "kollegaen min heter wubshet", "og ellers", "wubshet og tsegaye kommer i morgen")
    assert covered_in(text, "tsegaye kommer", "tsegaye") == "person"


@pytest.mark.parametrize("turns, part", [
    (("hva gjorde dere", "vi gikk på ski i helga"), "ski"),
    (("hvor handler dere", "vi handlet på kiwi i går"), "kiwi"),
    (("hva jobbet du med", "jeg jobbet i customer service i to år"), "customer service"),
    (("hva leser du", "jeg leser aftenposten på nett"), "aftenposten"),
    (("hvordan gikk det", "takk bra"), "bra"),
    (("hvor handler dere", "vi handlet på bunnpris i går"), "bunnpris"),
    (("da ringer vi deg om et år", "ja takk hade"), "hade"),
])
def test_more_ordinary_words_stay(turns: tuple[str, ...], part: str) -> None:
    assert untouched(asr(*turns), part)
