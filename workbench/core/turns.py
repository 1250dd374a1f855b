"""Find who speaks where in a plain-text transcript.

Transcripts alternate speaker turns marked by a label at the start of a line
(`I:`, `Intervjuer:`, `Mentee:`, initials such as `AH:`, names such as `[Amira]:`).
Segments, quotes and role attribution all hang off these turns, so the rules here
decide what the rest of the workbench thinks a speaker is.

Rules (pragmatic, line based):

* A label counts only at the start of a line (leading spaces, Markdown bold `**I:**`
  and a leading timestamp such as `[00:01:23]` are allowed) and must be followed by
  a space, a tab or the end of the line. `10:30` or `Merk: ...` inside a line never count.
* Kinds of label: *known* (`I`, `Int`, `Intervjuer`, `Mentee`, `Mentor`,
  `Programleder`, `Deltaker`, `Respondent`, `Informant`, ... optionally numbered or
  lettered: `Deltaker 2:`, `Deltaker A:`, or followed by a capitalised name of up to three words:
  `Mentor Kari:`, `Programleder Ola:`, `Mentor Kari Nordmann:`, kept whole as the label so two
  mentors stay apart), *initials* (`AH:`, `A.H.:`, `MK2:`, `P91:` — 1-4 capitals, optionally
  dotted, optionally one or two digits, so a participant code stays as written), *bracketed* (`[Amira]:`, `[X]:`, or `[Amira] ` without colon
  when the bracket holds a capitalised name rather than an anonymisation placeholder)
  and *generic* (any other capitalised word of at most 20 letters, e.g. `Amira:`).
* Generic labels are the risky ones (`Ja: det var ...`). When the file has any
  reliable label (known, initials, bracketed, or a generic word used as a label at
  least twice), a generic label counts only if it occurs at least twice. Words like
  `Merk`, `Dato`, `Ja` never count; neither do `NB:`/`OBS:`/`OK:`.
* A turn runs until the next label. Lines without a label continue the current turn.
  Text before the first label is a turn with speaker None. A Markdown heading line
  (`# ...`) is a turn of its own with speaker None, and ends the current turn.
* `speaker` is the label without brackets, colon, dots and bold markers; `I`, `Int`
  and `Intervjuer` all become `I`. start/end cover the spoken text after the label,
  without surrounding whitespace; empty turns are dropped. A leading timestamp goes
  into `meta["begin"]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from workbench.core.models import Turn
from workbench.core.speakers import label_key

INTERVIEWER_LABELS = frozenset({"i", "int", "intervjuer", "intervjuar", "interviewer"})
#: Interviewer words that may carry a name (`Intervjuer Ola:`); `I` and `Int` may not (`I Oslo:` is text).
NAMED_INTERVIEWER_WORDS = frozenset({"intervjuer", "intervjuar", "interviewer"})
KNOWN_LABELS = frozenset({
    "mentee", "mentor", "programleder", "programleiar", "deltaker", "deltakar",
    "respondent", "informant", "moderator", "intervjuobjekt", "observatør",
})
NOT_LABELS = frozenset({
    "ja", "nei", "merk", "obs", "nb", "ok", "notat", "dato", "tid", "sted",
    "tema", "kilde", "varighet", "kommentar", "altså", "men", "og", "så", "hmm",
    "mm", "eks", "kl", "ca", "nr", "http", "https", "tlf",
})
PLACEHOLDERS = frozenset({
    "x", "…", "...", "hjemlandet", "mentorprogrammet", "programleder", "navn", "sted",
})

_LETTER = r"[^\W\d_]"
_TIMESTAMP = r"(?:[\[(]?(?P<ts>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?[ \t]+)?"
# One capitalised name after a role word (`Kari`, `Ahmed-Ali`); a label may carry up to three (`Mentor Kari Nordmann:`).
_NAME_WORD = rf"[A-ZÆØÅ]{_LETTER}{{1,20}}(?:-[A-ZÆØÅ]{_LETTER}{{1,20}})?"
_LABEL = re.compile(
    r"[ \t]*" + _TIMESTAMP + r"(?:\*\*)?"
    r"(?:"
    r"\[(?P<br>[^\]\[\n]{1,40})\](?:\*\*)?(?P<brcolon>:)?"
    r"|(?P<dots>(?:[A-ZÆØÅ]\.){1,4}\d?)(?:\*\*)?:"
    rf"|(?P<word>{_LETTER}{{1,20}}(?:-{_LETTER}+)?)(?:(?P<num>[ ]?\d{{1,2}})|[ ](?P<tag>[A-ZÆØÅ])"
    rf"|[ ](?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}|\[[^\]\[\n]{{1,30}}\]))?(?:\*\*)?:"
    r")(?:\*\*)?(?=[ \t]|$)[ \t]*"
)
# What a speaker label in a form not read above looks like (`Kari (mentor):`): only for warnings.
_LOOSE_LABEL = re.compile(r"[ \t]*(?:\*\*)?(?P<label>[A-ZÆØÅ][^\n:]{0,39}?)(?:\*\*)?:(?=[ \t]|$)")
# Of those, the ones shaped like a person (a word and a name, `Leder Ola`; a name and a role in
# brackets, `Kari (mentor)`): worth a warning from their first line, as a sentence is not.
_NAMED_LOOSE = re.compile(rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,3}}|{_NAME_WORD}[ ]?\([^()\n]{{1,30}}\)")
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?=[ \t]|$)[ \t]*")
_INITIALS = re.compile(r"[A-ZÆØÅ]{1,4}\d{0,2}")
_NAME = re.compile(rf"{_LETTER}[^\W\d_]*(?:[ -]{_LETTER}[^\W\d_]*){{0,2}}")


@dataclass
class Label:
    """A speaker label found at the start of a line."""

    speaker: str
    kind: str  # "known", "initials", "bracket" or "generic"
    content: int  # offset within the line where the spoken text begins
    timestamp: str | None = None


def normalise_speaker(label: str) -> str:
    """Label as the workbench stores it: no brackets/colon/dots; interviewer → `I`."""
    s = label.strip().strip("*").strip().rstrip(":").strip()
    if s.startswith("[") and s.endswith("]"):
        s = s[1:-1].strip()
    if re.fullmatch(r"(?:[A-ZÆØÅ]\.){1,4}\d?", s):
        s = s.replace(".", "")
    s = re.sub(r"\s+", " ", s)
    return "I" if s.lower() in INTERVIEWER_LABELS else s


def find_label(line: str) -> Label | None:
    """Recognise a speaker label at the start of `line` (no newline), or return None.

    Generic capitalised words are returned with kind "generic"; whether they count is
    decided by parse_turns from the whole file.
    """
    m = _LABEL.match(line)
    if not m:
        return None
    ts = m.group("ts")
    if m.group("br") is not None:
        inner = m.group("br").strip()
        if not inner:
            return None
        if not m.group("brcolon"):
            # `[Amira] text` without colon: only a capitalised name, never a placeholder.
            if not _NAME.fullmatch(inner) or not inner[0].isupper() or inner.lower() in PLACEHOLDERS:
                return None
            if m.end() == len(line):
                return None
        return Label(normalise_speaker(inner), "bracket", m.end(), ts)
    if m.group("dots") is not None:
        return Label(normalise_speaker(m.group("dots")), "initials", m.end(), ts)
    word = m.group("word")
    num = (m.group("num") or "").strip()
    tag = m.group("tag")
    low = word.lower()
    if tag is not None:  # `Deltaker A:`: a letter as an anonymous tag, only after a known label word
        return Label(f"{word} {tag}", "known", m.end(), ts) if low in KNOWN_LABELS else None
    name = m.group("name")
    if name is not None:  # `Mentor Kari:`, `Mentor [X]:`: a role word and a name, only after a known label word
        inner = name.strip("[]").strip()
        if (low not in KNOWN_LABELS and low not in NAMED_INTERVIEWER_WORDS) or not inner:
            return None
        return Label(f"{word} {' '.join(inner.split())}", "known", m.end(), ts)
    if low in INTERVIEWER_LABELS and not num:
        return Label("I", "known", m.end(), ts)
    if low in KNOWN_LABELS:
        speaker = f"{word} {num}" if num else word
        return Label(speaker, "known", m.end(), ts)
    if not word[0].isupper() or low in NOT_LABELS:
        return None
    if _INITIALS.fullmatch(word + num):
        return Label(word + num, "initials", m.end(), ts)
    speaker = f"{word} {num}" if num else word
    return Label(speaker, "generic", m.end(), ts)


def label_word(line: str) -> tuple[int, int, bool] | None:
    """Where the label's own word is in a line that starts with one: (start, end, in brackets).

    `Amina 2:` gives the span of `Amina 2`, `[Yusuf Rahimi]:` that of `Yusuf Rahimi`
    (bracketed), `A.H.:` that of `A.H.`, `Mentor Kari:` that of `Kari` (the name, not the
    role word); None if the line starts with no label.
    """
    m = _LABEL.match(line)
    if not m:
        return None
    if m.group("br") is not None:
        return m.start("br"), m.end("br"), True
    if m.group("dots") is not None:
        return m.start("dots"), m.end("dots"), False
    if m.group("name") is not None:  # `Mentor Kari:`: the name, not the role word
        bracketed = m.group("name").startswith("[")
        return m.start("name") + bracketed, m.end("name") - bracketed, bracketed
    return m.start("word"), m.end("num") if m.group("num") else m.end("word"), False


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each line, end excluding the newline."""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            yield pos, n
            return
        yield pos, nl
        pos = nl + 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def label_spans(text: str) -> list[tuple[int, int, str]]:
    """Where each counted speaker label is: (line start, start of the spoken text, speaker).

    The label itself lies in [line start, start of the spoken text); the same labels
    `parse_turns` starts turns at (headings left out).
    """
    return [(start, start + label.content, label.speaker)
            for start, _end, label in _counted_labels(text) if label.kind != "heading"]


def uncounted_label(text: str, label: str) -> bool:
    """Whether `label` starts a line of `text` as a label word but is not counted as a speaker label
    (a capitalised word used once where other labels exist): the reason an error can give.
    Labels are compared as everywhere else (`speakers.label_key`: letter case and spaces aside)."""
    wanted = label_key(label)
    if any(label_key(speaker) == wanted for _s, _c, speaker in label_spans(text)):
        return False
    return any(found is not None and label_key(found.speaker) == wanted
               for found in (find_label(text[start:end]) for start, end in _lines(text)))


def uncounted_labels(text: str) -> list[tuple[int, str]]:
    """(line number from 1, label) of lines that start like a speaker label but are read as text of
    the turn before, for an import warning: a capitalised word used once where other labels exist,
    and (at its first line) a prefix in a form the rules do not read that starts two lines or more,
    or once when it is shaped like a person (`Leder Ola:`, `Kari (mentor):`)."""
    counted = {start for start, _end, _label in _counted_labels(text)}
    out: list[tuple[int, str]] = []
    loose: dict[str, list[int]] = {}
    for number, (start, end) in enumerate(_lines(text), 1):
        line = text[start:end]
        if start in counted or _HEADING.match(line):
            continue
        found = find_label(line)
        if found is not None:
            out.append((number, found.speaker))
            continue
        m = _LOOSE_LABEL.match(line)
        if m and len(m.group("label").split()) <= 4 and m.group("label").casefold() not in NOT_LABELS:
            loose.setdefault(" ".join(m.group("label").split()), []).append(number)
    out += [(numbers[0], label) for label, numbers in loose.items()
            if len(numbers) >= 2 or _NAMED_LOOSE.fullmatch(label)]
    return sorted(out)


def _counted_labels(text: str) -> list[tuple[int, int, Label]]:
    """(line start, line end, label) of every heading and every label that counts, in order."""
    found: list[tuple[int, int, Label]] = []  # (line start, line end, label)
    generic_counts: dict[str, int] = {}
    for start, end in _lines(text):
        line = text[start:end]
        heading = _HEADING.match(line)
        if heading:
            found.append((start, end, Label("#", "heading", heading.end())))
            continue
        label = find_label(line)
        if label is not None:
            found.append((start, end, label))
            if label.kind == "generic":
                generic_counts[label.speaker] = generic_counts.get(label.speaker, 0) + 1

    reliable = any(lb.kind in ("known", "initials", "bracket") for _, _, lb in found) or any(
        c >= 2 for c in generic_counts.values()
    )

    def counts(label: Label) -> bool:
        if label.kind != "generic":
            return True
        return not reliable or generic_counts[label.speaker] >= 2

    return [(start, end, label) for start, end, label in found if label.kind == "heading" or counts(label)]


def parse_turns(text: str) -> list[Turn]:
    """Split normalised transcript text into speaker turns (see the module docstring)."""
    turns: list[Turn] = []

    def close(speaker: str | None, start: int, end: int, meta: dict[str, Any]) -> None:
        s, e = _trimmed(text, start, end)
        if s < e:
            turns.append(Turn(speaker, s, e, dict(meta)))

    cur_speaker: str | None = None
    cur_start = 0
    cur_meta: dict[str, Any] = {}
    for start, end, label in _counted_labels(text):
        if label.kind == "heading":
            close(cur_speaker, cur_start, start, cur_meta)
            close(None, start + label.content, end, {})
            cur_speaker, cur_start, cur_meta = None, end, {}
        else:
            close(cur_speaker, cur_start, start, cur_meta)
            cur_speaker, cur_start = label.speaker, start + label.content
            cur_meta = {"begin": label.timestamp} if label.timestamp else {}
    close(cur_speaker, cur_start, len(text), cur_meta)
    return turns


def first_turn_start(units: Iterable[Any]) -> int | None:
    """Where the first speaker's turn starts, among a document's turns or segments (anything with
    `start` and `speaker`); None when no unit has a speaker (a text with no labels at all)."""
    return min((u.start for u in units if u.speaker is not None), default=None)


def before_first_turn(end: int, first_turn: int | None) -> bool:
    """Whether a span ending at `end` lies wholly before the first turn (`first_turn_start`): a
    title or file header nobody says, so no codes are suggested for it. A text with no speaker
    labels is text throughout, so nothing in it ever is."""
    return first_turn is not None and end <= first_turn
