"""Cached spaCy analyses of documents and the suggester's stored models (issue: suggestions)."""

from __future__ import annotations


class NlpCacheMixin:
    """Store methods for this area; mixed into `Project`."""
