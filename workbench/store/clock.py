"""Timestamps for rows and audit entries, in one format everywhere."""

from datetime import UTC, datetime


def now() -> str:
    """The current UTC time as an ISO-8601 string with milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")
