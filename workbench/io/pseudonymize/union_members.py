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
  i") it is an organisation, listed or not.
* Membership of a named trade union is special-category data about that person (GDPR art. 9), and every blind
  half lists it (`Parat`, `Lederne`, `Fagforbundet`). So a general union or confederation that someone is, becomes,
  was or stays a member of ("jeg er med i Fagforbundet nå", "hun er i Lederne", "han ble medlem av Parat",
  "meldte meg inn i Delta", "organisert i NTL") is an organisation there, and at its other mentions
  (`union_memberships`, round 30o). A union in the membership of many or anyone ("mange er med i Parat", "man
  bør melde seg inn"), one's own non-membership ("jeg er ikke medlem av Parat"), a question, a wish or advice
  ("du kan melde deg inn i Delta", "jeg skal kanskje melde meg inn") stays; so do employers' organisations
  (a firm is a member of NHO) and associations that are no unions (their keep rules are unchanged).
* A one-person firm is often its owner's name and a trade compound of an acronym and a lower-case word ("Tekle
  IT-støtte", "Vik VVS-service", "Osei PC-hjelp"). The word rules see the name and the acronym and stop at the
  hyphen, or take both for a person. After a naming or running frame ("Firmaet heter", "driver", "startet") the
  whole name with its trade compound is an organisation.

The finds join `definite_bodies`' (its source, `rule:definite-body`, and its place among the late rules), and
each is found again at its other mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.associations import MEDIA, host, listed_association, volunteer
from workbench.io.pseudonymize.body_employers import occupation
from workbench.io.pseudonymize.nynorsk_unions import nynorsk_unions
from workbench.io.pseudonymize.sentence_marks import SENTENCE as _SENTENCE
from workbench.io.pseudonymize.union_acquaintances import union_acquaintances
from workbench.io.pseudonymize.union_frames import union_frames
from workbench.io.pseudonymize import rules

_SENTENCE_END = rules.SENTENCE_OR_LINE_END
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


_CAPITAL = re.compile(r"(?<![\w@.&-])[A-ZÆØÅ]")


def listed_names(text: str, out: list[tuple[int, int, str, str]]) -> Iterator[tuple[int, str]]:
    """(start, name) for each listed union or association named in the text, left to right; a start inside the
    last find in `out` (the caller's list, appended to while this runs) is skipped."""
    for m in _CAPITAL.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        name = _listed_name(text, m.start())
        if name is not None:
            yield m.start(), name


def union_cases(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a listed union asked for help, contacted or helping someone."""
    out: list[tuple[int, int, str, str]] = []
    for start, name in listed_names(text, out):
        end = start + len(name)
        before = _clause(text, start)
        framed = (_ASKED.search(before) and _REQUEST_AFTER.match(text, end)) or _CONTACTED.search(before) \
            or _HELPED_AFTER.match(text, end)
        if framed and not _GENERIC.search(before) and not _question(text, end) \
                and not _PUBLIC.search(_sentence_at(text, start)):
            out.append((start, end, "org", "rule:definite-body"))
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
    return (union_cases(text) + profession_unions(text) + trade_firms(text) + union_memberships(text)
            + nynorsk_unions(text)  # round 33n: "Eg melde meg inn i Norsk Sykepleierforbund"
            + union_acquaintances(text)  # round 39n: "eg kjende frå NITO", "burde melde seg inn i Econa. Det gjorde han"
            + union_frames(text))  # round 45u: "Musikernes fellesorganisasjon", "betaler kontingent til", "gikk ut av"


# Trade unions and confederations (no employers' organisation, charity, club or generic word): membership of one
# is the member's special-category data.
_TRADE_UNIONS = frozenset("""
tekna econa nito parat fagforbundet delta unio lo ys akademikerne nsf sykepleierforbundet legeforeningen
tannlegeforeningen psykologforeningen juristforbundet utdanningsforbundet fellesforbundet forskerforbundet
fysioterapeutforbundet ergoterapeutene farmasiforbundet negotia lederne naturviterne samfunnsviterne elogit el&it
finansforbundet lektorlaget postkom creo samfunnsøkonomene bibliotekarforbundet presteforeningen
akademikerforbundet fellesorganisasjonen sjømannsforbundet transportarbeiderforbundet journalistlaget fo ntl bfo nof
mff hraf arbeidsmandsforbundet landsorganisasjonen tjenestemannslaget kommuneforbundet tannhelsesekretærforbundet
barnehageforbundet hk
""".split()) | {"el og it forbundet", "handel og kontor", "industri energi", "norsk lektorlag", "skolenes landsforbund",
                 "norsk journalistlag", "den norske legeforening", "norsk sykepleierforbund", "landsorganisasjonen i norge",
                 "yrkesorganisasjonenes sentralforbund", "norsk arbeidsmandsforbund", "norsk tjenestemannslag",
                 "befalets fellesorganisasjon", "norsk offisersforbund", "politiets fellesforbund",
                 "musikernes fellesorganisasjon", "norsk sjømannsforbund", "norsk transportarbeiderforbund",
                 "hotell- og restaurantarbeiderforbundet", "norsk lokomotivmannsforbund", "akademikerne næringsliv"}
# Being, becoming or staying a member, right before the union: "er med i", "ble medlem av", "meldte meg inn i",
# "organisert i", "tillitsvalgt i", and the plain "er i" ("hun er i Lederne").
_MEMBERSHIP = re.compile(
    r"(?<![\w-])(?i:(?:medlem|medlemmer)[ \t]+(?:av|i)"
    r"|(?:meldt|meldte|melder|melda|innmeldt)(?:[ \t]+(?:jeg|han|hun|vi|de|æ|e|eg|ho))?"  # 35o: dialect "æ meldte mæ"
    r"(?:[ \t]+(?:meg|seg|oss|mæ|mæg|mej|mei|me|sæ|sæg|sej))?(?:[ \t]+(?:også|nå))?"
    r"[ \t]+inn[ \t]+i"
    r"|(?:er|var|vært|ble|blitt|blir)(?:[ \t]+(?:jeg|han|hun|vi|de))?(?:[ \t]+(?:også|nå|fortsatt|jo|bare|selv))?"
    r"(?:[ \t]+med)?[ \t]+i"
    r"|organisert(?:[ \t]+(?:meg|seg))?[ \t]+i|tillitsvalgt[ \t]+(?:i|for))[ \t]+$")
# No member there, or not yet: a negation, a wish, a plan, advice or a condition in the clause.
_NOT_MEMBER = re.compile(
    r"(?<![\w-])(?i:ikke|aldri|ingen|verken|kan|kunne|skal|skulle|bør|burde|må|måtte|vil|ville|får|tenker|vurderer"
    r"|lurer|hvis|dersom|om|kanskje|ønsker|planlegger|du|dere|kolleg\w*|andre|noen|medlemmene|halvparten)(?![\w-])")
_COORDINATED = re.compile(r",?[ \t]+(?:og|eller)[ \t]+(?:(?:i|av)[ \t]+)?(?=[A-ZÆØÅ])")


def _trade_union(name: str) -> bool:
    return " ".join(name.split()).casefold() in _TRADE_UNIONS


def union_memberships(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a trade union someone is, becomes or was a member of,
    and a union coordinated with it ("med i Byggfag eller i Fagforbundet")."""
    out: list[tuple[int, int, str, str]] = []
    for start, name in listed_names(text, out):
        if not _trade_union(name):
            continue
        before = _clause(text, start)
        frame = _MEMBERSHIP.search(before)
        if frame is None or _GENERIC.search(before) or _NOT_MEMBER.search(before) or _question(text, start):
            continue
        out.append((start, start + len(name), "org", "rule:definite-body"))
        at = start + len(name)
        while (joint := _COORDINATED.match(text, at)) and (other := _listed_name(text, joint.end())) \
                and _trade_union(other):
            out.append((joint.end(), joint.end() + len(other), "org", "rule:definite-body"))
            at = joint.end() + len(other)
    return out
