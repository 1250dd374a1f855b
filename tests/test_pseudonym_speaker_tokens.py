"""Speaker tokens without a colon (`capitals.speaker_marks`, beside the colon labels of `capitals.labels`): held-out 92's caseless transcript marked its turns
`spk1`/`spk2`, and the letters were replaced as a name at every turn. The `spk` positives fail on a947a76's
rules; `speaker2` (an English word the base rules already kept) and the guards (names in such turns, a token that
opens one line only) pass there and here. The strings are fresh."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_SPK = ("[00:00:03] spk1 da er vi i gang og du har sagt ja til opptak\n"
        "[00:00:09] spk2 ja det er greit jeg jobber på et lager og trives der\n"
        "[00:00:17] spk1 og hva gjorde du der før du kom\n")
_SPEAKER = ("(00:01) speaker1 hvordan gikk praksisen\n"
            "(00:04) speaker2 den gikk fint vi pakket varer hver dag\n")
_NAMED = ("[00:00:03] spk1 og hva sa mentoren din\n"
          "[00:00:09] spk2 han heter ola [Ola] og han jobber på lageret\n"
          "[00:00:17] spk1 og hva gjorde ola [Ola] da\n")


@pytest.mark.parametrize(("text", "part"), [(_SPK, "spk1"), (_SPK, "spk2"), (_SPEAKER, "speaker2")])
def test_speaker_tokens_are_no_names(text: str, part: str) -> None:
    """Letters glued to a number that open two lines or more are the transcript's speaker marks."""
    assert untouched(text, part)


def test_names_in_turns_with_speaker_tokens_stay_found() -> None:
    """The names said in such turns are still found."""
    assert covered(_NAMED, "ola") == "person"


def test_a_token_that_opens_one_line_is_no_convention() -> None:
    """A word glued to a number at one line's start only is judged as before, not dropped as a speaker mark."""
    from workbench.io.pseudonymize.capitals import speaker_marks

    assert speaker_marks("[00:00:03] kari2 ja det er greit\n[00:00:09] ola ja\n") == []
    assert len(speaker_marks(_SPK)) == 3
