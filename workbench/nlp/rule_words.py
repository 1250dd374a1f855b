"""How one written word matches a codebook keyword, for the rules in `rules`.

A keyword is matched on keys, not on its spelling: the word in lower case, its lemmas,
a noun stem the lemmatiser missed (`kurset` is also `kurs`) and a class key for pronouns
and possessives (`meg` matches `seg`). A form that belongs to two lemmas keeps to its own
reading (`lovet`). The function words that say nothing about a code (`stop_words`) are
here too, since the features and the reasons ask the same question. Split out of
`rules` so that module keeps to the scoring itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from workbench.nlp.components import is_known_word, lemma_of

#: Forms that stand for a whole class in keywords and patterns (`selge seg selv`
#: matches `selge meg selv`; `på sin måte` matches `på min måte`).
_CLASS_KEYS = {
    **{w: "seg" for w in ("meg", "deg", "seg", "oss", "dere", "dem", "jeg", "du")},
    **{w: "sin" for w in ("min", "mi", "mitt", "mine", "din", "di", "ditt", "dine", "sin", "si", "sitt",
                          "sine", "vår", "vårt", "våre", "deres")},
}
#: Definite and plural noun endings, tried when the lemmatiser picks another reading.
_NOUN_ENDINGS = ("ene", "ane", "en", "et", "er", "a")

#: Function words left out of the description profiles (spaCy's list, minus words that
#: carry meaning in this domain such as `kontakt`, `leder`, `mål`).
_DOMAIN_WORDS = {"kontakt", "leder", "mål", "folk", "plass", "mennesker", "land", "landet", "grunn", "viktig"}


#: Closed-class Bokmål words missing from spaCy's list: possessives, pronouns,
#: interrogatives, conjunctions, numerals, auxiliaries and the particles of speech
#: (`liksom`, `altså`). They say nothing about a code, in features or in reasons.
CLOSED_CLASS = frozenset("""
min mi mitt mine din di ditt dine sin si sitt sine vår vårt våre deres hans hennes dens dets
jeg meg du deg han ham hun henne den det vi oss dere de dem seg man en ei et noen noe ingen ingenting
alle alt hverandre selv hva hvem hvor hvordan hvorfor hvilken hvilket hvilke når hvis om at fordi
som og eller men så enn da mens siden før etter enda dersom ett to tre fire fem seks sju syv åtte ni
ti elleve tolv tjue hundre tusen første andre tredje ja nei jo vel nå bare altså liksom egentlig
sånn sånt slik slikt eh ehm hm mm ok okei jaha akkurat kanskje ganske veldig litt mye helt nok også
ikke aldri alltid heller være er var vært bli blir ble blitt ha har hadde kunne kan skulle skal
ville vil måtte må burde bør få får fikk gjøre gjør gjorde si sa sier ting gang her der
""".split())


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's Bokmål stop words and CLOSED_CLASS, less the words this domain needs as evidence."""
    from spacy.lang.nb.stop_words import STOP_WORDS

    return (frozenset(STOP_WORDS) | CLOSED_CLASS) - _DOMAIN_WORDS


def is_content_word(lemma: str) -> bool:
    """True for a lemma that can say something about a code (not a function word or number)."""
    return len(lemma) >= 2 and any(ch.isalpha() for ch in lemma) and lemma not in stop_words()


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> frozenset[str]:
    """The keys a written word matches by: lower case, its lemma, and its word class key."""
    lower = word.lower()
    keys = {lower, lemma_of(lower).lower(), lemma_of(word).lower()}
    for suffix in _NOUN_ENDINGS:  # `kurset` is also the noun `kurs`, not only the verb `kurse`
        stem = lower[: -len(suffix)]
        if lower.endswith(suffix) and len(stem) >= 3 and is_known_word(stem):
            keys.add(stem)
            break
    if lower in _CLASS_KEYS:
        keys.add(_CLASS_KEYS[lower])
    if "-" in lower.strip("-"):  # `WhatsApp-gruppa`, `B2-prøven`: the last part is the head
        first, head = lower.split("-", 1)[0], lower.rsplit("-", 1)[1]
        if len(head) >= 3:
            keys |= word_keys(head)
        if len(first) >= 2:
            keys.add(first)
    return frozenset(k for k in keys if k)


@lru_cache(maxsize=200_000)
def lemma_readings(word: str) -> frozenset[str]:
    """The lemmas a written form may belong to (`lovet`: love, lov; `søknaden`: søknad)."""
    lower = word.lower()
    keys = word_keys(lower) - {lower} - set(_CLASS_KEYS.values())
    if "-" in lower.strip("-"):
        return frozenset()
    if not keys and is_known_word(lower):
        return frozenset({lower})
    return frozenset(keys)


def keyword_word(word: str) -> tuple[frozenset[str], tuple[str, str] | None]:
    """Match keys for one word of a keyword, and its (form, main lemma) when it is a homograph."""
    keys = word_keys(word)
    readings = lemma_readings(word)
    if len(readings) > 1:
        lower = word.lower()
        main = lemma_of(lower).lower()
        if main in readings:
            return frozenset({lower, main}), (lower, main)
    return keys, None


def is_word_part(part: str) -> bool:
    """True when `part` is a word on its own, allowing a linking -s- or -e- (arbeids-, barne-)."""
    if len(part) < 3:
        return False
    if is_known_word(part):
        return True
    return part[-1] in "se" and len(part) > 3 and is_known_word(part[:-1])


@dataclass
class Keyword:
    """One keyword or phrase of a code, as lemma keys per word."""

    code: str
    text: str
    keys: list[frozenset[str]]
    weight: float = 1.0
    #: Per word: (written form, main lemma) when the form belongs to two lemmas, else None.
    strict: list[tuple[str, str] | None] = field(default_factory=list)

    def word_matches(self, i: int, token_keys: frozenset[str], token_form: str) -> bool:
        """True when word i of the keyword matches a token (homographs kept apart)."""
        if not (self.keys[i] & token_keys):
            return False
        strict = self.strict[i] if self.strict else None
        if strict is None:
            return True
        form, lemma = strict
        return token_form == form or (lemma in token_keys and lemma_readings(token_form) <= {lemma})
