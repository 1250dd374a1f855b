"""Passages without case inside a text, and recogniser text in capitals throughout (round 30c).

`caseless` (round 27a) decides per document that case carries no information, and reads only lower case. Some
recognisers write everything in CAPITALS instead ("TALER 2: JA JEG HETER …"), and a cased transcript can hold
a passage of raw recogniser text pasted in, in capitals or in lower case. The cased word rules take shouted
words for firms ("TALER", "NAV BETALER KURSET"), and the model tags capitals at random ("VAR", "EGG").
This module finds the passages:

* a passage is a run of lines (speaker labels and blank or digit-only lines aside) whose every word is in
  capitals, or every word in lower case, with enough words in it to tell (a heading in capitals, a shouted
  sign inside a cased line, acronyms such as NAV, UDI, ADHD or LO in cased text are none);
* `lowered` gives the text with each capitals passage in lower case, letter for letter at the same offsets
  (a letter whose lower case is longer, as `İ`, stays), so the rules read it as the caseless rules read lower
  case and their finds fall on the original text;
* `caseless_spans` gives the caseless passages of a text that is not caseless as a whole, for the caseless
  rules to run on each (`caseless_finds`, `caseless_again`, `numbers`), with their finds shifted back.

A numbered speaker label ("TALER 1:", "SPEAKER 2:") or a role label ("INTERVJUER:") is never a name
(`labels`).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from workbench.io.pseudonymize import bracket_twins, caseless, caseless_numbers
from workbench.io.pseudonymize.numbered_lines import unnumbered

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# A speaker label opening a line: a word or two, a number perhaps, then a colon ("TALER 1:", "I:", "Mentee:").
_LABEL = re.compile(r"[ \t]*([^\W\d_]+)([ \t]*\d{1,2})?[ \t]*:[ \t]*")
# Role labels that name no one ("INTERVJUER:", "DELTAKER:"); a numbered label ("TALER 1:") never does.
_ROLES = frozenset("""intervjuer intervjuar deltaker deltakar taler speaker mentor mentee programleder respondent
informant tolk moderator i int""".split())
# Fewer words than this in a run of lines: a heading, a sign or a short answer, not a passage.
_MIN_WORDS = 25
_MIN_LINES = 3


def _line_case(line: str) -> tuple[str | None, int]:
    """("upper" | "lower" | "mixed" | None, words) for a line's words after its speaker label; None: no word."""
    label = _LABEL.match(line)
    body = caseless.without_notes(line[label.end():] if label else line)  # round 49c: "[rettet for hånd: …]"
    words = [w for w in _TOKEN.findall(body) if len(w) > 1 or w.isalpha()]
    if not words:
        return None, 0
    if all(w.isupper() for w in words):
        return "upper", len(words)
    if all(w.islower() for w in words):
        return "lower", len(words)
    return "mixed", len(words)


def passages(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "upper" | "lower") of each run of lines in one case with enough words in it."""
    out: list[tuple[int, int, str]] = []
    run: list = []  # [case, start, end, words, lines]
    pos = 0

    def close() -> None:
        if run and run[3] >= _MIN_WORDS and run[4] >= _MIN_LINES:
            out.append((run[1], run[2], run[0]))

    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        end = start + len(line.rstrip("\r\n"))
        case, words = _line_case(line)
        if case is None:
            continue  # a blank line, a line of digits ("TALER 2: 9 55 80 2 13"): part of any run
        if run and run[0] == case:
            run[2], run[3], run[4] = end, run[3] + words, run[4] + 1
            continue
        close()
        run[:] = [case, start, end, words, 1] if case in ("upper", "lower") else []
    close()
    return out


def capital_spans(text: str) -> list[tuple[int, int]]:
    """The passages in capitals that read as caseless text once in lower case (else the cased rules keep them)."""
    return [(s, e) for s, e, case in passages(text) if case == "upper" and caseless.caseless(_lower(text[s:e]))]


def _lower(text: str) -> str:
    """The text in lower case letter for letter (a letter whose lower case is longer, as `İ`, stays)."""
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def lowered(text: str) -> str:
    """The text with each passage in capitals in lower case, at the same offsets."""
    spans = capital_spans(text)
    for start, end in spans:
        text = text[:start] + _lower(text[start:end]) + text[end:]
    return text


def views(text: str) -> tuple[str, str, list[tuple[int, int]]]:
    """(the text, the text `lowered`, the caseless passages of the lowered text) for the rules to read."""
    low = unnumbered(lowered(text))  # round 36x: "… firma på\n  7  Strømmen": a numbered line goes on
    low = bracket_twins.cased(low)  # round 50c: "på ytrebygda [Ytrebygda] skole" read as "på Ytrebygda …"
    return text, low, caseless_spans(low)


def caseless_spans(text: str) -> list[tuple[int, int]]:
    """The caseless passages of a text (already `lowered`) that is not caseless as a whole."""
    if caseless.caseless(text):
        return []
    return [(s, e) for s, e, case in passages(text) if case == "lower" and caseless.caseless(text[s:e])]


def lower_stretches(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` written without capitals: the whole text when it is caseless, else its caseless
    passages."""
    return [(0, len(text))] if caseless.caseless(text) else caseless_spans(text)


def numbers(text: str, spans) -> list[tuple[int, int, str]]:
    """`caseless_numbers` on each caseless passage, with the parts of a number read back whole."""
    out: list[tuple[int, int, str]] = []
    for s, e in spans:
        part = caseless_numbers.caseless_numbers(text[s:e], True)
        part += caseless_numbers.phone_parts(text[s:e], [(a, b, k, "identifier") for a, b, k in part])
        out += [(a + s, b + s, k) for a, b, k in part]
    return out


def caseless_finds(text: str, spans) -> list[tuple[int, int, str, str]]:
    """`caseless.caseless_finds` on the whole text or on each caseless passage."""
    from workbench.io.pseudonymize.caseless_answers import answer_finds
    from workbench.io.pseudonymize.caseless_cues import cues
    from workbench.io.pseudonymize.caseless_frames import frames
    from workbench.io.pseudonymize.caseless_listed import caseless_listed
    from workbench.io.pseudonymize.caseless_names import names
    from workbench.io.pseudonymize.caseless_teams import teams
    from workbench.io.pseudonymize.called_firms import called_firms
    from workbench.io.pseudonymize.corrected_unions import corrected_unions

    out = []
    for s, e in [(0, len(text))] if caseless.caseless(text) else spans:
        finds = caseless.caseless_finds(text[s:e])
        finds += frames(text[s:e], finds)
        finds = cues(text[s:e], finds)  # round 33a: "bor på <rare word>", "sjefen her <name>"
        finds += answer_finds(text[s:e])  # round 46c: "studerte ved université …", "ja nordea <account>", "ja tekna"
        finds += caseless_listed(text[s:e])  # round 49o: "journalist i bergens tidende", "var i nortura i to år"
        finds += corrected_unions(text[s:e])  # round 50c: "i fellesforbundet nei unnskyld norsk arbeidsmandsforbund"
        finds += names(text[s:e], finds) + teams(text[s:e], finds)  # round 50n: "van der berg", "spiller på lyn"
        out += [(a + s, b + s, k, src) for a, b, k, src in finds]
    out += called_firms(text)  # round 35o: "<name>s sykkel og service heter det" in a turn without capitals
    return _outside_labels(text, out)


def caseless_again(text: str, found, keep, spans) -> list[tuple[int, int, str, str, None]]:
    """`caseless.caseless_again` on the whole text or on each caseless passage."""
    out = caseless.caseless_again(text, found, keep)
    for s, e in spans:
        inner = [(a - s, b - s, *rest) for a, b, *rest in found if s <= a and b <= e]
        inner_keep = [(a - s, b - s) for a, b in keep if s <= a and b <= e]
        out += [(a + s, b + s, *rest) for a, b, *rest in caseless.caseless_again(text[s:e], inner, inner_keep)]
    return _outside_labels(text, out)


def labels(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is (part of) a speaker label opening its line ("taler 1", "speaker 2")."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _LABEL.match(text, line_start)
    return bool(label) and start < label.end() and bool(label.group(2) or label.group(1).casefold() in _ROLES)


# Speaker tokens of automatic transcripts written without a colon ("[00:00:09] spk2 ja det er greit …", held-out 92):
# line start, an optional time code in brackets, parentheses or bare, then letters glued to a number and a space.
_OPENER = re.compile(r"^[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?[ \t]+)?"
                     r"(?P<letters>[A-Za-zÆØÅæøå]{1,10})(?P<number>\d{1,2})(?=[ \t:.,])", re.M)


def speaker_marks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the letters of speaker tokens that open two lines or more, with any number."""
    openers = list(_OPENER.finditer(text))
    counts = Counter(m.group("letters").casefold() for m in openers)
    return [m.span("letters") for m in openers if counts[m.group("letters").casefold()] >= 2]



def _outside_labels(text: str, finds: list) -> list:
    """`finds` without those in a speaker label or in the letters of a colon-less speaker token (`speaker_marks`)."""
    marks = speaker_marks(text)
    return [f for f in finds if not labels(text, f[0], f[1]) and (f[0], f[1]) not in marks]


def outside(text: str, finds):
    """The finds that touch no passage in capitals of the (original) text."""
    spans = capital_spans(text)
    return [f for f in finds if not any(s < f[1] and f[0] < e for s, e in spans)]


def originals(text: str, reps):
    """Replacements found on the `lowered` text, each with its original words."""
    return [r if text[r.start:r.end] == r.original else dataclasses.replace(r, original=text[r.start:r.end])
            for r in reps]
