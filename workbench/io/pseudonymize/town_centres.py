"""A town's centre named by its common word, capitalised: no place of anyone's (round 41i).

"Adresse: Ukjent, Sentrum kanskje" and "Bosted: Sentrum, usikker hvor" name no town: `sentrum` is the common
word for the centre of any town, written with a capital in a form's field or after a comma, and the model takes
it for a place. A place find that is only such a word (`Sentrum`, `Bysentrum`, `Sentrumet`, `Bykjernen`) is
dropped; a name that holds it (`Sentrum barnehage`, `Hjemmetjenesten sone Sentrum`) is another find and stays.
"""

from __future__ import annotations

_CENTRE_WORDS = frozenset({"sentrum", "sentrumet", "bysentrum", "bysentrumet", "bykjernen", "sentrumskjernen"})


def drop_town_centres(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without the place finds that are only a common word for a town's centre."""
    return [f for f in found if f[2] != "place" or text[f[0]:f[1]].strip().casefold() not in _CENTRE_WORDS]
