"""The coding screen's link to the suggestion service, which may not exist yet.

The suggester (`workbench.nlp.service.SuggestionService`) loads spaCy and trains on the
team's coding, which takes seconds, so the UI only ever touches it from worker
threads and through this adapter. When the module or class is missing or fails to
start, the adapter says so in one line and returns no suggestions: the panel must
never show anything invented.
"""

from __future__ import annotations

import threading
from typing import Any
from collections.abc import Callable

from workbench.core.models import Suggestion

NOT_READY = "no suggester is ready yet"


class SuggestionBridge:
    """Loads the suggestion service lazily and shields the UI from its absence or failure."""

    def __init__(self, project: Any, settings: Any, factory: Callable[[Any, Any], Any] | None = None,
                 enabled: bool = True):
        self.project = project
        self.settings = settings
        self.factory = factory
        self.enabled = enabled
        self.service: Any = None
        self.error: str | None = None
        self._lock = threading.Lock()

    # -- loading (call from a worker thread) ------------------------------------

    def load(self) -> None:
        """Create the service; afterwards `status` says what happened. Never raises."""
        if not self.enabled or self.service is not None:
            return
        with self._lock:
            if self.service is not None:
                return
            try:
                factory = self.factory or _default_factory()
                # a service in its own process opens the project itself; one in a thread gets a second connection
                project = self.project if getattr(factory, "remote", False) else self._worker_project()
                self.service = factory(project, self.settings)
                load = getattr(self.service, "load", None)
                if callable(load):
                    load()  # spaCy and the stored model: the slow part, here in the worker
            except Exception as exc:  # the suggester is someone else's code: never crash the UI
                self.error = f"suggester failed to start: {_one_line(exc)}"

    def close(self) -> None:
        """Stop the service's own process, if it runs in one (the workbench is quitting)."""
        close = getattr(self.service, "close", None)
        if callable(close):
            try:
                close()
            except Exception:
                pass

    def _worker_project(self) -> Any:
        """A second connection to the same project file, so worker reads never interleave
        with the UI's transactions (SQLite WAL lets both proceed)."""
        path = getattr(self.project, "path", None)
        if path is None:
            return self.project
        from workbench.store import Project

        return Project.open(path, create=False)

    # -- state ----------------------------------------------------------------

    @property
    def ready(self) -> bool:
        if self.service is None:
            return False
        try:
            return bool(getattr(self.service, "ready", True))
        except Exception:
            return False

    @property
    def status(self) -> str:
        if not self.enabled:
            return NOT_READY
        if self.error:
            return self.error
        if self.service is None:
            return "loading suggester…"
        try:
            return _one_line(getattr(self.service, "status", "ready"))
        except Exception as exc:
            return f"suggester error: {_one_line(exc)}"

    # -- calls (worker threads, except record_decision) ---------------------------

    def suggest(self, document_id: int, start: int, end: int, top: int = 5,
                blind_coder: str | None = None, layers: tuple[str, ...] = ()) -> list[Suggestion]:
        """Suggestions for a span, best first; [] when no suggester is ready.

        `blind_coder`: blind mode; suggestions learn only from that coder's own coding
        and the consensus, and never quote another coder's passage. `layers`: top-level
        codes marked on_request to suggest as well.
        """
        if not self.ready:
            return []
        extra: dict = {"layers": list(layers)} if layers else {}
        if blind_coder is not None:
            raw = self.service.suggest(document_id, start, end, top=top, coder=blind_coder, **extra)
        else:
            raw = self.service.suggest(document_id, start, end, top=top, **extra)
        version = getattr(self.service, "model_version", None)
        out = []
        for item in raw or []:
            out.append(Suggestion(
                code=str(item.code),
                score=float(getattr(item, "score", 0.0) or 0.0),
                why=[str(w) for w in (getattr(item, "why", None) or [])],
                start=int(getattr(item, "start", start)),
                end=int(getattr(item, "end", end)),
                model_version=getattr(item, "model_version", None) or version,
            ))
        return out

    def next_confident(self, document_id: int, after: int, threshold: float,
                       blind_coder: str | None = None) -> tuple[int, int] | None:
        """The next segment with a confident suggestion; `blind_coder`: judged by that coder's own
        suggester and coding only (blind mode)."""
        if not self.ready:
            return None
        if blind_coder is not None:
            found = self.service.next_confident(document_id, after, threshold, coder=blind_coder)
        else:
            found = self.service.next_confident(document_id, after, threshold)
        return (int(found[0]), int(found[1])) if found else None

    def record_decision(self, document_id: int, suggestion: Suggestion, coder: str, accepted: bool) -> None:
        """Tell the service a suggestion was accepted or rejected (it stores the decision)."""
        if self.service is None:
            return
        self.service.record_decision(document_id, suggestion.start, suggestion.end, suggestion.code, coder,
                                     accepted, suggestion.score, suggestion.model_version)


def outscoring(found: list[Suggestion]) -> Suggestion | None:
    """The highest-scoring suggestion when it scores above the first one (the one `a` applies), else None.

    The suggester leads with a branch's most specific likely code, so the first entry can score
    below its own top-level code (0.63 for a sub-code of a 0.77 branch). The screen then names both,
    so the score `n` stopped for and the code `a` applies are both in view."""
    if not found:
        return None
    best = max(found, key=lambda s: s.score)
    return best if best.score > found[0].score else None


def _default_factory() -> Callable[[Any, Any], Any]:
    """The suggestion service in a process of its own (workbench.nlp.remote): spaCy's loading
    holds Python's global lock for long stretches, which in a thread stalled the screen."""
    from workbench.nlp.remote import RemoteSuggestionService

    return RemoteSuggestionService


def _one_line(value: Any) -> str:
    text = " ".join(str(value).split())
    return text[:200]
