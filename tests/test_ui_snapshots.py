"""SVG snapshots of the workbench at fixed sizes (pytest-textual-snapshot).

Deterministic by construction: a temporary project built from fixed text, a fixed
coder name, no suggester, nothing time-dependent on screen. The SVGs live in
tests/snapshots/; regenerate them with `pytest tests/test_ui_snapshots.py --snapshot-update`
after an intended change, and look at them before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_textual_snapshot import SVGImageExtension

from workbench.core.models import Code, Document, Participant
from workbench.settings import Settings
from workbench.store import Project
from workbench.ui.app import create_app
from workbench.ui.suggestions import SuggestionBridge

from conftest import sample_segments

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"

BASELINE = (
    "I: Hvordan kom du i kontakt med mentorprogrammet?\n\n"
    "Mentee: Gjennom en venninne. Hun hadde selv hatt mentor året før. Hun sa at det "
    "viktigste var nettverket, ikke kurset.\n\n"
    "I: Hva håper du å få ut av det?\n\n"
    "Mentee: Jeg vil forstå hvordan norske arbeidsgivere tenker. Jeg har sendt mange "
    "søknader uten svar. Kanskje er det CV-en min, kanskje er det navnet.\n\n"
    "I: Hvordan er norsken din nå?\n\n"
    "Mentee: Jeg har bestått B2, men på telefon blir jeg nervøs. Det er vanskelig å ringe "
    "en arbeidsgiver og følge opp."
)
ENDPOINT = (
    "I: Hva har skjedd siden sist?\n\n"
    "Mentee: Mentoren min introduserte meg for en leder i sin bedrift. Jeg fikk et "
    "vikariat der i høst.\n\n"
    "I: Hva betydde mentoren?\n\n"
    "Mentee: Hun stolte på meg, og da turte hun å anbefale meg."
)


@pytest.fixture
def snap_compare(snap_compare, monkeypatch):
    """The plugin's fixture, writing its SVGs to tests/snapshots/ instead of __snapshots__/."""
    monkeypatch.setattr(SVGImageExtension, "dirname",
                        classmethod(lambda cls, *, test_location: str(SNAPSHOTS / test_location.basename)))
    return snap_compare


@pytest.fixture
def snapshot_app(tmp_path):
    """A factory for the app on a fixed two-interview project, coder 'kari', no suggester."""
    project = Project.open(tmp_path / "mentor.db")
    project.import_codebook([
        Code("competence", "Kompetanse", definition="Hva personen kan dokumentere eller vise.",
             when_to_use="Utdanning, språk, arbeidserfaring.", when_not_to_use="Hvordan det vises fram."),
        Code("language", "Språk", parent="competence"),
        Code("signalling", "Signalisering", definition="Å vise kompetansen sin troverdig."),
        Code("network", "Nettverk", definition="Bånd som gir tilgang til jobber."),
        Code("weak_ties", "Svake bånd", parent="network"),
        Code("trust", "Tillit"),
    ])
    participant = Participant("P01", "mentee", "høyere utdanning")
    for name, wave, text in (("P01-nullpunkt", "baseline", BASELINE), ("P01-sluttpunkt", "endpoint", ENDPOINT)):
        project.add_document(Document(name, text, sha256=name, participant="P01", wave=wave,
                                      segments=sample_segments(text)), participant)
    segments = sample_segments(BASELINE)
    project.add_coding(1, segments[1].start, segments[3].end, "network/weak_ties", "kari")
    project.add_coding(1, segments[3].start, segments[3].end, "network", "ola")
    project.add_coding(1, segments[10].start, segments[10].end, "competence/language", "kari", memo="B2")
    project.add_coding(2, 0, 10, "trust", "ola")

    def make():
        settings = Settings(db=project.path, coder="kari")
        return create_app(project, settings, suggestions=SuggestionBridge(project, settings, enabled=False))

    yield make
    project.close()


def test_corpus_80x24(snap_compare, snapshot_app):
    assert snap_compare(snapshot_app(), terminal_size=(80, 24))


def test_coding_with_panel_100x30(snap_compare, snapshot_app):
    assert snap_compare(snapshot_app(), press=["enter", "j", "J", "wait:100"], terminal_size=(100, 30))


def test_coding_80x24_no_color(snap_compare, snapshot_app, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(snapshot_app(), press=["enter", *"jjjjjjjjj", "v", "w", "wait:100"], terminal_size=(80, 24))


def _typed_steadily(*keys: str):
    """Press `keys`, then stop every text field's cursor blinking (shown, as at its first frame), so that a slow
    machine cannot take the picture in the blink's dark half (a fresh-clone CI beside a bench run once did)."""

    async def run_before(pilot) -> None:
        from textual.widgets import Input

        await pilot.press(*keys)
        await pilot.pause()
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await pilot.pause()

    return run_before


def test_code_picker_80x24(snap_compare, snapshot_app):
    assert snap_compare(snapshot_app(), run_before=_typed_steadily("enter", "j", "c", *"nett"),
                        terminal_size=(80, 24))


def test_baseline_endpoint_100x30(snap_compare, snapshot_app):
    assert snap_compare(snapshot_app(), press=["w", "wait:100"], terminal_size=(100, 30))


def test_speaker_dialog_80x24(snap_compare, snapshot_app):
    assert snap_compare(snapshot_app(), press=["enter", "p", "wait:100"], terminal_size=(80, 24))


def test_new_code_dialog_with_a_bad_key_80x24(snap_compare, snapshot_app):
    assert snap_compare(snapshot_app(), run_before=_typed_steadily("g", "j", "enter", "a", *"Ny kode"),
                        terminal_size=(80, 24))


def test_coding_stripes_and_filter_100x30(snap_compare, snapshot_app):
    """Stripes for Nettverk and Kompetanse, and only kari's codings shown."""
    assert snap_compare(snapshot_app(), press=["enter", "y", "wait:100", "space", "down", "down", "down", "space",
                                               "enter", "wait:100", "t", "wait:100", "tab", "space", "enter",
                                               "wait:100"], terminal_size=(100, 30))


def test_show_filter_dialog_80x24(snap_compare, snapshot_app):
    assert snap_compare(snapshot_app(), press=["enter", "t", "wait:100", "down", "space", "wait:50"],
                        terminal_size=(80, 24))


def test_analysis_per_interview_80x24(snap_compare, snapshot_app):
    """The code × wave matrix with its interviews row, per interview (i), and the chart below."""
    assert snap_compare(snapshot_app(), press=["g", *"jjjjj", "enter", "wait:100", "i", "wait:100"],
                        terminal_size=(80, 24))
