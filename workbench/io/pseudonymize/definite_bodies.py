"""Bodies whose names the word rules miss by their form: `Den norske …forening`, `Det … fakultet`, an acronym
that is also a word, a union written with spaces.

* A national trade association written with the definite article and a lower-case compound ("Den norske
  jordmorforening", "Den norske revisorforening") has no capital after `norske`, so no word rule sees a name. Its
  members share one trade, so joining it, belonging to it, being in touch with it or holding office in it tells
  the reader the person's trade and circle, as for `professional_bodies`. Here such a name is an organisation
  after joining, membership, contact, an annual meeting or office ("inn i", "medlem av", "kontakt med",
  "tillitsvalgt i") or a course taken in it ("gå på kurs i", round 62a: a course of a trade's own association
  is taken by its trade), unless its stem is a hobby, client or patient group (`turist-`, `kreft-`, `jeger-`). Named as
  a body that says or wants something ("Den norske legeforening mente") it stays.
* A faculty written `Det <adjective> fakultet` ("Det teologiske fakultet") holds no capital after `Det` either.
  Where someone studies, took an exam or works, after `ved`/`på`/`fra`/`i` with such a word earlier in its
  sentence ("eksamen ved Det teologiske fakultet i Oslo"), it is an organisation; named as such it stays.
* A foreign university's acronym that is also a Norwegian word in capitals ("KNUST", "MUST") is no acronym to
  the word rules, which leave dictionary words in capitals as stress ("studerte HARDT"). Where someone studied,
  took a degree or trained, after `ved`/`på`/`fra`, and followed by its town (`i Kumasi`) or its expansion
  (`, … University of …`), it is an organisation.
* A union written with spaces instead of as one word ("Bygg og Tre forbundet") is cut by the word rules into
  its capitalised words. Two capitalised words joined by `og` and followed by `forbund`/`forbundet` are one
  name, an organisation where someone joins it, belongs to it or holds office in it; in wage talks it stays.
* A town's competence, training or resource centre ("Notodden kompetansesenter") is one organisation, where the
  word rules take only its town; an adjective, determiner or genitive before the centre word ("Nasjonalt",
  "Statens") names no town and stays.

Each find is found again at its other mentions (`propagate`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, rules
from workbench.io.pseudonymize.body_employers import occupation
from workbench.io.pseudonymize.origin_associations import origin_associations
from workbench.io.pseudonymize.trade_associations import trade_associations
from workbench.io.pseudonymize.union_answers import union_answers
from workbench.io.pseudonymize.union_members import union_member_finds
from workbench.io.pseudonymize.union_questions import asked_unions
from workbench.io.pseudonymize.employer_associations import employer_associations

_SENTENCE_END = rules.SENTENCE_OR_LINE_END

# Joining, belonging, contact, meetings and office, right before the name.
_MEMBER_BEFORE = re.compile(
    r"(?<![\w-])(?i:inn[ \t]+i|medlem(?:mer|skap)?[ \t]+(?:av|i)|organisert[ \t]+i|kontakt[ \t]+med"
    r"|(?:års|lands|fag)møte\w*[ \t]+(?:til|i|hos|for)|tillitsvalgt[ \t]+(?:i|for|hos)"
    r"|(?:leder|nestleder|sekretær|rådgiver|styremedlem|styret)[ \t]+(?:i|for|hos)"
    r"|(?:jobber|jobbet|jobbe|ansatt|arbeider|arbeidet)[ \t]+(?:i|for|hos|ved)"
    r"|[\w-]*kurs(?:et|a|ene)?[ \t]+(?:i|hos|ved|fra|gjennom))[ \t]+$")  # round 62a: "gå på kurs i Den norske …forening"

_DEN_NORSKE = re.compile(r"(?<![\w@.-])Den[ \t]+[Nn]orske[ \t]+([a-zæøå]{3,}?)(?:forbundet|forbund|foreningen|forening"
                         r"|laget|lag)(?![\w-])")
# Stems of groups that are no trade: hobbies, patients, clients, tenants, ages.
_NOT_TRADES = frozenset("""
turist kreft jeger fisker pensjonist student elev leieboer huseier hytteeier forbruker pasient bruker
seiler syklist bilist løper skiløper amatør samler kunde innvandrer revmatiker diabetes astma hjerte kirke
""".split())
# Endings of trade nouns that the occupation test may not know: "fysioterapeut", "jordmor", "revisor".
_TRADE_ENDINGS = ("eut", "mor", "or", "ør", "ær", "lege", "pleier", "tekniker", "ingeniør", "økonom", "advokat",
                  "farmasøyt", "psykolog", "arkitekt", "lærer", "sekretær", "tolk")

_FACULTY = re.compile(r"(?<![\w@.-])Det[ \t]+([a-zæøå][a-zæøå-]{3,}e)[ \t]+fakultet(?:et)?(?![\w-])")
_AT = re.compile(r"(?<![\w-])(?i:ved|på|fra|i)[ \t]+$")
# Study, exams and work in the sentence before a faculty or a university.
_STUDY = re.compile(
    r"(?<![\w-])(?i:studer\w*|student\w*|eksamen\w*|fagprøve\w*|prøven|praksis\w*|påbygg\w*|bachelor\w*|master\w*"
    r"|doktorgrad\w*|ph\.?d\.?|grad(?:en)?|utdann\w*|semester\w*|emne\w*|kurs\w*|jobb\w*|ansatt|forsker\w*"
    r"|stipendiat\w*|underviser|underviste|lektor|tok|tatt|tas|tar)(?![\w-])")

_CAPS = re.compile(r"(?<![\w@.-])([A-ZÆØÅ]{4,6})(?![\w-])")
_STUDIED = re.compile(
    r"(?<![\w-])(?i:studer\w*|bachelor\w*|master\w*|doktorgrad\w*|ph\.?d\.?|utdann\w*|grad(?:en)?|eksamen\w*"
    r"|diplom\w*|lisensiat\w*)(?![\w-])(?:[ \t,]+[\wæøå]+){0,5}?[ \t]+(?i:ved|på|fra)[ \t]+$")
_TOWN_OR_EXPANSION = re.compile(
    r"[ \t]+i[ \t]+[A-ZÆØÅ][\w-]+|(?:,[ \t]+|[ \t]+\()(?:(?:[A-ZÆØÅ][\w-]*|of|de|es|del|da|di|du|la|le|al|el)[ \t]+){1,5}?(?:University|Universit\w+|College|Institute"
    r"|Polytechnic|Politeknik\w*|Akademi\w*)(?![\w-])")

_SPACED_UNION = re.compile(r"(?<![\w@.-])[A-ZÆØÅ][\wæøå]*[ \t]+og[ \t]+[A-ZÆØÅ][\wæøå]*[ \t]+[Ff]orbund(?:et)?(?![\w-])")


def _clause(text: str, start: int, back: int = 100) -> str:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - back), start)),
             default=max(0, start - back))
    return text[lo:start]


def _member_frame(text: str, start: int) -> bool:
    """Joining, belonging, contact or office right before `start` in its clause ("melde meg inn i ")."""
    return _MEMBER_BEFORE.search(_clause(text, start, 80)) is not None


def _trade(stem: str) -> bool:
    if stem in _NOT_TRADES or stem.rstrip("s") in _NOT_TRADES:
        return False
    return occupation(stem) or stem.endswith(_TRADE_ENDINGS)


def _word_in_capitals(word: str) -> bool:
    """A word in capitals that the word rules take for stress, not an acronym: a dictionary word or compound."""
    low = word.casefold()
    return lexicon.known_word(low) or lexicon.compound_head(low) is not None


def definite_bodies(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for the forms above in their frames."""
    out = []
    for m in _DEN_NORSKE.finditer(text):
        if _trade(m.group(1).casefold()) and _member_frame(text, m.start()):
            out.append((m.start(), m.end(), "org", "rule:definite-body"))
    for m in _FACULTY.finditer(text):
        before = _clause(text, m.start(), 120)
        if _AT.search(before) and _STUDY.search(before):
            out.append((m.start(), m.end(), "org", "rule:definite-body"))
    for m in _CAPS.finditer(text):
        if not _word_in_capitals(m.group(1)):
            continue
        if _STUDIED.search(_clause(text, m.start(), 100)) and _TOWN_OR_EXPANSION.match(text, m.end()):
            out.append((m.start(), m.end(), "org", "rule:definite-body"))
    for m in _SPACED_UNION.finditer(text):
        if _member_frame(text, m.start()):
            out.append((m.start(), m.end(), "org", "rule:definite-body"))
    return (out + centres(text) + union_member_finds(text)  # round 28o: unions in someone's case, trade firms
            + trade_associations(text) + union_answers(text) + origin_associations(text)  # round 32o
            + asked_unions(text) + employer_associations(text))  # round 38o: "Har du vært i kontakt med Parat?"


# A place and a lower-case centre word: a town's adult-education or competence centre ("Notodden
# kompetansesenter"), whose place the word rules take alone. The centre is the organisation.
_CENTRE = re.compile(r"(?<![\w@.-])([A-ZÆØÅ][\wæøå-]+)[ \t]+(?:kompetansesenter|kompetansesenteret|opplæringssenter"
                     r"|opplæringssenteret|ressurssenter|ressurssenteret|kurssenter|kurssenteret)(?![\w-])")


def centres(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a named town's competence or training centre; an adjective,
    a determiner or a genitive before the centre word ("Nasjonalt", "Et", "Statens", "Norsk") names no town."""
    out = []
    for m in _CENTRE.finditer(text):
        word = m.group(1)
        low = word.casefold()
        known = lexicon.known_word(low) or lexicon.compound_head(low) is not None
        if rules.definite_genitive(low) or low in gaz.NEVER or (
                low.endswith("s") and lexicon.known_word(low[:-1]) and not rules.listed(word, gaz.PLACES)):
            continue
        if rules.listed(word, gaz.PLACES) or not known or not (low.endswith(("t", "e", "s", "k", "ig", "al"))
                                                               or low in gaz.FUNCTION_WORDS):
            out.append((m.start(), m.end(), "org", "rule:definite-body"))
    return out
