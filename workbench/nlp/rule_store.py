"""Where the rules' evidence of each segment is kept between runs: in the project, beside
the document's analysis, so training and `suggest` need not run the rules again.

Split out of `service.py` (which creates one per codebook) to keep that module to the
service itself.
"""

from __future__ import annotations

import json


class RuleStore:
    """Rule evidence and feature terms per segment, kept in the project beside the analysis.

    Keyed by pipeline, codebook fingerprint and the rules' version, and valid while the
    document's text is unchanged; evidence for an older codebook is replaced. Evidence
    for every segment of a document is stored under `key`, for some of them (what a
    training needed before the document was prepared) under `key` + PARTIAL.
    """

    PARTIAL = ":part"

    def __init__(self, project, lock, pipeline_key: str, fingerprint: str):
        from workbench.nlp.lexicon import frequencies_available
        from workbench.nlp.rules import RULES_VERSION

        self.project, self.lock = project, lock
        self.family = f"{pipeline_key}|rules:"
        self.key = f"{self.family}{RULES_VERSION}{'f' if frequencies_available() else ''}:{fingerprint}"

    def load(self, document_id: int) -> dict | None:
        """The stored evidence of a document (with `complete` set when it covers every segment)."""
        with self.lock:
            sha = self.project.document_sha(document_id)
            stored, complete = self.project.nlp_analysis(document_id, self.key), True
            if stored is None:
                stored, complete = self.project.nlp_analysis(document_id, self.key + self.PARTIAL), False
        if stored is None or stored[0] != sha:
            return None
        try:
            data = json.loads(stored[1])
        except ValueError:
            return None
        return {**data, "complete": complete} if isinstance(data, dict) else None

    def save(self, document_id: int, data: dict, complete: bool = False) -> None:
        with self.lock:
            sha = self.project.document_sha(document_id)
            if sha is not None:
                self.project.save_derived_analysis(document_id, self.family,
                                                   self.key if complete else self.key + self.PARTIAL, sha,
                                                   json.dumps(data, ensure_ascii=False, separators=(",", ":")))

    def complete_documents(self) -> set[int]:
        """Documents whose evidence is stored for every segment (and their text unchanged)."""
        with self.lock:
            return self.project.analysed_documents(self.key)
