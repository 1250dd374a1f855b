"""Contact details said aloud, read as one chain of words and spoken signs (round 52c).

The older rules (`spelled_emails`, `number_emails`, `said_contacts`, `said_addresses`) each read one way of
saying an address; every new way (`a med ring rundt`, `i ett ord` before the at-word, `underscore` in a profile
path, `alfa` for the at-sign) missed until a rule was added for it. This module reads the general form once.

A line is cut into tokens: words, commas, and the spoken signs of a written address:

* dot words `punktum`, `punkt`, `prikk`, `dott`, `dot`, `point`;
* dash words `minus`, `bindestrek`, `dash`, `strek`; underscore words `understrek`, `underscore`;
* slash words `skråstrek`, `slash`;
* at-words `krøllalfa`, `alfakrøll`, `krøll alfa`, `krøll`, `snabel-a`, `at`, `æt`, `alfa`, `a med ring rundt`;
* how-written words `i ett ord`, `alt i ett ord`, `med bindestrek`, `uten mellomrom`.

Any other sign (a full stop, a colon, a bracket, a question mark) or the end of the line ends a chain.

Policy:

* **E-mail**: every at-word with a domain after it (labels joined by dot or dash words, the last dot word
  followed by a top-level domain: `com`, `no`, `org`, `net`, `se`, `dk`, `io`, `me`, `uk` …) and a user part
  before it is an e-mail address, from the first word of the user part to the domain. The user part is a word,
  then leftwards any words joined to it by dot, dash or underscore words or a how-written word, and a number
  word after a name with only a comma or a space between ("omar, punkt, haddad, åttisju, a med ring rundt, …").
  Exceptions: a user part that is a word sentences are made of (`er`, `adressen`, `ja` …) is none; with the
  English `at` or `alfa` and a user part of one ordinary Norwegian word ("sa at nav punkt no") the turn or the
  turn before must speak of an address, and so must it before a public service's domain (`nav punkt no`).
  Round 57a: after an at-word a domain label may open with letters said apart, as a recogniser writes them
  ("post krøllalfa t w ror punktum no" for `twror.no`); only in an e-mail, not in a web address alone.
* **Web address**: a chain of labels ending in a dot word and a top-level domain, with path segments after
  slash words (segments joined inside by dash, underscore or dot words), is a web address when it starts
  with `www`, has a path, starts with a known site (`linkedin`, `facebook`, `instagram`, `github`, …), has a
  how-written word (one to four words before it: "adeyemi motor, i ett ord, punkt no"), or its labels are not
  ordinary words ("jankauskasbygg punktum no"); the first word that is no word a sentence is made of opens it. Exceptions: public
  services' domains (`nav punktum no`); a first label that is an ordinary word with nothing else said ("et
  viktig punkt no" in Nynorsk, "ferdig punktum se").
* **Street address**: a word ending in a street word (`-veien`, `-vegen`, `-gata`, `-gate`, `-vei`, `-veg`,
  `-bakken`, `-lia`, `-stien`, `-plassen`, `-allé`, …) followed by a house number in words (`hundreogtolv`,
  `tjuetre c`, `fjorten a`) is an address. Exceptions: the bare noun (`veien`, `gata`, `bakken` alone); the
  numbers `en`/`ett`/`ei` (articles) unless a house letter follows; a number followed by a unit (`gata tre
  ganger`, `veien to kilometer`) or by another number word ("bodde i granveien fem seks år": a span of years;
  a postcode in words after the house number is `said_addresses`').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SIGNS: tuple[tuple[str, str], ...] = (
    ("at", r"a[ \t]+med[ \t]+ring[ \t]+rundt|krøll[ \t]+alfa|alfa[ \t]+krøll|krøllalfa|alfakrøll|krøll|snabel-a|æt|at|alfa"),
    ("written", r"(?:alt[ \t]+)?i[ \t]+ett[ \t]+ord|med[ \t]+bindestrek(?:er)?|uten[ \t]+mellomrom"),
    ("dot", r"punktum|punkt|prikk|dott|dot|point"),
    ("dash", r"minus|bindestrek|dash|strek|understrek|underscore"),
    ("slash", r"skråstrek|slash"),
)
_TOKEN = re.compile(
    "|".join(rf"(?P<{kind}>(?i:{pattern}))(?![\w-])" for kind, pattern in _SIGNS)
    + r"|(?P<word>\w+(?:-\w+)*)|(?P<comma>,)|(?P<space>[ \t]+)|(?P<other>.)")
TLDS = frozenset("""
com no org net se dk fi uk de eu io info edu app me co tv biz pro ru pl ua lt lv ee es fr nl be ch cz sk hu ro bg
gr tr ir pk ke ng gh za br ar mx cl cn jp kr vn th ph my af sy iq ps tn eg ly kz ge az rs hr ba al pt ie us ca au nz
""".split())
SITES = frozenset("""
linkedin facebook instagram github gitlab tiktok youtube twitter snapchat vimeo behance pinterest medium
threads bitbucket soundcloud
""".split())
# Words a sentence is made of: no user part and no first label.
_SENTENCE = frozenset("""
er var blir ble står det den dette denne de dem jeg du han hun vi dere meg deg seg oss eg me ho dei ja nei nå no
så altså og eller men at til på i for med av fra om som her der da jo vel bare kanskje også mitt min mi mine ditt
din hans hennes deres vår sin sitt adresse adressen adressa e-post e-posten eposten mail mailen skriv send heter
het tror mener nummer ny nye et en ei ett kapittel side neste første siste sa sier is the a an to of alltid
nettsiden siden hjemmesiden står skriver gamle
""".split())
_ADDRESS_TALK = re.compile(r"(?i)e-?post|e-?mail|\bmail|adresse|adressa|privat|kontakt|skriv|nå (?:deg|meg|dere)")

Token = tuple[str, int, int, str]


def tokens(line: str, offset: int) -> list[Token]:
    """(kind, start, end, low) of the words, commas, spoken signs and other signs of one line; spaces left out."""
    out: list[Token] = []
    for m in _TOKEN.finditer(line):
        kind = m.lastgroup or "other"
        if kind != "space":
            out.append((kind, offset + m.start(), offset + m.end(), m.group(0).casefold()))
    return out


def _number_word(low: str) -> bool:
    from workbench.io.pseudonymize.spoken_numbers import _said_value

    return _said_value(low) is not None


def _skip_commas(toks: list[Token], i: int, step: int) -> int:
    while 0 <= i < len(toks) and toks[i][0] == "comma":
        i += step
    return i


def _label_end(toks: list[Token], i: int) -> int:
    """Index of the last word of a domain label at `i` that opens with letters said apart, as a recogniser writes
    them: "t w ror" for `twror`, "s k glans" for `skglans` (round 57a); else `i`."""
    while i + 1 < len(toks) and toks[i + 1][0] == "word" and len(toks[i][3]) == 1 and toks[i][3].isalpha():
        i += 1
    return i


def _domain_end(toks: list[Token], i: int, *, apart: bool = False) -> int | None:
    """Index of the top-level domain ending the domain that starts at token `i`, else None; with `apart` a label
    may open with letters said apart ("krøllalfa t w ror punktum no")."""
    i = _skip_commas(toks, i, 1)
    if i >= len(toks) or toks[i][0] != "word":
        return None
    i = _label_end(toks, i) if apart else i
    end = None
    while True:
        sep = _skip_commas(toks, i + 1, 1)
        if sep >= len(toks) or toks[sep][0] not in ("dot", "dash"):
            return end
        nxt = _skip_commas(toks, sep + 1, 1)
        if nxt >= len(toks) or toks[nxt][0] != "word":
            return end
        if toks[sep][0] == "dot" and toks[nxt][3] in TLDS:
            end = nxt
        i = _label_end(toks, nxt) if apart else nxt


def _user_start(toks: list[Token], at: int) -> tuple[int, bool] | None:
    """Index of the first token of the user part before the at-word at `at`, and whether it is one word alone."""
    i = _skip_commas(toks, at - 1, -1)
    if i >= 0 and toks[i][0] == "written":
        i = _skip_commas(toks, i - 1, -1)
    if i < 0 or toks[i][0] != "word" or toks[i][3] in _SENTENCE:
        return None
    start, alone = i, True
    while True:
        j = _skip_commas(toks, start - 1, -1)
        if j < 0:
            break
        if toks[j][0] in ("dot", "dash", "written"):
            k = _skip_commas(toks, j - 1, -1)
            if k >= 0 and toks[k][0] == "word" and toks[k][3] not in _SENTENCE:
                start, alone = k, False
                continue
            break
        if toks[j][0] == "word" and _number_word(toks[start][3]) and not _number_word(toks[j][3]) \
                and toks[j][3] not in _SENTENCE and j == start - 1 - (toks[start - 1][0] == "comma"):
            start, alone = j, False  # "haddad, åttisju": a number after a name
            continue
        break
    return start, alone


def _public(words: list[str]) -> bool:
    from workbench.io.pseudonymize.identifiers import _public_domain

    return _public_domain(".".join(words))


def _about_address(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    before_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return _ADDRESS_TALK.search(text, before_start, at) is not None


def _lines(text: str) -> Iterator[tuple[int, str]]:
    at = 0
    for line in text.split("\n"):
        yield at, line
        at += len(line) + 1


def chain_emails(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of e-mail addresses said as a chain of words and spoken signs around an at-word."""
    from workbench.io.pseudonymize.lexicon import known_word

    for offset, line in _lines(text):
        toks = tokens(line, offset)
        for at, tok in enumerate(toks):
            if tok[0] != "at":
                continue
            end = _domain_end(toks, at + 1, apart=True)
            user = _user_start(toks, at)
            if end is None or user is None:
                continue
            start, alone = user
            domain = [t[3] for t in toks[at + 1:end + 1] if t[0] == "word"]
            if alone and tok[3] in ("at", "alfa") and (known_word(toks[start][3]) or _public(domain)) \
                    and not _about_address(text, toks[start][1]):
                continue  # "sa at nav punkt no": the conjunction
            yield toks[start][1], toks[end][2]


def _named_domain(toks: list[Token], i: int) -> int | None:
    """Index of the top-level domain after one to four words from `i` said with how they are written, before a
    dot word ("adeyemi motor, i ett ord, punkt no", "fjord maling med bindestrek prikk no"), else None."""
    k = i
    while k + 1 < len(toks) and toks[k + 1][0] == "word" and k - i < 3:
        k += 1
    w = _skip_commas(toks, k + 1, 1)
    if w >= len(toks) or toks[w][0] != "written":
        return None
    d = _skip_commas(toks, w + 1, 1)
    if d + 1 < len(toks) and toks[d][0] == "dot" and toks[d + 1][0] == "word" and toks[d + 1][3] in TLDS:
        return d + 1
    return None


def chain_urls(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of web addresses said as a chain of labels, a dot word, a top-level domain and a path."""
    from workbench.io.pseudonymize.lexicon import known_word

    for offset, line in _lines(text):
        toks = tokens(line, offset)
        i = 0
        while i < len(toks):
            if toks[i][0] != "word" or toks[i][3] in _SENTENCE or (i > 0 and toks[i - 1][0] in ("at", "dot", "dash")):
                i += 1
                continue
            end = _domain_end(toks, i)
            named = _named_domain(toks, i) if end is None else None
            if end is None and named is None:
                i += 1
                continue
            end = named if end is None else end
            labels = [t for t in toks[i:end + 1] if t[0] == "word"]
            written = named is not None or any(t[0] == "written" for t in toks[i:end + 1])
            last, path = end, False
            while True:  # path segments after slash words
                sep = last + 1
                if sep >= len(toks) or toks[sep][0] != "slash" or sep + 1 >= len(toks) or toks[sep + 1][0] != "word":
                    break
                last, path = sep + 1, True
                while last + 2 < len(toks) and toks[last + 1][0] in ("dash", "dot") and toks[last + 2][0] == "word" \
                        and toks[last + 2][3] not in _SENTENCE:
                    last += 2
            if end + 1 < len(toks) and toks[end + 1][0] == "at":
                i = end + 1
                continue  # the user part of an e-mail address ("tomas dot nilsen at …" is read there)
            first = labels[0][3]
            plain = len(labels) == 2 and (known_word(first) or first in TLDS)
            if _public([t[3] for t in labels]) and not path:
                i = end + 1
                continue
            if first == "www" or path or first in SITES or written or not plain:
                yield toks[i][1], toks[last][2]
            i = last + 1


_ONES = r"(?:en|ett|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni)"
_STREET_NUMBER = re.compile(
    r"(?<![\w-])(?P<street>[A-ZÆØÅa-zæøå][a-zæøå-]*(?:veien|vegen|veg|vei|gata|gaten|gate|allé|alle|stien|plassen|tunet"
    r"|lia|bakken|svingen|ringen|kroken|haugen|jordet|åsen|løkka|lunden|bråten|myra|kollen|høgda|terrassen))"
    rf"[ \t]+(?P<number>(?:{_ONES}[ \t]*)?hundre(?:[ \t]*og[ \t]*[a-zæøå]+)?|[a-zæøå]+)"
    r"(?:[ \t]+(?P<letter>[a-h])(?![\w-]))?(?![\w-])")


def worded_streets(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a street name and its house number said in words, with a house letter if one follows."""
    from workbench.io.pseudonymize.caseless_numbers import _UNITS
    from workbench.io.pseudonymize.lexicon import compound_of_known, known_word
    from workbench.io.pseudonymize.said_addresses import house_number

    for m in _STREET_NUMBER.finditer(text):
        street = m.group("street").casefold()
        if known_word(street) and not compound_of_known(street):
            continue  # the bare noun: "veien to ganger", "bakken"
        number = m.group("number")
        if house_number(number) in (None, "0") or (number in ("en", "ett", "ei") and not m.group("letter")):
            continue
        after = re.compile(r"[ \t]+([a-zæøå]+)").match(text, m.end())
        if after and (after.group(1) in _UNITS or (not m.group("letter") and _number_word(after.group(1)))):
            continue  # "gata tre ganger"; "i granveien fem seks år": a span of numbers
        yield m.start(), m.end()
