"""A first name alone at a sentence start with an apposition naming a role: "Thorvald, programlederen i X, sa".

`clues.apposition_names` reads a name set off by a kinship or role word ("Faith, storesøsteren, er ti"), but
only a bare role word, and it leaves every word the dictionary can split ("Thorvald" splits as `tor` +
`vald`), since a capitalised compound at a sentence start is most often an ordinary noun. A role with where
it is held ("programlederen i Gründerbroen", "daglig leder på sentralen", "sjefen for vaktene på
festivalen") between two commas, and a verb after, says more: a person is named and then described. Here the
word before such an apposition is a person when it is a listed given name or a word the dictionary does not
know as a word (a compound split is no objection unless it is a definite noun: "Prosjektgruppa, lederen i
…" stays), and no role, function word, filler or public body ("Rektor, altså rektoren på kurset, sa",
"Sjefen, daglig leder, er der" stay).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, rules

# Role heads: the listed role nouns and compounds ending in them ("personalsjefen", "formannen"), and
# definite nouns of agents ("rektoren", "ordføreren", "eieren", "koordinatoren").
_AGENT_ENDINGS = ("eren", "øren", "toren", "isten", "anten", "enten", "logen", "mannen", "kvinnen", "sjefen",
                  "lederen", "leder", "sjef")
_ROLE = r"(?:(?:daglig|faglig|ny|nye|gamle|tidligere|forrige|assisterende|konstituert|kommunal|vår|min)[ \t]+)?([a-zæøå]{3,25})"
# Where the role is held: "i Gründerbroen Trøndelag", "på sentralen", "for vaktene på festivalen".
_WHERE = r"(?:[ \t]+(?:i|på|hos|for|ved|til|fra|over|av)[ \t]+[\w'’&-]+(?:[ \t]+[\w'’&-]+){0,4})?"
_APPOSED = re.compile(r"(?:^[ \t]*|(?<=[.!?:\]])[ \t]+)([A-ZÆØÅ][\w'’-]{1,20}),[ \t]+" + _ROLE + _WHERE
                      + r",[ \t]+[a-zæøå]", re.M)


def _role(word: str) -> bool:
    return word in gaz.ROLE_NOUNS or (word.endswith(_AGENT_ENDINGS) and len(word) > 5)


def _name_like(word: str) -> bool:
    low = word.casefold()
    if low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in rules.FILLERS or rules.public(low) \
            or low in gaz.ROLE_NOUNS or low in lexicon.CALENDAR or _role(low):
        return False
    if rules.listed(word, gaz.GIVEN_NAMES):
        return True
    return not lexicon.known_word(low) and not lexicon.english(low) and not (lexicon.compound_of_known(low) and low.endswith(("en", "et", "a", "ene")))


def role_appositions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "person", "rule:name") for a name before an apposition naming a role and where it is held."""
    return [(m.start(1), m.end(1), "person", "rule:name") for m in _APPOSED.finditer(text)
            if _role(m.group(2)) and _name_like(m.group(1))]
