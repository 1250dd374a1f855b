"""National bodies named in passing, as options or in the news: no one's workplace, left as they are.

* Energy companies ("Statkraft", "Equinor", "Eviny") are large employers, and where someone works for one the
  name is kept out (`rule:employer` and the work rules). The same names fill the news: a power price, a profit,
  a wind farm being built, criticism. A mention of a listed energy company in a sentence that talks of news,
  prices, profits, building or criticism, with no work word before it there, is dropped, unless the company is
  someone's workplace somewhere in the text ("jobber i Eviny"), when every mention stays replaced.
* Two large unions or confederations set against each other with `eller` ("med i Parat eller i NTL", "velge
  Delta eller Fagforbundet") are options, joined by many: neither is dropped if someone holds office or works in
  it ("tillitsvalgt i Parat") or an identified person is a member of it (`union_members.union_memberships`), else
  both are left.
* A union whose name is two words joined by `og` ("Handel og Kontor") named as a party to wage talks or a body
  that demands or means something, with no joining, office or work before it, is left: the word rules found
  only a part of it ("Kontor").
* Two listed unions joined by `og` in a sentence of wage talks, strikes or news ("Fagforbundet og Delta brøt
  forhandlingene") are parties in public life, left as they are unless someone in the text is a member of one.
* A national association written with a hyphenated list compound ("Norges Jeger- og Fiskerforbund", "Norges
  Sopp- og Nyttevekstforbund") is one name, of a hobby's national body. Named in passing (it holds courses, it
  says something) no part of it is replaced; where someone works or holds office in it, the whole name is an
  organisation (`passing_finds`), not only its first word.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.associations import association
from workbench.io.pseudonymize.sentence_marks import SENTENCE as _SENTENCE
from workbench.io.pseudonymize.trade_associations import news_mentions


ENERGY_COMPANIES = frozenset("""
statkraft equinor hafslund eviny lyse elvia tensio statnett fjordkraft glitre tafjord ørsted vattenfall fortum
""".split()) | frozenset({"agder energi", "glitre energi", "skagerak energi", "hafslund eco", "hafslund nett",
                          "lyse energi", "norsk hydro", "hydro energi"})

# News, markets, prices, building and criticism: the sentence is about the company, not about someone's job.
_NEWS = re.compile(
    r"(?<![\w-])(?i:nyhet\w*|avis\w*|radio\w*|tv|leste|lest|leser|skrev|skriver|melder|meldte|rapport\w*"
    r"|overskudd\w*|underskudd\w*|rekord\w*|aksje\w*|børs\w*|strømpris\w*|pris\w*|kritikk\w*|kritiser\w*"
    r"|bygger|bygde|bygd|utbygging\w*|vindkraft\w*|vindpark\w*|kraftverk\w*|regjering\w*|milliard\w*"
    r"|tjener|tjente|investerer|investerte|investering\w*|streik\w*|konsesjon\w*|saksøkt|bot|boten)(?![\w-])")
# Work before a company in its clause: "jobber i", "montør hos", "pensjonert fra", "praksis i".
_WORK = re.compile(
    r"(?<![\w-])(?i:jobb\w*|arbeid\w*|ansatt\w*|praksis\w*|lærling\w*|sommerjobb\w*|vikar\w*|pensjonert"
    r"|kolleg\w*|sjef\w*|leder|montør\w*|ingeniør\w*|elektriker\w*|operatør\w*|tekniker\w*|konsulent\w*"
    r"|rådgiver\w*|tillitsvalgt\w*|trainee\w*|kontrakt\w*|oppdrag\w*|[a-zæøå]+(?:ør|ist|er|ent|sjef|leder))"
    r"(?![\w-])(?:[ \t]+[\wæøå]+){0,3}?[ \t]+(?i:i|hos|for|fra|ved|på)[ \t]+$")
_OFFICE = re.compile(
    r"(?<![\w-])(?i:tillitsvalgt\w*|leder\w*|nestleder\w*|sekretær\w*|rådgiver\w*|styre\w*|ansatt|jobber|jobbet"
    r"|jobbe|arbeider|arbeidet|frikjøpt)(?:[ \t]+[\wæøå]+)?[ \t]+(?i:i|for|hos|ved|på)[ \t]+$")
_JOIN = re.compile(
    r"(?<![\w-])(?i:inn[ \t]+i|medlem\w*[ \t]+(?:av|i)|med[ \t]+i|organisert[ \t]+i)[ \t]+$")

_OPTION_NAME = r"[A-ZÆØÅ][\wæøå-]*(?:[ \t]+og[ \t]+[A-ZÆØÅ][\wæøå-]*)?"
_OPTIONS = re.compile(rf"(?<![\w@.-])({_OPTION_NAME}),?[ \t]+eller[ \t]+(?:(?i:i|på|hos)[ \t]+)?({_OPTION_NAME})(?![\w-])")
_AND_UNION = re.compile(r"(?<![\w@.-])[A-ZÆØÅ][\wæøå]+[ \t]+og[ \t]+[A-ZÆØÅ][\wæøå]+(?![\w-])")
_LIST_COMPOUND = re.compile(r"(?<![\w@.-])(?:Norges|Norsk|Landsforbundet|Landslaget)[ \t]+[A-ZÆØÅ][\wæøå]*-[ \t]+og"
                            r"[ \t]+[\wæøå]+(?:forbund|forbundet|forening|foreningen|lag|laget)(?![\w-])")


def _clause_before(text: str, start: int) -> str:
    lo = max(text.rfind("\n", 0, start) + 1, *(text.rfind(c, 0, start) + 1 for c in ".!?;:"), start - 80)
    return text[lo:start]


def _sentence_at(text: str, start: int) -> str:
    lo = max(text.rfind("\n", 0, start) + 1, *(text.rfind(c, 0, start) + 1 for c in ".!?"))
    m = _SENTENCE.match(text, lo)
    return m.group(0) if m else ""


def _energy_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each capitalised mention of a listed energy company, longest name first."""
    out: list[tuple[int, int, str]] = []
    for name in sorted(ENERGY_COMPANIES, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w@.-]){re.escape(name)}s?(?![\w-])", text, re.IGNORECASE):
            if m.group(0)[:1].isupper() and not any(s <= m.start() < e for s, e, _n in out):
                out.append((m.start(), m.end(), name))
    return out


def _news_mentions(text: str) -> list[tuple[int, int]]:
    """Spans of energy companies named in a news sentence with no work before them, never worked at in the text."""
    mentions = _energy_mentions(text)
    worked = {name for s, _e, name in mentions if _WORK.search(_clause_before(text, s))}
    return [(s, e) for s, e, name in mentions if name not in worked and _NEWS.search(_sentence_at(text, s))]


def _options(text: str) -> list[tuple[int, int]]:
    """Spans of listed unions or confederations set against each other with `eller`, neither held office in
    anywhere in the text."""
    from workbench.io.pseudonymize.union_members import union_memberships

    out = []
    members: set[str] | None = None
    for m in _OPTIONS.finditer(text):
        names = [" ".join(m.group(i).split()).casefold() for i in (1, 2)]
        if not all(association(n) for n in names) or _OFFICE.search(_clause_before(text, m.start())):
            continue
        if members is None:  # "mannen min er med i Byggfag eller i Fagforbundet": someone's membership (round 30o)
            members = {" ".join(text[s:e].split()).casefold() for s, e, _k, _src in union_memberships(text)}
        for i in (1, 2):
            if not _held(text, m.group(i)) and names[i - 1] not in members:
                out.append((m.start(i), m.end(i)))
    return out


def _held(text: str, name: str) -> bool:
    """Whether someone holds office or works in `name` somewhere in the text ("tillitsvalgt i Parat")."""
    return any(_OFFICE.search(_clause_before(text, m.start()))
               for m in re.finditer(rf"(?<![\w@.-]){re.escape(name)}(?![\w-])", text))


def _unions_in_talks(text: str) -> list[tuple[int, int]]:
    """Spans of listed `X og Y` unions named with no joining, office or work before them."""
    from workbench.io.pseudonymize.corrected_unions import corrected_unions
    from workbench.io.pseudonymize.stated_ties import stated_unions
    from workbench.io.pseudonymize.union_answers import union_answers
    from workbench.io.pseudonymize.union_frames import union_frames

    out = []
    framed: set[tuple[int, int]] | None = None
    for m in _AND_UNION.finditer(text):
        if not association(" ".join(m.group(0).split()).casefold()):
            continue
        if framed is None:  # round 45u: "betaler kontingent til Handel og Kontor", an answer: someone's union
            framed = {(s, e) for s, e, _k, _src in union_frames(text) + union_answers(text)
                      + corrected_unions(text)  # round 50c: "i econa eller rettere sagt handel og kontor"
                      + stated_unions(text)}  # round 51o: "Og Handel og Kontor før, men jeg meldte meg ut."
        if (m.start(), m.end()) in framed:
            continue
        before = _clause_before(text, m.start())
        if _OFFICE.search(before) or _JOIN.search(before) or _WORK.search(before):
            continue
        if re.match(r"[ \t]+[Ff]orbund", text[m.end():]):
            continue  # "… og … forbundet": the spaced-union rule decides
        out.append((m.start(), m.end()))
    return out


def _union_pairs(text: str) -> list[tuple[int, int]]:
    """Spans of two listed unions joined by `og` in a sentence of wage talks, strikes or news, with no joining,
    office or work before them and neither a member's union in the text ("Fagforbundet og Delta brøt
    forhandlingene"), round 30o."""
    from workbench.io.pseudonymize.union_members import _PUBLIC, union_memberships

    out = []
    members: set[str] | None = None
    for m in _AND_UNION.finditer(text):
        names = [" ".join(n.split()).casefold() for n in re.split(r"[ \t]+og[ \t]+", m.group(0))]
        if len(names) != 2 or not all(association(n) for n in names) or association(" ".join(names[:1] + ["og"] + names[1:])):
            continue
        before = _clause_before(text, m.start())
        if _OFFICE.search(before) or _JOIN.search(before) or _WORK.search(before) \
                or not _PUBLIC.search(_sentence_at(text, m.start())):
            continue
        if members is None:
            members = {" ".join(text[s:e].split()).casefold() for s, e, _k, _src in union_memberships(text)}
        if not members & set(names):
            out.append((m.start(), m.end()))
    return out


def _passing_lists(text: str) -> list[tuple[int, int]]:
    """Spans of national list-compound associations named with no office or work before them."""
    return [(m.start(), m.end()) for m in _LIST_COMPOUND.finditer(text)
            if not _OFFICE.search(_clause_before(text, m.start()))]


def passing_finds(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a list-compound association or a listed `X og Y` union
    someone works or holds office in ("nestleder i Norges Kano- og Kajakkforbund", "tillitsvalgt for Handel og
    Kontor"): the whole name, where the word rules take only its capitalised words."""
    out = [(m.start(), m.end(), "org", "rule:definite-body") for m in _LIST_COMPOUND.finditer(text)
           if _OFFICE.search(_clause_before(text, m.start()))]
    out += [(m.start(), m.end(), "org", "rule:definite-body") for m in _AND_UNION.finditer(text)
            if association(" ".join(m.group(0).split()).casefold()) and _OFFICE.search(_clause_before(text, m.start()))
            and not re.match(r"[ \t]+[Ff]orbund", text[m.end():])]
    return out


def drop_passing(text: str, found: list) -> list:
    """`found` without energy companies in the news, unions set against each other as options, `X og Y` unions
    in wage talks and national list-compound associations named in passing."""
    spans = _options(text) + _unions_in_talks(text) + _passing_lists(text) + _news_mentions(text) + _union_pairs(text) \
        + news_mentions(text)  # round 32o: "leste at Bilbransjens Landsforening vil ..."
    return [f for f in found if f[3] in ("list", "identifier") or f[2] not in ("org", "place", "person")
            or not any(s <= f[0] and f[1] <= e for s, e in spans)]
