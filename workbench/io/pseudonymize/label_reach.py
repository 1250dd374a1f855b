"""How far a number's label reaches: not over a sentence end to an amount, not from one's own earlier turn (round 41i).

`identifiers.LABELLED` reads a number up to 40 characters after its label, and `bare_answers` reads a number in
the turn after one naming an ID number. Both reach too far in two ways:

* over a sentence end to a count or an amount: "Fødselsnummeret står på kortet. Festivalen hadde 125000
  besøkende" -- a plain run of digits (no groups, no letters, no valid fødselsnummer) in a later sentence that a
  lower-case noun follows, that is round (ends in 000), or that an amount's verb or preposition leads
  ("Lånet var på 450000", "vi solgte 230000 i fjor") is no ID number;
* from the speaker's own earlier turn: "P: Fødselsnummeret husker jeg ikke." / "P: Men vi tjente 275000 …" --
  a turn answers the turn of someone else; one's own earlier turn is no question (unless it asks one).
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?][ \t]+\S")
_PLAIN = re.compile(r"\d{5,10}")
# Words that follow an ID number said in a later sentence ("Det er 17038901710, det husker jeg"): no noun.
_AFTER_ID = frozenset({"er", "var", "og", "eller", "men", "nei", "vent", "tror", "kanskje", "står", "sto", "stod",
                       "det", "som", "fra", "hos", "i", "på", "til", "da", "nå", "her", "der", "altså", "vel",
                       "jo", "vist", "husker", "sa", "skrev", "pluss", "så", "strek", "bindestrek", "skråstrek",
                       "mellomrom", "minus", "punktum", "komma", "stemmer", "ikke"})
_NOUN_AFTER = re.compile(r"[ \t]+([a-zæøå]+)(?![\w-])")
_AMOUNT_BEFORE = re.compile(r"(?<![\w-])(?i:på|for|kostet|koster|tjente|tjener|betalte|betaler|solgte|selger|omsatte"
                            r"|omsetter|sparte|lånte|brukte|pakket|produserte|hadde|fikk[ \t]+inn)[ \t]+$")
# A speaker's label at the start of a turn, a time stamp before it allowed ("[00:07:41] I:", "Mentor Kari:").
_SPEAKER = re.compile(r"[ \t]*(?:\[[\d:.,]+\][ \t]*)?([^\s:\[][^:\n]{0,30}?):[ \t]")


def amount_across_sentence(text: str, label_end: int, start: int, end: int, *, valid_id=None) -> bool:
    """Whether text[start:end], read after a label ending at `label_end`, stands past a sentence end and is a
    count or an amount: plain digits that a lower-case noun follows, that are round, or that an amount leads."""
    if not _SENTENCE_END.search(text, label_end, start):
        return False
    return amount(text, start, end, valid_id=valid_id)


def amount(text: str, start: int, end: int, *, valid_id=None) -> bool:
    """Whether the plain digits text[start:end] are a count or an amount by what stands around them."""
    digits = text[start:end]
    if not _PLAIN.fullmatch(digits) or (valid_id is not None and valid_id(digits)):
        return False
    if digits.endswith("000"):
        return True
    after = _NOUN_AFTER.match(text, end)
    if after and after.group(1) not in _AFTER_ID:
        return True
    return _AMOUNT_BEFORE.search(text, max(0, start - 20), start) is not None


def speaker(text: str, line_start: int) -> str | None:
    """The speaker's label of the turn starting at `line_start`, casefolded, or None."""
    m = _SPEAKER.match(text, line_start)
    return m.group(1).strip().casefold() if m else None


def own_earlier_turn(text: str, line_start: int, before_start: int, before_end: int) -> bool:
    """Whether the turn before (text[before_start:before_end]) is the same speaker's and asks nothing: then it is
    no question the turn at `line_start` answers."""
    who = speaker(text, line_start)
    return who is not None and who == speaker(text, before_start) \
        and "?" not in text[before_start:before_end] and not text[before_start:before_end].rstrip().endswith(":")
