"""The short form of a first name, said to its bearer or given as what she is called (round 33o).

People shorten long first names to their opening letters ("Vale" of "Valentina", "Flo" of "Florencia",
"Sole" of "Soledad"), and the short form is often a word as well (`flo`, `sole`, English `vale`), so the word
rules leave it. `clues.short_forms` finds it at a sentence start before a verb only people do ("Ale ringte
meg"); an interview also quotes it as an address and asks about it as a name:

* a vocative opening a sentence, a turn or a quotation, with a comma and then, within three words, `du`,
  `deg`, `dere`, `you`, or a verb of saying ("Sjefen sa: Flo, du må ikke være redd", "Vale, you don't need
  to be perfect", "Sole, I said to her");
* the name before "is what they call …" or "er det alle kaller …" ("Vale is what they call you?", "Flo er
  det alle kaller meg nå").

Only a word that begins a first name found for sure elsewhere in the text counts (as in `short_forms`: the
name is at least two letters longer and goes on in lower case), and never a common word of speech ("Ja, du
…", "Nå, du …", "Vel, du vet", "Hei, du"): the word must be rare in Norwegian text and no function word.
"Flo og fjære" and "sole seg" stay, and in a text that names no Florencia "Flo, du …" stays too.

Round 44o: the short form may also be a name's tail ("Telle" of "Estelle", "Nette" of "Antoinette"). A vocative of at
least four letters that ends the first word of a person found for sure, two letters or more shorter, is that person
under the same conditions (a rare word, no function word), only as a vocative; its source, `rule:vocative`, is none
that `propagate.lowercase_again` reads, so the word in lower case elsewhere ("å telle alt") stays a word.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules

_OPEN = r"(?:^[ \t]*|(?<=[.!?:«\"])[ \t]*)"
_WORD = r"(?P<w>[A-ZÆØÅ][a-zæøåäöüéèáíóúñ]{2,8})"
_VOCATIVE = re.compile(rf"{_OPEN}{_WORD},[ \t]+(?:[\w'’]+,?[ \t]+){{0,3}}?"
                       r"(?:du|deg|dere|you|sa|said|sier|says)(?![\w'’])", re.M)
_NAMING = re.compile(rf"{_OPEN}{_WORD}[ \t]+(?:is[ \t]+what[ \t]+(?:they|people|everybody|everyone|we|you)[ \t]+call"
                     r"|er[ \t]+det[ \t]+(?:alle|de|folk|vi|dere|mange)[ \t]+kaller)(?![\w])", re.M)


def vocative_forms(text: str, names: set[str], given: frozenset[str] = frozenset()) -> list[tuple[int, int, str, str, None]]:
    """A vocative or a name asked about that begins one of `names` (first names found for sure), or a vocative of at
    least four letters that ends one of `given` (the first words of people found for sure): that person."""
    out: list[tuple[int, int, str, str, None]] = []
    for pattern in (_VOCATIVE, _NAMING):
        for m in pattern.finditer(text):
            word = m.group("w")
            low = word.casefold()
            if low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in gaz.ROLE_NOUNS or low in gaz.POSSESSIVES \
                    or rules.public(low) or low in rules.FILLERS or rules.frequent(low, 4.5):
                continue
            if any(n.startswith(word) and len(n) >= len(word) + 2 and n[len(word)].islower() for n in names):
                out.append((m.start("w"), m.end("w"), "person", "rule:name", None))
            elif pattern is _VOCATIVE and len(word) >= 4 and any(  # round 44o: "Telle" of "Estelle"
                    len(n) >= len(word) + 2 and n.casefold().endswith(low) for n in given):
                out.append((m.start("w"), m.end("w"), "person", "rule:vocative", None))  # "telle" stays a verb
    return out
