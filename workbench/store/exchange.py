"""Bulk reads and writes for REFI-QDA project exchange."""

from __future__ import annotations


class ExchangeMixin:
    """Store methods for this area; mixed into `Project`."""
