"""Associations and congregations named by an adjective of origin: `Etiopisk forening i Oslo`.

Immigrants' own associations are named by the country, people or faith they gather around and the kind of body:
`Eritreisk forening i Gjøvik`, `Somalisk kvinneforening`, `Afrikansk kvinneforening`, `Kurdisk kulturforum`,
`Eritreisk menighet i Hamar`, `Bosnisk moské i Bergen`, and since round 50p networks and clubs (`Afrikansk
kvinnenettverk i Trøndelag`, `Polsk foreldrenettverk på Vestlandet`, `Polsk sjakklubb i Bergen`). Such a body is small and local; naming it, with the
participant as its treasurer or on its board, tells the reader who they are, and their origin or faith with it. The
word rules see a capitalised adjective and a common noun and leave both.

An adjective in -sk written with a capital and an association's head noun in the bare singular (`forening`, a
compound of it such as `kvinneforening`, `forum`, `menighet`, `moské`) is a name: Norwegian puts a count noun
after an adjective only with an article, a possessive or a plural ending unless it is a name (`en eritreisk
forening`, `eritreiske foreninger`). So the run, with `i <Place>` after it, is an organisation, and so at its
other mentions. `kirke` and `samfunn`, which also name a denomination or a people (`Etiopisk kirke` as a faith), count
only with `i <Place>`. What stays: the adjective before any other noun (`Etiopisk mat er godt`, `Syrisk kjøkken`),
the lower-case or indefinite (`en forening for etiopiere`, `en eritreisk menighet`), the plural (`Eritreiske
foreninger`), the definite (`Etiopisk foreningen` is no Norwegian) and `Norsk`, whose bodies are national ones the
association lists keep.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import lexicon

_ORIGIN_BODY = re.compile(
    r"(?<![\w@.&-])([A-ZÆØÅ][a-zæøå]{2,}sk)[ \t]+"
    r"(?:([a-zæøå]*(?:forening|forum|menighet|moské|moske|nettverk|klubb))|(kirke|samfunn))"
    r"(?:([ \t]+(?:i|på)[ \t]+[A-ZÆØÅ][\wæøå-]+(?:[ \t]+[A-ZÆØÅ][\wæøå-]+)?))?(?![\w-])")


def _adjective(word: str) -> bool:
    low = word.casefold()
    return lexicon.known_word(low) and not low.endswith("norsk")


def origin_associations(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a body named by a capitalised adjective of origin or faith and
    an association noun in the bare singular, with its place if one follows."""
    out = []
    for m in _ORIGIN_BODY.finditer(text):
        if not _adjective(m.group(1)) or (m.group(3) and not m.group(4)):
            continue
        out.append((m.start(), m.end(), "org", "rule:definite-body"))
    return out
