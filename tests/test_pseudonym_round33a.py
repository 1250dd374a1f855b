"""Round 33a rules (issue 10): cue words before names, places, firms, unions and numbers in text without case
(`caseless_cues`, run on lower-case recogniser text and on capitals read in lower case).

The class: raw speech recognition writes no capitals (or only capitals), so a name is marked only by the words
around it, and the name is often a word the dictionary knows. A person after a role or family noun and a short
place phrase (`naboen der nede <name>`, `VENNINNA MI HER I BYEN <NAME>`), a place that is a rare word after a verb
of dwelling (`bor på <word>`, `bodde vi to år i <word>`), a school after a class in it (`går i tredje klasse på
<word>`), a vessel, firm or farm after `som heter`, a union written apart from its `forbundet`/`forbund` after a
joining word, a firm rung at a place, and the tail of a telephone number said again in number words and read back.
Guards: the same cues before ordinary words stay (`sjefen på lageret sier`, `bor i underetasjen`, `bor i bobil`,
`klasse på skolen`, `klasse på morgenen`, `et ord som heter dugnad`, `meldte meg inn i forbundet`, `forbundet med`,
`ringer mamma i kveld`, `ringte to tre ganger`, `rom nummer to tre fem`), and a word after `et kurs som heter` is
no person.

The sentences are fresh ones in the classes of the caseless misses of `both` (`dev/d47`, `dev/d48`,
`heldout25/j2`, `heldout27/m2`, `heldout28/n2`) and `dev/d68`, `d68b`, `control_d49`, `control_d50`, not their
text. On the old rules (main at 48aeeed) 19 of the 38 tests fail: all 18 positives and one guard (`et kurs som
heter <word>` taken for a person); the other 19 guards pass on both."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched

_OPENING = ("speaker 1: da er vi i gang og jeg tar opp samtalen nå så du vet det\n"
            "speaker 2: ja det er greit for meg jeg har god tid i dag før jeg må hente barna\n"
            "speaker 1: fint da begynner vi med litt om hvordan det går på jobben og kurset\n")


def said(*turns: str) -> str:
    """A recogniser transcript without case: the shared opening, then the turns of speaker 2 (in capitals when
    the turns are)."""
    if all(t == t.upper() for t in turns):
        return _OPENING.upper() + "".join(f"SPEAKER 2: {t}\n" for t in turns)
    return _OPENING + "".join(f"speaker 2: {t}\n" for t in turns)


@pytest.mark.parametrize(("turn", "part"), [
    ("kollegaen min på kjøkkenet nyakio hjelper meg mye med språket", "nyakio"),
    ("naboen der nede kwabena kjører meg til jobben om morgenen", "kwabena"),
    ("jeg snakket med sjefen på sagbruket eilert vassdal i går", "eilert vassdal"),
    ("VENNINNA MI HER OPPE SHUKRIA SIER DET SAMME SOM DEG", "SHUKRIA"),
])
def test_name_after_a_role_and_a_place_phrase(turn: str, part: str) -> None:
    text = said(turn)
    assert covered(text, part) == "person"


@pytest.mark.parametrize(("turn", "part"), [
    ("nå bor vi på heggen litt utenfor sentrum", "heggen"),
    ("før det bodde vi to år i vollen hos tanten min", "vollen"),
    ("vi flyttet til hamna i fjor høst", "hamna"),
    ("VI BOR PÅ BJØRKA NÅ OG BARNA TRIVES", "BJØRKA"),
])
def test_rare_word_after_a_verb_of_dwelling_is_a_place(turn: str, part: str) -> None:
    text = said(turn)
    assert covered(text, part) == "place"


@pytest.mark.parametrize(("turn", "part"), [
    ("jenta vår går i tredje klasse på eika og hun liker det", "eika"),
    ("SØNNEN MIN GÅR I ANDRE KLASSE PÅ FURUA OG HAN ER FLINK", "FURUA"),
])
def test_school_after_a_class_in_it(turn: str, part: str) -> None:
    assert covered(said(turn), part) is not None


@pytest.mark.parametrize(("turn", "part"), [
    ("onkelen min eier en sjark som heter måken og han fisker torsk", "måken"),
    ("hun har et lite verksted som heter gnisten ved kaia", "gnisten"),
    ("JEG JOBBER I ET BAKERI SOM HETER KANELEN TRE DAGER I UKA", "KANELEN"),
])
def test_vessel_or_firm_named_by_a_word(turn: str, part: str) -> None:
    assert covered(said(turn), part) == "org"


@pytest.mark.parametrize(("turn", "part"), [
    ("jeg er medlem av norsk sykepleier forbund siden i fjor", "norsk sykepleier forbund"),
    ("MANNEN MIN ER TILLITSVALGT I FAG FORBUNDET PÅ SYKEHJEMMET", "FAG FORBUNDET"),
])
def test_union_written_apart(turn: str, part: str) -> None:
    assert covered(said(turn), part) == "org"


def test_firm_rung_at_a_place() -> None:
    text = said("mentoren sier hun ringer ventec i molde og spør om praksis for meg")
    assert covered(text, "ventec") == "org"


def test_phone_tail_in_words_and_read_back() -> None:
    text = said("ja det er 934 51 206 nei vent på slutten er det to null ni", "to null ni ja det er riktig")
    spans = [(s, e) for s, e, kind, _o in finds(text) if kind == "phone"]
    first = text.index("to null ni")
    second = text.index("to null ni", first + 1)
    assert any(s <= first and first + 10 <= e for s, e in spans)
    assert any(s <= second and second + 10 <= e for s, e in spans)


def test_phone_tail_said_again_in_capitals() -> None:
    text = said("DET ER 412 87 350 PÅ SLUTTEN TRE FEM NULL", "TRE FEM NULL TAKK")
    spans = [(s, e) for s, e, kind, _o in finds(text) if kind == "phone"]
    first = text.index("TRE FEM NULL")
    second = text.index("TRE FEM NULL", first + 1)
    assert any(s <= first and first + 12 <= e for s, e in spans)
    assert any(s <= second and second + 12 <= e for s, e in spans)


@pytest.mark.parametrize(("turn", "part"), [
    ("sjefen på lageret sier at jeg er rask og flink", "sier"),
    ("naboen her oppe har en hund som bjeffer hele natta", "har"),
    ("læreren på skolen hennes ringte i går for å si at det går bra", "ringte"),
    ("vi bor i underetasjen hos en eldre dame nå", "underetasjen"),
    ("før det bodde vi et år på hybelen til sønnen min", "hybelen"),
    ("om sommeren bor vi i bobil og reiser rundt", "bobil"),
    ("de bor i rekkehuset rett over veien", "rekkehuset"),
    ("den store går i femte klasse på skolen her", "skolen"),
    ("han går i fjerde klasse på ettermiddagen nå", "ettermiddagen"),
    ("det er et ord som heter dugnad som jeg lærte første uka", "dugnad"),
    ("vi har et kurs som heter matlaging om kvelden", "matlaging"),
    ("vi har et kurs som heter yrkesnorsk to kvelder i uka", "yrkesnorsk"),
    ("jeg meldte meg inn i forbundet i høst fordi alle er med", "forbundet"),
    ("det er forbundet med litt papirarbeid hver måned", "forbundet"),
    ("jeg ringer mamma i kveld og sjefen i morgen", "mamma"),
    ("telefonen ringte to tre ganger i går men jeg var på jobb", "to tre"),
    ("vi har rom nummer to tre fem i andre etasje", "to tre fem"),
])
def test_ordinary_words_after_the_cues_stay(turn: str, part: str) -> None:
    assert untouched(said(turn), part)


@pytest.mark.parametrize(("turn", "part"), [
    ("VI BOR PÅ LANDET NÅ OG FØR BODDE VI I KJELLEREN HOS ONKELEN MIN", "KJELLEREN"),
    ("DET HETER SIKKERHET OM BORD OG DET ER ET KURS SOM HETER GRUNNKURS", "GRUNNKURS"),
    ("SKIPPEREN PÅ FERJA SIER AT JEG MÅ LÆRE KASSA BEDRE", "SIER"),
])
def test_ordinary_words_in_capitals_stay(turn: str, part: str) -> None:
    assert untouched(said(turn), part)
