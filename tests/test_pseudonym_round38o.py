"""Round 38o rules (issue 10): relief bodies someone did a task for (`task_bodies`), a trade union the participant
is asked about contacting (`union_questions`), employers' and business organisations joined
(`employer_associations`), a listed employer that is a word opening a bare list after an application
(`applied_openers`), the short form of a name that is a rare word with an age or a `han`/`hun` clause
(`short_ages`), greetings and interjections as utterances (`interjections`), and a bullet mark opening a notes
line as a sentence start (`notes_lines`, via `propagate.at_sentence_start`, which the model's finds go through).

Guards: volunteering, giving and collecting for such bodies, membership questions, advice, negations, bodies in
the news and firms as members, lists of common nouns after applications, a short form counted as letters, and
names said after a greeting.

The sentences are fresh ones in the classes of held-out 36's and 37's misses and false hits, not their text.
"""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched
from workbench.io.pseudonymize.propagate import at_sentence_start


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Ved siden av har jeg tolket for Norsk Folkehjelp på mottaket.", "Norsk Folkehjelp"),
    ("Mentee: I to år underviste hun engelsk for Kirkens Nødhjelp om kveldene.", "Kirkens Nødhjelp"),
    ("Mentee: Jeg har oversatt skjemaer for Caritas.", "Caritas"),
    ("Mentee: Han har holdt svømmekurs for Røde Kors hver sommer.", "Røde Kors"),
])
def test_task_done_for_a_relief_body(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentor: Har du vært i kontakt med Fellesforbundet om lønna?", "Fellesforbundet"),
    ("Intervjuer: Tok dere kontakt med Delta da hun ble syk?", "Delta"),
    ("Mentor: Fikk du noen gang hjelp av Fagforbundet?", "Fagforbundet"),
])
def test_union_contact_asked_of_the_participant(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Jeg meldte meg inn i Virke da butikken åpnet.", "Virke"),
    ("Mentee: Svogeren min meldte seg inn i Fiskarlaget da han kjøpte båten.", "Fiskarlaget"),
    ("Mentee: Jeg meldte meg inn i Spekter da barnehagen startet.", "Spekter"),
    ("Mentee: Søsteren min meldte seg inn i NHO Service og Handel i fjor.", "NHO Service og Handel"),
])
def test_employers_association_joined(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Jeg har vært på fire intervjuer. Gjensidige, Tryg og Fremtind.", "Gjensidige"),
    ("Mentee: Hun har sendt mange søknader. Posten, Bring og Schenker.", "Posten"),
])
def test_listed_employer_opening_an_application_list(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Kristina, legg den fra deg! Kris er åtte, hun tar alt.", "Kris"),
    ("Mentee: Tesfay, sitt stille. Tes er fem, han er trøtt.", "Tes"),
    ("Mentee: Svanhild, ikke nå. Svan er tre og forstår ikke.", "Svan"),
])
def test_short_form_with_an_age(text: str, part: str) -> None:
    start = text.index(f" {part} ") + 1  # the short form, not the start of the full name before it
    assert any(s <= start and start + len(part) <= e and k == "person" for s, e, k, _o in finds(text))


@pytest.mark.parametrize(("text", "part"), [
    ("[Barn, fra kjøkkenet]: Hade!", "Hade"),
    ("Mentee: Oisann, der datt koppen.", "Oisann"),
    ("Mentee: Oida, det glemte jeg helt.", "Oida"),
    ("[Sønnen]: Hallais!", "Hallais"),
    ("Mentee: Nææ, ikke nå.", "Nææ"),
])
def test_interjection_is_no_name(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "word"), [
    ("Notater:\n- Viktigst: få orden på regnskapet.", "Viktigst"),
    ("Notater:\n  * Kjølebilen er på verkstedet.", "Kjølebilen"),
    ("Notater:\n• Nettsiden har få bilder.", "Nettsiden"),
])
def test_bullet_opens_a_sentence(text: str, word: str) -> None:
    assert at_sentence_start(text, text.index(word))


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Jeg har vært besøksvenn for Røde Kors i to år.", "Røde Kors"),
    ("Mentee: Vi samlet inn penger for Redd Barna på skolen.", "Redd Barna"),
    ("Mentee: Jeg er frivillig for Kirkens Bymisjon om sommeren.", "Kirkens Bymisjon"),
    ("Mentor: Er du med i Parat eller i NTL?", "Parat"),
    ("Mentor: Du kan ringe Fagforbundet hvis du lurer på noe.", "Fagforbundet"),
    ("Mentee: Man bør melde seg inn i NHO hvis man har mange ansatte.", "NHO"),
    ("Mentee: Jeg er ikke medlem av Virke.", "Virke"),
    ("Mentee: Bedriften er medlem av Virke.", "Virke"),
    ("Mentee: Virke mener butikkene bør holde åpent.", "Virke"),
    ("Mentee: Jeg har sendt mange søknader. Banker, forsikring og regnskap.", "Banker"),
    ("Mentee: Tine, Tine melk, Tine alt.", "Tine"),
])
def test_bodies_and_words_that_stay(text: str, part: str) -> None:
    assert untouched(text, part)


def test_short_form_counted_as_letters_stays() -> None:
    assert untouched("Mentee: Natalia skriver navnet sitt. Nata er fire bokstaver.", " Nata er")


def test_name_after_a_greeting_stays_a_name() -> None:
    assert covered("Mentee: Hade, Yasmin! Vi ses i morgen.", "Yasmin") == "person"


def test_hyphen_inside_a_line_opens_no_sentence() -> None:
    text = "Mentee: Vi var på Nav - Kari var med."
    assert not at_sentence_start(text, text.index("Kari"))
