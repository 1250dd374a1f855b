"""Phrase searches, typed as a Norwegian keyboard types quotes, and what a hit marks.

- `«to år»` or `“to år”` was no phrase: FTS5 reads those quotes as letters of a word, so the
  query found `to` and `år` anywhere in a sentence and marked each word apart; opening a hit
  highlighted only the first word in the transcript. Typographic quotes now make a phrase.
- `"jeg har" sendt` opened the transcript with only `jeg har` highlighted; every stretch the
  hit matched is highlighted now.
- The search screen told its marks from text by «guillemets», which Norwegian transcripts use
  for quotations: a quotation in the sentence was shown as a match and could be what opening
  the hit searched for. The store now says where the matches are beside the plain context.

The transcript is synthetic, written for these tests.
"""

from __future__ import annotations

from pilot_support import make_app, pilot_test

from workbench.core.models import Document, Participant
from workbench.core.text import find_spans
from workbench.ui.screens.search import SearchScreen

# SYNTHETIC: written for this test.
TEXT = ("I: Hvordan har det gått?\n\n"
        "Mentee: Jeg har sendt to søknader i år. "
        "Hun sa «dette ordner seg», men jeg har ikke fått svar. "
        "Det har gått to år nå.")
SENTENCES = ["Jeg har sendt to søknader i år.", "Hun sa «dette ordner seg», men jeg har ikke fått svar.",
             "Det har gått to år nå."]


def _add(project) -> int:
    from workbench.core.models import Segment

    segments = [Segment(0, TEXT.index("?") + 1, "I", 0)]
    segments += [Segment(TEXT.index(s), TEXT.index(s) + len(s), "Mentee", 1) for s in SENTENCES]
    doc = Document("P05-nullpunkt", TEXT, sha256="phrases", participant="P05", wave="baseline", segments=segments)
    return project.add_document(doc, Participant("P05", "mentee", "master"))


def _marked(hit) -> list[str]:
    return [hit["context_text"][a:b] for a, b in hit["context_marks"]]


def test_typographic_quotes_search_a_phrase(project):
    _add(project)
    straight = [h["segment_start"] for h in project.search('"to år"')]
    assert straight == [TEXT.index(SENTENCES[2])]
    for typed in ("«to år»", "“to år”", "„to år“"):
        hits = project.search(typed)
        assert [h["segment_start"] for h in hits] == straight, typed  # not the sentence with "to" and "år" apart
        assert _marked(hits[0]) == ["to år"] and hits[0]["context"] == "Det har gått «to år» nå."


def test_the_marks_are_told_from_a_transcripts_own_guillemets(project):
    _add(project)
    hit = next(h for h in project.search('"jeg har"') if h["segment_start"] == TEXT.index(SENTENCES[1]))
    assert hit["context_text"] == SENTENCES[1] and _marked(hit) == ["jeg har"]
    start = TEXT.index("jeg har", hit["segment_start"])
    assert hit["matches"] == [[start, start + len("jeg har")]]


def _highlighted(option) -> list[str]:
    prompt = option.prompt
    return [prompt.plain[s.start:s.end] for s in prompt.spans if "reverse" in str(s.style)]


@pilot_test
async def test_the_search_screen_marks_the_phrase_and_opens_with_every_matched_part(project):
    _add(project)
    app = make_app(project)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = SearchScreen('"jeg har" sendt')
        await app.push_screen(screen)
        await pilot.pause()
        assert [h["segment_start"] for h in screen.hits] == [TEXT.index(SENTENCES[0])]
        assert _highlighted(screen.query_one("#hits").get_option_at_index(0)) == ["Jeg har", "sendt"]
        await pilot.press("enter")
        await pilot.pause()
        coding = app.screen
        assert coding.screen_name == "coding"
        expected = sorted(find_spans(TEXT, "jeg har") + find_spans(TEXT, "sendt"))
        assert coding.found == expected  # both parts of the hit, everywhere in the transcript
        assert "for 'Jeg har', 'sendt'" in str(coding.message)


@pilot_test
async def test_a_quotation_in_the_sentence_is_not_shown_or_opened_as_the_match(project):
    _add(project)
    app = make_app(project)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = SearchScreen("«ikke fått»")
        await app.push_screen(screen)
        await pilot.pause()
        option = screen.query_one("#hits").get_option_at_index(0)
        assert _highlighted(option) == ["ikke fått"]
        assert "«dette ordner seg»" in option.prompt.plain  # the transcript's quotation, as written
        await pilot.press("enter")
        await pilot.pause()
        start = TEXT.index("ikke fått")
        assert app.screen.found == [(start, start + len("ikke fått"))]  # not "dette ordner seg"
