"""Organisations in frames the other rules don't read (round 40o).

* A listed union or professional association at whose meeting someone was ("tok meg med på et møte i Econa i
  Bergen", "et medlemsmøte hos Naturviterne"), joined in the same or the next sentence without naming it again
  ("jeg meldte meg inn samme kveld", "eg melde meg inn der og då", "ble medlem dagen etter"): the joining refers
  back to the body, and union membership is sensitive data. A negation, a wish or advice in the joining clause
  ("jeg meldte meg ikke inn", "du kan melde deg inn") leaves it.
* Round 47o: an association named with a body head or as a plural of people after a preposition ("i kontakt med
  Leieboerforeningen", "et møte i Huseierne"), pointed back to by a joining with `der` or `dit` in the same or the
  next sentence ("meldte meg inn der", "ble medlem der", "er medlem der nå", "betaler kontingent dit"); a place
  (`til Norge …, ble medlem der`) has no body head, and a lower-case place (`på treningssenteret`) no name.
* A school, academy or centre named as a coordinated hyphen compound ("Kunst- og designhøgskolen i Bergen",
  "Film- og TV-skolen", "Senter for bygg- og anleggsfag i Drammen"), with its place after it. Capitalised and
  definite, it is a proper name; the indefinite lower-case noun ("en kunst- og designskole") stays.
* A firm named by a surname and two trade nouns ("Hansen Rør og Varme", "Lie Bil og Dekk") after a welcome or a
  workplace preposition ("velkommen til", "hos", "jobber i"): each word is capitalised, the trades are dictionary
  nouns, the first word is none.
* Norwegian body names inside English sentences (`english_bodies`, below).

All are organisations (`rule:definite-body`), found again at their other mentions.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules

_SENTENCE_END = rules.SENTENCE_OR_LINE_END
# A meeting frame right before the body: "et møte i", "medlemsmøte hos", "eit årsmøte i", "frokostmøtet til".
_MEETING = re.compile(r"(?<![\w-])(?i:[\wæøå]*møte[t]?|[\wæøå]*møtet|seminar(?:et)?|kurskveld(?:en)?)[ \t]+"
                      r"(?i:i|hos|til|med)[ \t]+$")
# Joining without an object: "meldte meg inn" not followed by "i", "ble medlem" not followed by "av/i".
_JOINED = re.compile(r"(?<![\w-])(?i:(?:meldte|melde|meldt)[ \t]+(?:meg|oss|seg)[ \t]+inn(?![ \t]+i[ \t])"
                     r"|(?:ble|blei|vart|blitt)[ \t]+(?:medlem|med)(?![ \t]+(?:av|i)[ \t]))(?![\w-])")
_NOT_DONE = re.compile(r"(?<![\w-])(?i:ikke|ikkje|aldri|kan|kunne|skal|burde|bør|vil|du|dere|man|kanskje|hvis"
                       r"|viss|dersom)(?![\w-])")


def _clause_before(text: str, start: int, back: int = 90) -> str:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - back), start)),
             default=max(0, start - back))
    return text[lo:start]


def _joined_after(text: str, end: int) -> bool:
    """Whether the rest of the sentence or the next one says the speaker joined, with no object and no modal."""
    ends = list(_SENTENCE_END.finditer(text, end, min(len(text), end + 200)))
    if ends and ends[0].group(0) in "?\n":
        stop = ends[0].start()
    else:
        stop = ends[1].start() if len(ends) > 1 and ends[1].group(0) != "?" else (
            ends[0].start() if ends else min(len(text), end + 200))
    m = _JOINED.search(text, end, stop)
    if m is None:
        return False
    lo = max([end] + [e.end() for e in _SENTENCE_END.finditer(text, end, m.start())] +
             [c.end() for c in re.finditer(r",", text[:m.start()]) if c.end() > end])
    return _NOT_DONE.search(text, lo, m.end()) is None


def meeting_joins(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a listed union at whose meeting someone was and then joined."""
    from workbench.io.pseudonymize.union_members import _union, listed_names

    out: list[tuple[int, int, str, str]] = []
    for start, name in listed_names(text, out):
        end = start + len(name)
        if _union(" ".join(name.split()).casefold()) and _MEETING.search(_clause_before(text, start)) \
                and _joined_after(text, end):
            out.append((start, end, "org", "rule:definite-body"))
    return out


_PLACE_AFTER = r"(?:[ \t]+(?:i|på)[ \t]+[A-ZÆØÅ][\wæøå-]+)?"
# "Kunst- og designhøgskolen", "Film- og TV-skolen", "Mat- og helsefagskolen": coordinated, definite school heads.
_COORDINATED_SCHOOL = re.compile(
    r"(?<![\w-])[A-ZÆØÅ][a-zæøå]+-(?:,[ \t]+[a-zæøå]+-)*[ \t]+(?:og|eller)[ \t]+"
    r"(?:[a-zæøå]+|[A-ZÆØÅ]{2,5}-)(?:høgskolen|høyskolen|skolen|fagskolen|akademiet|instituttet|universitetet"
    r"|senteret|gymnaset)(?![\w-])" + _PLACE_AFTER)
# "Senter for bygg- og anleggsfag", "Institutt for kunst- og mediefag", "Skolen for helse- og sosialfag".
_CENTRE_FOR = re.compile(
    r"(?<![\w-])(?:Senter|Senteret|Institutt|Instituttet|Skolen|Akademiet|Høgskolen|Høyskolen)[ \t]+for[ \t]+"
    r"[a-zæøå]+-(?:,[ \t]+[a-zæøå]+-)*[ \t]+og[ \t]+[a-zæøå]+(?:fag|fagene|studier|utdanning|utdanninger)(?![\w-])"
    + _PLACE_AFTER)


def coordinated_schools(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a school named as a coordinated hyphen compound, with its place."""
    return [(m.start(), m.end(), "org", "rule:definite-body")
            for pattern in (_COORDINATED_SCHOOL, _CENTRE_FOR) for m in pattern.finditer(text)]


# A welcome or a workplace preposition before a firm: "velkommen til", "hos", "jobber i", "ansatt i".
_FIRM_FRAME = re.compile(r"(?<![\w-])(?i:velkommen[ \t]+til|hos|(?:jobber|jobbet|jobbar|jobba|ansatt|praksis|lærling"
                         r"|begynte|startet|sluttet)[ \t]+(?:i|på|hos|for))[ \t]+$")
_TRADE_FIRM = re.compile(r"([A-ZÆØÅ][a-zæøå]+)[ \t]+([A-ZÆØÅ][a-zæøå]+)[ \t]+og[ \t]+([A-ZÆØÅ][a-zæøå]+)(?![\w-])")


def _trade(word: str) -> bool:
    low = word.casefold()
    return (lexicon.known_word(low) or lexicon.compound_of_known(low)) and low not in gaz.FUNCTION_WORDS


def trade_firms(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for "<Surname> <Trade> og <Trade>" after a welcome or a job frame."""
    out = []
    for m in _TRADE_FIRM.finditer(text):
        if not _FIRM_FRAME.search(text, max(0, m.start() - 40), m.start()):
            continue
        owner = m.group(1)
        if owner.casefold() in gaz.FUNCTION_WORDS or not (_trade(m.group(2)) and _trade(m.group(3))):
            continue
        if lexicon.known_word(owner.casefold()) and not lexicon.listed(owner, gaz.SURNAMES):
            continue  # "hos Bil og Dekk"-like: an ordinary word, no surname, opens the run
        out.append((m.start(), m.end(), "org", "rule:definite-body"))
    return out


# round 47o: joining or belonging that points back with `der` or `dit`: "meldte seg inn der", "ble medlem der",
# "er medlem der nå", "betaler kontingent dit".
_JOINED_THERE = re.compile(
    r"(?<![\w-])(?i:(?:meldte|melde|meldt|melda)[ \t]+(?:meg|oss|seg)[ \t]+inn[ \t]+der"
    r"|(?:ble|blei|vart|blitt|er|var|har[ \t]+vært)[ \t]+(?:medlem|medlemmer)[ \t]+der"
    r"|(?:betaler|betalte|betalt)(?:[ \t]+(?:jeg|han|hun|vi|de|også|fortsatt|nå)){0,2}[ \t]+(?:medlems)?kontingent"
    r"(?:en)?[ \t]+dit)(?![\w-])")
# An association's name after a preposition ("med", "i", "hos", "til", "fra", "på", "om", "fant"): capitalised
# words, the last with a body head ("Syklistenes Landsforening", "Leieboerforeningen", "Hageselskapet") or a definite
# plural of people ("Huseierne", "Naturviterne").
_BODY_NAME = re.compile(
    r"(?<![\w-])(?i:med|i|hos|til|fra|på|om|fant)[ \t]+((?:[A-ZÆØÅ][\wæøå-]*[ \t]+){0,2}[A-ZÆØÅ][a-zæøå]*"
    r"(?:forening(?:en)?|forbund(?:et)?|laget|selskapet|organisasjonen|sammenslutningen|klubben|samfunnet"
    r"|[a-zæøå]{3}erne))(?![\w-])")


def referred_joins(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for the association nearest before a joining that points back
    to it with `der` or `dit`, in the same or the sentence before, with no negation or modal in the joining."""
    out: list[tuple[int, int, str, str]] = []
    for m in _JOINED_THERE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        ends = [e.end() for e in _SENTENCE_END.finditer(text, line_start, m.start())]
        lo = ends[-2] if len(ends) > 1 else line_start
        clause = max([lo] + ends[-1:] + [c.end() for c in re.finditer(r",", text[:m.start()]) if c.end() > lo])
        if _NOT_DONE.search(text, clause, m.start()):
            continue
        names = [n for n in _BODY_NAME.finditer(text, lo, m.start()) if not rules.listed(n.group(1), gaz.PLACES)]
        if names:
            out.append((names[-1].start(1), names[-1].end(1), "org", "rule:definite-body"))
    return out


def joined_back(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the association a later joining points back to (`referred_joins`): a tie to
    someone that the keep rules for lay associations (`news_bodies`) respect."""
    if not _JOINED_THERE.search(text, end, min(len(text), end + 300)):
        return False
    return any(s == start and e == end for s, e, _k, _r in referred_joins(text[:min(len(text), end + 300)]))


def joined_finds(text: str, found: list[tuple]) -> list[tuple[int, int, str, str]]:
    """Every round-40o find: organisations in these frames, English-turn bodies, and persons by their forms."""
    from workbench.io.pseudonymize.code_switch import english_bodies
    from workbench.io.pseudonymize.spoken_persons import spoken_persons

    return meeting_joins(text) + referred_joins(text) + coordinated_schools(text) + trade_firms(text) \
        + english_bodies(text) \
        + spoken_persons(text, found)
