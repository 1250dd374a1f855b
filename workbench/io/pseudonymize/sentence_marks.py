"""Sentence and clause ends as several rule modules read them, each pattern defined once.

Many rules look for the end of a sentence or a clause before or after a find, and several wrote the same
pattern in their own module. Those that were identical character for character live here; a module that
needs a slightly different end (a capital after it, a colon, an ellipsis) keeps its own pattern.
"""

from __future__ import annotations

import re

# A sentence or a line ends: where a frame read within one sentence stops looking (`rules` re-exports it).
SENTENCE_OR_LINE_END = re.compile(r"[.!?\n]")
# A clause ends: a sentence mark, a semicolon, a colon or a line end.
CLAUSE_END = re.compile(r"[.!?;:\n]")
# A sentence mark with a space or tab after it: a sentence ends within a turn.
SENTENCE_END_IN_TURN = re.compile(r"[.!?](?=[ \t])")
# Sentence marks before a word that opens the next sentence, or at the end of the line.
SENTENCE_END_BEFORE_WORD = re.compile(r"[.!?]+(?=[ \t]+[^\d\W]|[ \t]*$)")
# One sentence from where the match starts: up to and with its sentence mark, never past a line end.
SENTENCE = re.compile(r"[^.!?\n]*[.!?]?")
