"""Pilot tests of the agreement screen and the disagreement view.

Resolving a disagreement from the keyboard must leave the consensus coder's coding and
an `agreement.resolve` audit row (with the decision and memo) in the project file.
"""

from __future__ import annotations

import asyncio
import json

from conftest import SAMPLE_TEXT, sample_segments
from pilot_support import make_app as make_coder_app

SEGMENTS = sample_segments(SAMPLE_TEXT)


def make_app(project, coder: str = "lead"):
    return make_coder_app(project, coder)


def code_two_coders(project) -> None:
    first, second, fourth = SEGMENTS[1], SEGMENTS[2], SEGMENTS[4]
    project.add_coding("P01-nullpunkt", first.start, first.end, "mentor_network", "kari")
    project.add_coding("P01-nullpunkt", second.start, second.end, "mentor_network", "kari")
    project.add_coding("P01-nullpunkt", fourth.start, fourth.end, "language", "kari")
    project.add_coding("P01-nullpunkt", first.start, first.end, "mentor_network", "ola")
    project.add_coding("P01-nullpunkt", fourth.start, fourth.end, "formal", "ola")


async def settle_until_idle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def test_agreement_screen_shows_the_table_and_changes_unit(project):
    code_two_coders(project)

    async def scenario():
        app = make_app(project)
        async with app.run_test(size=(110, 32)) as pilot:
            app.show_screen("agreement")
            await settle_until_idle(app, pilot)
            screen = app.screen
            assert screen.screen_name == "agreement"
            codes = [r["code"] for r in screen.report["codes"]]
            assert codes == ["competence", "competence/formal", "competence/language", "network",
                             "network/mentor_network"]
            assert screen.query_one("DataTable").row_count == len(codes) + 1
            await pilot.press("s")  # sort by % agreement, highest first
            first_key = screen.query_one("DataTable").coordinate_to_cell_key((0, 0)).row_key.value
            assert first_key in ("competence", "network")
            await pilot.press("u")
            await settle_until_idle(app, pilot)
            assert screen.report["unit"] == "document"

    asyncio.run(scenario())


def test_resolving_a_disagreement_writes_consensus_and_audit(project):
    code_two_coders(project)

    async def scenario():
        app = make_app(project)
        async with app.run_test(size=(110, 32)) as pilot:
            app.show_screen("disagreements")
            await pilot.pause()
            screen = app.screen
            assert [(p.start, p.end) for p in screen.items] == [(SEGMENTS[2].start, SEGMENTS[2].end),
                                                                 (SEGMENTS[4].start, SEGMENTS[4].end)]
            await pilot.press("j")       # the second passage: language (kari) vs formal (ola)
            await pilot.press("2")       # accept ola's codes
            await pilot.pause()
            await pilot.press(*"B2 test")
            await pilot.press("ctrl+s")  # save the memo
            await pilot.pause()
            assert screen.items[1].consensus == ["competence/formal"]

    asyncio.run(scenario())
    consensus = project.codings(coder="consensus")
    assert [(c["code"], c["start"], c["end"], c["memo"]) for c in consensus] == [
        ("competence/formal", SEGMENTS[4].start, SEGMENTS[4].end, "B2 test")]
    entry = project.audit_log(1)[0]
    details = json.loads(entry["after"])
    assert (entry["action"], entry["coder"]) == ("agreement.resolve", "lead")
    assert details["decision"] == "accept ola" and details["memo"] == "B2 test"
    assert details["positions"] == {"kari": ["competence/language"], "ola": ["competence/formal"]}
