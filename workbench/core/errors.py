"""Errors a user can act on: each renders as one line naming the file, line and field."""

from __future__ import annotations


class WorkbenchError(Exception):
    """Base class for errors the CLI and UI show to a user without a traceback."""


class InputError(WorkbenchError):
    """Bad input from a file: names the source, and the line and field when known."""

    def __init__(self, source: str, reason: str, line: int | None = None, field: str | None = None):
        self.source = str(source)
        self.reason = reason
        self.line = line
        self.field = field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            where += f": {self.field}"
        return f"{where}: {self.reason}"


class InputErrors(InputError):
    """Several bad rows of one file, reported together, one line each (the first gives `line`
    and `field`), so a user fixes them in one go instead of one per run."""

    def __init__(self, errors: list[InputError]):
        self.errors = list(errors)
        first = self.errors[0]
        super().__init__(first.source, first.reason, first.line, first.field)

    def __str__(self) -> str:
        return "\n".join(InputError.__str__(e) for e in self.errors)

    @staticmethod
    def raise_any(errors: list[InputError]) -> None:
        """Raise what a file's rows were found to have: the one bad row's own error, or all of
        them together; nothing when every row was sound."""
        if len(errors) == 1:
            raise errors[0]
        if errors:
            raise InputErrors(errors)


class NotFound(WorkbenchError):
    """A document, code, coder or coding named by the user does not exist."""
