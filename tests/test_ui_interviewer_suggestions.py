"""Pilot test: the suggestion panel suggests no codes for the interviewer's turns and says why in one
line. The interviewer is found by the speaker's resolved role, so a name label mapped to the
interviewer counts as well as `I:`. The transcript is synthetic, written for this test."""

from __future__ import annotations

from conftest import sample_segments
from pilot_support import SIZE, FakeService, make_app, open_first, pilot_test, press_settled, wait_until

from workbench.core.models import Code, Document, Participant, Segment
from workbench.core.speakers import SpeakerEntry
from workbench.store import Project
from workbench.ui.widgets.panels import SuggestionsPanel

TEXT = ("Kari: Hvordan fikk du jobben?\n\n"
        "Mentee: Mentoren min kjente en leder.\n\n"
        "Kari: Og språket?\n\n"
        "Mentee: Jeg tok norskkurs.")
NOTE = "the interviewer's turn (Kari): no codes suggested"


def _panel(screen) -> str:
    return str(screen.query_one(SuggestionsPanel).render())


def _project(tmp_path, text: str = TEXT, name: str = "R1", segments: list[Segment] | None = None) -> Project:
    """A project with the network codes and one mentee's transcript (segments: by turn and
    sentence unless given)."""
    project = Project.open(tmp_path / "p.db")
    project.import_codebook([Code("network", "Nettverk"), Code("mentor_network", "Mentors nettverk", parent="network")])
    project.add_document(Document(name, text, sha256="r1", participant="P01", wave="baseline",
                                  segments=segments or sample_segments(text)), Participant("P01", "mentee"))
    return project


@pilot_test
async def test_no_codes_are_suggested_for_a_turn_of_the_interviewer(tmp_path):
    project = Project.open(tmp_path / "p.db")
    project.import_codebook([Code("network", "Nettverk"), Code("mentor_network", "Mentors nettverk", parent="network"),
                             Code("competence", "Kompetanse")])
    project.add_document(Document("R1", TEXT, sha256="r1", participant="P01", wave="baseline",
                                  segments=sample_segments(TEXT)), Participant("P01", "mentee"))
    project.set_speakers("R1", [SpeakerEntry("Kari", "interviewer")])
    app = make_app(project, factory=FakeService)
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_first(pilot)  # the cursor is on Kari's first question
            await wait_until(pilot, lambda: NOTE in _panel(screen), "the interviewer note")
            assert "Mentors nettverk" not in _panel(screen) and screen._current_suggestions() == []
            await press_settled(pilot, "a")  # nothing to accept: the reason, and no coding
            assert project.codings() == []
            await press_settled(pilot, "j")  # the mentee's answer: suggestions as usual
            await wait_until(pilot, lambda: "Mentors nettverk" in _panel(screen), "suggestions for the mentee")
            assert NOTE not in _panel(screen)
            await press_settled(pilot, "a")
            assert [r["code"] for r in project.codings()] == ["network/mentor_network"]
            await press_settled(pilot, "j")  # Kari again
            await wait_until(pilot, lambda: NOTE in _panel(screen), "the note at the second question")
    finally:
        project.close()


@pilot_test
async def test_a_map_edited_elsewhere_reaches_the_panel_when_the_coding_screen_comes_back(tmp_path):
    project = _project(tmp_path)
    app = make_app(project, factory=FakeService)
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_first(pilot)  # Kari is not mapped yet: a respondent, suggestions as usual
            await wait_until(pilot, lambda: "Mentors nettverk" in _panel(screen), "suggestions for Kari")
            await press_settled(pilot, "question_mark")  # another screen over the coding screen
            project.set_speakers("R1", [SpeakerEntry("Kari", "interviewer")], "ola")  # as the Cases screen would
            await press_settled(pilot, "escape")
            await wait_until(pilot, lambda: NOTE in _panel(screen), "the interviewer note after coming back")
            assert "Mentors nettverk" not in _panel(screen)
    finally:
        project.close()


@pilot_test
async def test_at_80_columns_the_reason_fits_the_header_whole(tmp_path):
    """`a` on a question of `Intervjuer:`: the reason in the header, not cut off (before: 'I is the
    interviewer: no codes suggested for their t…', where an import stores the label as `I`)."""
    project = _project(tmp_path, TEXT.replace("Kari:", "Intervjuer:"), "R1-nullpunkt")
    app = make_app(project, factory=FakeService)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_first(pilot)
            await wait_until(pilot, lambda: screen.app.suggestions.ready, "the suggester")
            await press_settled(pilot, "a")
            header = str(screen.query_one("#doc-header").render())  # too long for its right: the line below
            status = str(screen.query_one("#doc-status").render())
            assert "the interviewer's turn (Intervjuer): no codes suggested" in status and "…" not in status
            assert "baseline" in header  # the wave stays in view
            assert project.codings() == []
    finally:
        project.close()


@pilot_test
async def test_a_title_line_before_the_first_turn_gets_no_codes_and_says_why(tmp_path):
    # a transcript that starts with a header line nobody says (the demo's all do): no codes for it,
    # one line saying why; the first answer after it is suggested for as usual
    header = "# Intervju med P01, nullpunkt"
    text = header + "\n\n" + TEXT
    shift = len(header) + 2
    segments = [Segment(0, len(header), None, 0)] + [
        Segment(seg.start + shift, seg.end + shift, seg.speaker, seg.turn + 1) for seg in sample_segments(TEXT)]
    project = _project(tmp_path, text, segments=segments)
    project.set_speakers("R1", [SpeakerEntry("Kari", "interviewer")])
    app = make_app(project, factory=FakeService)
    heading = "before the first turn (a heading): no codes suggested"
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_first(pilot)  # the cursor is on the header line
            await wait_until(pilot, lambda: heading in _panel(screen), "the heading note")
            assert screen._current_suggestions() == [] and "Mentors nettverk" not in _panel(screen)
            await press_settled(pilot, "a")
            assert project.codings() == []
            await press_settled(pilot, "j")  # Kari's question
            await wait_until(pilot, lambda: NOTE in _panel(screen), "the interviewer note")
            await press_settled(pilot, "j")  # the mentee's answer
            await wait_until(pilot, lambda: "Mentors nettverk" in _panel(screen), "suggestions for the mentee")
    finally:
        project.close()


def test_a_document_without_speaker_labels_has_no_heading_before_a_first_turn(tmp_path):
    from workbench.ui.session import CodingSession

    text = "Første avsnitt uten taler.\n\nAndre avsnitt, heller ingen taler."
    project = _project(tmp_path, text, segments=[Segment(0, 26, None, 0), Segment(28, len(text), None, 1)])
    try:
        session = CodingSession.open(project, project.documents()[0]["id"], "kari")
        assert session.before_first_turn() is False
    finally:
        project.close()
