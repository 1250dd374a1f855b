"""Round 32p rules (issue 10): names left by an earlier hand pseudonymisation, and first names that are words
(`hand_names`).

Two initials with full stops where a name stands (addressed at a turn's end, as subject, after `med`, `og`,
`til`); a first name with its surname cut to one initial; a first name that is an English word or looks like an
English adverb after a naming frame with a person for its subject (`som heter`, `han heter`, `navnet hennes er`);
a first name that is a Norwegian word with a surname opening a sentence or a chat message before a person's
verb, and the first name alone after it. Guards: single option letters and levels (`A. og B.`, `plan B.`,
`vitamin D.`, `Nivå B.`), letter abbreviations (`P.S.`, `O.K.`, `f. eks.`, `bl. a.`), a naming frame with a
thing for its subject, an English word said with no frame, and sentences opening with `Vår`, `Sol`, `Liv` as
words.

The sentences are fresh ones in the classes of held-out 29's `p3` and `p5` misses and `dev/d65`, `d65b` and
`control_d46`, not their text. On the old rules (main at e57e051) 15 of the 27 tests fail: 15 of the 16
positives and none of the 11 guards. The positive that passes on both is `H.J.` before `har`, which the older
rules' dotted initials before a verb already found (`Fatima K.` failed there: its run stopped before the full
stop)."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "part"), [
    # two initials addressed at a turn's end, as subject, after a preposition or a conjunction
    ("I: Da takker jeg for praten, L. M.\nB: Takk selv.", "L. M."),
    ("I: Vi ses i juni, L. M. Ha en fin sommer.", "L. M."),
    ("B: F. O. ringte meg i går og sa at jeg fikk plassen.", "F. O."),
    ("B: Jeg gikk på møtet med A. K. og en fra kommunen.", "A. K."),
    ("B: Hun og H.J. har kjent hverandre lenge.", "H.J."),
    ("B: Si hei til E. N. fra meg når du treffer henne.", "E. N."),
    # a first name with one initial
    ("B: Ingrid L. har vært mentor i mange år.", "Ingrid L."),
    ("I: Er det noe mer du vil si, Fatima K.?", "Fatima K."),
    ("B: Jeg snakket med Jonas E. på telefonen.", "Jonas E."),
    # a first name that looks like an English adverb, after a naming frame with a person for subject
    ("B: På kjøkkenet er det en kokk fra Ghana som heter Kimberly, hun lærte meg alt.", "Kimberly"),
    ("B: Vi fikk en ny i teamet, han heter Beverly.", "Beverly"),
    # a first name that is a word, with a surname, opening a sentence or a message, and then alone
    ("[05.03.26, 10:02] Amina: Vår Dalen fra Steinkjer ringte i dag.", "Vår Dalen"),
    ("B: Takk. Liv Sletta kommer på mandag med sønnen sin.", "Liv Sletta"),
    ("B: Sol Vika på kontoret sa ja med en gang.", "Sol Vika"),
])
def test_hand_names_are_found(text: str, part: str) -> None:
    assert covered(text, part) == "person"


def covered_last(text: str, part: str) -> bool:
    from probe_support import finds
    start = text.rindex(part)
    return any(s <= start and start + len(part) <= e for s, e, _k, _o in finds(text))


@pytest.mark.parametrize(("text", "part"), [
    ("[05.03.26, 10:02] Amina: Vår Dalen fra Steinkjer ringte i dag.\n[05.03.26, 10:05] Leila: Vår sa det samme til meg.",
     "Vår"),
    ("B: Sol Vika på kontoret sa ja. Sol er flink.", "Sol"),
])
def test_word_first_names_come_again_alone(text: str, part: str) -> None:
    assert covered_last(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("B: Spørsmål tre hadde svaralternativ A. og B. Jeg valgte det siste.", "A. og B."),
    ("B: Legen sa at han trenger vitamin D. Det gjelder mange her.", "D."),
    ("B: Vi har alltid en plan B. Det er lurt.", "B."),
    ("B: Nivå B. var for lett for henne.", "Nivå B."),
    ("B: Han skrev: «Takk for i dag. P.S. Jeg fikk jobben!»", "P.S."),
    ("B: Det er O.K. for meg at vi flytter møtet.", "O.K."),
    ("B: Vi møttes ca. to ganger i måneden, f. eks. på biblioteket, bl. a. om søknader.", "f. eks."),
    ("B: Appen heter Friendly, den er gratis.", "Friendly"),
    ("B: Han sa bare «Lovely!» og gikk ut.", "Lovely"),
    ("B: Vår leder sa at vi må søke flere jobber. Vår avdeling på sykehuset har fått ny sjef.", "Vår"),
    ("B: Sol og regn er likt for oss. Liv og helse går foran alt.", "Liv"),
])
def test_ordinary_text_stays(text: str, part: str) -> None:
    assert untouched(text, part)
