"""Running coding queries: where codes meet in a segment, turn or document, or near each other.

The query is parsed by `workbench.core.query`; here each code named becomes the set
of units (segments, turns or documents) its passages touch, and the operators combine
those sets. The answer is given the way retrieval gives it: the coded passages
(quotes) of the codes the query asks for, lying in the units that matched, so the same
list can be read, opened, recoded and sent to a report.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Any

from workbench.analysis.quotes import Quote, QuoteFilter, find_quotes
from workbench.analysis.source import AnalysisSource
from workbench.core.errors import WorkbenchError
from workbench.core.models import Code
from workbench.core.wording import plural
from workbench.core.query import CodeRef, Node, QueryError, code_refs, parse, positive_refs, uses_near

WITHIN = ("segment", "turn", "document")
Unit = tuple[int, int]  # (document id, segment index | turn number | 0)


@dataclass
class QueryResult:
    """What a coding query found: matching units and the passages in them."""

    query: str
    within: str
    tree: Node
    units: int
    documents: int
    quotes: list[Quote] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"query": self.query, "parsed": str(self.tree), "within": self.within, "units": self.units,
                "documents": self.documents, "quotes": [q.as_dict() for q in self.quotes]}

    def summary(self) -> str:
        """One line: how many passages in how many units and documents."""
        return (f"{plural(len(self.quotes), 'passage')} in {plural(self.units, self.within)}"
                + (f" of {plural(self.documents, 'document')}" if self.within != "document" else ""))


class _Units:
    """Maps a document's coded spans to the units they touch."""

    def __init__(self, project: AnalysisSource, document_ids: set[int], within: str):
        self.within = within
        self.layout: dict[int, list[tuple[int, int, int, int]]] = (
            project.segment_units(document_ids) if within != "document" else {})
        self.ends = {d: [s[2] for s in segs] for d, segs in self.layout.items()}
        self.starts = {d: [s[1] for s in segs] for d, segs in self.layout.items()}

    def of(self, q: Quote) -> set[Unit]:
        if self.within == "document":
            return {(q.document_id, 0)}
        segs = self.layout.get(q.document_id, [])
        ends: list[int] = self.ends.get(q.document_id, [])
        starts: list[int] = self.starts.get(q.document_id, [])
        first = bisect_right(ends, q.start)
        last = bisect_left(starts, q.end)
        hit = segs[first:last] or segs[max(0, first - 1):first]  # a span between segments: the one before
        if self.within == "segment":
            return {(q.document_id, s[0]) for s in hit}
        return {(q.document_id, s[3]) for s in hit}


def _near(left: set[Unit], right: set[Unit], distance: int) -> set[Unit]:
    """Units of either side with a unit of the other side at most `distance` away in the same document."""
    def close(mine: set[Unit], other: set[Unit]) -> set[Unit]:
        by_doc: dict[int, list[int]] = {}
        for doc, n in other:
            by_doc.setdefault(doc, []).append(n)
        for numbers in by_doc.values():
            numbers.sort()
        out: set[Unit] = set()
        for doc, n in mine:
            values = by_doc.get(doc)
            if values and bisect_right(values, n + distance) > bisect_left(values, n - distance):
                out.add((doc, n))
        return out

    return close(left, right) | close(right, left)


def evaluate(node: Node, sets: dict[CodeRef, set[Unit]]) -> set[Unit]:
    """The units a query tree matches, given the units each named code touches."""
    if isinstance(node, CodeRef):
        return sets[node]
    left, right = evaluate(node.left, sets), evaluate(node.right, sets)
    if node.op == "AND":
        return left & right
    if node.op == "OR":
        return left | right
    if node.op == "NOT":
        return left - right
    return _near(left, right, node.distance or 0)


def _resolve(project: AnalysisSource, codes: list[Code], query: str, ref: CodeRef) -> str:
    """A code named by path, key or (as a last resort) its label, as its path."""
    try:
        return project.code_path(project.code_id(ref.name, include_retired=True))
    except WorkbenchError as exc:
        by_label = [c.path for c in codes if c.label.casefold() == ref.name.casefold()]
        if len(by_label) == 1:
            return by_label[0]
        raise QueryError(query, ref.position, str(exc)) from None


def run_query(project: AnalysisSource, query: str, within: str = "segment", flt: QuoteFilter | None = None) -> QueryResult:
    """Run a coding query with the usual quote filters (codes in the filter are not allowed:
    the query names them). Each code includes its sub-codes; `--search` narrows the passages shown."""
    if within not in WITHIN:
        raise WorkbenchError(f"within must be one of {', '.join(WITHIN)}, not '{within}'")
    tree = parse(query)
    if within == "document" and uses_near(tree):
        raise WorkbenchError("NEAR counts segments or turns; use --within segment or turn with NEAR")
    flt = flt or QuoteFilter()
    if flt.codes:
        raise WorkbenchError("a query names its codes itself; drop the code filter")
    codes = project.codes(include_retired=True)
    paths = {ref: _resolve(project, codes, query, ref) for ref in code_refs(tree)}
    # One read for every code named (speakers and texts are looked up once), then split by code.
    found = find_quotes(project, replace(flt, codes=sorted(set(paths.values())), search=None))
    quotes_of = {ref: [q for q in found if q.code == path or q.code.startswith(path + "/")]
                 for ref, path in paths.items()}
    units = _Units(project, {q.document_id for q in found}, within)
    unit_of = {id(q): units.of(q) for q in found}
    unit_sets = {ref: {u for q in qs for u in unit_of[id(q)]} for ref, qs in quotes_of.items()}
    matched = evaluate(tree, unit_sets)
    shown: dict[tuple[str, int, int, int], Quote] = {}
    for ref in positive_refs(tree):
        for q in quotes_of[ref]:
            if unit_of[id(q)] & matched:
                shown.setdefault((q.code, q.document_id, q.start, q.end), q)
    quotes = sorted(shown.values(), key=lambda q: (q.document, q.start, q.end, q.code))
    if flt.search:
        keep = project.match_texts([(i, q.text) for i, q in enumerate(quotes)], flt.search)
        quotes = [q for i, q in enumerate(quotes) if i in keep]
    return QueryResult(query, within, tree, len(matched), len({d for d, _ in matched}), quotes)
