"""Acronyms a text uses as terms, not as organisations: "en SJA", "HACCP og kvalitetssystem".

Work talk is full of acronyms that name a procedure, a standard or a document (SJA, HACCP, FDV,
ROS, GMP). The word rules take an unknown acronym for an organisation, and no list can hold
them all. The grammar tells them apart: an organisation takes no indefinite article ("vi har
en SJA før hver linje"), and it is not joined by `og`/`eller` to an indefinite common noun
("folk med HACCP og kvalitetssystem", "internkontroll og FDV"), nor is it the first part of a
compound naming a procedure or document ("ROS-analyse", "HACCP-planen"). Once a text uses an acronym so,
it is a term throughout that text, unless the text anywhere puts it where someone works or
studies ("jobber i X", "ved X"), which no term is: then it is an organisation everywhere.

Round 46i: methods and machines of a trade are named the same way ("MIG/MAG og TIG-sveising" in a welder's
background, "CNC-fresing", "PLC-styring", "UT/MT-testing"): an acronym joined by a slash to another acronym is a
pair of methods or standards, not a firm, and one glued by a hyphen to a verbal noun of a process (`-sveising`,
`-fresing`, `-montering`, `-testing`, `-kontroll`, `-modellering`) or to a machine or material
(`-maskin`, `-rør`, `-utstyr`) names a method or a thing. Not the nouns of what a body gives
(`-opplæring`, `-oppfølging`, `-rådgivning`) nor their definite forms ("TVK-sveisingen" of a firm's own work).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.keep import employer_before

_ACRONYM = r"[A-ZÆØÅ]{2,6}"
# "en SJA", "et nytt HMS-kurs" is a compound; only the bare acronym after the article counts.
_AFTER_ARTICLE = re.compile(rf"(?<![\w-])(?:en|ei|et|ny|nytt|egen|eget|hver|hvert)[ \t]+({_ACRONYM})(?![\w-])")
# "HACCP og kvalitetssystem", "internkontroll og FDV": an acronym joined to a lower-case indefinite noun.
_WITH_NOUN_AFTER = re.compile(rf"(?<![\w-])({_ACRONYM})[ \t]+(?:og|eller)[ \t]+([a-zæøå]{{4,}})(?![\w-])")
_WITH_NOUN_BEFORE = re.compile(rf"(?<![\w-])([a-zæøå]{{4,}})[ \t]+(?:og|eller)[ \t]+({_ACRONYM})(?![\w-])")


# Heads of a compound that make the acronym before them a procedure, standard or document: "ROS-analyse",
# "HACCP-planen", "FDV-dokumentasjonen", "ADR-kurset", "GMP-kravene".
# (Not courses or certificates: an organisation gives those, "NTNU-kurset".)
_TERM_HEADS = ("analyse", "plan", "dokumentasjon", "skjema", "rutine", "krav", "standard", "prosedyre",
               "sjekkliste", "merking", "regelverk", "prinsipp", "metode")
_COMPOUND = re.compile(rf"(?<![\w-])({_ACRONYM})-([a-zæøå]{{3,}})(?![\w-])")
# Round 46i: two acronyms or more joined by slashes ("MIG/MAG", "UT/MT", "HMS/KS"), a compound of the last after it
# or not ("UT/MT-testing").
_SLASHED = re.compile(rf"(?<![\w/-])({_ACRONYM}(?:/{_ACRONYM})+)(?![\w/])")
# A process's verbal noun in the indefinite ("sveising", "fresing", "montering"), a check or test, a machine, a
# material or a kind of equipment; not what a body gives ("opplæring", "oppfølging", "rådgivning").
_PROCESS_HEAD = re.compile(r"(?!(?:opp|rådgiv|veiled|finansier|forsikr|bemann|utdann|betal|ledn|tildel|behandl|"
                           r"saksbehandl|vurder|godkjenn|innkall|bestill|samling|regning|kjør|lever|jobb))[a-zæøå]{2,}ing"
                           r"|kontroll|maskin|maskiner|rør|utstyr|verktøy|robot|roboter|teknikk|prosess")


def _indefinite_noun(word: str) -> bool:
    """A lower-case dictionary word that is no definite form and no function word ("kvalitetssystem")."""
    return (word not in gaz.FUNCTION_WORDS and (rules.known_word(word) or rules.compound_head(word) is not None)
            and not rules.definite(word) and not rules.definite(rules.compound_head(word) or word))


# Acronyms of working life's own institutions, roles and procedures (the working environment committee, the
# safety delegates, occupational health service, inclusive working life, near-miss reports, traffic-safety
# vehicles, the pension scheme): every workplace has them, so they name no particular one.
WORKPLACE_TERMS = frozenset("""
amu vo hvo rvo bht sha akan ia ruh rue tma sja ros aml kyc afp hmsk khms ytf tjm kam
""".split())
_BARE_ACRONYM = re.compile(rf"(?<![\w-])({_ACRONYM})(?![\w])")
# Learning, hearing or talking about it ("lært om verneombud og om AMU", "snakket mye om AKAN", "hva HVO gjør").
_ABOUT_BEFORE = re.compile(
    r"(?<![\w-])(?i:lær\w*|hør\w*|snakk\w*|prat\w*|fortal\w*|forklar\w*|diskuter\w*|informasjon|opplæring"
    r"|kurs\w*|spurte|spør|lese|leste|leser|vet|visste|vite)(?:[ \t,]+[\wæøå-]+){0,6}?[ \t]+"
    r"(?i:om|hva|hvordan|hvorfor|hvem)[ \t]+$")
_DOES_AFTER = re.compile(r"[ \t]+(?:gjør|gjorde|er|var|betyr|kan|skal)(?![\w])")
# Being one, or being chosen or taking over as one: a role ("var jeg VO", "har vært VO før", "ta over som VO").
_ROLE_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:er|var|vært|blitt|ble)(?:[ \t]+(?:jeg|du|han|hun|vi|de|dere|selv|også|nå))?"
    r"|(?:jobber|jobbet|fungerer|fungerte|valgt|valgte|over|begynte|begynner|fortsetter)[ \t]+som)[ \t]+$")
_SUBJECT_BEFORE_ROLE = re.compile(r"(?<![\w-])(?i:jeg|du|han|hun|vi|de|dere)[ \t]+(?:har[ \t]+|hadde[ \t]+)?"
                                  r"(?:er|var|vært|blitt|ble)[ \t]+$")
# A seat on a committee, and reporting or filing one ("sitter i AMU", "melde RUH", "fylle ut en SJA").
_SEAT_OR_REPORT_BEFORE = re.compile(
    r"(?<![\w-])(?i:sitter|satt|sitte|sittet)[ \t]+(?:[\wæøå]+[ \t]+)?i[ \t]+$"
    r"|(?<![\w-])(?i:melde|meldte|melder|meldt|varsle|varslet|varsler|skrive|skriver|skrev|levere|leverer|leverte)"
    r"[ \t]+$")


# Working there said in the same sentence ("snakket om ABK, der jeg jobbet før"): the acronym is a workplace.
_WORKED = re.compile(r"(?<![\w-])(?i:jobb(?:er|et|a)?|arbeider|arbeidet|ansatt|praksis|sluttet|begynte)(?![\w-])")


def _term_frame(text: str, start: int, end: int) -> bool:
    """Whether an acronym stands where a term or a role stands: learnt or talked about, a role someone has or
    takes over ("jobber som X"), a committee seat, a report filed; else never in a sentence that says someone
    works there ("snakket om ABK, der jeg jobbet før")."""
    lo = max(0, start - 100)
    clause = max(text.rfind("\n", lo, start) + 1, *(text.rfind(c, lo, start) + 1 for c in ".!?;:"), lo)
    before = text[clause:start]
    if _role(text, before, end):
        return True
    sentence = max(text.rfind("\n", lo, start) + 1, *(text.rfind(c, lo, start) + 1 for c in ".!?"), lo)
    stops = [i for i in (text.find("\n", end, end + 200), *(text.find(c, end, end + 200) for c in ".!?")) if i >= 0]
    if _WORKED.search(text, sentence, min(stops + [end + 200])):
        return False
    if _ABOUT_BEFORE.search(before) and (not before.rstrip().casefold().endswith(("hva", "hvordan", "hvorfor", "hvem"))
                                         or _DOES_AFTER.match(text, end)):
        return True
    return _SEAT_OR_REPORT_BEFORE.search(before) is not None


def _role(text: str, before: str, end: int) -> bool:
    """Whether the acronym ending at `end` is a role someone has or takes on ("er VO", "ta over som VO")."""
    role = _ROLE_BEFORE.search(before)
    if role is None or text[end:end + 1] == "-":  # "var TKR-student": a compound names the body, not a role
        return False
    if role.group(0).lstrip().casefold().split()[0] in ("er", "var", "vært", "blitt", "ble") \
            and not (_SUBJECT_BEFORE_ROLE.search(before) or len(role.group(0).split()) > 1):
        return False  # "det er AMU som bestemmer", "det var ABK": a cleft, not a role
    return not re.match(r"[ \t]+(?:som(?![\w])|(?:i|på|hos|ved)[ \t]+[A-ZÆØÅ])", text[end:end + 8])


def term_acronyms(text: str) -> set[str]:
    """The acronyms the text uses as terms somewhere: after an indefinite article, joined to an indefinite
    common noun, before a procedure or document noun in a compound, learnt or talked about, a role someone
    has, a committee seat, a report filed; and working life's own acronyms (`WORKPLACE_TERMS`) anywhere."""
    terms = {m.group(1) for m in _AFTER_ARTICLE.finditer(text)}
    terms |= {m.group(1) for m in _BARE_ACRONYM.finditer(text)
              if m.group(1).casefold() in WORKPLACE_TERMS or _term_frame(text, m.start(1), m.end(1))}
    terms |= {m.group(1) for m in _WITH_NOUN_AFTER.finditer(text) if _indefinite_noun(m.group(2))}
    terms |= {m.group(2) for m in _WITH_NOUN_BEFORE.finditer(text) if _indefinite_noun(m.group(1))}
    terms |= {m.group(1) for m in _COMPOUND.finditer(text) if len(m.group(2)) > 3 and m.group(2).startswith(_TERM_HEADS)}
    terms |= {m.group(1) for m in _COMPOUND.finditer(text) if _PROCESS_HEAD.fullmatch(m.group(2))}  # round 46i
    terms |= {part for m in _SLASHED.finditer(text) for part in m.group(1).split("/")  # round 46i: "MIG/MAG"
              if not any(workplace_somewhere(text, p) for p in m.group(1).split("/"))}
    return {t for t in terms if not rules.listed(t, gaz.EMPLOYERS) and not workplace_somewhere(text, t)}


_AFFILIATION_BEFORE = re.compile(r"(?<![\w-])(?i:ved|hos)[ \t]+$")


def workplace_somewhere(text: str, acronym: str) -> bool:
    """Whether the text puts the acronym where someone works or studies anywhere ("jobber i X", "ved X")."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w])", text):
        if employer_before(text, m.start()) or _AFFILIATION_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            return True
    return False


def drop_terms(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without organisation finds that are only an acronym the text uses as a term (its compounds
    too: "ROS-analyse")."""
    terms = term_acronyms(text)
    if not terms:
        return found
    out = []
    for f in found:
        head = text[f[0]:f[1]].split("-", 1)[0]
        if f[2] == "org" and f[3] not in ("list", "identifier") and head in terms:
            continue
        out.append(f)
    return out
