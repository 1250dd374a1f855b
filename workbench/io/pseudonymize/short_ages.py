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

Since round 63b the sentence before is evidence too: people introduce a colleague by the full name and go on with
the short form at the next sentence's start ("Soledad Morales, fra Chile, hun var gartner. Sole er flink med frø").
There the word need only be no frequent Norwegian word (below Zipf 4; English frequency says nothing in a Norwegian
sentence, so `Sole`, `Ale` count), when the sentence right before it in the same turn holds the first name with a
capitalised surname after it, and a finite verb of a small list (`er`, `var`, `har`, `tar`, `kommer`, ...) follows
the word. "Rosa etiketter selger best" (no verb after it), "Tom er tanken" (a frequent word) and a short form two
sentences on stay.
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
# round 63b: a finite verb right after the short form, and the sentence before it in the same turn.
_FINITE = re.compile(r"[ \t]+(?:er|var|har|hadde|kan|kunne|skal|skulle|vil|ville|må|måtte|blir|ble|tar|tok|kommer|kom"
                     r"|jobber|jobbet|gjør|gjorde|kjører|kjørte|bor|bodde|snakker|snakket|driver|drev|hjelper|hjalp)"
                     r"(?![\w-])")
_SENTENCE_BEFORE = re.compile(r"[^.!?\n]*[.!?][ \t]+$")


def _rare_word(low: str, english: bool = True) -> bool:
    """A dictionary word rare enough to be a short name: no function word, role, filler or place. Without
    `english` (round 63b, a full name in the sentence before) only a frequent Norwegian word (Zipf 4) is too common."""
    if low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in gaz.ROLE_NOUNS or low in gaz.POSSESSIVES \
            or lexicon.public(low) or low in gaz.GENERIC_ACRONYMS:
        return False
    if not english:
        return not lexicon.frequent(low, 4.0)
    return not lexicon.frequent(low, 3.5) and (lexicon.english_zipf(low) or 0.0) < 4.0


def _named_before(text: str, start: int, word: str, names: set[str]) -> bool:
    """Whether a finite verb follows the word at `start` and the sentence right before it, in the same turn, names
    a first name that `word` begins with a capitalised surname after it ("Soledad Morales, ... . Sole er")."""
    if not _FINITE.match(text, start + len(word)):
        return False
    before = _SENTENCE_BEFORE.search(text, max(0, start - 300), start)
    if before is None:
        return False
    return any(re.search(rf"(?<![\w-]){re.escape(n)}[ \t]+[A-ZÆØÅ][a-zæøåäöüéèáíóúñ]+", before.group(0))
               for n in names if n.startswith(word) and len(n) >= len(word) + 2 and n[len(word)].islower())


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
        if lexicon.listed(word, gaz.PLACES) or not _rare_word(word.casefold(), english=False):
            continue
        said = _AGE.match(text, m.end(1)) or _PRONOUN_LATER.match(text, m.end(1))
        if (said and _rare_word(word.casefold())) or _named_before(text, m.start(1), word, names):
            out.append((m.start(1), m.end(1), "person", "rule:name", None))
    return out
