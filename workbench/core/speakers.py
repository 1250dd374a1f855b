"""Who speaks a turn: from a transcript's speaker label to a role and a participant.

A quote is cited by the role of the person who said it. In an individual interview
the document's participant is the respondent; in a group interview (several respondents
in one transcript) each turn's label has to be mapped to its speaker, or a mentor's words
are printed as "(Mentee)". A document's participant code may stand for one person (P01)
or for a group (G31), so which of the two a document is decides who its participant is:

- a *group* document is one whose `mode` says so (`group`, `gruppe`, `gruppeintervju`,
  `phone-group`, `fokusgruppe`), or, when the mode says neither group nor individual,
  one with several respondent labels that may be of the document's role (labels whose
  own word, project label or speaker map give another role do not count);
- any other document is *individual* (a mode such as `individuelt` or `one-to-one` says
  so outright): its participant is one person.

The rules, in order, for one label of one document:

1. The document's speaker map (`speakers set`, a manifest's `speakers` column, the
   workbench's speaker dialog) wins: its role, or else the role of its participant. An
   entry with a role but no participant keeps the document's participant only in a
   group document or when the role is the document's role.
2. Interviewer labels (`I`, `Intervjuer`, `Moderator`, or a project label mapped to
   `interviewer`) are the interviewer: never a respondent, whatever the document says.
3. In an individual document, a respondent whose label gives the document's role (or
   no role) is the document's participant, with the participant's role; so is the single
   respondent of a transcript. A label of another role (`Mentor:` in a mentee's interview)
   is that role with no participant: the document's participant is someone else.
4. In a group document, the project's own label list, then the label itself
   (`Mentor`, `Mentee 2`, `Programleder`), then the document's role as a last resort
   (marked `guess` so `speakers DOC` shows it as a guess to check); a label the map
   does not name keeps the group's code as its participant.

Text outside any turn (before the first label, headings) keeps the document's role. It is
the document's participant when there is one, or when no respondent has a label (the whole
text is one respondent's); otherwise (labelled speakers, no participant code) it is no one's
(source `outside`) and counts for no one in the people counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Iterable, Mapping
from typing import Any

from workbench.core.errors import InputError
from workbench.core.models import ROLES

INTERVIEWER = "interviewer"
SPEAKER_ROLES = (*ROLES, INTERVIEWER)
SPEAKER_ROLE_LABELS = {"mentee": "Mentee", "mentor": "Mentor", "programleder": "Programleder",
                       INTERVIEWER: "Intervjuer"}
ROLE_ALIASES = {
    "mentee": "mentee", "mentor": "mentor", "programleder": "programleder", "programleiar": "programleder",
    "program leader": "programleder", "programme leader": "programleder", "program-leader": "programleder",
    "interviewer": INTERVIEWER, "intervjuer": INTERVIEWER, "intervjuar": INTERVIEWER, "i": INTERVIEWER,
    "moderator": INTERVIEWER,
}
# Labels whose words say the role (after dropping a trailing number: `Mentor 2`).
_LABEL_ROLES = {
    "i": INTERVIEWER, "int": INTERVIEWER, "intervjuer": INTERVIEWER, "intervjuar": INTERVIEWER,
    "interviewer": INTERVIEWER, "moderator": INTERVIEWER,
    "mentee": "mentee", "mentor": "mentor", "programleder": "programleder", "programleiar": "programleder",
}
SOURCES = ("map", "interviewer", "document", "project", "label", "guess", "outside")


def role_from_text(value: str) -> str | None:
    """A speaker role from what a user typed (`Mentor`, `programleiar`, `intervjuer`), or None."""
    return ROLE_ALIASES.get(" ".join(value.replace("_", " ").split()).casefold())


def label_key(label: str) -> str:
    """What two spellings of one speaker label share: a label matches whatever its letter case
    and spaces (`p91`, `P 91`, `deltaker2` for `Deltaker 2`), wherever a user types one."""
    return "".join(label.split()).casefold()


def label_default_role(label: str | None) -> str | None:
    """The role a label's own words give (`Mentor 2`, `Mentor B`, `Mentor Kari` → mentor, `I` →
    interviewer), or None. A role word followed by a capitalised name (`Programleder Ola`,
    `Mentor Person 2` once pseudonymised) gives the role word's role."""
    if not label:
        return None
    key = re.sub(r"(?:\s+[A-ZÆØÅ]|[\s\d]+)$", "", label.strip()).casefold()
    if key in _LABEL_ROLES:
        return _LABEL_ROLES[key]
    first, _, rest = label.strip().partition(" ")
    if rest[:1].isupper() and first.casefold() not in ("i", "int"):
        return _LABEL_ROLES.get(first.casefold())
    return None


@dataclass(frozen=True)
class SpeakerEntry:
    """One line of a speaker map: a label and the role and/or participant it stands for."""

    label: str
    role: str | None = None
    participant: str | None = None


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the label as stored, its role and participant, and which rule decided."""

    label: str | None
    role: str | None
    participant: str | None
    source: str

    @property
    def is_interviewer(self) -> bool:
        return self.role == INTERVIEWER

    @property
    def is_no_one(self) -> bool:
        """Text outside every turn of a document whose labelled speakers have no participant code
        (a heading): said by no one, so it counts as no person."""
        return self.source == "outside"

    def as_dict(self) -> dict[str, str | None]:
        return {"label": self.label, "role": self.role, "participant": self.participant, "source": self.source}


_GROUP_MODE = re.compile(r"grupp|group|fokus|focus", re.IGNORECASE)
_INDIVIDUAL_MODE = re.compile(r"individ|en[- ]til[- ]en|one[- ]to[- ]one|1:1|enkelt", re.IGNORECASE)


def mode_group(mode: str | None) -> bool | None:
    """What a document's `mode` says: a group interview (True: `gruppe`, `phone-group`,
    `fokusgruppe`), an individual one (False: `individuelt`, `en-til-en`), or neither (None)."""
    if not mode:
        return None
    if _GROUP_MODE.search(mode):
        return True
    return False if _INDIVIDUAL_MODE.search(mode) else None


class _LabelFacts:
    """What a document's map, the project's label list and the labels' own words say about labels."""

    def __init__(self, entries: Mapping[str, SpeakerEntry] | None, project_roles: Mapping[str, str] | None,
                 participant_roles: Mapping[str, str | None] | None):
        self.entries = entries or {}
        self.project = {k.casefold(): v for k, v in (project_roles or {}).items()}
        self.participant_roles = participant_roles or {}

    def default_role(self, label: str) -> str | None:
        return self.project.get(label.casefold()) or label_default_role(label)

    def known_role(self, label: str) -> str | None:
        """The role a label has whatever the document is: from its map entry, the entry's
        participant, the project's label list or its own word; None if nothing says."""
        entry = self.entries.get(label)
        if entry is not None and entry.role:
            return entry.role
        if entry is not None and entry.participant and self.participant_roles.get(entry.participant):
            return self.participant_roles[entry.participant]
        return self.default_role(label)

    def interviewer(self, label: str) -> bool:
        entry = self.entries.get(label)
        if entry is not None and entry.role:
            return entry.role == INTERVIEWER
        return self.default_role(label) == INTERVIEWER

    def respondents(self, labels: Iterable[str | None]) -> list[str]:
        return [lb for lb in dict.fromkeys(labels) if lb is not None and not self.interviewer(lb)]

    def own(self, labels: Iterable[str | None], doc_role: str | None) -> list[str]:
        """The respondents who may be the document's participant: of its role, or of no known role."""
        return [lb for lb in self.respondents(labels) if doc_role is None or self.known_role(lb) in (None, doc_role)]


def group_from_labels(
    labels: Iterable[str | None],
    doc_role: str | None,
    entries: Mapping[str, SpeakerEntry] | None = None,
    project_roles: Mapping[str, str] | None = None,
    participant_roles: Mapping[str, str | None] | None = None,
) -> bool:
    """Whether the labels make a document a group interview when its mode says neither:
    several respondent labels that may be of the document's role."""
    return len(_LabelFacts(entries, project_roles, participant_roles).own(labels, doc_role)) > 1


def resolve_speakers(
    labels: Iterable[str | None],
    doc_participant: str | None,
    doc_role: str | None,
    entries: Mapping[str, SpeakerEntry] | None = None,
    project_roles: Mapping[str, str] | None = None,
    participant_roles: Mapping[str, str | None] | None = None,
    group: bool | None = None,
) -> dict[str | None, Speaker]:
    """Resolve every label of one document (see the module docstring for the rules).

    `entries` is the document's speaker map by label, `project_roles` the project's
    label → role list (matched case-insensitively), `participant_roles` the stored
    role of each participant (for map entries that name a participant but no role).
    `group` is what the document's mode says (`mode_group`): True for a group interview,
    False for an individual one, None to tell from the labels.
    """
    facts = _LabelFacts(entries, project_roles, participant_roles)
    entries, project, participant_roles = facts.entries, facts.project, facts.participant_roles
    default_role, known_role, interviewer = facts.default_role, facts.known_role, facts.interviewer
    labels = list(dict.fromkeys(labels))
    respondents = facts.respondents(labels)
    own = facts.own(labels, doc_role)
    if group is None:
        group = len(own) > 1
    stand_in = set(own) if own else set(respondents) if len(respondents) == 1 else set()
    out: dict[str | None, Speaker] = {}
    for label in labels:
        if label is None:  # a heading, a preamble: no one's when labelled speakers have no participant code
            nobody = doc_participant is None and bool(respondents)
            out[None] = Speaker(None, doc_role, doc_participant, "outside" if nobody else "document")
            continue
        entry = entries.get(label)
        if entry is not None and (entry.role or entry.participant):
            fallback = doc_role if (not group and label in stand_in) else default_role(label) or doc_role
            role = entry.role or participant_roles.get(entry.participant or "") or fallback
            is_doc_person = role != INTERVIEWER and (
                group or role == doc_role or (doc_role is None and label in stand_in))
            participant = entry.participant or (doc_participant if is_doc_person else None)
            out[label] = Speaker(label, role, participant, "map")
        elif interviewer(label):
            out[label] = Speaker(label, INTERVIEWER, None, "interviewer")
        elif not group and label in stand_in and (doc_role or doc_participant):
            out[label] = Speaker(label, doc_role or label_default_role(label), doc_participant, "document")
        elif not group and label not in stand_in:  # another role than the document's person
            out[label] = Speaker(label, known_role(label), None,
                                 "project" if project.get(label.casefold()) else "label")
        elif project.get(label.casefold()):
            out[label] = Speaker(label, project[label.casefold()], doc_participant, "project")
        elif label_default_role(label):
            out[label] = Speaker(label, label_default_role(label), doc_participant, "label")
        else:
            out[label] = Speaker(label, doc_role, doc_participant, "guess")
    return out


def interview_summary(kind: Mapping[str, Any], others: bool = True) -> str | None:
    """One line saying how a document is read, a group or a one-to-one interview, and why
    (`kind` as the store's `document_interview` gives it); what that means for other roles'
    labels only when `others` (some respondent label has no participant)."""
    who, mode = kind["participant"], kind["mode"]
    if not who:
        return None
    why = f"mode '{mode}'" if kind["by"] == "mode" else "by its labels"
    if kind["group"]:
        return (f"group interview of {who} ({why}): labels not in the map count for {who}"
                + ("; mode 'individuelt' makes it one person" if kind["by"] == "labels" else ""))
    if not others:
        return f"one-to-one interview of {who} ({why})"
    return (f"one-to-one interview of {who} ({why}): other roles get no participant unless mapped"
            + ("; mode 'gruppe' makes it a group" if kind["by"] == "labels" else ""))


def attribution_label(roles: Iterable[str | None]) -> str:
    """How roles are printed in a citation: `Mentor`, or `Mentor / Mentee` for a quote of two speakers."""
    names = [SPEAKER_ROLE_LABELS.get(r or "", (r or "Informant").capitalize()) for r in roles]
    return " / ".join(names) if names else "Informant"


def parse_speaker_spec(text: str, source: str, line: int | None = None, field: str = "speakers") -> list[SpeakerEntry]:
    """Read a manifest's `speakers` cell: `AH=mentee:P07; BK=mentor:M03; I=interviewer`.

    Entries are separated by `;` (or `|`); each is `LABEL=ROLE`, `LABEL=ROLE:PARTICIPANT`
    or `LABEL=:PARTICIPANT`. Errors name the file, line, field and the entry at fault.
    """
    out: list[SpeakerEntry] = []
    seen: set[str] = set()
    for raw in re.split(r"[;|]", text or ""):
        item = raw.strip()
        if not item:
            continue
        if "=" not in item:
            raise InputError(source, f"speaker entry '{item}' must be LABEL=ROLE or LABEL=ROLE:PARTICIPANT",
                             line, field)
        label, _, value = item.partition("=")
        role_text, _, participant = value.partition(":")
        out.append(_entry(item, label, role_text, participant, seen, source, line, field))
    return out


def _entry(item: str, label: str, role_text: str, participant: str, seen: set[str],
           source: str, line: int | None, field: str) -> SpeakerEntry:
    """One checked speaker map entry from its parts (the errors name the entry at fault)."""
    label = " ".join(label.split())
    role_text, participant_id = role_text.strip(), participant.strip() or None
    if not label:
        raise InputError(source, f"speaker entry '{item}' has no label before '='", line, field)
    role = None
    if role_text:
        role = role_from_text(role_text)
        if role is None:
            raise InputError(source, f"speaker '{label}': unknown role '{role_text}' "
                             f"(use {', '.join(SPEAKER_ROLES)})", line, field)
    if role is None and participant_id is None:
        raise InputError(source, f"speaker '{label}' needs a role or a participant", line, field)
    if label.casefold() in seen:
        raise InputError(source, f"speaker '{label}' is given twice", line, field)
    seen.add(label.casefold())
    return SpeakerEntry(label, role, participant_id)


# -- the speaker map as one line of text in a .qdpx (a source variable) ----------------
# The manifest's syntax, `LABEL=ROLE:PARTICIPANT; ...`, with a backslash before any
# `\`, `;`, `|`, `=` or `:` inside a label or a participant id, so any label survives.

_SPECIAL = "\\;|=:"


def _escape(value: str) -> str:
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in value)


def encode_speaker_map(entries: Iterable[SpeakerEntry]) -> str:
    """A speaker map as one line: `Mentor=mentor:M5; AH=mentee:G21; I=interviewer` (escaped)."""
    return "; ".join(f"{_escape(e.label)}={e.role or ''}" + (f":{_escape(e.participant)}" if e.participant else "")
                     for e in entries)


def _split(text: str, separators: str, limit: int = -1) -> list[str]:
    """`text` split at unescaped `separators` (escapes kept for a later `_unescape`)."""
    parts, current, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i:i + 2])
            i += 2
            continue
        if ch in separators and limit != 0:
            parts.append("".join(current))
            current, limit = [], limit - 1
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", r"\1", value)


def decode_speaker_map(text: str, source: str) -> tuple[list[SpeakerEntry], list[str]]:
    """Read what `encode_speaker_map` wrote: the entries that are sound, and one problem per
    entry that is not (naming `source` and the entry), so a damaged value never stops an import."""
    entries: list[SpeakerEntry] = []
    problems: list[str] = []
    seen: set[str] = set()
    for raw in _split(text or "", ";|"):
        item = raw.strip()
        if not item:
            continue
        if len(_split(item, "=")) < 2:
            problems.append(f"{source}: speaker entry '{item}' is not LABEL=ROLE:PARTICIPANT; left out")
            continue
        label, value = _split(item, "=", 1)
        role_text, participant = (_split(value, ":", 1) + [""])[:2]
        try:
            entries.append(_entry(item, _unescape(label), _unescape(role_text), _unescape(participant),
                                  seen, source, None, "speakers"))
        except InputError as exc:
            problems.append(f"{source}: {exc.reason}; left out")
    return entries, problems


def format_speaker_spec(entries: Iterable[SpeakerEntry]) -> str:
    """The inverse of `parse_speaker_spec` (for showing a map in one line)."""
    parts = []
    for e in entries:
        parts.append(f"{e.label}={e.role or ''}" + (f":{e.participant}" if e.participant else ""))
    return "; ".join(parts)


class SpeakerRuns:
    """A document's turns as (start, end, speaker), for finding who said a span."""

    def __init__(self, runs: list[tuple[int, int, Speaker]], fallback: Speaker):
        self.runs = sorted(runs, key=lambda r: r[0])
        self._starts = [r[0] for r in self.runs]
        self.fallback = fallback

    def speakers_in(self, start: int, end: int) -> list[Speaker]:
        """The distinct speakers of the turns that [start, end) overlaps, in text order.

        A span outside every turn (a heading, text before the first label) gets the
        document's own speaker (its participant and role).
        """
        import bisect

        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        found: list[Speaker] = []
        while i < len(self.runs) and self.runs[i][0] < end:
            _s, e, speaker = self.runs[i]
            if e > start and speaker not in found:
                found.append(speaker)
            i += 1
        return found or [self.fallback]
