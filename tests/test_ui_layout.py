"""The workbench's pure parts: wrapping, coded runs, the coding session, keys, the suggester link."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from workbench.core.errors import WorkbenchError
from workbench.core.models import Segment
from workbench.ui.keys import (
    AGREEMENT_KEYS, ALL_KEYS, ANALYSIS_KEYS, APP_KEYS, CODEBOOK_KEYS, CODING_KEYS, COMPARE_KEYS, CORPUS_KEYS,
    DISAGREEMENT_KEYS, QUOTE_KEYS, keymap_from_settings,
)
from workbench.ui.layout import CodedRuns, Mark, abbreviate, speaker_labels, wrap_lines
from workbench.ui.session import CodingSession
from workbench.ui.suggestions import NOT_READY, SuggestionBridge

from conftest import SAMPLE_TEXT, sample_segments

words = st.text(alphabet="abcæøå ÆØÅ\n-", min_size=0, max_size=300)


@settings(max_examples=80, deadline=None)
@given(text=words, width=st.integers(4, 40))
def test_wrapped_lines_cover_every_offset_once(text, width):
    lines = wrap_lines(text, width)
    covered = [i for line in lines for i in range(line.start, line.end)]
    assert covered == [i for i, ch in enumerate(text) if ch != "\n"]
    for line in lines:
        assert len(text[line.start:line.end].rstrip(" ")) <= width


def test_wrap_breaks_at_spaces_and_keeps_blank_lines():
    text = "Mentee: Jeg tok norskkurs.\n\nI: Bra."
    lines = [text[line.start:line.end] for line in wrap_lines(text, 12)]
    assert lines == ["Mentee: Jeg ", "tok ", "norskkurs.", "", "I: Bra."]


def test_wrap_cuts_overlong_words_and_counts_wide_characters():
    assert [(line.start, line.end) for line in wrap_lines("arbeidsmarkedstilknytning", 10)] == [(0, 10), (10, 20), (20, 25)]
    text = "漢字漢字漢字 ok"
    for line in wrap_lines(text, 5):
        assert cell_len(text[line.start:line.end].rstrip()) <= 5


def test_coded_runs():
    a, b = Mark(0, 10, "competence"), Mark(5, 15, "network", own=False)
    runs = CodedRuns([a, b])
    assert runs.runs_between(0, 20) == [(0, 5, (a,)), (5, 10, (a, b)), (10, 15, (b,)), (15, 20, ())]
    assert runs.runs_between(7, 12) == [(7, 10, (a, b)), (10, 12, (b,))]
    assert runs.marks_between(11, 30) == [b]
    assert CodedRuns([]).runs_between(0, 3) == [(0, 3, ())]


def test_speaker_labels_and_abbreviations():
    labels = speaker_labels(SAMPLE_TEXT, sample_segments(SAMPLE_TEXT))
    assert [SAMPLE_TEXT[a:b] for a, b in labels] == ["I:", "Mentee:", "I:", "Mentee:"]
    assert abbreviate("network") == "NET"
    assert abbreviate("network/weak_ties") == "N.weak"


def test_session_moves_extends_and_selects(project):
    session = CodingSession.open(project, "P01-nullpunkt", "kari")
    segs = session.units
    session.move(-5)
    assert session.cursor == 0
    session.extend(2)
    assert (session.selection().start, session.selection().end) == (segs[0].start, segs[2].end)
    session.move(1)
    assert (session.anchor, session.cursor) == (3, 3)
    session.select_span(segs[1].start, segs[2].end)
    assert (session.anchor, session.cursor, session.precise_span) == (1, 2, None)
    session.select_span(segs[1].start + 1, segs[1].end)
    assert session.precise_span == (segs[1].start + 1, segs[1].end)
    session.move(0)
    session.nudge("end", words=-1)
    assert session.selection().end < segs[1].end
    assert session.selection().precise


def test_session_levels_and_errors(project):
    session = CodingSession.open(project, 1, "kari")
    assert [c.path for c in session.level_codes()] == ["competence", "network"]
    session.level_down(1)
    assert [c.path for c in session.level_codes()] == ["competence/formal", "competence/language"]
    with pytest.raises(WorkbenchError, match="no sub-codes"):
        session.level_down(1)
    with pytest.raises(WorkbenchError, match="no code number 3"):
        session.apply_nth(3)
    session.level_up()
    assert session.level is None


def test_session_segmentless_document_is_one_unit(project):
    from workbench.core.models import Document

    project.add_document(Document("notat", "Bare tekst uten talere.", sha256="n"))
    session = CodingSession.open(project, "notat", "kari")
    assert [(u.start, u.end) for u in session.units] == [(0, 23)]
    assert session.apply("competence").end == 23


def test_every_binding_has_a_fallback_and_no_screen_reuses_a_key():
    for table in (CORPUS_KEYS, CODING_KEYS, CODEBOOK_KEYS, COMPARE_KEYS, AGREEMENT_KEYS, DISAGREEMENT_KEYS,
                  ANALYSIS_KEYS, QUOTE_KEYS):
        keys = [k for spec in (*APP_KEYS, *table) for k in (spec.key, spec.fallback) if k]
        assert len(keys) == len(set(keys)), table
        missing = [s.name for s in (*APP_KEYS, *table) if not s.fallback and not s.fallback_hint]
        assert missing == []


def test_a_key_name_means_the_same_keys_on_every_screen():
    """One config name remaps every binding with that id, so its defaults must agree everywhere."""
    seen: dict[str, tuple] = {}
    for title, specs in ALL_KEYS:
        for spec in specs:
            assert seen.setdefault(spec.name, (spec.key, spec.fallback)) == (spec.key, spec.fallback), \
                (title, spec.name)
    assert {"agreement_unit", "disagreements", "accept_2", "union", "analysis_view", "drill_down"} <= set(seen)


def test_keymap_from_settings_reports_unknown_names():
    keymap, unknown = keymap_from_settings({"undo": "z", "undo_alt": "f9", "fly": "x", "analysis_view": "w"})
    assert keymap == {"undo": "z", "undo_alt": "f9", "analysis_view": "w"}
    assert unknown == ["fly"]


def corpus_rows(coders: dict[str, int] | None = None):
    from workbench.ui.screens.corpus import document_rows

    documents = [
        {"id": i, "name": f"P{i:02d}-{'nullpunkt' if wave == 'baseline' else 'sluttpunkt'}",
         "participant": f"P{i:02d}", "role": role, "program": program, "wave": wave, "words": 1234}
        for i, (role, program, wave) in enumerate([("mentee", "entrepreneur", "baseline"),
                                                   ("programleder", "higher_ed", "endpoint"),
                                                   ("mentor", "refugee", "baseline")], 1)
    ]
    counts = {1: coders or {"kari": 33, "ola": 28, "consensus": 1}, 2: {"ola": 19, "kari": 23}}
    return document_rows(documents, counts, coder="kari")


@pytest.mark.parametrize("width", [78, 98, 140])
def test_corpus_columns_fit_the_width_and_keep_the_essentials_whole(width):
    from workbench.ui.screens.corpus import CELL_PADDING, plan_columns

    rows = corpus_rows()
    plan = plan_columns(rows, width)
    assert sum(w + CELL_PADDING for *_fh, w in plan.columns) <= width
    assert plan.fields[:2] == ("participant", "name")
    assert {"participant", "name", "role", "program", "wave", "codings"} <= set(plan.fields)
    widths = {f: w for f, _h, w in plan.columns}
    for field in ("participant", "name", "role", "program", "wave"):
        assert all(cell_len(str(r[field])) <= widths[field] for r in rows), field
    assert widths["codings"] >= len("kari 23, ola 19")
    assert ("words" in plan.fields) == (width >= 140)


def test_corpus_codings_are_cut_at_whole_coders_with_mine_first():
    from workbench.ui.screens.corpus import coder_counts

    counts = {"ola": 28, "consensus": 1, "kari": 33}
    assert coder_counts(counts, "kari") == "kari 33, ola 28, consensus 1"
    assert coder_counts(counts, "ola", width=15) == "ola 28, +2"
    assert coder_counts(counts, "kari", width=19) == "kari 33, ola 28, +1"
    assert coder_counts({"kari": 2, "ola": 3}, "kari", width=15) == "kari 2, ola 3"
    assert coder_counts({}, "kari") == "—"


def test_bridge_without_service_invents_nothing(project):
    broken = SuggestionBridge(project, None, factory=lambda p, s: 1 / 0)
    broken.load()
    assert not broken.ready and "failed to start" in broken.status
    assert broken.suggest(1, 0, 5) == [] and broken.next_confident(1, 0, 0.5) is None
    missing = SuggestionBridge(project, None, enabled=False)
    missing.load()
    assert missing.status == NOT_READY and missing.suggest(1, 0, 5) == []


def test_segments_fixture_matches_text():
    for seg in sample_segments(SAMPLE_TEXT):
        assert isinstance(seg, Segment) and SAMPLE_TEXT[seg.start:seg.end].strip()


def test_the_remap_examples_use_keys_no_action_has():
    """A new user copies the documented `[keys]` example; it must not take a key another action
    already has (the README's and the help screen's example once moved undo's fallback onto f9,
    the transcript find's 'previous match')."""
    import re
    import tomllib
    from pathlib import Path

    from workbench.ui.screens.help import INTRO

    readme = Path(__file__).resolve().parents[1].joinpath("README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(\[keys\]\n.*?)```", readme, re.S)
    assert block is not None
    examples = [tomllib.loads(block.group(1))["keys"],
                dict(re.findall(r'\((\w+) = \\?"([^"\\]+)\\?"\)', INTRO))]
    assert set(examples[1]) == {"undo", "undo_alt"}
    for remaps in examples:
        for name, key in remaps.items():
            taken = {spec.name for _title, specs in ALL_KEYS for spec in specs
                     if key in (spec.key, spec.fallback) and spec.name != name.removesuffix("_alt")}
            assert taken == set(), (name, key)
