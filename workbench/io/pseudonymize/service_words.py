"""Service words, apps, holidays and trade terms the name rules took for names (round 61b).

Held-out 68 and 69 lost ordinary words of five kinds, now read as development data:

* number labels and the public self-service page: a find ending in the noun `nummer` ("kid nummer [KID-nummer]",
  a payment reference) labels a number, and `min side`/`minside` ("leser brevene på min side [Min side]") is the
  public services' own page. Policy: neither names a body; a number label or the self-service page is never an
  organisation, place or person.
* an acronym as a term: as the first part of a compound with a lower-case plural noun after `har` or `med`
  ("alle kassene har EPC-merker") or opening a clause before `er det` and a determiner or pronoun ("ATP er det
  vi måler", also after one word and `og`: "Smittevern og RABC er det første"). Policy: tags, codes and hygiene
  systems are trade terms; an acronym the employer list holds stays.
* an app of a big tech brand said in two words ("google maps [Google Maps]"), taken for a person. Policy: a
  product named by the brand's word and a second word is an app, not a person (organisations stay to the
  employer rules).
* a holiday: a single word right before or after a form of `feire` ("Songkran feiret vi", "feiret vi diwali"),
  a run of words right before it ("Día de Muertos feiret vi"),
  or coordinated after one in the same sentence ("… og i januar tet hjemme"). Policy: holidays stay, like `jul`
  and `Eid`; a listed given name stays to the name rules ("feiret Amina").
* an infinitive found as an organisation ("for å lære regnskap"): a phrase opening with `å` names no firm.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.spans import droppable, within

_LABEL_END = re.compile(r"(?i:(?:^|[\s-])nummer(?:et)?)$")
_OWN_PAGE = re.compile(r"(?i:min[ \t]?side)")
_ACRONYM = re.compile(r"[A-ZÆØÅ]{2,6}")
_COMPOUND_AFTER = re.compile(r"-[a-zæøå]{3,}er\b")
_HAVING_BEFORE = re.compile(r"(?<![\w-])(?i:har|hadde|med)[ \t]+$")
_TERM_AFTER = re.compile(r"[ \t]+er[ \t]+det[ \t]+(?:første|siste|viktigste|vi|man|jeg|de|dere|som)\b")
_CLAUSE_BEFORE = re.compile(r"(?:^|[.!?:,][»\"]?)[ \t]*(?:(?:[A-ZÆØÅ]?[a-zæøå]+[ \t]+)?og[ \t]+)?$")
_NOTE_GAP = re.compile(r"[ \t]*\[")
_BRANDS = frozenset({"google", "microsoft", "apple", "adobe", "facebook", "meta", "amazon"})
_CELEBRATE = r"(?i:feire[rst]?|feiret|feires|feiring)"
# The holiday put first, the celebrating verb and its subject after it ("Songkran feiret vi", "Día de Muertos
# feiret vi"); without the subject after the verb a name is the one who celebrates ("Kiprono feiret jul").
_HOLIDAY_AFTER = re.compile(rf"(?:[ \t]+(?:[A-ZÆØÅ][\w]+|de|la|del|los|das|da|do|di)){{0,3}}?[ \t]+{_CELEBRATE}"
                            r"[ \t]+(?i:vi|jeg|de|dere|hun|han)\b")
_HOLIDAY_BEFORE = re.compile(rf"(?<![\w-]){_CELEBRATE}(?:[ \t]+(?i:vi|jeg|de|dere|hun|han|også))?[ \t]+$")
_MONTH = (r"(?i:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
          r"|høst|vinter|vår|sommer|fjor)")
# Coordinated after a celebrating verb in the same sentence: "feiret vi diwali … og i januar tet".
_HOLIDAY_COORDINATED = re.compile(rf"(?<![\w-]){_CELEBRATE}\b[^.!?\n]{{0,120}}(?<![\w-])og[ \t]+(?:i[ \t]+{_MONTH}[ \t]+)?$")


def number_label(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a number label or the public self-service page ("KID-nummer", "Min side")."""
    span = text[start:end]
    return _LABEL_END.search(span) is not None or _OWN_PAGE.fullmatch(span) is not None


def acronym_term(text: str, start: int, end: int) -> bool:
    """Whether the acronym `text[start:end]` is a trade term ("har EPC-merker", "ATP er det vi måler")."""
    word = text[start:end]
    if not _ACRONYM.fullmatch(word) or lexicon.listed(word, gaz.EMPLOYERS):
        return False
    if _COMPOUND_AFTER.match(text, end) and _HAVING_BEFORE.search(text[max(0, start - 12):start]):
        return True
    return _TERM_AFTER.match(text, end) is not None and _CLAUSE_BEFORE.search(text[max(0, start - 40):start]) is not None


def brand_app(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a big tech brand's word and one more word ("google maps", "Google Lens")."""
    words = text[start:end].split()
    return len(words) == 2 and words[0].casefold() in _BRANDS


def holiday(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a holiday celebrated ("Songkran feiret vi", "feiret diwali", "Día de Muertos
    feiret vi")."""
    words = text[start:end].split()
    if not words or not all(w.isalpha() for w in words) or lexicon.listed(words[0], gaz.GIVEN_NAMES):
        return False
    if len(words) > 1:  # a holiday of several words only right before the verb ("Día de Muertos feiret vi")
        return _HOLIDAY_AFTER.match(text, end) is not None
    before = text[max(0, start - 160):start]
    if "\n" in before:
        before = before[before.rfind("\n") + 1:]
    return (_HOLIDAY_AFTER.match(text, end) is not None or _HOLIDAY_BEFORE.search(before) is not None
            or _HOLIDAY_COORDINATED.search(before) is not None)


def _dropped(text: str, s: int, e: int, kind: str, source: str) -> bool:
    if kind not in ("person", "place", "org") or source in ("list", "identifier"):
        return False
    span = text[s:e]
    if number_label(text, s, e) or (kind == "person" and brand_app(text, s, e)):
        return True
    if kind in ("person", "org") and (acronym_term(text, s, e) or holiday(text, s, e)):
        return True
    return kind == "org" and span.startswith("å ") and span.islower()


def drop_service_words(text: str, found: list) -> list:
    """`found` without number labels, the self-service page, acronym terms, brand apps, holidays and infinitives,
    with the parts of those and a bracketed note right after one of them ("tet [Tết]")."""
    gone = [(f[0], f[1]) for f in found if _dropped(text, f[0], f[1], f[2], f[3])]
    if not gone:
        return found
    out = []
    for f in found:
        s, e = f[0], f[1]
        if within(gone, s, e):
            continue
        if droppable(f) and any(
                _NOTE_GAP.fullmatch(text, b, s) and text[e:e + 1] == "]" for a, b in gone):
            continue
        out.append(f)
    return out
