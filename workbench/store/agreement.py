"""Queries for inter-coder agreement: codings per coder and unit, consensus, merging projects."""

from __future__ import annotations


class AgreementMixin:
    """Store methods for this area; mixed into `Project`."""
