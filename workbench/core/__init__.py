"""Domain objects of a coding project: documents, segments, codes, codings, participants.

This package holds plain data and pure functions only: no file, database or terminal I/O,
so every other layer (store, io, nlp, analysis, ui) can share it without dragging in the rest.
"""

from workbench.core.models import (
    Code,
    Coding,
    Document,
    Participant,
    Segment,
    Turn,
    ROLES,
    WAVES,
    ORIGINS,
)

__all__ = [
    "ORIGINS",
    "ROLES",
    "WAVES",
    "Code",
    "Coding",
    "Document",
    "Participant",
    "Segment",
    "Turn",
]
