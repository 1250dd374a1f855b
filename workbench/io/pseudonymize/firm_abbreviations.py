"""Firms named after a founder whose given name is abbreviated with a full stop: "Chr. Vikhammer Fisk".

Old Norwegian family firms keep the founder's given name shortened ("Chr.", "Joh.", "Th.", "Wm.", "Fred."),
and the word rules read the full stop as a sentence end: the abbreviation was replaced as a lone word, or
left, and the dot stayed outside the marker, so "Chr." was still readable before "[organisasjon]". The
abbreviation and the capitalised words after it are one organisation. "Fred" is also a given name in its own
right: a sentence ending in "Fred." before a new sentence ("heter Fred. Han …", "heter Fred. Hansen er …")
is no firm, so after it two capitalised words are needed, none a given name and the last no surname.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.legal_forms import legal_form_firms
from workbench.io.pseudonymize import gazetteer as gaz

# Given names written short in firm names; none of them is a word or a name on its own.
ABBREVIATIONS = frozenset("""
Chr Joh Th Ths Wm Wilh Jac Jak Aug Alb Edv Nic Hj Sv Andr Bernh Gust Herm Ferd Mich Jos Thos Geo Chas Jas
Fredr Ludv Math
""".split())
# Also a given name, and then only with two capitalised words after it.
AMBIGUOUS = frozenset({"Fred", "Alf"})
_FIRM = re.compile(
    rf"(?<![\w.])(?P<abbr>{'|'.join(sorted(ABBREVIATIONS | AMBIGUOUS))})\.[ \t]+"
    r"(?P<words>[A-ZÆØÅ][\w'’-]+(?:[ \t]+(?:&[ \t]+)?[A-ZÆØÅ][\w'’-]+){0,3})")


def _name_word(word: str) -> bool:
    low = word.casefold()
    return low not in gaz.FUNCTION_WORDS and low not in gaz.NEVER


def abbreviated_firms(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", source) for a firm named with an abbreviated given name and the words after it."""
    out = []
    for m in _FIRM.finditer(text):
        words = m.group("words").replace("&", " ").split()
        if not _name_word(words[0]):
            continue  # "heter Fred. Han har …": a sentence after a name
        kept = 1
        while kept < len(words) and _name_word(words[kept]):
            kept += 1
        words = words[:kept]
        if m.group("abbr") in AMBIGUOUS and (len(words) < 2 or words[-1].casefold() in gaz.SURNAMES
                                             or any(w.casefold() in gaz.GIVEN_NAMES for w in words)):
            continue  # "heter Fred. Kari Olsen kom …": a new sentence about a person
        end = m.start("words")
        for w in re.finditer(r"[^ \t&]+", m.group("words")):
            if kept == 0:
                break
            end = m.start("words") + w.end()
            kept -= 1
        out.append((m.start(), end, "org", "rule:org"))
    return out + legal_form_firms(text)  # round 34o: "Bursa Kozmetik Ltd.", "Kowalczyk Trans Sp. z o.o."
