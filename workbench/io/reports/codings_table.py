"""Codings as a flat table for R, SPSS or Excel: one row per coding with its document's metadata.

Statistical packages want one rectangular table, so participant attributes become
`attr_*` columns. The coded text (and memo), the document names, participant ids that are names
and the attribute values are pseudonymised like a report unless the researcher says otherwise. CSV is written UTF-8 with a byte-order mark, which Excel
needs to show æ, ø and å; readers in R (readr) and SPSS accept it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from workbench.analysis.quotes import QuoteFilter
from workbench.core.errors import WorkbenchError
from workbench.core.spreadsheet import safe_cell
from workbench.io.pseudonymize.project import ProjectPseudonymizer
from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer
from workbench.io.export_paths import resolve_export_path, write_private

CODING_COLUMNS = (
    "coding_id", "document", "participant", "role", "program", "wave", "mode", "date", "coder",
    "code", "code_label", "start", "end", "length", "origin", "text", "memo", "created",
    "speaker", "speaker_role",
)
CODING_FORMATS = ("csv", "xlsx")


def coding_table(project, flt: QuoteFilter | None = None,
                 pseudonymizer: ProjectPseudonymizer | Pseudonymizer | None = None) -> tuple[list[str], list[dict[str, Any]], int]:
    """(columns, rows, replacements made) for the filtered codings."""
    flt = flt or QuoteFilter()
    rows = _by_speaker(project, project.coding_export_rows(**flt.store_args()), flt)
    attrs = sorted({k for r in rows for k in r["attributes"]})
    columns = list(CODING_COLUMNS) + [f"attr_{a}" for a in attrs]
    replaced = 0
    if pseudonymizer is not None:
        if isinstance(pseudonymizer, Pseudonymizer):
            pseudonymizer = ProjectPseudonymizer(project, pseudonymizer)
        for r in rows:
            r["text"], reps = pseudonymizer.cut(r["document"], r["start"], r["end"], r["text"] or "")
            r["speaker"] = " / ".join(str(pseudonymizer.speaker_label(r["document"], lb))
                                      for lb in r["labels"]) or None
            memo, memo_found = pseudonymizer.text_found(r["memo"] or "")
            r["memo"] = memo or None
            replaced += len(reps) + memo_found
        for r in rows:  # after the cuts above, which find each document by its stored name
            r["document"] = pseudonymizer.document_name(r["document"])
            r["participant"] = pseudonymizer.participant(r["participant"])  # a name as id: a pseudonym
            r["code"] = pseudonymizer.code_path(r["code"])  # a key made of a name: `invivo_hagen`
            r["code_label"] = pseudonymizer.code_label(r["code_label"])  # an in-vivo code named after someone
            # after every cut too, so a name the text replaced reads alike in an attribute
            r["attributes"] = {a: pseudonymizer.attribute(a, v) for a, v in r["attributes"].items()}
    out = []
    for r in rows:
        row = {c: r.get(c) for c in CODING_COLUMNS}
        for a in attrs:
            row[f"attr_{a}"] = r["attributes"].get(a)
        out.append(row)
    return columns, out, replaced


def _by_speaker(project, rows: list[dict[str, Any]], flt: QuoteFilter) -> list[dict[str, Any]]:
    """Each coding's speaker(s) of the coded turns: `participant` and `role` become the (first)
    respondent's, as in quotes; the role and participant filters keep codings such a speaker says."""
    ids = {project.resolve_document(r["document"]) for r in rows}
    runs = project.speaker_runs(ids)
    by_name = {project.document_name(i): runs[i] for i in ids}
    out = []
    for r in rows:
        speakers = by_name[r["document"]].speakers_in(r["start"], r["end"])
        if (flt.roles or flt.participants) and not flt.speaker_matches(speakers):
            continue
        main = next((sp for sp in speakers if not sp.is_interviewer), speakers[0])
        r["participant"], r["role"] = main.participant, main.role
        r["labels"] = [sp.label for sp in speakers if sp.label]
        r["speaker"] = " / ".join(r["labels"]) or None
        r["speaker_role"] = " / ".join(sp.role for sp in speakers if sp.role) or None
        out.append(r)
    return out


def codings_csv_bytes(columns: list[str], rows: list[dict[str, Any]]) -> bytes:
    """Rows as CSV in UTF-8 with a BOM (so Excel reads the letters right); None as empty; no live formulas."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for r in rows:
        writer.writerow(["" if r.get(c) is None else safe_cell(r.get(c)) for c in columns])
    return buffer.getvalue().encode("utf-8-sig")


def codings_xlsx_bytes(columns: list[str], rows: list[dict[str, Any]]) -> bytes:
    """An .xlsx workbook with one sheet; text is always stored as text, never as a formula."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = "codings"
    ws.append([_xlsx_value(c) for c in columns])
    for r in rows:
        ws.append([_xlsx_value(r.get(c)) for c in columns])
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = TYPE_STRING  # stored as text: openpyxl would write '=...' as a formula
    ws.freeze_panes = "A2"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return safe_cell(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def codings_format(out: str, fmt: str | None) -> str:
    """csv or xlsx, from --format or the file's extension (CSV by default)."""
    ext = Path(out).suffix.lower().lstrip(".")
    if fmt:
        fmt = fmt.lower()
        if fmt not in CODING_FORMATS:
            raise WorkbenchError(f"unknown codings format '{fmt}' (use csv or xlsx)")
        if ext and ext != fmt:
            raise WorkbenchError(f"'{out}' does not end in .{fmt}; change the name or --format")
        return fmt
    if ext and ext not in CODING_FORMATS:
        raise WorkbenchError(f"'{out}': unknown extension (use .csv or .xlsx, or --format)")
    return ext or "csv"


def export_codings(
    project, out: str, fmt: str | None = None, flt: QuoteFilter | None = None,
    pseudonymizer: ProjectPseudonymizer | Pseudonymizer | None = None, folder: str | Path | None = None,
    coder: str = "system", force: bool = False,
) -> tuple[Path, int, int]:
    """Write the codings table into the export folder; returns (path, rows, replacements)."""
    fmt = codings_format(out, fmt)
    path = resolve_export_path(out, folder, suffix=fmt, force=force, project_file=getattr(project, "path", None))
    columns, rows, replaced = coding_table(project, flt, pseudonymizer)
    data = codings_xlsx_bytes(columns, rows) if fmt == "xlsx" else codings_csv_bytes(columns, rows)
    write_private(path, data)
    project.record_event(coder, "export.codings", {
        "file": str(path), "format": fmt, "codings": len(rows),
        "pseudonymized": pseudonymizer is not None, "replacements": replaced,
        **({"attributes": {"replaced": pseudonymizer.attributes.replaced, "kept": sorted(pseudonymizer.attributes.kept)},
            "participant_ids_replaced": pseudonymizer.participants.replaced}
           if isinstance(pseudonymizer, ProjectPseudonymizer) else {}),
    })
    return path, len(rows), replaced
