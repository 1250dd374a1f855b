"""Turn a transcript file plus its metadata into a Document ready to store and code.

This is the one path every import takes (CLI flags, manifest rows, the UI), so the
text, hash, turns, segments and metadata rules are the same wherever a file comes from.
"""

from __future__ import annotations

import re
from datetime import date as _date
from pathlib import Path
from typing import Any

from workbench.core.errors import InputError
from workbench.core.models import Document
from workbench.core.segmenter import split_segments
from workbench.core.speakers import parse_speaker_spec
from workbench.core.text import text_sha256
from workbench.core.turns import parse_turns
from workbench.io.transcripts.readers import read_transcript

FIELDS = ("file", "name", "participant", "role", "program", "wave", "mode", "date", "speakers")
ROLE_ALIASES = {
    "mentee": "mentee",
    "mentor": "mentor",
    "programleder": "programleder",
    "programleiar": "programleder",
    "program leader": "programleder",
    "programme leader": "programleder",
    "program-leader": "programleder",
}
WAVE_ALIASES = {
    "baseline": "baseline",
    "base line": "baseline",
    "nullpunkt": "baseline",
    "endpoint": "endpoint",
    "end-point": "endpoint",
    "end point": "endpoint",
    "sluttpunkt": "endpoint",
}


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, _date):
        return value.isoformat()
    text = " ".join(str(value).split())
    return text or None


def validate_metadata(meta: dict[str, Any], source: str, line: int | None = None) -> dict[str, Any]:
    """Return a normalised copy of interview metadata, or raise InputError naming the field.

    Keys: file, name, participant, role, program (or programme), wave, mode, date and
    free participant attributes as attr_* (an `attributes` dict is spread into attr_*
    keys); line is passed through.
    Empty values are dropped. role → mentee/mentor/programleder; wave → baseline/endpoint
    (nullpunkt/sluttpunkt accepted); date must be ISO YYYY-MM-DD; speakers is a speaker
    map (`AH=mentee:P07; BK=mentor`, see `workbench.core.speakers.parse_speaker_spec`),
    returned as a list of SpeakerEntry.
    """
    out: dict[str, Any] = {}
    for key, value in meta.items():
        if key == "line":
            out["line"] = value
            continue
        if key == "attributes":  # {"alder": "30-39"} → attr_alder
            for k, v in (value or {}).items():
                if _clean(v) is not None:
                    out[f"attr_{k}"] = _clean(v)
            continue
        if key.startswith("attr_") and len(key) > 5:
            if _clean(value) is not None:
                out[key] = _clean(value)
            continue
        field = "program" if key == "programme" else key
        if field == "speakers" and isinstance(value, list):  # already read
            out[field] = value
            continue
        if field not in FIELDS:
            raise InputError(source, f"unknown field '{key}' (allowed: {', '.join(FIELDS)}, attr_*)", line, key)
        value = _clean(value)
        if value is None:
            continue
        if field == "role":
            value = _choose(value, ROLE_ALIASES, "role", "mentee, mentor, programleder", source, line)
        elif field == "wave":
            value = _choose(value, WAVE_ALIASES, "wave", "baseline (nullpunkt), endpoint (sluttpunkt)", source, line)
        elif field == "date":
            value = _iso_date(value, source, line)
        elif field == "mode":
            value = value.lower()
        elif field == "speakers":
            value = parse_speaker_spec(value, source, line)
        out[field] = value
    return out


def _choose(value: str, aliases: dict[str, str], field: str, allowed: str, source: str, line: int | None) -> str:
    key = value.lower().replace("_", " ")
    if key not in aliases:
        raise InputError(source, f"{field} must be one of {allowed} (got '{value}')", line, field)
    return aliases[key]


def _iso_date(value: str, source: str, line: int | None) -> str:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return _date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(source, f"date must be YYYY-MM-DD (got '{value}')", line, "date") from None


def load_document(path: str | Path, meta: dict[str, Any] | None = None) -> Document:
    """Read a transcript and build its Document: text, sha256, segments and metadata."""
    info = validate_metadata(meta or {}, str(path))
    raw = read_transcript(path)
    turns = raw.turns if raw.turns is not None else parse_turns(raw.text)
    return Document(
        name=info.get("name") or Path(path).stem,
        text=raw.text,
        sha256=text_sha256(raw.text),
        participant=info.get("participant"),
        wave=info.get("wave"),
        mode=info.get("mode"),
        date=info.get("date"),
        source=str(path),
        encoding=raw.encoding,
        segments=split_segments(raw.text, turns),
    )
