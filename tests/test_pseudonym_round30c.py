"""Round 30c rules (issue 10): raw speech-recognition text in capitals throughout, and passages without case
inside cased text (`capitals`): a passage in capitals is read in lower case at the same offsets, so the
caseless rules find its people, places, firms and numbers and the cased rules take no shouted word for a
firm; a numbered or role speaker label is never a name. New caseless frames (`caseless_frames`): an
institution in the definite with its place, a compound institution name, a savings bank, a firm with a point
of the compass before its company form, a place joined by `og`, the place of a firm found, a person at whose
place a course was taken, a short name everyone uses. Numbers cut apart (`apart_numbers`): a postcode in two
pairs after a house number, a house number said digit by digit and put right, a birth date in pieces after
`født`; e-mails with a number in figures in the local part or a one-word local part before `alfakrøll`
(`number_emails`, `identifiers`).

The sentences are fresh ones in the classes of held-out 28's misses and `dev/d57`/`d57b`/`control_d38`, not
their text. On the old rules (main at 010c3fb) 21 of the 37 tests fail: 17 of the 22 positives, 2 of the 13
guards (the shouted `NAV BETALER KURSET` and `(LER)` taken for firms) and both tests of mixed text; the other 16
pass on both (a cased name beside a heading, a firm and a school the capitals rules took whole by luck, a
telephone number, a short name, and 11 guards)."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched

_OPENING = ("SPEAKER 1: DA ER VI I GANG OG JEG TAR OPP SAMTALEN NÅ SÅ DU VET DET\n"
            "SPEAKER 2: JA DET ER GREIT FOR MEG JEG HAR GOD TID I DAG FØR JEG MÅ HENTE BARNA\n"
            "SPEAKER 1: FINT DA BEGYNNER VI MED LITT OM HVORDAN DET GÅR PÅ JOBBEN OG KURSET\n")


def shouted(*turns: str) -> str:
    """A recogniser transcript in capitals: the shared opening, then the turns of speaker 2."""
    return _OPENING + "".join(f"SPEAKER 2: {t}\n" for t in turns)


@pytest.mark.parametrize(("turn", "part", "kind"), [
    ("JEG HETER ZAINAB KAMARA OG JEG KOMMER FRA FREETOWN", "ZAINAB KAMARA", "person"),
    ("JEG HETER ZAINAB KAMARA OG JEG KOMMER FRA FREETOWN", "FREETOWN", "place"),
    ("MENTOREN MIN HETER HALVARD SKOGLUND HAN ER ELEKTRIKER", "HALVARD SKOGLUND", "person"),
    ("JEG HAR PRAKSIS HOS FJORDLAKS NORD AS UTE PÅ KAIA", "FJORDLAKS NORD AS", "org"),
    ("JEG GÅR PÅ NORSKKURS PÅ VOKSENOPPLÆRINGA I VEFSN TO DAGER I UKA", "VOKSENOPPLÆRINGA I VEFSN", "org"),
    ("DATTEREN MIN GÅR PÅ MOSJØEN VIDEREGÅENDE SKOLE", "MOSJØEN VIDEREGÅENDE", "org"),
    ("SØNNEN VÅR GÅR PÅ SANDNESSJØEN KATEDRALSKOLE NÅ", "SANDNESSJØEN KATEDRALSKOLE", "org"),
    ("LØNNA KOMMER PÅ KONTOEN I SPAREBANKEN NORDLAND OG TROMS", "SPAREBANKEN NORDLAND OG TROMS", "org"),
    ("VI HAR BODD I LURØY OG TRÆNA FØR VI FLYTTET", "TRÆNA", "place"),
    ("JEG TOK TRUCKKURS HOS ERLING VASSBOTN SOM HAR ET LITE FIRMA", "ERLING VASSBOTN", "person"),
    ("EN FRA SOMALIA ABSHIR DIRIYE VI SIER BARE ABSHIR", "ABSHIR DIRIYE", "person"),
    ("VI GÅR TUR LANGS RANAELVA OM KVELDEN", "RANAELVA", "place"),
])
def test_capitals_names_places_firms(turn: str, part: str, kind: str) -> None:
    text = shouted(turn)
    assert covered(text, part) == kind


@pytest.mark.parametrize(("turn", "part", "kind"), [
    ("NUMMERET MITT ER 9 1 8 4 2 0 6 7", "9 1 8 4 2 0 6 7", "phone"),
    ("E POSTEN ER ZAINAB PUNKTUM KAMARA 77 ALFAKRØLL YAHOO PUNKTUM COM", "ZAINAB PUNKTUM KAMARA 77 ALFAKRØLL YAHOO PUNKTUM COM", "email"),
    ("SKRIV TIL ELIN ALFAKRØLL SKOGVOLLBYGG PUNKTUM NO", "ELIN ALFAKRØLL SKOGVOLLBYGG PUNKTUM NO", "email"),
    ("DATTEREN ER FØDT 2 7 . OKTOBER 20 18 PÅ SYKEHUSET", "2 7 . OKTOBER 20 18", "date"),
    ("VI BOR I MYRVEIEN 3 5 NEI MYRVEIEN 35 MED BARNA", "MYRVEIEN 3 5", "address"),
    ("ADRESSEN ER MYRVEIEN 35 86 57 MOSJØEN", "86 57", "address"),
])
def test_capitals_numbers_and_emails(turn: str, part: str, kind: str) -> None:
    text = shouted(turn)
    assert covered(text, part) == kind


@pytest.mark.parametrize(("turn", "part"), [
    ("NAV BETALER KURSET OG UDI HAR SVART", "NAV BETALER KURSET"),
    ("VI SPISTE EGG OG BRØD OG SÅ VAR DET TUR", "VAR"),
    ("BUSSEN GÅR 7 15 OG JEG ER DER 8 OG SLUTTER 15 30", "7 15"),
    ("MÅNEDSKORTET KOSTER 7 80 KRONER OG SKATTEETATEN VIL HA SKATTEKORT", "7 80 KRONER"),
    ("DET VAR MORSOMT (LER) OG SÅ GIKK VI HJEM", "(LER)"),
    ("JEG GIKK PÅ SKOLEN I DAG OG I GÅR", "SKOLEN I DAG"),
])
def test_capitals_ordinary_talk_stays(turn: str, part: str) -> None:
    assert untouched(shouted(turn), part)


def test_speaker_labels_are_no_names() -> None:
    text = shouted("JEG HETER ZAINAB KAMARA") + "INTERVJUER: TAKK ZAINAB\nDELTAKER: TAKK SELV\n"
    assert untouched(text, "SPEAKER 1")
    assert untouched(text, "INTERVJUER")
    assert untouched(text, "DELTAKER")
    assert not any(o.strip().upper().startswith("SPEAKER") for _s, _e, _k, o in finds(text))


_CASED = ("I: Hvordan har uka vært?\nMentee: Travel. Jeg var hos NAV på mandag og hos UDI på tirsdag, og så hadde "
          "sønnen min time for ADHD-utredning. LO hadde møte på jobben på torsdag.\n")


def test_cased_text_with_a_capitals_passage() -> None:
    text = (_CASED + "[Maskinell tekst, ikke rettet.]\n" + _OPENING
            + "SPEAKER 2: MENTOREN MIN HETER HALVARD SKOGLUND OG HAN SIER NAV BETALER KURSET\n"
            + "SPEAKER 2: VI VAR HJEMME I HELGA OG SPISTE EGG OG GIKK EN LANG TUR\n"
            + "Mentor: Og så snakket vi med Randi Furuseth om det.\n")
    assert covered(text, "HALVARD SKOGLUND") == "person"
    assert untouched(text, "NAV BETALER KURSET")
    assert untouched(text, "SPEAKER 2")
    assert untouched(text, "EGG")
    assert covered(text, "Randi Furuseth") == "person"


def test_cased_text_with_a_lower_case_passage() -> None:
    text = (_CASED + "[Maskinell tekst med små bokstaver.]\n"
            "taler 1: da er vi i gang og jeg tar opp samtalen nå så du vet det\n"
            "taler 2: ja det er greit for meg jeg har god tid i dag før jeg må hente barna\n"
            "taler 1: fint da begynner vi med litt om hvordan det går på jobben og kurset\n"
            "taler 2: mentoren min heter halvard skoglund og vi handler på kiwi etterpå\n")
    assert covered(text, "halvard skoglund") == "person"
    assert untouched(text, "kiwi")
    assert untouched(text, "taler 2")


@pytest.mark.parametrize(("text", "part"), [
    ("Sjefen skrev på tavla: VI MÅ JOBBE RASKERE NÅ. Alle lo, og så gikk vi hjem.", "VI MÅ JOBBE RASKERE NÅ"),
    ("REFERAT FRA SAMLINGEN\nI: Hva tenker du om kurset?\nMentee: Det er bra. Jeg har snakket med NAV om det.",
     "REFERAT FRA SAMLINGEN"),
])
def test_cased_capitals_stay(text: str, part: str) -> None:
    assert untouched(text, part)


def test_cased_name_beside_a_heading_is_found() -> None:
    text = "REFERAT FRA SAMLINGEN\nI: Hvem er mentoren din?\nMentee: Hun heter Gunvor Lyngstad og er ingeniør."
    assert covered(text, "Gunvor Lyngstad") == "person"


_LOWER = ("da er vi i gang og jeg tar opp samtalen nå så du vet det\n"
          "ja det er greit for meg jeg har god tid i dag før jeg må hente barna\n"
          "fint da begynner vi med litt om hvordan det går på jobben og kurset\n")


@pytest.mark.parametrize(("turn", "part", "kind"), [
    ("vi vasker båter og gjør vedlikehold for kvalnes marine om vinteren", "kvalnes", "org"),
    ("alle sier bare dudi på jobben fordi det er lettere", "dudi", "person"),
    ("hun har kurs på læringssenteret i hemnes hver tirsdag", "læringssenteret i hemnes", "org"),
])
def test_lower_case_frames(turn: str, part: str, kind: str) -> None:
    assert covered(_LOWER + turn + "\n", part) == kind


@pytest.mark.parametrize(("turn", "part"), [
    ("vi var hos legen og så i bergen og omegn etterpå", "omegn"),
    ("sparebanken sa nei til lånet og banken i byen sa det samme", "sparebanken sa nei"),
    ("jeg gjør alt for barna og for familien min", "barna"),
])
def test_lower_case_frames_leave_talk(turn: str, part: str) -> None:
    assert untouched(_LOWER + turn + "\n", part)


def test_clock_time_before_a_place_is_no_postcode() -> None:
    assert untouched(shouted("BUSSEN GÅR KLOKKA 10 30 FRA MOSJØEN OG ER FRAMME 11"), "10 30")
