"""The agreement table as text: Markdown or CSV for a report, plain columns for a terminal.

A figure that could not be computed prints as an em dash, and its reason is listed
under the table, so a reader never mistakes a missing κ for 0.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from workbench.analysis.agreement.report import STATISTIC_LABELS
from workbench.core.wording import plural
from workbench.core.spreadsheet import safe_cell

COLUMNS = ("code", "percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha",
           "krippendorff_alpha_ci", "brennan_prediger", "n_units")
DASH = "—"


def cell(row: dict[str, Any], column: str) -> str:
    """One formatted table cell (3 decimals; the CI as [lo, hi]; missing as a dash)."""
    value = row.get(column)
    if value is None:
        return DASH
    if column == "krippendorff_alpha_ci":
        return f"[{value[0]:.3f}, {value[1]:.3f}]"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def table_rows(report: dict[str, Any]) -> list[dict[str, str]]:
    """Formatted rows: one per code, then the overall row."""
    rows = [{c: cell(r, c) for c in COLUMNS} for r in report["codes"]]
    overall = dict(report["overall"], code="(overall)")
    rows.append({c: cell(overall, c) for c in COLUMNS})
    return rows


def reason_lines(report: dict[str, Any]) -> list[str]:
    """One line per distinct reason a figure is missing, naming the codes it applies to."""
    seen: dict[tuple[str, str], list[str]] = {}
    for row in [*report["codes"], dict(report["overall"], code="(overall)")]:
        for stat, reason in row.get("reasons", {}).items():
            if row.get(stat) is None and reason != "no bootstrap requested":
                seen.setdefault((STATISTIC_LABELS.get(stat, stat), reason), []).append(row["code"])
    lines = []
    for (label, reason), codes in seen.items():
        where = ", ".join(codes[:4]) + (f" and {len(codes) - 4} more" if len(codes) > 4 else "")
        lines.append(f"{label}: {reason} ({where})")
    return lines


def to_markdown(report: dict[str, Any]) -> str:
    """The table, its missing-figure notes and the method paragraph as Markdown."""
    header = [STATISTIC_LABELS.get(c, "Code") for c in COLUMNS]
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] + ["---:"] * (len(COLUMNS) - 1)) + "|"]
    for row in table_rows(report):
        out.append("| " + " | ".join(row[c] for c in COLUMNS) + " |")
    notes = reason_lines(report) + list(report.get("notes", []))
    if notes:
        out.append("")
        out.append(f"{DASH} marks a figure that cannot be computed:")
        out.extend(f"- {line}" for line in notes)
    out += ["", report["method"], ""]
    return "\n".join(out)


def to_csv(report: dict[str, Any]) -> str:
    """The table as CSV (numbers unformatted, CI as two columns), then the method as a comment row."""
    buffer = io.StringIO()
    plain = csv.writer(buffer)

    class writer:  # every text cell as text, never a live formula
        @staticmethod
        def writerow(values: list[Any]) -> None:
            plain.writerow([safe_cell(v) for v in values])

    columns = ["code", "percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha",
               "alpha_ci_low", "alpha_ci_high", "brennan_prediger", "n_units", "unit"]
    writer.writerow(columns)
    for row in [*report["codes"], dict(report["overall"], code="(overall)")]:
        ci = row.get("krippendorff_alpha_ci") or [None, None]
        writer.writerow([row["code"], row.get("percent_agreement"), row.get("cohen_kappa"), row.get("fleiss_kappa"),
                         row.get("krippendorff_alpha"), ci[0], ci[1], row.get("brennan_prediger"),
                         row.get("n_units"), report["unit"]])
    writer.writerow([])
    writer.writerow(["# method", report["method"]])
    for line in reason_lines(report):
        writer.writerow(["# missing", line])
    return buffer.getvalue()


SHORT_LABELS = {"percent_agreement": "%", "cohen_kappa": "Cohen", "fleiss_kappa": "Fleiss",
                "krippendorff_alpha": "α", "krippendorff_alpha_ci": "α 95% CI", "brennan_prediger": "B–P",
                "n_units": "units"}
LEGEND = ("%: % agreement; Cohen, Fleiss: Cohen's and Fleiss' κ; B–P: Brennan–Prediger κ;\n"
          "α: Krippendorff's α (nominal) and its bootstrap 95% CI; units: units compared")
WIDTH = 80
_NO_LEADING_ZERO = re.compile(r"(?<![\d.])(-?)0\.")


def _tree_names(codes: list[str]) -> list[str]:
    """Each code as its last key, indented under its parent when the parent is the row above
    it or an ancestor of that row; else its whole path (so a row never reads as another's child)."""
    out: list[str] = []
    chain: list[str] = []
    for path in codes:
        parent = path.rpartition("/")[0]
        while chain and chain[-1] != parent:
            chain.pop()
        if parent and chain:
            out.append("  " * len(chain) + path.rpartition("/")[2])
        else:
            out.append(path)
            chain = []
        chain.append(path)
    return out


def to_text(report: dict[str, Any]) -> str:
    """Aligned plain-text columns for an 80-column terminal: short headings spelled out in a
    legend, figures as .843, the CI as lo–hi, sub-codes indented under their parent.
    The notes and the method are paragraphs, one line each, for the terminal to wrap."""
    header = {c: SHORT_LABELS.get(c, "code") for c in COLUMNS}
    body = table_rows(report)
    names = _tree_names([r["code"] for r in body[:-1]]) + [body[-1]["code"]]
    for row, name in zip(body, names, strict=True):
        row["code"] = name
        for column in COLUMNS[1:-1]:  # figures bounded by 1 lose the leading zero, as APA style prints them
            row[column] = _NO_LEADING_ZERO.sub(r"\1.", row[column])
        ci = row["krippendorff_alpha_ci"]
        if ci.startswith("["):
            row["krippendorff_alpha_ci"] = ci.strip("[]").replace(", ", "–")
    rows = [header, *body]
    widths = {c: max(len(r[c]) for r in rows) for c in COLUMNS}
    room = WIDTH - sum(widths[c] + 2 for c in COLUMNS[1:])
    if widths["code"] > room >= 12:  # a very long code path: cut in the middle rather than wrap every row
        for row in body:
            if len(row["code"]) > room:
                keep = room - 1
                row["code"] = row["code"][:keep // 2] + "…" + row["code"][len(row["code"]) - (keep - keep // 2):]
        widths["code"] = room
    lines = ["  ".join(r[c].ljust(widths[c]) if c == "code" else r[c].rjust(widths[c]) for c in COLUMNS).rstrip()
             for r in rows]
    lines.insert(len(lines) - 1, "-" * max(len(line) for line in lines))
    extra = [LEGEND, *reason_lines(report), *report.get("notes", [])]
    if report.get("not_applied"):
        extra.append(f"not applied by the chosen coders: {plural(len(report['not_applied']), 'code')}")
    return "\n".join(lines + [""] + extra + ["", report["method"]])
