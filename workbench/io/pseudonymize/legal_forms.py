"""A foreign firm named with its legal form: "Bursa Kozmetik Ltd.", "Kowalczyk Trans Sp. z o.o." (round 34o).

Norwegian firms end in `AS` or `ASA`, and the word rules know them; a supplier, a former employer or a
relative's firm abroad ends in its own country's form, and many of those are written with full stops and
small letters (`Ltd.`, `Inc.`, `S.r.l.`, `A.Ş.`, `Sp. z o.o.`, `SA de CV`). The word rules then stop at
the first full stop or small letter ("Ferretti Marmi S" of "Ferretti Marmi S.r.l."), leave the
abbreviation's full stop outside ("Bursa Kozmetik Ltd" + "."), take the name for a person, or, in a voice
memo that a recogniser wrote in lower case ("adire textiles ltd."), find nothing.

Here one to four name words right before a legal form are one organisation, the form and its full stop
included (a sentence that ends on "Inc." loses its own full stop with it). The name words are
capitalised words in cased text, the opening word of a sentence only if it is no ordinary word ("Et
Ltd. er som et AS" stays); in lower case they are words that are no function words, at least one of
them a word no dictionary knows ("weber knopf gmbh"; not "et britisk ltd."), and only before a form
that is nothing else in lower case (`ltd`, `gmbh`, `llc`, `s.r.l.`, not `sa`, `ag`, `ab`, `co`). A
form said as a form ("startet et ltd.", "har LLC eller Inc. etter navnet") has no name before it and stays,
and where another rule took it alone ("Et Ltd.", "klasse AB") `drop_bare_forms` drops it last. A firm with its
legal form is no shop someone buys from (`firm_at`, for `everyday`: "kjøper deler fra Alpenwerk Präzision AG").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.spans import droppable

# Forms written so in any case (nothing else in lower case), longest first within a family.
_UNAMBIGUOUS = (
    r"S\.A\.[ \t]+de[ \t]+C\.V\.|SA[ \t]+de[ \t]+CV|Sp\.[ \t]*z[ \t]*o\.[ \t]*o\.|GmbH[ \t]+&[ \t]+Co\.[ \t]+KG"
    r"|Co\.,?[ \t]+Ltd\.?|Pty\.?[ \t]+Ltd\.?|Pvt\.?[ \t]+Ltd\.?|Sdn\.?[ \t]+Bhd\.?|Ltd\.?|GmbH|LLC|L\.L\.C\."
    r"|Inc\.|PLC|LLP|S\.r\.l\.|S\.p\.A\.|S\.A\.S\.|S\.A\.U\.|S\.A\.|S\.L\.|A\.Ş\.|B\.V\.|N\.V\.|SARL|S\.à[ \t]+r\.l\."
    r"|Ltda\.?|Lda\.|Oyj|Kft\.|Zrt\.|s\.r\.o\.|d\.o\.o\.|ApS|A/S|OOO|PJSC|Sdn[ \t]+Bhd")
# Forms that are words or other abbreviations in lower case ("sa", "ag", "ab", "co", "kg"): only as written.
_CASED = r"Limited|Inc|Corp\.?|Co\.|SA|AG|AB|BV|NV|Oy|Srl|SpA|SAS|SL|OÜ|SIA|UAB|EOOD|OOD|AŞ|JSC"
_FORM = re.compile(rf"(?<=[ \t])(?:(?P<any>(?i:{_UNAMBIGUOUS}))|(?P<cased>{_CASED}))(?![\w/])(?!\.\w)")
_NAME_WORD = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*|&)[ \t]+$")


def _words_before(text: str, start: int) -> list[tuple[int, str]]:
    """Up to four words or ampersands right before `start`, nearest last, each with where it starts."""
    out: list[tuple[int, str]] = []
    at = start
    while len(out) < 4:
        m = _NAME_WORD.search(text, max(0, at - 40), at)
        if m is None or m.end() != at:
            break
        out.insert(0, (m.start(1), m.group(1)))
        at = m.start(1)
    return out


def _opens_sentence(text: str, start: int) -> bool:
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start == 0 or text[start - 1] in ".!?:\n»\"«"


def _ordinary(word: str) -> bool:
    low = word.casefold()
    return low in gaz.FUNCTION_WORDS or low in gaz.POSSESSIVES or low in gaz.NEVER or lexicon.known_word(low) \
        or lexicon.compound_of_known(low)


def _cased_name(text: str, words: list[tuple[int, str]]) -> int | None:
    """Where the capitalised name before a form starts, or None."""
    name: list[tuple[int, str]] = []
    for start, word in reversed(words):
        if word != "&" and not word[:1].isupper():
            break
        name.insert(0, (start, word))
    while name and (name[0][1] == "&" or (_opens_sentence(text, name[0][0]) and _ordinary(name[0][1])
                                          and not lexicon.listed(name[0][1], gaz.SURNAMES))):
        name.pop(0)  # "Et Ltd.": a word opening the sentence is no name
    if not name or all(w.casefold() in gaz.FUNCTION_WORDS for _s, w in name):
        return None
    return name[0][0]


def _lower_name(words: list[tuple[int, str]]) -> int | None:
    """Where a lower-case name before a form starts: no function words, one word no dictionary knows."""
    name: list[tuple[int, str]] = []
    for start, word in reversed(words[-3:]):
        low = word.casefold()
        if word == "&" or word != low or low in gaz.FUNCTION_WORDS or low in gaz.POSSESSIVES or low in gaz.NEVER:
            break
        name.insert(0, (start, word))
    if not any(not (lexicon.known_word(w) or lexicon.compound_of_known(w) or lexicon.frequent(w, 4.0))
               for _s, w in name):
        return None  # "et britisk ltd.", "startet ltd.": words, no name
    return name[0][0]


def legal_form_firms(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:org") for a name followed by a foreign legal form, the form included."""
    out = []
    for m in _FORM.finditer(text):
        words = _words_before(text, m.start())
        if not words:
            continue
        if words[-1][1][:1].isupper():
            start = _cased_name(text, words)
        elif m.group(0).islower() and m.group("any"):
            start = _lower_name(words)
        else:
            continue
        if start is not None:
            out.append((start, m.end(), "org", "rule:org"))
    return out


# A legal form said as a kind of company ("Et Ltd. er som et AS", "LLC eller Inc."): no firm.
_BARE_FORMS = frozenset("""
ltd ltd. limited inc inc. corp corp. co. llc plc llp gmbh ag ab oy oyj bv nv sa s.a. srl s.r.l. spa s.p.a. sarl
ltda lda kft aps a/s as asa
""".split())


def drop_bare_forms(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without a legal form found alone, with no find right before it that it could end."""
    out = []
    for f in found:
        if droppable(f) \
                and text[f[0]:f[1]].casefold() in _BARE_FORMS \
                and not any(g is not f and g[0] < f[0] and f[0] - 2 <= g[1] for g in found):
            continue
        out.append(f)
    return out


def firm_at(text: str, start: int) -> bool:
    """Whether a name with a foreign legal form starts at `start` ("kjøper deler fra Alpenwerk Präzision AG": a
    supplier, not a shop someone buys from)."""
    window = text[start:start + 120]
    return any(s == 0 for s, _e, _k, _src in legal_form_firms(window))
