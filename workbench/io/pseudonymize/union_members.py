"""Unions in someone's own case, professional unions someone belongs to, and one-person firms of a name and a
hyphenated trade word.

* A union asked for help or advice, contacted, or giving help in someone's case ("vi har spurt Parat om hjelp",
  "hun tok kontakt med Delta", "han fikk hjelp av Fagforbundet med saken", "NTL hjalp meg") is no union named in
  passing: the text ties one person, or the programme, to it, and union membership is sensitive data. Such a
  listed union or confederation is an organisation there, and so at its other mentions (`propagate`). Advice to
  anyone ("du kan ringe Fagforbundet"), a question, many people as the subject ("mange spør Parat") and a
  sentence about a strike, wage talks, the news or the government ("Kommunen tok kontakt med Unio om
  streiken") stay.
* A union of one profession written as one compound of a trade noun and `forbund`, `forening` or `lag`
  ("Farmasiforbundet", "Radiografforbundet", "Bibliotekarforbundet") tells the reader someone's trade as well as
  their membership. After a membership or joining frame ("er med i", "medlem av", "meldt seg inn i", "organisert
  i") it is an organisation, listed or not. General unions and confederations in a plain membership frame
  ("medlem av Fagforbundet") are left to the keep rules, as the development controls have them.
* A one-person firm is often its owner's name and a trade compound of an acronym and a lower-case word ("Tekle
  IT-støtte", "Vik VVS-service", "Osei PC-hjelp"). The word rules see the name and the acronym and stop at the
  hyphen, or take both for a person. After a naming or running frame ("Firmaet heter", "driver", "startet") the
  whole name with its trade compound is an organisation.

The finds join `definite_bodies`' (its source, `rule:definite-body`, and its place among the late rules), and
each is found again at its other mentions.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.associations import MEDIA, host, listed_association, volunteer
from workbench.io.pseudonymize.body_employers import occupation

_SENTENCE_END = re.compile(r"[.!?\n]")
_NAME = re.compile(r"[A-ZÆØÅ][\wæøå&-]*(?:[ \t]+(?:og[ \t]+)?[A-ZÆØÅ][\wæøå-]*){0,2}")

# Many people, anyone, or "man" as the subject: advice and custom, not one person's case.
_GENERIC = re.compile(r"(?<![\w-])(?i:mange|folk|alle|man|flere|ingen|de[ \t]+fleste|hvem[ \t]+som[ \t]+helst)(?![\w-])")
# A request to the union, right before it: "spurt", "bedt", "ba" (with `om hjelp/råd` after the name).
_ASKED = re.compile(r"(?<![\w-])(?i:spurt|spurte|bedt|ba)[ \t]+$")
_REQUEST_AFTER = re.compile(r"[ \t]+(?i:om)[ \t]+(?i:hjelp|råd|bistand|støtte|en[ \t]+advokat|juridisk)(?![\w-])")
# Contact made (past forms only) or help received, right before the union.
_CONTACTED = re.compile(
    r"(?<![\w-])(?i:(?:tok|tatt)[ \t]+kontakt[ \t]+med|kontaktet|ringte|ringt|skrev[ \t]+til|skrevet[ \t]+til"
    r"|sendte(?:[ \t]+[\wæøå]+){0,3}?[ \t]+til"
    r"|(?:fikk|fått|hadde)(?:[ \t]+[\wæøå]+){0,2}?[ \t]+(?:hjelp|råd|bistand|støtte|advokat|advokathjelp)"
    r"[ \t]+(?:av|fra|hos|gjennom))[ \t]+$")
# The union helping, right after its name: "Parat hjalp meg", "Delta har hjulpet henne".
_HELPED_AFTER = re.compile(r"[ \t]+(?i:hjalp|bisto|(?:har|hadde)[ \t]+(?:hjulpet|bistått))[ \t]+(?:(?i:meg|oss|ham|henne"
                           r"|han|hun|dem|de|mannen|kona|broren|søsteren)|[A-ZÆØÅ][a-zæøå]+)(?![\w-])")
# Strikes, wage talks, news and government in the sentence: the union as a party in public life, no one's case.
_PUBLIC = re.compile(r"(?<![\w-])(?i:streik\w*|lønnsoppgjør\w*|oppgjør\w*|mekling\w*|mekler\w*|forhandl\w*"
                     r"|tariff\w*|regjering\w*|storting\w*|departement\w*|nyhet\w*|avis\w*|radio\w*|tv|pressemelding\w*"
                     r"|kampanje\w*|demonstrasjon\w*|aksjon\w*|høring\w*|arbeidsgiverforening\w*)(?![\w-])")
_SENTENCE = re.compile(r"[^.!?\n]*[.!?]?")


def _clause(text: str, start: int, back: int = 90) -> str:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - back), start)),
             default=max(0, start - back))
    return text[lo:start]


def _sentence_at(text: str, start: int) -> str:
    lo = max(text.rfind(c, 0, start) + 1 for c in ".!?\n")
    m = _SENTENCE.match(text, lo)
    return m.group(0) if m else ""


def _question(text: str, end: int) -> bool:
    m = _SENTENCE_END.search(text, end)
    return m is not None and m.group(0) == "?"


def _union(name: str) -> bool:
    """Whether a casefolded name is a listed union, confederation or professional body: no charity, host or
    medium."""
    return listed_association(name) and not volunteer(name) and not host(name) and name not in MEDIA


def _listed_name(text: str, start: int) -> str | None:
    """The longest run of capitalised words from `start` that is a listed union, as written."""
    m = _NAME.match(text, start)
    if m is None:
        return None
    ends = [w.end() for w in re.finditer(r"\S+", m.group(0))]
    for end in reversed(ends):
        raw = m.group(0)[:end]
        if _union(" ".join(raw.split()).casefold()):
            return raw
    return None


def union_cases(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a listed union asked for help, contacted or helping someone."""
    out: list[tuple[int, int, str, str]] = []
    for m in re.finditer(r"(?<![\w@.&-])[A-ZÆØÅ]", text):
        if out and m.start() < out[-1][1]:
            continue
        name = _listed_name(text, m.start())
        if name is None:
            continue
        end = m.start() + len(name)
        before = _clause(text, m.start())
        framed = (_ASKED.search(before) and _REQUEST_AFTER.match(text, end)) or _CONTACTED.search(before) \
            or _HELPED_AFTER.match(text, end)
        if framed and not _GENERIC.search(before) and not _question(text, end) \
                and not _PUBLIC.search(_sentence_at(text, m.start())):
            out.append((m.start(), end, "org", "rule:definite-body"))
    return out


_PROFESSION_UNION = re.compile(r"(?<![\w@.-])([A-ZÆØÅ][a-zæøå]{3,}?)(?:forbundet|forbund|foreningen|forening|laget)"
                               r"(?![\w-])")
# Disciplines that name one profession: "Farmasiforbundet" is the pharmacy staff's union.
_DISCIPLINES = frozenset("""
farmasi fysioterapi ergoterapi radiografi audiografi sykepleie tannpleie tannhelse jordmor optometri ortopedi
bioingeniørfag sosionom vernepleie barnevern
""".split())
_TRADE_ENDINGS = ("eut", "pleier", "tekniker", "ingeniør", "økonom", "farmasøyt", "psykolog", "sekretær", "ograf")
_NOT_TRADES = frozenset("""
fag felles pensjonist student elev jeger fisker turist leieboer huseier hytteeier forbruker pasient bruker seiler
syklist bilist løper skiløper amatør samler kunde innvandrer naturvern handikap blinde
""".split())
_MEMBER_BEFORE = re.compile(
    r"(?<![\w-])(?i:medlem(?:mer|skap)?[ \t]+(?:av|i)|(?:meldt|meldte|melde|melder|innmeldt)(?:[ \t]+(?:meg|seg|deg|oss"
    r"|dere))?[ \t]+inn[ \t]+i|(?:er|var|vært|ble|blitt|blir)(?:[ \t]+(?:også|nå|fortsatt))?[ \t]+med[ \t]+i"
    r"|organisert[ \t]+i|tillitsvalgt[ \t]+(?:i|for))[ \t]+$")


def _profession(stem: str) -> bool:
    if stem in _NOT_TRADES:
        return False
    return stem in _DISCIPLINES or occupation(stem) or stem.endswith(_TRADE_ENDINGS)


def profession_unions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for one profession's union joined or belonged to."""
    out = []
    for m in _PROFESSION_UNION.finditer(text):
        before = _clause(text, m.start())
        if _profession(m.group(1).casefold()) and _MEMBER_BEFORE.search(before) and not _GENERIC.search(before):
            out.append((m.start(), m.end(), "org", "rule:definite-body"))
    return out


# A name (or two) and a trade compound of an acronym and a lower-case word: "Tekle IT-støtte", "Vik VVS-service".
_TRADE_FIRM = re.compile(r"(?<![\w@.-])((?:[A-ZÆØÅ][a-zæøå]+[ \t]+){1,2})([A-ZÆØÅ]{2,4}-([a-zæøå]{3,}))(?![\w-])")
_FIRM_FRAME = re.compile(
    r"(?<![\w-])(?i:heter|het|hette|driver|drev|drive|startet|starte|starter|etablerte|registrerte|eier|eide"
    r"|kalte[ \t]+(?:det|firmaet|bedriften)|kaller[ \t]+(?:det|firmaet|bedriften))"
    r"(?:[ \t]+(?i:jeg|du|han|hun|vi|dere|de|hen))?(?:[ \t]+(?i:opp|også|nå))?[ \t]+$")


def trade_firms(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a name and an acronym trade compound after a naming or running
    frame ("Firmaet heter Tekle IT-støtte", "hun startet Vik VVS-service")."""
    out = []
    for m in _TRADE_FIRM.finditer(text):
        tail = m.group(3)
        if not (lexicon.known_word(tail) or lexicon.compound_head(tail) is not None):
            continue
        if _FIRM_FRAME.search(_clause(text, m.start(), 60)):
            out.append((m.start(), m.end(), "org", "rule:definite-body"))
    return out


def union_member_finds(text: str) -> list[tuple[int, int, str, str]]:
    """Every find of this module, for the pseudonymiser's late organisation rules."""
    return union_cases(text) + profession_unions(text) + trade_firms(text)
