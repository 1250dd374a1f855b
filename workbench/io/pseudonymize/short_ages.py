"""The short form of a first name that is also a rare word, as the subject of an age or a he/she clause
(round 38o).

A parent speaks to a child by name and then about it by its short form: "Parisa, det er epler på bordet. Ta
ett. Pari er seks, hun kan alt." `clues.short_forms` takes such a word only before a verb of speech or contact,
and `short_names` only where it is no dictionary word; `pari` is one (a term of betting and of finance),
as are `nata`, `jona` and `svan`. What makes it a person here is what is said of it: an age ("Pari er seks",
"Svan fyller fem i mai", "Jona er fire og sover mye") or a sentence that goes on about it as `han`/`hun`
("Nata er midt i alt, hun …").

So a capitalised word at a sentence start that begins a first name found for sure in the same text (the name
at least two letters longer and going on in lower case), and that is a rare word (below Zipf 3.5 in Norwegian,
below 4 in English; no function word, role, possessive, public body, filler or listed place), is that person
when an age follows it (`er`, `var`, `blir`, `ble`, `fyller`, `fylte` and a number of years, alone or before
`år`, `og` or a punctuation mark) or when its sentence goes on with `, han` or `, hun`. "Nata er fire
bokstaver" (a count of things) and a common word ("Sol er fire timer om dagen") stay.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

_NUMBERS = (r"\d{1,2}|en|ett|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten"
            r"|sytten|atten|nitten|tjue|tjuefem|tretti|førti|femti|seksti|sytti|åtti|nitti|halvannet|halvtannet")
_SUBJECT = re.compile(r"(?:^[ \t]*|(?<=[.!?:])[ \t]+)([A-ZÆØÅ][a-zæøåäöüéè]{2,8})(?=[ \t]+[a-zæøå])", re.M)
_AGE = re.compile(rf"[ \t]+(?:er|var|blir|ble|fyller|fylte|fyllte)[ \t]+(?:bare[ \t]+|snart[ \t]+|nesten[ \t]+)?"
                  rf"(?:{_NUMBERS})(?:[ \t]+og[ \t]+et[ \t]+halvt)?(?:[ \t]+år(?![\w-]))?(?=[ \t]*[.,!?;]|[ \t]+og[ \t]"
                  rf"|[ \t]+i[ \t]+[a-zæøå]+|[ \t]*$)", re.M)
_PRONOUN_LATER = re.compile(r"[^.!?\n]*?,[ \t]+(?:han|hun)[ \t]+[a-zæøå]")


def _rare_word(low: str) -> bool:
    """A dictionary word rare enough to be a short name: no function word, role, filler or place."""
    if low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in gaz.ROLE_NOUNS or low in gaz.POSSESSIVES \
            or lexicon.public(low) or low in gaz.GENERIC_ACRONYMS:
        return False
    return not lexicon.frequent(low, 3.5) and (lexicon.english_zipf(low) or 0.0) < 4.0


def short_subjects(text: str, names: set[str]) -> list[tuple[int, int, str, str, None]]:
    """A sentence-initial word that begins one of `names` (first names found for sure) and is a rare word, with an
    age or a `han`/`hun` clause after it: that person."""
    out: list[tuple[int, int, str, str, None]] = []
    if not names:
        return out
    for m in _SUBJECT.finditer(text):
        word = m.group(1)
        if word in names or not any(n.startswith(word) and len(n) >= len(word) + 2 and n[len(word)].islower()
                                    for n in names):
            continue
        if lexicon.listed(word, gaz.PLACES) or not _rare_word(word.casefold()):
            continue
        if _AGE.match(text, m.end(1)) or _PRONOUN_LATER.match(text, m.end(1)):
            out.append((m.start(1), m.end(1), "person", "rule:name", None))
    return out
