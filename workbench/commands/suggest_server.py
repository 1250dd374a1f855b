"""The child process behind `workbench.nlp.remote.RemoteSuggestionService`.

`python -m workbench.commands.suggest_server DB [--spacy-model NAME]` opens the project on
its own connection, loads the suggestion service and answers JSON-line requests on stdin
(protocol: workbench.nlp.remote). It is an entry point like the CLI, so it lives at the top
of the layers: it may open the store, which the nlp package itself never imports.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbench.core.errors import WorkbenchError

#: How often the child looks for a changed status to report (seconds).
STATUS_EVERY = 0.5


def _serve(path: str, spacy_model: str | None) -> None:
    """Load the service, answer requests from stdin until it closes, report status changes."""
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # anything a library prints goes to stderr, never into the protocol
    sys.stdout = sys.stderr
    send_lock = threading.Lock()

    def send(message: dict) -> None:
        with send_lock:
            out.write(json.dumps(message, ensure_ascii=False) + "\n")
            out.flush()

    from workbench.nlp.service import SuggestionService
    from workbench.settings import Settings
    from workbench.store import Project

    service = SuggestionService(Project.open(path, create=False), Settings(db=Path(path), spacy_model=spacy_model))
    failed: list[str] = []

    def news() -> dict:
        if failed:
            return {"status": failed[0], "ready": False, "model_version": None}
        ready = service._state == "ready"
        return {"status": str(service.status), "ready": ready, "model_version": service.model_version if ready else None}

    def report_changes() -> None:
        last = None
        while True:
            current = news()
            if current != last:
                send(current)
                last = current
            time.sleep(STATUS_EVERY)

    send(news())
    try:
        service.load()
    except Exception as exc:
        failed.append(f"suggester failed to start: {' '.join(str(exc).split())[:200]}")
    threading.Thread(target=report_changes, daemon=True).start()
    for line in sys.stdin:
        try:
            request = json.loads(line)
        except ValueError:
            continue
        threading.Thread(target=_answer, args=(service, request, send), daemon=True).start()


def _answer(service: Any, request: dict[str, Any], send: Callable[[dict[str, Any]], None]) -> None:
    op, args = request.get("op"), request.get("args") or {}
    try:
        if op == "suggest":
            result = [{"code": str(s.code), "score": float(getattr(s, "score", 0.0) or 0.0),
                       "why": [str(w) for w in (getattr(s, "why", None) or [])],
                       "start": int(getattr(s, "start", args["start"])), "end": int(getattr(s, "end", args["end"])),
                       "model_version": getattr(s, "model_version", None)}
                      for s in service.suggest(args["document_id"], args["start"], args["end"], top=args.get("top", 5),
                                               coder=args.get("coder"), layers=tuple(args.get("layers") or ()))]
        elif op == "next_confident":
            found = service.next_confident(args["document_id"], args["after_offset"], args.get("threshold", 0.6),
                                           coder=args.get("coder"))
            result = [int(found[0]), int(found[1])] if found else None
        elif op == "record_decision":
            service.record_decision(**args)
            result = None
        else:
            raise WorkbenchError(f"unknown request '{op}'")
        send({"id": request.get("id"), "result": result})
    except Exception as exc:
        send({"id": request.get("id"), "error": " ".join(str(exc).split())[:200] or type(exc).__name__})


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="The workbench's suggestion service as a child process.")
    parser.add_argument("db")
    parser.add_argument("--spacy-model")
    arguments = parser.parse_args()
    _serve(arguments.db, arguments.spacy_model)
