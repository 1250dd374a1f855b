"""Normalisation, speaker turns and sentence segments on plain strings."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.segmenter import split_segments
from workbench.core.text import normalise_text, text_sha256, word_count
from workbench.core.turns import parse_turns


def spans(text, items):
    return [text[i.start:i.end] for i in items]


def speakers(turns):
    return [t.speaker for t in turns]


def seg_texts(text):
    return spans(text, split_segments(text, parse_turns(text)))


# --- text ------------------------------------------------------------------------


def test_line_ends_bom_and_trailing_blank_lines():
    assert normalise_text("\ufeffI: Hei\r\nMentee: Ja\rI: Ok  \n\n\n") == "I: Hei\nMentee: Ja\nI: Ok"


def test_inner_whitespace_is_kept():
    assert normalise_text("I: Hei   \n\n  Mentee: ja") == "I: Hei   \n\n  Mentee: ja"


def test_nfc_composes_and_offsets_are_stable():
    decomposed = "Mentee: Jeg bodde i Tromsa\u030a. Så flyttet jeg."
    text = normalise_text(decomposed)
    assert "Tromså" in text and len(text) == len(decomposed) - 1
    assert text == unicodedata.normalize("NFC", text)
    segs = seg_texts(text)
    assert segs == ["Jeg bodde i Tromså.", "Så flyttet jeg."]


def test_sha256_ignores_line_end_style():
    assert text_sha256("a\r\nb") == text_sha256("a\nb") == text_sha256("\ufeffa\rb\n")
    assert len(text_sha256("x")) == 64


def test_word_count():
    assert word_count("De så på CV-en min. Så ringte de – 2 ganger!") == 10
    assert word_count("") == 0


@given(st.text(max_size=200))
@settings(max_examples=60, deadline=None)
def test_normalise_is_idempotent(s):
    once = normalise_text(s)
    assert normalise_text(once) == once
    assert "\r" not in once


# --- turns -----------------------------------------------------------------------


def test_interviewer_labels_all_become_i():
    text = "I: En?\nIntervjuer: To?\nInt: Tre?\n**I:** Fire?\nMentee: Svar."
    turns = parse_turns(text)
    assert speakers(turns) == ["I", "I", "I", "I", "Mentee"]
    assert spans(text, turns) == ["En?", "To?", "Tre?", "Fire?", "Svar."]


def test_initials_and_brackets():
    text = "AH: En.\nA.H.: To.\nMK2: Tre.\n[Amira]: Fire.\n[Amira] Fem.\n[X]: Seks."
    assert speakers(parse_turns(text)) == ["AH", "AH", "MK2", "Amira", "Amira", "X"]


def test_participant_codes_as_labels_keep_their_digits():
    """`P91:` is the label P91 (a participant code), not `P 91`, so `speakers set DOC P91` finds it."""
    text = "I: Hei.\nP91: Hei.\nI: Og du?\nAB12: Ja.\nP 91: Igjen."
    assert speakers(parse_turns(text)) == ["I", "P91", "I", "AB12", "P91"]


def test_known_labels_lettered_instead_of_numbered():
    """`Deltaker A:` / `Mentee B:` (letters as anonymous tags) are labels; they were read as text of
    the turn before, so a respondent's answer went to the interviewer."""
    text = "I: Hei.\nDeltaker A: Hei.\nMentee B: Hallo.\nI: Ok.\nDeltaker A: Ja."
    turns = parse_turns(text)
    assert speakers(turns) == ["I", "Deltaker A", "Mentee B", "I", "Deltaker A"]
    assert spans(text, turns)[1:3] == ["Hei.", "Hallo."]


def test_labels_left_as_text_are_listed_for_a_warning():
    from workbench.core.turns import uncounted_labels

    text = "I: Hei.\nMentor: Hei.\nSara: Jeg også.\nI: Og?\nMentor: Ja.\nMerk: notat."
    assert uncounted_labels(text) == [(3, "Sara")]
    assert uncounted_labels("I: Hei.\nAmira: Ja.\nI: Og?\nAmira: Nei.") == []
    # a label in a form the rules do not read (name and role), used on several lines: every answer
    # would join the interviewer's turn, so it is listed (its first line) once
    named = "I: Hei.\nKari (mentor): Hei.\nAmir (mentee): Hallo.\nI: Ok.\nKari (mentor): Ja.\nAmir (mentee): Nei."
    assert uncounted_labels(named) == [(2, "Kari (mentor)"), (3, "Amir (mentee)")]
    assert uncounted_labels("I: Hei.\nMentee: Det jeg mener er: nei.\nDet jeg mener er: ja.") == []


def test_preface_and_heading_turns_have_no_speaker():
    text = "Syntetisk intervju\n# Del 1\nI: Hei.\nMentee: Hei.\n# Del 2\nI: Igjen."
    turns = parse_turns(text)
    assert speakers(turns) == [None, None, "I", "Mentee", None, "I"]
    assert spans(text, turns) == ["Syntetisk intervju", "Del 1", "Hei.", "Hei.", "Del 2", "Igjen."]


def test_times_and_mid_line_colons_are_not_speakers():
    text = "I: Når kom du?\nMentee: Jeg kom 10:30. Merk: det var sent.\n10:45 var vi ferdige.\nMerk: notat."
    turns = parse_turns(text)
    assert speakers(turns) == ["I", "Mentee"]
    assert text[turns[1].start:turns[1].end].endswith("Merk: notat.")


def test_one_off_word_is_not_a_speaker_when_known_labels_exist():
    text = "I: Hvordan var det?\nMentee: Bra.\nDette: det var sånn.\nI: Og?\nAmira: Ja.\nAmira: Nei."
    turns = parse_turns(text)
    assert speakers(turns) == ["I", "Mentee", "I", "Amira", "Amira"]
    assert "Dette: det var sånn." in text[turns[1].start:turns[1].end]


def test_names_without_known_labels_count():
    text = "Kari: Hei.\nOla: Hallo."
    assert speakers(parse_turns(text)) == ["Kari", "Ola"]


def test_group_interview_keeps_three_respondents_apart():
    text = (
        "I: Hva har mentoren betydd?\n\n"
        "R1: Mye. Hun ringte en leder.\n\n"
        "R2: For meg var det språket.\n"
        "Jeg øvde hver uke.\n\n"
        "R3: Jeg fikk ikke noe nettverk.\n\n"
        "R1: Ikke jeg heller, egentlig."
    )
    turns = parse_turns(text)
    assert speakers(turns) == ["I", "R1", "R2", "R3", "R1"]
    segs = split_segments(text, turns)
    by_speaker = {s.speaker for s in segs}
    assert by_speaker == {"I", "R1", "R2", "R3"}
    assert [text[s.start:s.end] for s in segs if s.speaker == "R2"] == [
        "For meg var det språket.", "Jeg øvde hver uke."]


def test_turn_spans_exclude_label_and_trailing_whitespace():
    text = "I:   Hei der.   \n\nMentee:\nSvar på neste linje.\n"
    turns = parse_turns(text)
    assert spans(text, turns) == ["Hei der.", "Svar på neste linje."]


def test_leading_timestamp_goes_to_meta():
    turns = parse_turns("[00:01:23] I: Hei.\n[00:01:30] Mentee: Hei.")
    assert [t.meta for t in turns] == [{"begin": "00:01:23"}, {"begin": "00:01:30"}]


# --- segments --------------------------------------------------------------------


def test_ordinary_words_are_not_abbreviations():
    assert seg_texts("Mentee: De så på CV-en min. Så ringte de.") == ["De så på CV-en min.", "Så ringte de."]
    for word in ("sen", "to", "ti", "el"):
        assert len(seg_texts(f"Det var {word}. Så gikk vi.")) == 2


def test_true_abbreviations_and_initials_block_a_split():
    text = ("Mentee: Vi snakket f.eks. om CV. Det var bl.a. Kari og dvs. Ola. Møtet var kl. 10 og "
            "varte ca. 20 min. Hun ringte A. Hansen og St. Olav. Dr. Berg kom t.o.m. to ganger.")
    assert seg_texts(text) == [
        "Vi snakket f.eks. om CV.",
        "Det var bl.a. Kari og dvs. Ola.",
        "Møtet var kl. 10 og varte ca. 20 min.",
        "Hun ringte A. Hansen og St. Olav.",
        "Dr. Berg kom t.o.m. to ganger.",
    ]


def test_other_sentence_ends():
    text = "Mentee: Hva skjedde? Jeg vet ikke... Kanskje! Det var… «Hei,» sa han. – Ja. 2019 var bra."
    assert seg_texts(text) == ["Hva skjedde?", "Jeg vet ikke...", "Kanskje!", "Det var…",
                               "«Hei,» sa han.", "– Ja.", "2019 var bra."]


def test_no_split_before_lowercase_or_inside_numbers():
    assert seg_texts("Mentee: Det var 3.5 år. og så videre") == ["Det var 3.5 år. og så videre"]


def test_paragraph_breaks_split_and_soft_wraps_join():
    text = "Mentee: Først dette\n\nSå dette\nOg en linje til\nsom var brutt."
    assert seg_texts(text) == ["Først dette", "Så dette", "Og en linje til\nsom var brutt."]


def test_segments_never_cross_turns_and_carry_meta():
    text = "I: Hei og velkommen\nMentee: ja takk"
    turns = parse_turns(text)
    turns[0].meta = {"begin": "00:00:01.000", "end": "00:00:02.000"}
    segs = split_segments(text, turns)
    assert [(s.speaker, s.turn, text[s.start:s.end]) for s in segs] == [
        ("I", 0, "Hei og velkommen"), ("Mentee", 1, "ja takk")]
    assert segs[0].meta == turns[0].meta and segs[0].meta is not turns[0].meta


def test_text_without_labels_is_one_turn_without_speaker():
    text = "Bare tekst. Uten talere."
    turns = parse_turns(text)
    assert [(t.speaker, t.start, t.end) for t in turns] == [(None, 0, len(text))]
    assert [(s.speaker, s.turn) for s in split_segments(text, turns)] == [(None, 0), (None, 0)]
    assert split_segments(text, []) == []


@given(st.text(alphabet="IMentA:. \n?!…abcÆØÅæøå[]#1", max_size=120))
@settings(max_examples=80, deadline=None)
def test_segments_are_trimmed_nonempty_and_inside_their_turn(text):
    text = normalise_text(text)
    turns = parse_turns(text)
    for t in turns:
        assert 0 <= t.start < t.end <= len(text)
        assert not text[t.start].isspace() and not text[t.end - 1].isspace()
    for s in split_segments(text, turns):
        t = turns[s.turn]
        assert t.start <= s.start < s.end <= t.end
        piece = text[s.start:s.end]
        assert piece == piece.strip() and s.speaker == t.speaker
