"""Round 57a rules: identifiers said aloud beside their written form or label.

* `spelled_emails.spelled_twins`: an address's user part spelled letter by letter (hyphens or spaces, `punktum`,
  `prikk`, `understrek` between the parts) with no at-word, within a turn of the same address written out, before
  or after it, in the text or in a bracket note;
* `said_chains`: after an at-word, a domain label that opens with letters said apart, as a recogniser writes them
  ("krøllalfa h k bygg punktum no");
* `spoken_numbers.NUMBER_JOINERS`: `stripe` and `skrå strek` say a case number's slash as `skråstrek` does, before a
  note (`note_alignment`, `readbacks`) or after a label; `readbacks`' case label reaches over a body or an owner
  ("Klagesaken hos Statsforvalteren hadde nummer …", "UDI-saken min fikk nummer …").

Every positive below fails on 2d58b91's rules (the round's data commit). Guards: a spelled ordinary word, a spelled
word beside an address it does not spell, `stripe` and `strek` in ordinary talk, a fraction, a span of hours and a
place on a list stay untouched; the neighbours (the written addresses and notes) stay found.

The strings are fresh, not those of `dev/d95a_*`, `dev/control_d77a` or held-out 60 and 61."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_AFTER = "R: Adressen er jonas.berge@fjelltak.no, jeg staver: j-o-n-a-s punktum b-e-r-g-e. Det går fint."
_BEFORE = ("I: Kan du stave e-posten?\nR: h-e-l-g-a understrek s-o-l-b-e-r-g.\n"
           "I: Altså helga_solberg@vestnett.no?")
_NOTE = "[00:01:00] respondent: skriv til k i m punktum v o l d [kim.vold@hamnbygg.no] så får jeg det"
_LETTERS = "R: E-posten er bjorn.saether@kystlab.no, det er b-j-ø-r-n prikk s-æ-t-h-e-r, alt med små bokstaver."
_DOMAIN = "[00:02:00] respondent: bestillinger går til ordre krøllalfa h k bygg punktum no og så svarer vi"
_DOMAIN_ALL = "[00:02:10] respondent: vi har en felles adresse kontakt alfakrøll v t s punktum com for alle"
_STRIPE_NOTE = "[00:03:00] respondent: vedtaket hadde tjuefem stripe en null null åtte tre [25/10083] øverst på arket"
_SKRAA = "R: Saksnummeret er tjuetre skrå strek fire fire en null sju, det står på brevet."
_BODY = "R: Klagesaken hos Statsforvalteren hadde nummer tjuefire skråstrek null sju sju en to. Jeg venter fortsatt."
_OWNER = "R: UDI-saken min fikk nummer tjueto stripe tre tre fire null en. Den er ferdig nå."


@pytest.mark.parametrize(("text", "part"), [
    (_AFTER, "j-o-n-a-s punktum b-e-r-g-e"),
    (_BEFORE, "h-e-l-g-a understrek s-o-l-b-e-r-g"),
    (_NOTE, "k i m punktum v o l d"),
    (_LETTERS, "b-j-ø-r-n prikk s-æ-t-h-e-r"),
    (_DOMAIN, "ordre krøllalfa h k bygg punktum no"),
])
def test_addresses_said_aloud_are_found_whole(text: str, part: str) -> None:
    """Each fails on 2d58b91's rules."""
    assert covered(text, part) == "email"


@pytest.mark.parametrize(("text", "part"), [
    (_STRIPE_NOTE, "tjuefem stripe en null null åtte tre"),
    (_SKRAA, "tjuetre skrå strek fire fire en null sju"),
    (_BODY, "tjuefire skråstrek null sju sju en to"),
    (_OWNER, "tjueto stripe tre tre fire null en"),
])
def test_case_numbers_said_with_a_slash_word_are_found_whole(text: str, part: str) -> None:
    """Each fails on 2d58b91's rules (the groups after the slash word were found, the year before it not)."""
    assert covered(text, part) is not None


@pytest.mark.parametrize(("text", "part"), [
    ("R: Læreren stavet s-k-j-ø-n-n og k-j-e-k-k for oss, og vi skrev dem i boka.", "s-k-j-ø-n-n"),
    ("R: Skriv til post@fjelltak.no, og husk at takk staves t-a-k-k, med to k-er.", "t-a-k-k"),
    ("R: Skriv til post@fjelltak.no. Veien vår staves v-e-i-e-n, ikke vegen.", "v-e-i-e-n"),
    ("R: Det er en hvit stripe på veien, tjue meter lang, og en stripe til ved porten.", "stripe"),
    ("R: Jeg jobber sju strek femten, og på fredag tolv strek tre.", "sju strek femten"),
    ("R: Tre skråstrek fire av dem kom tilbake etter kurset.", "Tre skråstrek fire"),
    ("R: Saken hadde nummer tre på lista, så vi tok den først.", "tre"),
    ("[00:04:00] respondent: vi ses klokka tjue stripe tjueen [20–21] på kvelden", "tjue stripe tjueen"),
])
def test_look_alikes_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part", "kind"), [
    (_AFTER, "jonas.berge@fjelltak.no", "email"),
    (_BEFORE, "helga_solberg@vestnett.no", "email"),
    (_NOTE, "kim.vold@hamnbygg.no", "email"),
    (_DOMAIN_ALL, "kontakt alfakrøll v t s punktum com", "email"),  # a label all letters: found before the round
    ("[00:02:20] respondent: skriv til post krøllalfa fjellbygg punktum no så svarer vi", "post krøllalfa fjellbygg punktum no",
     "email"),
])
def test_neighbours_stay_found(text: str, part: str, kind: str) -> None:
    assert covered(text, part) == kind
