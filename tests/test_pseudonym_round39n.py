"""Round 39n rules (issue 10): a lower-case first name signing a message read aloud (`signoffs`), a union or
professional association someone is known from, someone else is enrolled in, or a modal joining then said done
(`union_acquaintances`), Nynorsk words after a job frame or a role taken for an employer or a name (`orgs`,
`rules`), and a model entity running over a sentence end (`sentence_spans`).

Guards: sign-offs from a role or a group, unions as advice, in a negation, before the preposition or with the
joining not done, and ordinary Bokmål employers in lower case.

The sentences are fresh ones in the classes of held-out 38's misses and false hits, not their text.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from probe_support import covered, untouched
from workbench.io.pseudonymize.sentence_spans import split_ents


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Hilde ringte i går. Så kom meldingen: «Husk møtet kl 9. Hilsen hilde.» Hun bruker aldri store bokstaver.",
     "hilde."),
    ("Mentee: Siv er naboen min. Hun skrev på lappen: «Pakken står i gangen. – siv»", "siv»"),
    ("R: Åse er leiaren min. Ho skreiv: «Eg er på møte til to. Venleg helsing åse»", "åse»"),
    ("Mentee: Rune fra kurset skrev på engelsk: «See you on Monday. Best regards, rune»", "rune»"),
    ("Mentee: Meldingen var kort: «Ring meg i kveld. Klem, ingrid.» Hun skriver alltid slik.", "ingrid."),
])
def test_lowercase_name_signing_a_message(text: str, part: str) -> None:
    assert covered(text, part.rstrip(".»")) == "person"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Mamma skriver: «Vi savner deg. Hilsen mamma.» Og fra jobben: «Bra jobba! Hilsen sjefen.»", "mamma."),
    ("Mentee: Mamma skriver: «Vi savner deg. Hilsen mamma.» Og fra jobben: «Bra jobba! Hilsen sjefen.»", "sjefen"),
    ("Mentee: Kortet sa: «Lykke til, hilsen fra alle oss i klassen.»", "alle"),
    ("Mentee: Styret skrev: «Takk for innsatsen. Mvh styret.»", "styret."),
    ("R: Kollegaene skreiv: «Lukke til! Helsing alle på lageret.» Takk, alle saman, sa eg.", "alle saman"),
])
def test_signoffs_from_a_role_or_a_group_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("R: Oddbjørn, ein elektrikar som eg kjende frå Fagforbundet, ringde meg.", "Fagforbundet"),
    ("Mentee: Jeg kjenner Yusuf fra Parat, han var tillitsvalgt.", "Parat"),
    ("R: Eg blei kjend med Åsmund gjennom Econa.", "Econa"),
    ("Mentee: Jeg traff henne gjennom NITO i fjor.", "NITO"),
    ("Mentee: Hun var redd for kontrakten, så jeg meldte henne inn i Fellesforbundet.", "Fellesforbundet"),
    ("R: Eg sa at ho burde melde seg inn i Delta, for lønna si skuld. Ho gjorde det same veka.", "Delta"),
    ("Mentee: Broren min mente at Karim burde melde seg inn i Negotia. Det gjorde han i mai.", "Negotia"),
])
def test_union_known_from_or_joined_for_someone(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Jeg kjenner ingen fra Parat.", "Parat"),
    ("Mentee: Jeg kjenner Fagforbundet fra reklamen på TV.", "Fagforbundet"),
    ("R: Eg kjenner til NITO frå avisa, men eg er ikkje medlem.", "NITO"),
    ("Mentee: Hun burde melde seg inn i Parat, men hun gjorde det aldri.", "Parat"),
    ("Mentee: Han burde kanskje melde seg inn i Delta, men det har han ikke gjort.", "Delta"),
    ("R: Du burde melde deg inn i Fagforbundet, sa ein kollega. Eg har ikkje gjort det enno.", "Fagforbundet"),
    ("Mentee: Alle burde melde seg inn i LO. Det gjorde han ikke.", "LO"),
])
def test_union_in_advice_negation_or_passing_stays(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("R: Sonen min fekk sommarjobb i eit bakeri.", "eit"),
    ("R: Dottera jobbar no i ein barnehage.", "ein"),
    ("R: Eg søkte jobb hos ein elektrikar og i eit reinhaldsfirma.", "ein"),
    ("R: Bror hennar har praksis i eit rekneskapsbyrå.", "hennar"),
    ("R: Svogeren min har vikariat i ein skule no, og eg trur han likar det.", "ein"),
])
def test_nynorsk_words_after_a_job_frame_or_a_role_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Hun har praksis i dnb nå.", "dnb"),
    ("R: Eg fekk jobb i fjordkraftx no, og eg likar det.", "fjordkraftx"),
])
def test_lowercase_employer_unknown_to_both_dictionaries_still_found(text: str, part: str) -> None:
    assert covered(text, part) == "org"


def _ent(start: int, end: int) -> SimpleNamespace:
    return SimpleNamespace(start_char=start, end_char=end, label_="PER")


@pytest.mark.parametrize(("text", "span", "parts"), [
    ("To ting. Fast stilling og førerkort.", "ting. Fast", ["ting", "Fast"]),
    ("Ett problem. Språket. Resten går fint.", "problem. Språket", ["problem", "Språket"]),
    ("Hun bor på\nLillehammer nå.", "på\nLillehammer", ["på", "Lillehammer"]),
    ("Jeg snakket med Dr. Hansen i går.", "Dr. Hansen", ["Dr. Hansen"]),
    ("Hun går på Kongsvinger vgs. Hun liker det.", "Kongsvinger vgs", ["Kongsvinger vgs"]),
    ("Det var A. Berg som ringte.", "A. Berg", ["A. Berg"]),
])
def test_model_entity_cut_at_a_sentence_end(text: str, span: str, parts: list[str]) -> None:
    start = text.index(span)
    pieces = list(split_ents(text, [_ent(start, start + len(span))]))
    assert [text[p.start_char:p.end_char] for p in pieces] == parts
