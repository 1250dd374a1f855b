"""Trade and employers' associations whose name opens with a genitive, where someone in the text is at one.

A Norwegian trade body is often named by the trade in the genitive and an association word: `Byggenæringens
Landsforening`, `Elektroentreprenørenes Landsforening`, `Installasjonsbransjens Arbeidsgiverforening`,
`Kuldebransjens Forbund`, and, coordinated with a hyphen, `Baker- og Konditorbransjens Landsforening`. The word
rules see a run of two capitalised words, and the association lists keep a well-known one that someone is "with"
or "in" as one of many members. But a trade body is small: the participant at its members' meeting or breakfast
meeting, on its course, a mentor or a named boss as its member or board member, ties a person to one trade and
often one firm. So such a name, with the genitive first (a trade, branch or profession noun, no place and no
proper noun) and the association word last, is an organisation where the clause before it puts someone there:
membership (`er med i`, `medlem av`, `meldt inn i`), office or work (`styremedlem i`, `sitter i styret i`,
`jobber i`), a meeting, course or fair held by it (`et frokostmøte i`, `kurs hos`, `et seminar med`), or contact
(`kontakt med`). It is then replaced at its other mentions too. A plan, a wish, a negation or advice in the clause
(`skulle fått ham inn i`, `kanskje tatt ham med på et møte med`, `man kan bli medlem av`), many people or anyone as
members, and a name only read about or heard in the news stay as they are.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.sentence_marks import SENTENCE as _SENTENCE

_HEADS = ("Landsforening|Landsforeningen|Landsforbund|Landsforbundet|Forbund|Forbundet|Forening|Foreningen"
          "|Arbeidsgiverforening|Arbeidsgiverforeningen|Bransjeforening|Bransjeforeningen|Fellesforbund"
          "|Fellesorganisasjon|Hovedorganisasjon|Sammenslutning|Servicekontor|Landslag")
# "Byggenæringens Landsforening", "Baker- og Konditorbransjens Landsforening", "Heis- og Rulletrappbransjens Forening".
_NAME = re.compile(
    r"(?<![\w@.&-])((?:[A-ZÆØÅ][a-zæøå]{2,}-[ \t]+(?:og|eller)[ \t]+)?[A-ZÆØÅ]([a-zæøå]{3,})s)[ \t]+"
    rf"(?:{_HEADS})(?![\w-])")
_SENTENCE_END = rules.SENTENCE_OR_LINE_END
# Someone at the body, right before its name (a few words may stand between the meeting word and the preposition).
_AT = re.compile(
    r"(?<![\w-])(?i:"
    r"medlem(?:mer|skap)?[ \t]+(?:av|i)|(?:meldt|meldte|melder|innmeldt)(?:[ \t]+(?:meg|seg|oss|ham|henne))?"
    r"[ \t]+inn[ \t]+i|(?:er|var|vært|ble|blitt|blir)(?:[ \t]+(?:også|nå|fortsatt|jo|selv))?[ \t]+med[ \t]+i"
    r"|organisert[ \t]+i|tillitsvalgt[ \t]+(?:i|for)"
    r"|styre(?:medlem|leder)?\w*[ \t]+(?:i|for)|(?:sitter|satt)[ \t]+i[ \t]+styret[ \t]+(?:i|til|for)"
    r"|(?:leder|nestleder|sekretær|rådgiver|kasserer)[ \t]+(?:i|for)"
    r"|(?:jobber|jobbet|jobb|arbeider|arbeidet|ansatt|praksis)[ \t]+(?:i|for|hos)"
    r"|[\wæøå]*(?:møte|møtet|seminar|seminaret|kurs|kurset|konferanse|konferansen|messe|messen|samling|samlingen"
    r"|frokost|arrangement|arrangementet|webinar|workshop|årsmøte|årsmøtet|kveld|dag)"
    r"(?:[ \t]+[\wæøå]+){0,3}?[ \t]+(?:i|hos|med|til|fra|på|(?:i[ \t]+)?regi[ \t]+av|arrangert[ \t]+av)"
    r"|kontakt[ \t]+med)[ \t]+$")
# No one there, or not yet: a plan, a wish, a negation, advice or a condition; many or anyone as members.
_NOT_THERE = re.compile(
    r"(?<![\w-])(?i:ikke|aldri|ingen|kan|kunne|skal|skulle|bør|burde|må|måtte|vil|ville|tenker|vurderer|lurer"
    r"|hvis|dersom|kanskje|ønsker|planlegger|man|mange|alle|folk|noen|flere|de[ \t]+fleste)(?![\w-])")


def _trade(genitive_stem: str) -> bool:
    """Whether a casefolded genitive without its -s is a trade, branch or profession noun (a compound of dictionary
    words or one), not a place or a proper noun ("Norges", "Oslos")."""
    if genitive_stem in gaz.PLACES or lexicon.dictionary_proper_noun(genitive_stem):
        return False
    return lexicon.known_word(genitive_stem) or lexicon.compound_head(genitive_stem) is not None


def _clause(text: str, start: int, back: int = 100) -> str:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - back), start)),
             default=max(0, start - back))
    return text[lo:start]


def trade_associations(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a genitive-led trade or employers' association that someone
    in the text is a member of, works or holds office in, or goes to a meeting or course of."""
    out = []
    for m in _NAME.finditer(text):
        if not _trade(m.group(1).split()[-1][:-1].casefold()):
            continue
        before = _clause(text, m.start())
        if _AT.search(before) and not _NOT_THERE.search(before):
            out.append((m.start(), m.end(), "org", "rule:definite-body"))
    return out


# Reading, the news and a body's public stands: "Jeg leste at Bilbransjens Landsforening vil ha flere lærlinger".
_NEWS = re.compile(r"(?<![\w-])(?i:nyhet\w*|avis\w*|radio\w*|tv|leste|lest|leser|skrev|skriver|melder|meldte"
                   r"|rapport\w*|mener|mente|krever|krevde|pressemelding\w*|kronikk\w*|debatt\w*)(?![\w-])")


def news_mentions(text: str) -> list[tuple[int, int]]:
    """Spans of a genitive-led trade association named in a sentence of reading or news, where no mention of it in
    the text puts anyone there: a body in public life, as a union in wage talks is (`passing_bodies`)."""
    names = [m for m in _NAME.finditer(text) if _trade(m.group(1).split()[-1][:-1].casefold())]
    tied = {" ".join(m.group(0).split()).casefold() for m in names
            if _AT.search(before := _clause(text, m.start())) and not _NOT_THERE.search(before)}
    out = []
    for m in names:
        if " ".join(m.group(0).split()).casefold() in tied:
            continue
        lo = max(text.rfind(c, 0, m.start()) + 1 for c in ".!?\n")
        sentence = _SENTENCE.match(text, lo)
        if sentence and _NEWS.search(sentence.group(0)):
            out.append((m.start(), m.end()))
    return out
