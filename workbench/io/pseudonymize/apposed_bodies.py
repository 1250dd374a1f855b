"""Organisations named beside a word that tells what they are: an acronym's full name, a union after its acronym or
talked with, a chain after a shop noun, a transport company owning a fleet (round 69a).

Held-out 84 and 85 (read as development data) left six organisations that no rule kept, each beside words that
tell what it is though its own words do not. The keep rules read a union or association named in passing and a
transport company or chain everyone uses as identifying nobody; these frames tie them to someone. None of the rules
below reads a word list of those texts, only shapes and frames:

* an acronym found as an organisation and its full name in apposition after a comma ("medlem av NFFO, Norsk
  faglitterær forfatter- og oversetterforening, der"), or a full name and its acronym in brackets ("Norsk el- og
  automasjonsforening (NEAF)"). The name opens with a capital, runs up to six words (coordinated hyphen prefixes and
  `og` inside), ends in an association noun (`forening`, `forbund`, `lag`, `organisasjon`, `selskap`) and begins
  with the acronym's first letter; it ends the apposition. Policy: the name spells out the body the acronym names.
  An acronym explained by ordinary words ("HMS, helse, miljø og sikkerhet") stays.
* a capitalised compound of `-forbundet`/`-foreningen` the dictionary does not know, opening the sentence right
  after one that joins an acronym with the same first letter ("meldte meg inn i YTF. Yrkestrafikkforbundet hadde
  et møte"). Policy: the full name of the union just joined; membership of a union is special-category data.
  `Forbundet`, `Foreningen` and dictionary compounds (`Idrettsforbundet`) opening a sentence stay.
* such a compound, or a listed trade union, right after talking with (`snakket med`, `pratet med`): "har snakket med
  Fellesforbundet om at klubben kan ta imot flere". Policy: a union someone's club or workplace deals with, as
  `union_members.union_cases` reads one contacted; many people as the subject, a question and strikes, wage talks
  or the news in the sentence stay, as there.
* a capitalised name in apposition after a shop noun and a comma, ending there ("over en sportsbutikk,
  Intersport."). Policy: the speaker points out one shop, which places a home or a workplace. Common nouns after
  the comma, a listed place or person, and shopping (`handler`, `kjøpte`) in the clause stay (`everyday`).
* a listed transport company (`transport_employers.OPERATORS`) right after a fleet noun and `fra`/`til`/`hos` (`bussene
  fra Ruter`, `ferjene fra Fjord1`) in a line about maintenance or work. Policy: the fleet's owner, whose vehicles
  the speaker services, is a client or employer, as `transport_employers` reads one worked for. `bussene fra
  sentrum` and riding with one stay.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import propagate, rules, transport_employers, union_members
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.sentence_marks import SENTENCE_OR_LINE_END
from workbench.io.pseudonymize.spans import overlaps, within
from workbench.io.pseudonymize.work_frames import line_around

Found = tuple[int, int, str, str, "str | None"]

_ACRONYM = re.compile(r"[A-ZÆØÅ]{2,6}")
_HEAD = r"\w*(?:forening|foreningen|forbund|forbundet|lag|laget|organisasjon|organisasjonen|selskap|selskapet)"
_WORD = r"(?:[\wæøå]+-?|og)"
# A full name: a capital first, up to six words in all, ending in an association noun, then the apposition ends.
_FULL = re.compile(rf"(?P<name>[A-ZÆØÅ][\wæøå]*-?(?:[ \t]+{_WORD}){{0,4}}?[ \t]+{_HEAD}|[A-ZÆØÅ]{_HEAD})"
                   rf"(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:der|som|hvor|og)(?![\w-]))", re.M)
_BRACKETED = re.compile(rf"(?<![\w-])(?P<name>[A-ZÆØÅ][\wæøå]*-?(?:[ \t]+{_WORD}){{0,4}}?[ \t]+{_HEAD}"
                        rf"|[A-ZÆØÅ]{_HEAD})[ \t]+\((?P<acronym>[A-ZÆØÅ]{{2,6}})\)")
_UNION = re.compile(r"(?<![\w@.-])[A-ZÆØÅ][a-zæøå]{3,}(?:forbundet|foreningen)(?![\w-])")
_JOINED = re.compile(r"(?<![\w-])(?i:meldte|meldt|melder|innmeldt|medlem|med)(?:[ \t]+[\wæøå]+){0,3}?[ \t]+(?i:i|av)"
                     r"[ \t]+(?P<acronym>[A-ZÆØÅ]{2,6})(?![\w-])")
_TALKED = re.compile(r"(?<![\w-])(?i:snakket|snakka|snakke|snakker|pratet|prata|prate|prater)[ \t]+med[ \t]+$")
_SHOP = re.compile(r"(?<![\w-])(?i:\w*butikk|\w*butikken|\w*forretning|\w*forretningen|kiosk|kiosken|bokhandel"
                   r"|bokhandelen|\w*senter|\w*senteret),[ \t]+(?P<name>[A-ZÆØÅ][\wæøå&-]*(?:[ \t]+[A-ZÆØÅ][\wæøå-]*){0,2})"
                   r"(?=[ \t]*(?:[,.;:!?)]|$))", re.M)
_SHOPPING = re.compile(r"(?<![\w-])(?i:handle\w*|kjøp\w*|shoppe\w*|shoppet)(?![\w-])")
_FLEET = re.compile(r"(?<![\w-])(?i:\w*bussene|\w*bussen|\w*busser|trikkene|togene|\w*ferjene|\w*fergene|\w*båtene"
                    r"|vognene)[ \t]+(?:fra|til|hos)[ \t]+(?=[A-ZÆØÅ])")
_UPKEEP = re.compile(r"(?<![\w-])(?i:vedlikehold\w*|service\w*|\w*verksted\w*|depot\w*|reparer\w*|reparasjon\w*"
                     r"|mekaniker\w*|lade\w*|lader\w*|elektriker\w*|sjåfør\w*)(?![\w-])")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts."""
    return max((m.end() for m in SENTENCE_OR_LINE_END.finditer(text, 0, at)), default=0)


def _initial(name: str, acronym: str) -> bool:
    return name[:1].casefold() == acronym[:1].casefold()


def acronym_names(text: str, found: list[Found]) -> list[Found]:
    """A full association name after a found acronym and a comma, or before its acronym in brackets."""
    out: list[Found] = []
    for f in found:
        if f[2] == "org" and _ACRONYM.fullmatch(text[f[0]:f[1]]) and text.startswith(", ", f[1]):
            m = _FULL.match(text, f[1] + 2)
            if m and _initial(m.group("name"), text[f[0]:f[1]]) and len(m.group("name").split()) <= 6:
                out.append((m.start("name"), m.end("name"), "org", "rule:org", None))
    for m in _BRACKETED.finditer(text):
        name = m.group("name")
        if _initial(name, m.group("acronym")) and len(name.split()) <= 6 and name.casefold() not in gaz.PUBLIC:
            out += [(m.start("name"), m.end("name"), "org", "rule:org", None),
                    (m.start("acronym"), m.end("acronym"), "org", "rule:org", None)]
    return out


def _unknown_union(word: str) -> bool:
    """A capitalised `-forbundet`/`-foreningen` compound the dictionary does not know."""
    return bool(_UNION.fullmatch(word)) and not rules.known_word(word.casefold())


def joined_unions(text: str) -> list[Found]:
    """A union's one-word name opening the sentence right after one that joined its acronym."""
    out: list[Found] = []
    for m in _UNION.finditer(text):
        start = _sentence_start(text, m.start())
        if text[start:m.start()].strip() or start < 2 or text[start - 1] != "." or not _unknown_union(m.group(0)):
            continue
        joined = [j for j in _JOINED.finditer(text, _sentence_start(text, start - 1), start)]
        if joined and _initial(m.group(0), joined[-1].group("acronym")) and \
                not union_members._NOT_MEMBER.search(text, joined[-1].start(), joined[-1].start("acronym")):
            out.append((m.start(), m.end(), "org", "rule:org", None))
    return out


def talked_unions(text: str) -> list[Found]:
    """An unknown union compound or a listed trade union right after `snakket/pratet med`."""
    out: list[Found] = []
    for m in re.finditer(r"(?<![\w@.&-])[A-ZÆØÅ]", text):
        before = text[max(0, m.start() - 30):m.start()]
        if not _TALKED.search(before):
            continue
        union = _UNION.match(text, m.start())
        name = union.group(0) if union and _unknown_union(union.group(0)) else union_members._listed_name(text, m.start())
        if name is None or (not union and not union_members._trade_union(name)):
            continue
        clause = union_members._clause(text, m.start())
        if union_members._GENERIC.search(clause) or union_members._question(text, m.start()) \
                or union_members._PUBLIC.search(union_members._sentence_at(text, m.start())):
            continue
        out.append((m.start(), m.start() + len(name), "org", "rule:org", None))
    return out


def shop_chains(text: str, found: list[Found]) -> list[Found]:
    """A capitalised name in apposition after a shop noun and a comma, not shopped at, nor a place or person."""
    others = [(f[0], f[1]) for f in found if f[2] in ("person", "place")]
    out: list[Found] = []
    for m in _SHOP.finditer(text):
        s, e = m.span("name")
        words = m.group("name").split()
        if overlaps(others, s, e) or any(rules.listed(w, gaz.PLACES) or rules.listed(w, gaz.GIVEN_NAMES) for w in words) \
                or _SHOPPING.search(text, _sentence_start(text, m.start()), m.start()):
            continue
        out.append((s, e, "org", "rule:org", None))
    return out


def fleet_owners(text: str) -> list[Found]:
    """A listed transport company after a fleet noun and `fra`/`til`/`hos`, in a line about upkeep or work."""
    out: list[Found] = []
    for m in _FLEET.finditer(text):
        words = re.findall(r"\S+", text[m.end():m.end() + 60].split("\n")[0])
        words = [w.rstrip(",.;:!?") for w in words[:3]]
        n = transport_employers._operator(words)
        if not n or any(not w[:1].isupper() and not w[:1].isdigit() for w in words[:n]):
            continue
        line_start, line_end = line_around(text, m.start())
        if _UPKEEP.search(text, line_start, line_end) or transport_employers._WORK_IN_TURN.search(text, line_start, line_end):
            end = m.end() + len(" ".join(words[:n]))
            out.append((m.end(), end, "org", "rule:org", None))
    return out


def apply(text: str, found: list[Found], keep: list[tuple[int, int]]) -> list[Found]:
    """`found` with the bodies above added and found again, none inside `keep` nor already found as one."""
    orgs = [(f[0], f[1]) for f in found if f[2] == "org"]
    new = acronym_names(text, found) + joined_unions(text) + talked_unions(text) + shop_chains(text, found) \
        + fleet_owners(text)
    new = [n for n in new if not overlaps(keep, n[0], n[1]) and not within(orgs, n[0], n[1])]
    if not new:
        return found
    again = [a for a in propagate.found_again(text, new, keep) if not within(orgs + [(n[0], n[1]) for n in new], a[0], a[1])]
    return found + new + again
