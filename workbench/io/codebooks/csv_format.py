"""The codebook as CSV, in the columns Taguette reads and writes.

Taguette (1.5) takes a codebook only as CSV: one row per tag, the tag in a column named
`tag`, `name` or `path` (exactly one of them), and an optional `description`; other
columns are ignored. Its own export writes `tag`, `description` and two counts. Taguette
has no tree of tags, but reads a dotted name as a place in one (`tech.floss` lives under
`tech`), so the workbench writes each code's labels from the top joined by dots in a
`path` column, the user's description (definition and the when-to-use sections) in
`description`, and its own fields (key, keywords, patterns, ...) as JSON in a `workbench`
column, which Taguette skips and the workbench reads back.

Reading accepts Taguette's export and hand-made files alike. A dotted name becomes a
child only of a tag that is itself in the file (so `Dr. Hansen` stays one tag when there
is no tag `Dr`); keys come from the `workbench` column, else from the label slugified.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from workbench.core.codebook import KEY_RE, validate_codes
from workbench.core.errors import InputError
from workbench.core.models import Code
from workbench.io.refi.qdc import code_details, format_description, parse_description, slugify, unique_key
from workbench.io.transcripts.readers import decode_text

SEPARATOR = "."
PATH_COLUMNS = ("path", "tag", "name")


def dotted_paths(codes: list[Code]) -> dict[str, str]:
    """Each code's Taguette path: its labels from the top, joined by dots."""
    by_path = {c.path: c for c in codes}
    out: dict[str, str] = {}
    for code in sorted(codes, key=lambda c: c.depth):
        label = code.label.strip()
        out[code.path] = f"{out[code.parent]}{SEPARATOR}{label}" if code.parent in by_path else label
    return out


def write_codebook_csv(codes: list[Code], path: Path | str) -> None:
    """Write `codes` as a Taguette-readable CSV codebook, UTF-8."""
    Path(path).write_text(codebook_csv_text(codes), encoding="utf-8")


def codebook_csv_text(codes: list[Code]) -> str:
    """`codes` as a Taguette-readable CSV codebook (parents before their children)."""
    validate_codes(sorted(codes, key=lambda c: c.depth))
    dotted = dotted_paths(codes)
    ordered = _tree_order(codes)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["path", "description", "workbench"])
    for code in ordered:
        writer.writerow([dotted[code.path], format_description(code),
                         json.dumps(code_details(code), ensure_ascii=False, sort_keys=True)])
    return buf.getvalue()


def _tree_order(codes: list[Code]) -> list[Code]:
    kids: dict[str | None, list[Code]] = {}
    for code in codes:
        kids.setdefault(code.parent, []).append(code)
    out: list[Code] = []

    def walk(parent: str | None) -> None:
        for code in sorted(kids.get(parent, []), key=lambda c: (c.order, c.key)):
            out.append(code)
            walk(code.path)

    walk(None)
    return out


def read_codebook_csv(path: Path | str, detailed: set[str] | None = None) -> list[Code]:
    """Codes (parents first) from a CSV codebook in Taguette's columns; InputError naming the line.

    The paths of codes whose row carried the workbench column are added to `detailed`.
    """
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read file: {exc.strerror or exc}") from None
    text, _ = decode_text(data, source)
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not rows:
        raise InputError(source, "empty file: expected a header with a 'path', 'tag' or 'name' column")
    header = [cell.strip().lower() for cell in rows[0]]
    if "file" in header or "participant" in header:
        raise InputError(source, "this looks like an import manifest (it has a 'file' or 'participant' column), "
                         "not a codebook; give it to `import --manifest`", line=1)
    named = [c for c in PATH_COLUMNS if c in header]
    if not named:
        raise InputError(source, "no 'path', 'tag' or 'name' column in the header", line=1)
    col = header.index(named[0])  # Taguette refuses several; the most specific one is taken here
    col_desc = header.index("description") if "description" in header else None
    col_own = header.index("workbench") if "workbench" in header else None
    entries: list[tuple[int, str, str, dict[str, Any]]] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        name = row[col].strip() if col < len(row) else ""
        if not name:
            raise InputError(source, "empty tag name", line=line, field=named[0])
        if name in seen:
            raise InputError(source, f"tag '{name}' appears twice (also on line {seen[name]})", line=line,
                             field=named[0])
        seen[name] = line
        description = row[col_desc].strip() if col_desc is not None and col_desc < len(row) else ""
        own: dict[str, Any] = {}
        if col_own is not None and col_own < len(row) and row[col_own].strip():
            try:
                loaded = json.loads(row[col_own])
            except json.JSONDecodeError as exc:
                raise InputError(source, f"the workbench column is not JSON ({exc.msg})", line=line,
                                 field="workbench") from None
            own = loaded if isinstance(loaded, dict) else {}
        entries.append((line, name, description, own))
    codes = codes_from_dotted(entries)
    if detailed is not None:
        own = {name for _line, name, _d, fields in entries if fields}
        dotted = dotted_paths(codes)
        detailed.update(c.path for c in codes if dotted[c.path] in own)
    return codes


def codes_from_dotted(entries: list[tuple[int, str, str, dict[str, Any]]]) -> list[Code]:
    """Codes from (line, dotted name, description, workbench fields), hierarchy from the dots."""
    names = {name for _line, name, _d, _o in entries}
    code_path: dict[str, str] = {}
    taken: dict[str | None, set[str]] = {}
    out: list[Code] = []
    for _line, name, description, own in sorted(entries, key=lambda e: (e[1].count(SEPARATOR), e[0])):
        parent_name = _parent(name, names)
        parent = code_path[parent_name] if parent_name else None
        label = name[len(parent_name) + 1:] if parent_name else name
        siblings = taken.setdefault(parent, set())
        key = own.get("key") if isinstance(own.get("key"), str) else ""
        if not KEY_RE.match(key) or key in siblings:
            key = unique_key(slugify(label), siblings)
        siblings.add(key)
        info = parse_description(description)
        patterns = own.get("patterns", [])
        code = Code(
            key=key, label=label.strip() or label, parent=parent, label_en=own.get("label_en"),
            definition=info.get("definition", ""), when_to_use=info.get("when_to_use", ""),
            when_not_to_use=info.get("when_not_to_use", ""), examples=info.get("examples", []),
            keywords=[str(k) for k in own.get("keywords", []) or []],
            patterns=patterns if isinstance(patterns, list) else [],
            order=own["order"] if isinstance(own.get("order"), int) else len(siblings) - 1,
            exclusive=bool(own.get("exclusive", False)), retired=bool(own.get("retired", False)),
            on_request=bool(own.get("on_request", False)),
        )
        code_path[name] = code.path
        out.append(code)
    return out


def _parent(name: str, names: set[str]) -> str | None:
    """The longest dotted prefix of `name` that is itself a tag, or None."""
    cut = name.rfind(SEPARATOR)
    while cut > 0:
        if name[:cut] in names:
            return name[:cut]
        cut = name.rfind(SEPARATOR, 0, cut)
    return None
