"""Timestamps for rows and audit entries, in one format everywhere."""

from datetime import datetime, timezone


def now() -> str:
    """The current UTC time as an ISO-8601 string with milliseconds."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")
