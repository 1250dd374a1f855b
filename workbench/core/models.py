"""Plain dataclasses for the things a researcher works with.

Offsets are Unicode codepoint positions into a document's normalised text, counted from 0,
with the end exclusive (as REFI-QDA counts them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ROLES = ("mentee", "mentor", "programleder")
WAVES = ("baseline", "endpoint")
ORIGINS = ("manual", "suggestion", "import")


@dataclass
class Participant:
    """A person (or a group) interviewed, with role, programme and free attributes."""

    id: str
    role: str | None = None
    program: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass
class Turn:
    """One speaker turn: the speaker label as written and the span of what they said."""

    speaker: str | None  # None for text outside any turn: a heading, a preamble
    start: int
    end: int
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Segment:
    """A sentence within a speaker turn: the unit the cursor moves by and agreement counts."""

    start: int
    end: int
    speaker: str | None = None
    turn: int = 0
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Document:
    """An interview transcript as stored: normalised text plus its metadata."""

    name: str
    text: str
    sha256: str = ""
    participant: str | None = None
    wave: str | None = None
    mode: str | None = None
    date: str | None = None
    source: str | None = None
    encoding: str | None = None
    id: int | None = None
    segments: list[Segment] = field(default_factory=list)
    guid: str | None = None  # the GUID another tool gave this source (kept for exchange)
    tail: str = ""  # whitespace after the end of the text, as the source had it (exchange only)


@dataclass
class Code:
    """One node of the codebook tree. `path` joins keys with '/' (network/weak_ties)."""

    key: str
    label: str
    parent: str | None = None
    label_en: str | None = None
    definition: str = ""
    when_to_use: str = ""
    when_not_to_use: str = ""
    examples: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    patterns: list[Any] = field(default_factory=list)
    colour: str | None = None
    order: int = 0
    exclusive: bool = False
    retired: bool = False
    #: A top-level code forming an optional layer: suggested only when asked for.
    on_request: bool = False
    guid: str | None = None
    #: Passages written as examples of this code for training the cold-start suggester
    #: (the codebook's `examples_file`); unlike `examples` they are not shown as guidance.
    seed_examples: list[str] = field(default_factory=list)

    @property
    def path(self) -> str:
        return f"{self.parent}/{self.key}" if self.parent else self.key

    @property
    def depth(self) -> int:
        return self.path.count("/")


@dataclass
class Coding:
    """A code applied by a coder to the span [start, end) of a document."""

    document_id: int
    start: int
    end: int
    code: str
    coder: str
    memo: str | None = None
    origin: str = "manual"
    id: int | None = None
    created: str | None = None


@dataclass
class Suggestion:
    """A suggested code for a span: path, probability, reasons (and the model that scored it).

    One class for both sides: `workbench.nlp.suggester` produces it, the coding screen's
    panel shows it (this module is light, so the UI does not load the suggester to use it).
    """

    code: str
    score: float
    why: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0
    model_version: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The suggestion as `suggest --json` prints it."""
        return {"code": self.code, "score": round(float(self.score), 3), "why": list(self.why)}
