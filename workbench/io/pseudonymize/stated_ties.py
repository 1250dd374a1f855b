"""Organisations whose tie to someone the sentence states by their shape or after their name (round 51o).

The frame rules look for a verb before a name ("jobber i", "medlem av", "studerte ved"). These forms carry the
tie elsewhere, and the word rules leave them:

* a university abroad written as a hyphenated compound of its founder's name or its city, with the city after
  `i` ("Kapodistrias-universitetet i Athen", "Obafemi Awolowo-universitetet i Ile-Ife",
  "Karl-Franzens-universitetet i Graz"). A capitalised compound of `-universitetet`, `-høgskolen` or
  `-instituttet` is a named institution whatever the verb; the words before the hyphen are taken while they
  are capitalised and not function words, and the city with it;
* a municipal or state agency written as a capitalised compound of `-etaten` after `i`, where the sentence is
  about work ("først på Hjeltnes, så i Bymiljøetaten", "og så i Sykehjemsetaten", "jobbet et år i
  Helseetaten"). A public body where someone works narrows who they are; one named as a service ("Skatteetaten
  sendte et brev", "en sak i Skatteetaten") stays;
* a listed trade union opening a sentence, with membership said after it in the same sentence by a person
  ("Fellesforbundet hjelper, jeg er medlem nå.", "Og Handel og Kontor før, men jeg meldte meg ut.", "Parat var
  det først, jeg var medlem i ett år"). Union membership is special-category data; a union in the news
  ("Fellesforbundet mener …") or with members counted ("… har mange medlemmer") has no person's membership;
* a firm or clinic of two or more capitalised words opening a sentence in a list of places applied to, with
  `der` and what happened there after a comma ("Aktiv Rygg Fysio på Torshov, der var jeg på intervju.",
  "Helsehuset Kalbakken, der venter jeg fortsatt på svar."); a place's own name ("Nordre Aker, der …") stays.

The finds join the late rules in `pseudonymizer`, after the keep rules, and are found again at other mentions.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.union_frames import shaped_union
from workbench.io.pseudonymize.union_members import _TRADE_UNIONS, _listed_name

_UNIVERSITY = re.compile(
    r"(?<![\w-])((?:[A-ZÆØÅ][\w'’]*[ \t]+){0,2}[A-ZÆØÅ][\w'’-]*?-(?:universitetet|høgskolen|høyskolen|instituttet))"
    r"(?:[ \t]+i[ \t]+[A-ZÆØÅ][\w'’-]*)?(?![\w-])")

_AGENCY = re.compile(r"(?<![\w-])i[ \t]+([A-ZÆØÅ][a-zæøå]+(?:-[ \t]+og[ \t]+[a-zæøå]+)?etaten)(?![\w-])")
# A sentence about work: a work word, or a career told as steps ("først …, så i").
_WORK = re.compile(r"(?<![\w-])(?i:jobb\w*|arbeid\w*|ansatt\w*|lærling\w*|praksis|vikar\w*|begynte|sluttet"
                   r"|først|karriere\w*|drevet|driver)(?![\w-])")

# A sentence's start: after a turn label or after the end of the sentence before.
_LABEL = re.compile(r"(?m)^(?:\[[^\]\n]{1,20}\][ \t]*)?(?:[^\s:][^:\n]{0,40}:[ \t]+)?")
_OPENER = re.compile(r"(?:(?:Og|Men|Så|Også|Først|Etterpå|Deretter|Sist)[ \t]+(?:så[ \t]+)?)?")
_MEMBER = re.compile(r"(?<![\w-])(?i:jeg|han|hun|vi)(?![\w-])[^.!?\n]{0,25}?(?<![\w-])(?i:medlem|meldte|meldt"
                     r"|tillitsvalgt|organisert)(?![\w-])")
_NOT = re.compile(r"(?<![\w-])(?i:ikke|aldri)(?![\w-])")

_WORD = r"[A-ZÆØÅ][\wæøå&'’-]*"
_FIRM = re.compile(rf"({_WORD}(?:[ \t]+{_WORD}){{1,3}})(?:[ \t]+(?:på|i)[ \t]+{_WORD})?,[ \t]+der[ \t]+"
                   r"(?:var|fikk|venter|jobbet|jobber|har|hadde|søkte|ble)[ \t]+(?:jeg|han|hun|vi)(?![\w-])")

# A bank given as the answer, an account after it: "Handelsbanken, bedriftskonto 9710.05.39768."
_BANK = re.compile(rf"({_WORD}(?:[ \t]+(?:{_WORD}|\d))*?),[ \t]+(?:[a-zæøå]*konto(?:nummer|nr\.?)?)[ \t]+(?:er[ \t]+)?\d")
# A school named by its level without `skole`: "går på Storhamar videregående", "fra Bjørnholt ungdomsskole".
_SCHOOL = re.compile(rf"(?<![\w-])(?:på|ved|fra|til)[ \t]+({_WORD}(?:[ \t]+{_WORD})?[ \t]+"
                     r"(?:videregående|ungdomsskole|barneskole))(?![\w-])(?![ \t]+skole)")


def _sentence_starts(text: str) -> list[int]:
    """Where each sentence starts, after a turn label or after the full stop before."""
    starts = {m.end() for m in _LABEL.finditer(text)}
    starts |= {m.end() for m in re.finditer(r"[.!?][ \t]+", text)}
    return sorted(starts)


def _universities(text: str) -> list[tuple[int, int, str, str]]:
    out = []
    for m in _UNIVERSITY.finditer(text):
        start = m.start()
        words = list(re.finditer(r"\S+", m.group(1)))
        for w in words[:-1]:  # "Ved Semmelweis-universitetet": the preposition is no part of it
            if w.group(0).casefold() in gaz.FUNCTION_WORDS or w.group(0).casefold() in gaz.NEVER:
                start = m.start() + w.end()
        while start < m.end() and text[start] in " \t":
            start += 1
        out.append((start, m.end(), "org", "rule:stated-tie"))
    return out


def _agencies(text: str) -> list[tuple[int, int, str, str]]:
    out = []
    for m in _AGENCY.finditer(text):
        lo = max(text.rfind(c, 0, m.start()) + 1 for c in ".!?\n")
        if _WORK.search(text, lo, m.start()):
            out.append((m.start(1), m.end(1), "org", "rule:stated-tie"))
    return out


def _unions(text: str, start: int) -> tuple[int, int, str, str] | None:
    name = _listed_name(text, start)
    end = start + len(name) if name else shaped_union(text, start)
    if end < 0 or " ".join(text[start:end].split()).casefold() not in _TRADE_UNIONS:
        return None  # a trade union: "Den Norske Turistforening …, jeg er medlem" is a hobby, no one's union
    stop = min([len(text)] + [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0])
    m = _MEMBER.search(text, end, stop)
    if m is None or _NOT.search(m.group(0)):
        return None
    return (start, end, "org", "rule:stated-tie")


def _firm(text: str, start: int) -> tuple[int, int, str, str] | None:
    m = _FIRM.match(text, start)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0].casefold() in gaz.FUNCTION_WORDS or all(w.casefold() in gaz.PLACES for w in words):
        return None
    return (m.start(1), m.end(1), "org", "rule:stated-tie")


def _bank(text: str, start: int) -> tuple[int, int, str, str] | None:
    m = _BANK.match(text, start)
    if m is None or m.group(1).split()[0].casefold() in gaz.FUNCTION_WORDS:
        return None
    return (m.start(1), m.end(1), "org", "rule:stated-tie")


def _schools(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start(1), m.end(1), "org", "rule:stated-tie") for m in _SCHOOL.finditer(text)
            if m.group(1).split()[0].casefold() not in gaz.FUNCTION_WORDS]


def applied_firm(text: str, start: int) -> bool:
    """Whether a firm of capitalised words starting at `start` has `, der` and what happened there after it."""
    return _firm(text, start) is not None


def stated_unions(text: str) -> list[tuple[int, int, str, str]]:
    """The unions opening a sentence with a person's membership said after them (`Og Handel og Kontor før, men
    jeg meldte meg ut.`)."""
    return [f for f in stated_ties(text) if _listed_name(text, f[0]) or shaped_union(text, f[0]) >= 0]


def stated_ties(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:stated-tie") for universities abroad written as compounds, agencies worked in,
    unions with membership said after them and firms in a list with `der …` after them."""
    out = _universities(text) + _agencies(text) + _schools(text)
    for start in _sentence_starts(text):
        opener = _OPENER.match(text, start)
        at = opener.end() if opener else start
        if at >= len(text) or not text[at].isupper():
            continue
        find = _unions(text, at) or _firm(text, at) or _bank(text, at)
        if find is not None:
            out.append(find)
    return out
