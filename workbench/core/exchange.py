"""A whole project as plain data, for moving it between tools (REFI-QDA `.qdpx`).

Export reads the store into a `ProjectBundle`; import turns another tool's file into one
and hands it to the store, which writes it in a single transaction. Keeping the bundle
free of XML and SQL lets each side be tested on its own.

Also here: stable GUIDs (uuid5 of the project namespace and a stable key) and the
offset-keeping text normalisation that lets positions written by other tools, counted
in their raw text (CRLF, BOM, decomposed letters), point at the same characters in our
normalised text.
"""

from __future__ import annotations

import unicodedata
import uuid
from itertools import pairwise
from dataclasses import dataclass, field, replace

from workbench.core.models import Code, Document, Participant
from workbench.core.speakers import SpeakerEntry


@dataclass
class ExchangeCoding:
    """A coding addressed by names: document name, code path, coder name; [start, end)."""

    document: str
    start: int
    end: int
    code: str
    coder: str
    memo: str | None = None
    created: str | None = None


@dataclass
class ExchangeMemo:
    """A free memo about a document, a code, both, or the project as a whole."""

    text: str
    title: str | None = None
    coder: str | None = None
    document: str | None = None
    code: str | None = None
    created: str | None = None
    updated: str | None = None


@dataclass
class ProjectBundle:
    """Everything a project exchange carries. Documents are keyed by their (unique) name."""

    name: str = ""
    namespace: str | None = None
    created: str | None = None
    coders: list[str] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    codings: list[ExchangeCoding] = field(default_factory=list)
    memos: list[ExchangeMemo] = field(default_factory=list)
    description: str | None = None  # the project's own description (QualCoder: the project memo)
    coder_guids: dict[str, str] = field(default_factory=dict)  # coder name -> GUID it came with
    # GUIDs of codes whose workbench-only fields (key, keywords, patterns, ...) the file carried;
    # for the others an import keeps what the project already has.
    detailed_codes: set[str] = field(default_factory=set)
    # each document's speaker map (label -> role and/or participant), by document name
    speakers: dict[str, list[SpeakerEntry]] = field(default_factory=dict)
    # the project's own speaker labels (label -> role, e.g. Leder -> programleder)
    speaker_labels: dict[str, str] = field(default_factory=dict)


@dataclass
class BundleImportResult:
    """What writing a bundle into a project did."""

    documents: list[tuple[str, int, bool]] = field(default_factory=list)  # (name, id, newly stored)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (name in file, name in project)
    codes_added: int = 0
    codes_updated: int = 0
    codings_added: int = 0
    codings_already_present: int = 0
    memos_added: int = 0
    participants: int = 0
    participants_added: int = 0  # of `participants`, those the project did not have
    namespace_adopted: bool = False
    codes_matched: list[tuple[str, str]] = field(default_factory=list)  # (path in file, path in project)
    memos_already_present: int = 0
    warnings: list[str] = field(default_factory=list)  # what was brought in only in part, and why


def pseudonymize_coders(bundle: ProjectBundle) -> tuple[ProjectBundle, dict[str, str]]:
    """The bundle with every coder named `Koder 1`, `Koder 2`... in the project's order of
    coders, and the mapping used (real name -> pseudonym).

    Every place a coder is named (the coders, each coding's and memo's coder, a mention masked
    in a memo by `coder_names.mask_coder_mentions`) reads the same pseudonym, so codings stay
    grouped by coder; a GUID a coder came with is dropped, as the stable GUID is then made from
    the pseudonym. `consensus` keeps its name.
    """
    from workbench.core.coder_names import coder_pseudonyms, unmask_coder_mentions

    mapping = coder_pseudonyms(bundle)

    def new(name: str | None) -> str | None:
        return mapping.get(name, name) if name is not None else None

    bundle = unmask_coder_mentions(bundle, mapping)
    return replace(
        bundle,
        coders=[mapping.get(c, c) for c in bundle.coders],
        codings=[replace(c, coder=mapping.get(c.coder, c.coder)) for c in bundle.codings],
        memos=[replace(m, coder=new(m.coder)) for m in bundle.memos],
        coder_guids={n: g for n, g in bundle.coder_guids.items() if n not in mapping},
    ), mapping


def stable_guid(namespace: uuid.UUID | str, kind: str, key: str) -> str:
    """uuid5 of the project namespace and `kind:key`: equal inputs give equal GUIDs."""
    if not isinstance(namespace, uuid.UUID):
        namespace = uuid.UUID(str(namespace))
    return str(uuid.uuid5(namespace, f"{kind}:{key}"))


def foreign_guid(value: str) -> str:
    """A GUID for an id that is not one (`c001`): uuid5 of a fixed namespace and the id.

    The same id always gives the same GUID, so a file whose ids are not GUIDs can be read
    twice (or its codings matched to its codes) and still agree with itself.
    """
    return str(uuid.uuid5(_FOREIGN_IDS, value.strip().lower()))


_FOREIGN_IDS = uuid.UUID("8f0c5a52-3d5e-5b8e-9a57-1c3e0d9b7a41")


def is_guid(value: str | None) -> bool:
    """True when `value` is a GUID in any spelling (braces, upper case)."""
    try:
        uuid.UUID((value or "").strip().strip("{}").strip())
    except ValueError:
        return False
    return True


def normalise_guid(value: str | None) -> str | None:
    """A GUID in one spelling: braces dropped, lower case (other tools vary on both).

    An id that is not a GUID (`c001`) becomes its `foreign_guid`, so references to it
    still find it.
    """
    if value is None:
        return None
    bare = value.strip().strip("{}").strip()
    if not bare:
        return None
    try:
        return str(uuid.UUID(bare))
    except ValueError:
        return foreign_guid(bare)


@dataclass
class OffsetMap:
    """Maps a position in a raw text to the same place in its normalised text."""

    boundaries: list[int] | None  # None: the identity
    length: int  # length of the normalised text

    def __call__(self, position: int) -> int:
        """Normalised position of raw `position` (clamped to the text)."""
        if self.boundaries is None:
            return max(0, min(position, self.length))
        position = max(0, min(position, len(self.boundaries) - 1))
        return min(self.boundaries[position], self.length)


def normalise_with_offsets(raw: str) -> tuple[str, OffsetMap]:
    """The text `normalise_text` would give, and a map from raw to normalised positions.

    Positions are codepoint boundaries (0 = before the first character). Removed
    characters (a BOM, the CR of CRLF, trailing whitespace) collapse onto the next kept
    position; a letter composed by NFC from several codepoints takes the composed
    letter's position for a boundary before it and the position after it otherwise.
    """
    body = raw.lstrip("\ufeff")
    skipped = len(raw) - len(body)
    if "\r" not in body and unicodedata.is_normalized("NFC", body):
        text = body.rstrip()
        if not skipped:
            return text, OffsetMap(None, len(text))
        return text, OffsetMap([0] * skipped + list(range(len(body) + 1)), len(text))
    # 1. drop leading BOMs and turn CRLF / CR into LF, remembering where each raw boundary went
    chars: list[str] = []
    first: list[int] = [0] * (skipped + 1)
    i = skipped
    while i < len(raw):
        ch = raw[i]
        if ch == "\r" and i + 1 < len(raw) and raw[i + 1] == "\n":
            first.append(len(chars))  # the boundary between CR and LF collapses onto the LF
            i += 1
            continue
        chars.append("\n" if ch == "\r" else ch)
        first.append(len(chars))
        i += 1
    lf_text = "".join(chars)
    # 2. NFC, one starter-led cluster at a time
    composed, second = _nfc_with_offsets(lf_text)
    text = composed.rstrip()
    return text, OffsetMap([second[b] for b in first], len(text))


def _nfc_with_offsets(s: str) -> tuple[str, list[int]]:
    if unicodedata.is_normalized("NFC", s):
        return s, list(range(len(s) + 1))
    starts = [i for i, ch in enumerate(s) if i == 0 or _safe_starter(ch)]
    starts.append(len(s))
    pieces: list[str] = []
    mapping: list[int] = []
    out = 0
    for a, b in pairwise(starts):
        piece = unicodedata.normalize("NFC", s[a:b])
        if len(piece) == b - a:  # nothing composed: positions inside stay put
            mapping.extend(range(out, out + len(piece)))
        else:
            mapping.append(out)
            mapping.extend([out + len(piece)] * (b - a - 1))
        pieces.append(piece)
        out += len(piece)
    mapping.append(out)
    text = "".join(pieces)
    whole = unicodedata.normalize("NFC", s)
    if text != whole:  # a composition across clusters (rare scripts): spread positions evenly
        scale = len(whole) / max(1, len(s))
        return whole, [min(len(whole), round(i * scale)) for i in range(len(s) + 1)]
    return text, mapping


def _safe_starter(ch: str) -> bool:
    """True when NFC is not expected to join `ch` with what comes before it.

    A few scripts compose two starters; the caller checks the result and falls back.
    """
    if unicodedata.combining(ch):
        return False
    code = ord(ch)
    # Hangul jamo compose with their neighbours
    return not (0x1100 <= code <= 0x11FF or 0xA960 <= code <= 0xA97F or 0xD7B0 <= code <= 0xD7FF)
