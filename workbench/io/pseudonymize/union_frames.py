"""Unions named in shapes and frames the other union rules do not read (round 45u).

A generated sweep of union and professional-association names in membership frames found two gaps:

* Names with lower-case words, which the capitalised-run name reader of `union_members` stops short of: listed
  unions such as `Musikernes fellesorganisasjon`, `Skolenes landsforbund`, `Den norske legeforening` and `EL og
  IT`, a genitive and a lower-case union head (`Kirkeansattes fellesforbund`), and `Norsk` or `Den norske` with a
  one-profession union compound (`Norsk Radiografforbund`, `Den norske tannlegeforening`). `shaped_union` reads
  them; `union_answers` uses it for a bare answer to a membership question, and here they count in the same
  membership frames as the listed one-word unions (`er med i`, `ble medlem av`, `meldte meg inn i`, with the same
  negations, wishes and advice left alone). Since round 47o a trade association named as a coordinated hyphen
  compound (`Baker- og konditorforbundet`, `Transport- og logistikklaget`) is such a name too.
  A shaped name asked for help or giving it (`fikk hjelp fra Skolenes landsforbund`) counts as `union_cases`' do.
* Frames that tie a person to any listed union or such a name: dues paid (`betaler kontingent til X`,
  `kontingenten min til X`), a union left (`gikk ut av X`, `meldte meg ut av X`), membership in other words
  (`fagorganisert i X`, `vi er begge i X`, `medlemskort fra X`), and a union that everyone at
  the workplace is in when the speaker then says they joined too (`alle på vaskeriet er i X, … Så ja, fra denne
  måneden`, `Alle på lageret er i X, og jeg meldte meg inn i vår`). Many people, a negation or a question in the
  clause leaves the first two; the third needs the yes or the joining in the same or the next sentence, with no
  negation before it.

A union named only as such (`Skolenes landsforbund har et kurs`, `ifølge Den norske tannlegeforening`) stays. Each
find is an organisation (`rule:definite-body`), found again at its other mentions.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import rules

_SENTENCE_END = rules.SENTENCE_OR_LINE_END
# Listed unions whose names hold lower-case words (the one-word ones the capitalised reader finds already).
_EXTRA_LISTED = ("el og it",)
# A genitive and a lower-case union head: "Musikernes fellesorganisasjon", "Kirkeansattes fellesforbund".
_GENITIVE_HEAD = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}(?:enes|ernes|nes|es)[ \t]+(?:lands|felles|yrkes)?"
                            r"(?:forbund|organisasjon|fagforening)(?![\w-])")
# "Norsk Radiografforbund", "Den norske tannlegeforening": a national one-profession union compound.
# round 47o: a trade association with a hyphenated first word coordinated by `og`: "Baker- og konditorforbundet",
# "Regnskaps- og revisororganisasjonen". Capitalised and definite (or an association's indefinite head); the
# ordinary compounds (`bygg- og anleggsbransjen`, `helse- og oppvekstfag`) have no association head.
_COORDINATED_BODY = re.compile(r"[A-ZÆØÅ][a-zæøå]+-(?:,[ \t]+[a-zæøå]+-)*[ \t]+og[ \t]+[a-zæøå]{3,}"
                               r"(?:foreningen|forbundet|forbund|laget|organisasjonen|organisasjon|sammenslutningen"
                               r"|landsforening|landsforeningen)(?![\w-])")
_NATIONAL_TRADE = re.compile(r"(?:Norsk|Den[ \t]+[Nn]orske)[ \t]+([A-ZÆØÅa-zæøå][a-zæøå]{3,}?)"
                             r"(?:forbund|forening|lag)(?![\w-])")


def _listed_lower() -> re.Pattern[str]:
    from workbench.io.pseudonymize.union_members import _TRADE_UNIONS

    names = sorted({n for n in _TRADE_UNIONS if " " in n} | set(_EXTRA_LISTED), key=len, reverse=True)
    return re.compile("(?i:" + "|".join(r"[ \t]+".join(map(re.escape, n.split())) for n in names) + r")(?![\w-])")


_LISTED: re.Pattern[str] | None = None


def shaped_union(text: str, start: int) -> int:
    """The end of a union name with lower-case words that starts at `start` with a capital, or -1."""
    global _LISTED
    if start >= len(text) or not text[start].isupper() or (start and (text[start - 1].isalnum()
                                                                      or text[start - 1] in "-@.&")):
        return -1
    if _LISTED is None:
        _LISTED = _listed_lower()
    m = _LISTED.match(text, start)
    if m:
        return m.end()
    m = _COORDINATED_BODY.match(text, start)
    if m:
        return m.end()
    m = _GENITIVE_HEAD.match(text, start)
    if m and not m.group(0).casefold().startswith("arbeidsgiver"):
        return m.end()
    m = _NATIONAL_TRADE.match(text, start)
    if m:
        from workbench.io.pseudonymize.union_members import _profession

        if _profession(m.group(1).casefold()):
            return m.end()
    return -1


# Dues paid, a union left or a membership in other words, right before it: "betaler kontingent til", "kontingenten
# min til", "gikk ut av", "meldte meg ut av", "fagorganisert i", "er begge i", "medlemskort fra".
_DUES_OR_LEFT = re.compile(
    r"(?<![\w-])(?i:(?:betaler|betalte|betalt|betale)(?:[ \t]+(?:jeg|han|hun|vi|de|også|fortsatt|nå)){0,2}[ \t]+"
    r"(?:medlems)?kontingent(?:en)?[ \t]+(?:til|i)"
    r"|(?:medlems)?kontingenten[ \t]+(?:min|mi|mitt|vår|hans|hennes|deres)[ \t]+(?:til|i)"
    r"|(?:gikk|gått|går)(?:[ \t]+(?:jeg|han|hun|vi|de|også))?[ \t]+ut[ \t]+av"
    r"|(?:meldte|meldt|melder|melda)(?:[ \t]+(?:jeg|han|hun|vi|de))?[ \t]+(?:meg|seg|oss|dem|henne|ham)"
    r"[ \t]+ut[ \t]+(?:av|fra|i)"
    r"|fagorganisert[ \t]+i|(?:er|var)[ \t]+begge(?:[ \t]+med)?[ \t]+i|medlemskort(?:et)?[ \t]+(?:fra|i|til))[ \t]+$")
# Everyone at a workplace is in it: "alle på vaskeriet er i", "alle på lageret er med i", "alle her er organisert i".
_EVERYONE_IN = re.compile(
    r"(?<![\w-])(?i:alle|nesten[ \t]+alle|de[ \t]+fleste|kollegene[ \t]+mine|alle[ \t]+kollegene(?:[ \t]+mine)?)"
    r"(?:[ \t]+(?:på|i|hos|her|der)(?:[ \t]+[\wæøå]+)?)?[ \t]+(?i:er|var)(?:[ \t]+(?i:med|organisert))?"
    r"[ \t]+i[ \t]+$")
# The speaker joined too, after it: "Så ja" opening a sentence, "så ja, jeg også", "meldte meg inn", "ble medlem".
_JOINED_TOO = re.compile(
    r"(?<=[.!][ \t])Så[ \t]+ja(?![\w-])|(?<![\w-])(?i:så[ \t]+ja(?=[ \t,]+(?:jeg|meg|fra|siden|nå)(?![\w-]))|jeg[ \t]+også|meg[ \t]+også|(?:meldte|meldt)(?:[ \t]+jeg)?[ \t]+meg[ \t]+inn"
    r"|ble(?:[ \t]+jeg)?[ \t]+(?:med|medlem))(?![\w-])")
_NEGATED = re.compile(r"(?<![\w-])(?i:ikke|aldri|ingen|kanskje|skal|vil|burde|bør)(?![\w-])")


def _joined_after(text: str, end: int) -> bool:
    """Whether the rest of the sentence or the next one (in the same turn) says the speaker joined too."""
    line_end = text.find("\n", end)
    stop = len(text) if line_end < 0 else line_end
    ends = [m.end() for m in re.finditer(r"[.!?]", text[end:stop])]
    if len(ends) > 1:
        stop = end + ends[1]
    m = _JOINED_TOO.search(text, end, stop)
    if m is None:
        return False
    lo = max([end] + [end + e for e in ends if end + e <= m.start()])
    return _NEGATED.search(text, lo, m.start()) is None


def _names(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, listed-one-word) for each listed union and each shaped union name in the text."""
    from workbench.io.pseudonymize.union_members import _CAPITAL, _listed_name, _trade_union

    out: list[tuple[int, int, bool]] = []
    for m in _CAPITAL.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        end = shaped_union(text, m.start())
        if end > 0:
            out.append((m.start(), end, False))
            continue
        name = _listed_name(text, m.start())
        if name is not None and _trade_union(name):
            out.append((m.start(), m.start() + len(name), True))
    return out


def union_frames(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a shaped union name in a membership frame, and any listed or
    shaped union in a dues, leaving or everyone-at-work-and-me-too frame."""
    from workbench.io.pseudonymize.union_members import (_CONTACTED, _GENERIC, _MEMBERSHIP, _NOT_MEMBER, _PUBLIC,
                                                         _clause, _question, _sentence_at)

    out = []
    for start, end, plain in _names(text):
        if _question(text, end):
            continue
        before = _clause(text, start)
        generic = _GENERIC.search(before)
        member = (_MEMBERSHIP.search(before) and not plain) or _DUES_OR_LEFT.search(before)
        framed = (member and not generic and not _NOT_MEMBER.search(before)) \
            or (not plain and _CONTACTED.search(before) and not generic  # "fikk hjelp fra Skolenes landsforbund"
                and not _PUBLIC.search(_sentence_at(text, start))) \
            or (_EVERYONE_IN.search(before) and not _NEGATED.search(before) and _joined_after(text, end))
        if framed:
            out.append((start, end, "org", "rule:definite-body"))
    return out
