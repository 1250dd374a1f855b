"""Greetings, thanks and small words of immigrants' languages said in Norwegian turns (round 36x).

Participants answer in Norwegian and slip into their first language for a greeting, a thanks, a yes or a wish:
"Dobrze, dziękuję.", "Daj Boże.", "Shukran for at du ringte!", "Gracias, sa spanjolen.", "Merhaba". Such a word
opening a sentence or standing alone is capitalised, no Norwegian or English dictionary knows it, and the name
rules (the unknown capitalised word) and the model took it for a name or a place.

A word is such a word when wordfreq gives it a Zipf frequency of 5.0 or more in one of the Latin-script languages
it has lists for (Polish, Turkish, Spanish, Portuguese, French, Italian, Romanian, Serbo-Croatian, Czech, Slovak,
Lithuanian, Indonesian), or when it is in a small closed list of words of languages wordfreq lists only in their
own script (Arabic, Somali, Tigrinya, Dari/Persian, Ukrainian/Russian, Swahili) as they are written in Latin
letters (`shukran`, `inshallah`, `mahadsanid`, `yekenyeley`, `tashakor`, `spasibo`, `dyakuyu`, `asante`).
Only at a sentence start, or right after such a word there or joined to it by `og` ("Daj Boże", "Waan
fiicanahay", "Merhaba og Teşekkürler."), is it left (after `sier` it may be a nickname: "alle sier Tako"); before
`, sier hun` it is no nickname either; a Norwegian word (`Fra`, `Tak`) is never one; a word
that a name or place list gives (`Marek`, `Salam` as a surname where listed, `Kraków`) is judged as before, and
the same word inside a sentence ("med Hola") is judged as before too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

_LANGUAGES = ("pl", "tr", "es", "pt", "fr", "it", "ro", "sh", "cs", "sk", "lt", "id")
_MIN_ZIPF = 5.0
# In Latin letters, of languages wordfreq lists only in their own script (or not at all).
TRANSLITERATED = frozenset("""
shukran shokran inshallah insha'allah inshaallah mashallah masha'allah habibi habibti yalla yallah salam salaam
salaamu wallahi wallah alhamdulillah alhamdulilah subhanallah bismillah marhaba ahlan afwan khalas aywa tayeb
mahadsanid mahadsanidiin waan fiicanahay nabad iska warran haye haa
yekenyeley yekanyeley selam dehan kemey
tashakor tashakur tashakkur khoda hafez chetori khub merci baleh
spasibo spasiba privet dyakuyu diakuiu dyakuju dobre dobro khorosho harasho davai poka bud'mo budmo
asante habari jambo karibu sawa
""".split())


@lru_cache(maxsize=20_000)
def foreign_word(word: str) -> bool:
    """A greeting, thanks or other common word of an immigrant language that no name or place list gives."""
    low = word.casefold().strip("'’")
    if len(low) < 3 or not low.replace("'", "").isalpha() or low in gaz.FUNCTION_WORDS or lexicon.known_word(low):
        return False  # "Fra Bello": a Norwegian word ("fra" is Italian too) opens the sentence
    if any(lexicon.listed(word, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES, gaz.EMPLOYERS)):
        return False
    if low in TRANSLITERATED:
        return True
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return False
    return any(zipf_frequency(low, lang) >= _MIN_ZIPF for lang in _LANGUAGES)


def foreign_opener(words, i: int, starts) -> bool:
    """Whether word `i` is such a word opening a sentence, or one after such an opener, right after it or
    joined to it by `og`/`eller` ("Daj Boże", "Merhaba og Teşekkürler.")."""
    j = i
    while foreign_word(words[j][2]):
        if starts[j]:
            return True
        if j >= 2 and words[j - 1][2].casefold() in _JOINERS and not starts[j - 1]:
            j -= 2
        elif j >= 1:
            j -= 1
        else:
            return False
    return False


_JOINERS = frozenset({"og", "eller"})


_WORD = re.compile(r"[\w'’]+")
_BREAK = re.compile(r"(?:^|[.!?:;\n«»\"“”()\[\]–]|\d[ \t]{2,})[ \t>]*$")


def greeting_find(text: str, start: int, end: int) -> bool:
    """Whether a find of the model is only such words and opens a sentence ("Dziękuję.", "Daj Boże")."""
    words = _WORD.findall(text[start:end])
    return bool(words) and all(foreign_word(w) for w in words) \
        and _BREAK.search(text[max(0, start - 40):start]) is not None
