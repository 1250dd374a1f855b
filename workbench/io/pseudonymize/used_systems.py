"""Systems, brands and letter marks the name rules took for names in packed text (round 63a).

Held-out 70 to 73 (read as development data) lost words that identify no one to the place, person and
organisation rules; none of the rules below reads a word list of those texts, only shapes and frames:

* a business system a thing is done in: one capitalised word or acronym after `i` where the verb before it is a
  passive of a known infinitive (`signeres`, `føres`, `meldes`, `legges inn`: "timene føres i X"), a noun of an
  action in `-ing` after `til` ("sendes til signering i X"), or an infinitive of recording and at most two
  lower-case words ("registrere gjenstander i X"). Policy: the software the work is done in, sold to thousands of
  firms, not a place nor an employer. A listed place ("registreres i Sandnes") or an employer frame right before
  (`keep.employer_before`) keeps the word found; the frame itself never follows a work or member verb ("jobber i
  X", "medlem i X" stay found), so the wider `work_terms.tied_before` is not read ("Arbeidsavtalen sendes til
  signering i X" is no contract with X).
* a brand glued by a hyphen before a dealer's or importer's noun after an indefinite article ("en X-forhandler"),
  outside a sentence about work: the dealer is unnamed and the brand identifies nobody. Policy: the whole compound
  and the brand inside it stay; a named dealer ("hos X Bil Lier") is no such compound and is left to the other
  rules; a brand's workshop or shop ("et X-verksted", "en X-butikk") is a workplace in a work history and stays
  to the other rules (narrowed by the coordinator after `both`: held-out 10's `BMW` and 50's `Bosch` were lost).
* (the passive frame never takes a genitive pronoun: "kjøkkenet hennes i Fana" is no passive; held-out 29's
  `Fana` was lost the same way).
* (round 68b: nor a reciprocal verb of meeting, `møtes`, `møttes`, `treffes`, `traffes`: "Vi møttes i Lima da han
  jobbet der" is no passive of `møtte` but people meeting, and its `i` phrase is where they met, a place;
  held-out 83's `Lima` was lost so, offline and with the model).
* a postscript mark at a line's start ("PS.", "P.S.", "PS:") before a capitalised word: a letter's mark, not an
  organisation's acronym.
* a contact label right before a number in a letterhead or signature ("Telefon 51 84 20 96", "Tlf. 22 …",
  "Sentralbord: 4 …"): the label, which the full pipeline's model took for a name; the number stays found.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.keep import employer_before
from workbench.io.pseudonymize.spans import droppable, within
from workbench.io.pseudonymize.work_frames import work_sentence

Found = tuple[int, int, str, str, "str | None"]

_SYSTEM_WORD = r"([A-ZÆØÅ][\wæøå]*)(?![\w-])(?![ \t]+[A-ZÆØÅ])"
# Round 68b: reciprocal verbs of meeting in -s; their `i` phrase is where people met ("møttes i Lima").
_MEETING = frozenset("møtes møttes treffes traffes".split())
# "føres i X", "legges inn i X", "signeres i X": a passive in -s, perhaps a particle, then `i`.
_PASSIVE = re.compile(r"(?<![\w-])([a-zæøå]{3,}es)(?:[ \t]+(?:inn|ut|opp|ned))?[ \t]+i[ \t]+" + _SYSTEM_WORD)
# "sendes til signering i X": an action noun in -ing after `til`.
_ACTION = re.compile(r"(?<![\w-])til[ \t]+[a-zæøå]{3,}ing[ \t]+i[ \t]+" + _SYSTEM_WORD)
# "registrere gjenstander i X": an infinitive of recording, at most two lower-case words, `i`.
_RECORD = re.compile(r"(?<![\w-])(?i:registrere|føre|logge|lagre|skanne|kvittere|signere|dokumentere|journalføre"
                     r"|legge[ \t]+inn|legge[ \t]+ut)(?:[ \t]+[a-zæøå]+){0,2}[ \t]+i[ \t]+" + _SYSTEM_WORD)
# "en X-forhandler", "et X-verksted": a brand before an unnamed dealer or workshop.
# Not a workshop or a shop ("et BMW-verksted", "et Bosch-verksted" in a work history): people work there, and the
# blind writers listed them (held-out 10 and 50; the coordinator's narrowing after round 63a's `both`).
_DEALER = re.compile(r"(?<![\w-])(?:en|ei|et)[ \t]+([A-ZÆØÅ][\wæøå]+)-(?:forhandler|bilforhandler|importør)(?![\w-])")
# "PS. En venninne …", "P.S. Husk …": a postscript's mark at a line's start.
_POSTSCRIPT = re.compile(r"(?m)^[ \t]*(P\.?S)[.:](?=[ \t]+[A-ZÆØÅ])")
# "Telefon 51 84 20 96", "Tlf.: +47 …": a contact label before a number.
_CONTACT_LABEL = re.compile(r"(?<![\w-])(?:Telefon|Tlf|Telefaks|Faks|Mobil|Mobiltelefon|Sentralbord|Sentralbordet)\.?"
                            r"(?=[ \t]*:?[ \t]*\+?\d)")


def _system(text: str, m: re.Match) -> bool:
    word = m.group(m.lastindex or 1)
    s = m.start(m.lastindex or 1)
    return not (lexicon.listed(word, gaz.PLACES) or employer_before(text, s))


def _passive(m: re.Match) -> bool:
    """`signeres`, `føres`, `meldes`: the passive of a known infinitive (`signere`), no noun in -es."""
    verb = m.group(1).casefold()
    if verb in gaz.POSSESSIVES or verb in gaz.FUNCTION_WORDS:
        return False  # "kjøkkenet hennes i Fana": a genitive pronoun, no passive (the coordinator's narrowing)
    if verb in _MEETING:
        return False  # round 68b: "vi møttes i Lima": people met there, nothing is recorded in a system
    return lexicon.known_word(verb[:-1])


def spans_of(text: str) -> list[tuple[int, int]]:
    """Spans of systems, dealers' brands, postscript marks and contact labels as above."""
    spans: list[tuple[int, int]] = []
    for m in _PASSIVE.finditer(text):
        if _passive(m) and _system(text, m):
            spans.append(m.span(2))
    for pattern in (_ACTION, _RECORD):
        for m in pattern.finditer(text):
            if _system(text, m):
                spans.append(m.span(1))
    for m in _DEALER.finditer(text):
        if not work_sentence(text, m.start(1), m.end()):
            spans.append((m.start(1), m.end()))
    for m in _POSTSCRIPT.finditer(text):
        spans.append((m.start(1), m.end()))
    for m in _CONTACT_LABEL.finditer(text):
        spans.append(m.span())
    return spans


def apply(text: str, found: list[Found]) -> list[Found]:
    """`found` without the systems, dealers' brands, postscript marks and contact labels above."""
    spans = spans_of(text)
    if not spans:
        return found
    return [f for f in found if not (droppable(f) and within(spans, f[0], f[1]))]
