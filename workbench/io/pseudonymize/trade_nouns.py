"""A trade's workshop in the definite, in lower case: "seilmakeriet", "skomakeriet", "pølsemakeriet".

An employer written in lower case after a work frame ("jobber på rema 1000") is found when the dictionary
and English know no such word (`orgs._lowercase_employers`). The workshop of a trade is made from the
tradesman's noun with `-i` (`seilmaker` → `seilmakeri`, `skomaker` → `skomakeri`), and its definite form is
often missing from the dictionary, though it is an ordinary noun. Here a lower-case word is such a noun when,
less its definite ending (`-et`, `-en`, `-a`, `-ene`) and the `-i`, it leaves a dictionary word or a compound of
them ending in an agent (`-er`, `-mann`, `-mester`, `-smed`).
"""

from __future__ import annotations

from workbench.io.pseudonymize import lexicon

_DEFINITE = ("iene", "iet", "ien", "ia", "i")
_AGENTS = ("er", "mann", "mester", "smed")


def workshop_noun(low: str) -> bool:
    """Whether a lower-case word is the workshop of a trade ("seilmakeriet"), an ordinary noun."""
    if not low.islower():
        return False
    for ending in _DEFINITE:
        if low.endswith(ending) and len(low) > len(ending) + 4:
            stem = low[: -len(ending)]
            if stem.endswith(_AGENTS) and (lexicon.known_word(stem) or lexicon.compound_of_known(stem)):
                return True
    return False
