"""Snapshots of the research screens (retrieval, coding query, ...) at 80×24 and 160×45.

They reuse the fixed two-interview project of test_ui_snapshots.py; regenerate with
`pytest tests/test_ui_research_snapshots.py --snapshot-update` after an intended change.
"""

from __future__ import annotations

import pytest

from workbench.ui.app import SCREEN_REGISTRY, ensure_screens

from test_ui_snapshots import snap_compare, snapshot_app  # noqa: F401  (fixtures)

SIZES = [(80, 24), (160, 45)]


def go_to(name: str) -> list[str]:
    """The keys that open a screen from the go-to menu."""
    ensure_screens()
    return ["g", *["j"] * list(SCREEN_REGISTRY).index(name), "enter", "wait:100"]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_retrieval(snap_compare, snapshot_app, size):  # noqa: F811
    keys = [*go_to("retrieval"), *"Nettverk", "enter", "wait:100", "t", "wait:100"]
    assert snap_compare(snapshot_app(), press=keys, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_coding_query(snap_compare, snapshot_app, size):  # noqa: F811
    keys = [*go_to("query"), *"network OR trust", "enter", "wait:100"]
    assert snap_compare(snapshot_app(), press=keys, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_search(snap_compare, snapshot_app, size):  # noqa: F811
    keys = [*go_to("search"), *"mentor*", "enter", "wait:100"]
    assert snap_compare(snapshot_app(), press=keys, terminal_size=size)


def test_find_in_transcript_80x24(snap_compare, snapshot_app):  # noqa: F811
    assert snap_compare(snapshot_app(), press=["enter", "f", *"jeg", "enter", "right_square_bracket", "wait:100"],
                        terminal_size=(80, 24))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_memos(snap_compare, snapshot_app, size, monkeypatch):  # noqa: F811
    app = snapshot_app()
    stamp = "2026-01-05T10:00:00.000+00:00"
    with app.project.transaction():
        app.project.db.execute("UPDATE codings SET created = ?", [stamp])
    monkeypatch.setattr("workbench.store.memos.now", lambda: "2026-01-06T09:30:00.000+00:00")
    app.project.add_memo("Første runde: mentorene snakker mest om nettverk.", "kari")
    app.project.add_memo("Svake bånd dukker opp når mentoren tar en telefon.", "ola", code="network/weak_ties")
    assert snap_compare(app, press=[*go_to("memos")], terminal_size=size)


@pytest.mark.parametrize("table", ["participants", "documents"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_cases(snap_compare, snapshot_app, size, table):  # noqa: F811
    app = snapshot_app()
    app.project.edit_participant("P01", "kari", attributes={"land": "Syria", "utdanning": "master i økonomi"})
    keys = [*go_to("cases"), *(["tab", "wait:100"] if table == "documents" else [])]
    assert snap_compare(app, press=keys, terminal_size=size)
