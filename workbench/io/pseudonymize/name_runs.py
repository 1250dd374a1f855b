"""Names the word rules cut in two: a national head before a kept word, two words of a firm in capitals.

* "Norges Varemesse", "Norsk Bergverksmuseum": the word rules find the head ("Norges") but the keep rules
  drop the word after it as a fair or a common noun, and "[…] Varemesse" was left, half a name. A full
  pipeline's model tags the run whole. Where the head is found and kept, the capitalised words after it in
  the same sentence belong to the same name (an organisation), so nothing is replaced that was not before.
* "MØRK TRELAST", "KVITSKJÆR HAVBRUK": a firm written in capitals as two or three words, the last a word for
  its trade, inside a sentence in lower case. The brand rules read two capital words side by side as
  shouting ("VI MÅ JOBBE"); a short run bounded by lower-case words and ending in a trade is a firm.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

# The national head of a body's name ("Norges Bank", "Norsk Folkemuseum", "Den norske opera").
_HEADS = frozenset("norges norsk norske".split())
_CAPITAL_AFTER = re.compile(r"(?:[ \t]+(?!(?:og|i|på|for|av|til)[ \t])[A-ZÆØÅ][\w'’-]+){1,3}")

# Trades a firm in capitals may end in beside the organisation words of `gazetteer.ORG_TAILS`: the primary
# industries and crafts the small family firms of the programmes work in.
TRADE_WORDS = frozenset("""
trelast sag sagbruk høvleri treindustri havbruk oppdrett fiskeoppdrett settefisk laks fisk fiskeri
fiskeindustri sjømat landbruk gartneri skog skogsdrift mølle mek mekaniske stål betong grus pukk steinbrudd
murer maler snekker snekkeri tømmer tømmermester entreprenør anlegg graving maskinentreprenør buss taxi
vvs ventilasjon varme kulde kjøl installasjon tak glass blikk smie sveis trafikk bil bilverksted
""".split())
_CAPS_RUN = re.compile(r"(?<![\w&-])[A-ZÆØÅ]{2,}(?:[ \t]+(?:&[ \t]+)?[A-ZÆØÅ]{2,}){1,2}(?![\w&-])")
_CAPS_WORD = re.compile(r"[A-ZÆØÅ]{2,}")


def national_runs(text: str, found) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", source) for a national head that is found and its capitalised words after it."""
    out = []
    for f in found:
        word = text[f[0]:f[1]]
        if f[2] not in ("person", "place", "org") or word.casefold() not in _HEADS:
            continue
        m = _CAPITAL_AFTER.match(text, f[1])
        if m is None:
            continue
        end = f[1]
        for w in re.finditer(r"[\w'’-]+", m.group(0)):
            low = w.group(0).casefold()
            if low in gaz.FUNCTION_WORDS or low in gaz.NEVER:
                break
            end = f[1] + w.end()
        if end > f[1]:
            out.append((f[0], end, "org", "rule:run"))
    return out


def _capital_beside(text: str, start: int, end: int) -> bool:
    """Whether a word of two or more capitals stands right before or after text[start:end]: shouting."""
    before = re.search(r"([^\W\d_]+)[ \t,]*$", text[max(0, start - 40):start])
    after = re.match(r"[ \t,]*([^\W\d_]+)", text[end:end + 40])
    return any(m is not None and len(m.group(1)) > 1 and m.group(1).isupper() for m in (before, after))


def capital_firms(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", source) for two or three words in capitals ending in a trade, inside lower case."""
    out = []
    for m in _CAPS_RUN.finditer(text):
        words = [w.casefold() for w in _CAPS_WORD.findall(m.group(0))]
        first, last = words[0], words[-1]
        if first in gaz.FUNCTION_WORDS or first in gaz.NEVER or first in gaz.GENERIC_ACRONYMS \
                or lexicon.public(first) or _capital_beside(text, m.start(), m.end()):
            continue
        if last in TRADE_WORDS or (lexicon.org_tail_word(last) and last not in gaz.GENERIC_ACRONYMS):
            out.append((m.start(), m.end(), "org", "rule:org"))
    return out


# A letter's or a form's name with the surname first in capitals: "OKAFOR, Chinonso, Saupstadringen 41".
_SURNAME_FIRST = re.compile(r"(?<![\w-])([A-ZÆØÅ][A-ZÆØÅ'’-]{2,}),[ \t]+([A-ZÆØÅ][a-zæøå'’]+(?:[ -][A-ZÆØÅ][a-zæøå'’]+)?)"
                            r"(?![\w-])")
_ADDRESS_AFTER = re.compile(r",[ \t]+[A-ZÆØÅ][\wæøå.-]*(?:[ \t]+[\wæøå.-]+){0,3}[ \t]+\d")


def surname_first(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "person", source) for "SURNAME, Given": the capitals word is no word or acronym in use, and
    the given name is listed, the surname stands elsewhere in title case, or an address follows."""
    out = []
    for m in _SURNAME_FIRST.finditer(text):
        surname, given = m.group(1), m.group(2)
        low = surname.casefold()
        if low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in gaz.GENERIC_ACRONYMS or lexicon.public(low) \
                or lexicon.known_word(low) or _capital_beside(text, m.start(), m.end(1)):
            continue
        title = re.search(rf"(?<![\w-]){re.escape(surname.capitalize())}(?![\w])", text) is not None
        if lexicon.listed(given.split()[0], gaz.GIVEN_NAMES) or title or _ADDRESS_AFTER.match(text, m.end()):
            out.append((m.start(), m.end(), "person", "rule:name"))
    return out
