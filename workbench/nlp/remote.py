"""The suggestion service in a process of its own, so the workbench never waits for it.

Loading the suggester imports spaCy and analyses documents: seconds of work, much of it
in C code that keeps Python's global lock. Run in a thread of the workbench, it held up
the first screen's painting and left the first document opened blank for a second or
two. Here it runs in a child process (`python -m workbench.commands.suggest_server DB`,
the child's own entry point, which opens the project) on its own connection, and the workbench talks to it by JSON lines:

* requests  `{"id": 1, "op": "suggest", "args": {...}}` on the child's stdin;
* answers   `{"id": 1, "result": ...}` or `{"id": 1, "error": "one line"}` on its stdout;
* news      `{"status": "...", "ready": true, "model_version": "..."}` whenever they change.

`RemoteSuggestionService` has the attributes and methods the workbench's bridge uses
(`ready`, `status`, `model_version`, `suggest`, `next_confident`, `record_decision`), so
the UI does not know the difference. When the child's stdin closes (the workbench quit
or died), the child exits.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from workbench.core.errors import WorkbenchError

#: Seconds a call may wait for the child's answer before it is given up.
CALL_TIMEOUT = 60.0


class RemoteSuggestionService:
    """A `SuggestionService` in a child process; see the module docstring."""

    #: The bridge passes the workbench's own project (only its path is used), not a second connection.
    remote = True

    def __init__(self, project: Any, settings: Any = None) -> None:
        self.path = str(getattr(project, "path", project))
        self.spacy_model = getattr(settings, "spacy_model", None) if settings is not None else None
        self.ready = False
        self.status = "loading…"
        self.model_version: str | None = None
        self._proc: subprocess.Popen | None = None
        self._send_lock = threading.Lock()
        self._waiting: dict[int, tuple[threading.Event, dict]] = {}
        self._next_id = 0

    def load(self) -> None:
        """Start the child process (returns at once; `ready` turns true when it has loaded)."""
        if self._proc is not None:
            return
        command = [sys.executable, "-m", "workbench.commands.suggest_server", self.path]
        if self.spacy_model:
            command += ["--spacy-model", self.spacy_model]
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])  # the same workbench package as this process
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self._proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=subprocess.DEVNULL, text=True, encoding="utf-8", env=env)
        threading.Thread(target=self._read, name="suggester-reader", daemon=True).start()

    def close(self) -> None:
        """Stop the child at once (it is killed if it does not go)."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            proc.stdin.close()  # a child that is still loading would only notice this when done: stop it now
            proc.terminate()  # every answer it gave was committed; an unfinished retraining is rolled back
            proc.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
        self.ready = False

    # -- calls ------------------------------------------------------------------

    def suggest(self, document_id: int, start: int, end: int, top: int = 5,
                coder: str | None = None, layers: list[str] | tuple[str, ...] = ()) -> list[SimpleNamespace]:
        """`coder`: blind mode, suggestions learned from that coder's own coding and the consensus only;
        `layers`: on_request top-level codes to suggest as well."""
        rows = self._call("suggest", document_id=document_id, start=start, end=end, top=top, coder=coder,
                          layers=list(layers))
        return [SimpleNamespace(**row) for row in rows]

    def next_confident(self, document_id: int, after_offset: int, threshold: float = 0.6,
                       coder: str | None = None) -> tuple[int, int] | None:
        """(start, end) of the next segment after `after_offset` with a suggestion of at least
        `threshold`, or None; `coder`: blind mode, judged by that coder's own suggester and coding."""
        found = self._call("next_confident", document_id=document_id, after_offset=after_offset, threshold=threshold,
                           coder=coder)
        return (found[0], found[1]) if found else None

    def record_decision(self, document_id: int, start: int, end: int, code: str, coder: str, accepted: bool,
                        score: float | None = None, model_version: str | None = None) -> None:
        """Store, in the suggester process, that `coder` accepted or rejected a suggested code."""
        self._call("record_decision", document_id=document_id, start=start, end=end, code=code, coder=coder,
                   accepted=accepted, score=score, model_version=model_version)

    def _call(self, op: str, **args: Any) -> Any:
        proc = self._proc
        if proc is None or proc.poll() is not None:
            raise WorkbenchError("the suggester process is not running")
        done = threading.Event()
        answer: dict = {}
        with self._send_lock:
            self._next_id += 1
            request_id = self._next_id
            self._waiting[request_id] = (done, answer)
            try:
                proc.stdin.write(json.dumps({"id": request_id, "op": op, "args": args}) + "\n")
                proc.stdin.flush()
            except OSError as exc:
                self._waiting.pop(request_id, None)
                raise WorkbenchError(f"the suggester process stopped ({exc})") from None
        if not done.wait(CALL_TIMEOUT):
            self._waiting.pop(request_id, None)
            raise WorkbenchError(f"the suggester did not answer within {CALL_TIMEOUT:.0f} s")
        if "error" in answer:
            raise WorkbenchError(answer["error"])
        return answer.get("result")

    def _read(self) -> None:
        """Take the child's lines: answers wake their callers, news updates the status."""
        proc = self._proc
        assert proc is not None
        for line in proc.stdout:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if "id" in message:
                waiting = self._waiting.pop(message["id"], None)
                if waiting is not None:
                    waiting[1].update(message)
                    waiting[0].set()
            elif "status" in message:
                self.status = message["status"]
                self.model_version = message.get("model_version")
                self.ready = bool(message.get("ready"))
        self.ready = False
        if self._proc is proc:
            self.status = "suggester process stopped"
        for done, answer in list(self._waiting.values()):
            answer["error"] = "the suggester process stopped"
            done.set()
        self._waiting.clear()
