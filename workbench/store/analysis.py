"""Queries for retrieval and analysis: quotes with filters, matrices, wave comparison."""

from __future__ import annotations


class AnalysisMixin:
    """Store methods for this area; mixed into `Project`."""
