"""Nicknames given after a passive or descriptive naming frame, quoted or capitalised (round 45n).

`clues` finds a nickname after an active naming verb and its object ("alle kaller ham Tes") when the word is
rare, and `called_names` one said to be a nickname; a sweep of frames and nickname shapes found the passive and
descriptive frames unread, and quotation marks after any of them, where the nickname is a Norwegian word or
short ("Hun kalles «Lu» av barna", "ble kalt “Ro” på jobben", "går under navnet «Dodo»", "er kjent som «Ravn»
blant venner", "kollegaene kaller meg «Frø»", "navnet mitt på jobben er «Mai»", "har de gitt navnet «Pil»",
"hun er «Bea» på folkemunne"). Once found (`rule:name`) the pseudonymiser finds the word again at its other
capitalised mentions ("Lu er fint.", "Jeg og Bea", "Pils kone").

The word after the frame is a nickname when it is capitalised (in quotes or not) and no function word, role,
possessive, public body, listed place or definite noun ("blir kalt «Skuret»", "kjent som «Regnbyen»": a
thing or place named); in lower case only in quotation marks, after a personal pronoun or an object pronoun,
and when `clues._nickname_word` takes it ("han kalles «tito»"; "det kalles «dugnad»", "ble kalt «fellesjobb»"
stay). A frame whose subject is `det`, `den`, `dette` or `denne` names a thing and gives no nickname.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

_ADVERBS = r"(?:(?:bare|ofte|alltid|gjerne|også|for|helst|mest)[ \t]+)?"
_PRONOUNS = r"han|hun|jeg|du|hen|ho|eg|vi|me|dere"
_OBJECTS = r"ham|han|henne|ho|meg|deg|oss|dem|dei|seg"
_SUBJECTS = r"vi|de|dei|dere|alle|folk|mange|jeg|eg|han|hun|ho|noen|venner|vennene|kollegaene|kollegane|barna|ungene"
_FRAME = (
    r"(?P<verb>(?i:kalles|kaltes|kallast|(?:blir|ble|blei|vart|er|var|har[ \t]+blitt|hadde[ \t]+blitt)[ \t]+kalt"
    r"|(?:går|gikk|gjekk)[ \t]+under[ \t]+(?:navnet|namnet|kallenavnet|kallenamnet)"
    r"|(?:er|var)[ \t]+kjent[ \t]+som"
    rf"|(?:kaller|kalte|kalla)[ \t]+(?:(?:{_SUBJECTS})[ \t]+)?(?P<object>{_OBJECTS})"
    rf"|(?:gitt|gav|ga)(?:[ \t]+(?:{_OBJECTS}))?[ \t]+(?:navnet|namnet|kallenavnet|kallenamnet)"
    r"|(?:fått|fikk|fekk)[ \t]+(?:navnet|namnet|kallenavnet|kallenamnet)"
    r"|(?:navnet|namnet)[ \t]+(?:mitt|hans|hennes|hennar|ditt)(?:[ \t]+(?:på|blant|i)[ \t]+\w+)?[ \t]+(?:er|var)))"
)
_NICK = r"(?P<open>[«\"“”'])?(?P<nick>[A-ZÆØÅa-zæøå][a-zæøåäöüéèáíóúñç]{1,11})(?(open)[»\"”“']|)(?![\w-])"
FRAMED = re.compile(rf"(?<![\w-]){_FRAME}[ \t]+{_ADVERBS}{_NICK}")
# "hun er «Bea» på folkemunne", "Kristine, Tine for kort".
FOLK_NAME = re.compile(rf"(?<![\w-])(?i:er|var)[ \t]+{_NICK}[ \t]+på[ \t]+folkemunne(?![\w-])")
SHORT_FOR = re.compile(rf"(?<=,)[ \t]+{_NICK}[ \t]+for[ \t]+kort(?![\w-])")
_THING_SUBJECT = re.compile(r"(?<![\w-])(?i:det|den|dette|denne|disse|som)[ \t]+(?:\w+[ \t]+)?$")
_PERSON_BEFORE = re.compile(rf"(?<![\w-])(?i:{_PRONOUNS})[ \t]+(?:\w+[ \t]+)?$")


def _nickname(word: str, quoted: bool, personal: bool) -> bool:
    from workbench.io.pseudonymize.clues import _naming_word, _nickname_word

    low = word.casefold()
    if not _naming_word(word) or low in gaz.POSSESSIVES or lexicon.listed(word, gaz.PLACES):
        return False
    if word[:1].islower():
        return quoted and personal and _nickname_word(word)
    if lexicon.listed(word, gaz.GIVEN_NAMES):
        return True
    return not (lexicon.definite(low) or any(lexicon.known_word(low[:i]) and lexicon.definite(low[i:])
                                             for i in range(3, len(low) - 3)))  # "Regnbyen": a compound, definite




def framed_nicknames(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "person", "rule:name") for a nickname after a passive or descriptive naming frame."""
    out = []
    for m in FRAMED.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        if _THING_SUBJECT.search(before) or re.match(r"(?i:det|den|dette)\b", text[m.end("verb"):m.start("nick")].strip()):
            continue  # "Den blir kalt «Skuret»", "Vi kaller det «Kontoret»": a thing named
        personal = bool(m.group("object")) or bool(_PERSON_BEFORE.search(before))
        if _nickname(m.group("nick"), bool(m.group("open")), personal):
            out.append((m.start("nick"), m.end("nick"), "person", "rule:name"))
    for pattern in (FOLK_NAME, SHORT_FOR):
        for m in pattern.finditer(text):
            if _nickname(m.group("nick"), bool(m.group("open")), False):
                out.append((m.start("nick"), m.end("nick"), "person", "rule:name"))
    return out
