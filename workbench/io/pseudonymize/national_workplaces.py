"""A national company or service named as someone's workplace, not as a service used (round 30o).

The postal and parcel services (`Posten`, `Bring`) are what everyone sends letters and fetches parcels with, and
since round 30o they are everyday names (`everyday_names.TRAVEL`): kept where a document only uses them ("et brev
med Posten", "pakken kom med Bring"). They are also large employers, and an interview names them as a workplace
in ways the employer frames do not read:

* as a bare answer opening a turn, with the work in the next sentence ("Posten. Jeg sorterte pakker."): the name
  is the sentence's first word and a dictionary word, so the word rules leave it; here it is an organisation
  (`bare_workplaces`), and its other mentions in the document follow ("Posten var … ok");
* as the first part of a hyphenated workplace ("på Posten-terminalen", "Bring-lageret"): the whole token is the
  organisation (`hyphen_workplaces`), not only the name before the hyphen;
* after an occupation and a preposition ("sjåfør for Posten") or a person in it ("en bekjent i Posten"): such a
  mention ties the name to someone's work (`tied`, read by `everyday_listed`'s work frame).

A service used stays ("sender et brev med Posten", "henter pakker på posten", "Posten er treg før jul").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.everyday_names import EMPLOYING
from workbench.io.pseudonymize.sentence_marks import SENTENCE as _SENTENCE
from workbench.io.pseudonymize.work_frames import work_sentence

# A hyphenated workplace of a parcel or transport firm after the name: "Posten-terminalen", "Bring-lageret" (not a
# brand's workshop: "Volvo-verkstedet" is any Volvo garage).
_WORKPLACE_TAIL = re.compile(r"-(?:terminal(?:en)?|lager(?:et)?|sentral(?:en)?|depot(?:et)?|sorteringen"
                             r"|pakkesentral(?:en)?|postkontor(?:et)?)(?![\w-])")
_NAME = re.compile(r"(?<![\w@.&-])([A-ZÆØÅ][a-zæøå]+(?:[ \t]+[A-ZÆØÅ0-9][\wæøå]*)?)")
# A turn's label and what may come before the answer: "Dawit: ", "Mentee: Eh, ".
_LABEL = re.compile(r"^(?:\[[^\]\n]{1,20}\][ \t]*)?[^\s:][^:\n]{0,40}:[ \t]+(?:(?i:eh|ehm|øh|ja|nei|altså|først)[,.]?[ \t]+)*",
                    re.M)
# The next sentence tells the work: a delivery or warehouse verb, or any work sentence ("Jeg sorterte pakker").
_WORK_VERBS = re.compile(
    r"(?<![\w-])(?i:kjørte|kjører|kjørt|lastet|laster|losset|losser|pakket|pakker|bar|bærer|delte|deler|leverte"
    r"|leverer|sorterte|sorterer|sto|jobbet|jobber|jobba|var[ \t]+sjåfør|er[ \t]+sjåfør)(?![\w-])")
_STOP = re.compile(r"[ \t]*[.!][ \t]+")
# A person in the company or an occupation for it, right before: "en bekjent i ", "sjåfør for ", "pakker hos ".
_PERSON_IN = re.compile(r"(?<![\w-])(?i:bekjent|kjenning|fyr|kar|dame|mann|venn|venninne|noen|folk|nabo|naboen"
                        r"|fetter|kusine|onkel|tante|bror|søster)[ \t]+(?:i|på|hos)[ \t]+$")

# A service used before the name: "henter pakker på ", "sendte et brev med ", "fikk pakken fra ".
_USED_BEFORE = re.compile(r"(?<![\w-])(?i:hent\w*|send\w*|fikk|får|fått|mott\w*|bestil\w*|kjøp\w*|kom|kommer)"
                          r"(?:[ \t]+[\wæøå]+){0,3}?[ \t]+(?i:på|hos|med|fra|i|til)[ \t]+$")


def _national(name: str) -> bool:
    low = " ".join(name.split()).casefold()
    return low in EMPLOYING or lexicon.listed(name, gaz.EMPLOYERS)


def hyphen_workplaces(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:workplace-answer") for a listed company's hyphenated workplace ("Posten-terminalen")."""
    out = []
    for m in re.finditer(r"(?<![\w@.&-])([A-ZÆØÅ][a-zæøå]+)(?=-)", text):
        tail = _WORKPLACE_TAIL.match(text, m.end())
        if tail and _national(m.group(1)):
            out.append((m.start(), tail.end(), "org", "rule:workplace-answer"))
    return out


def bare_workplaces(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:workplace-answer") for a listed company alone as a turn's first sentence, with
    the work in the next sentence ("Dawit: Posten. Jeg sorterte pakker.")."""
    out = []
    for label in _LABEL.finditer(text):
        m = _NAME.match(text, label.end())
        stop = _STOP.match(text, m.end()) if m is not None else None
        if m is None or stop is None or not _national(m.group(1)):
            continue
        nxt = _SENTENCE.match(text, stop.end())
        sentence = nxt.group(0) if nxt else ""
        if _WORK_VERBS.search(sentence) or work_sentence(sentence, kind="employer"):
            out.append((m.start(1), m.end(1), "org", "rule:workplace-answer"))
    return out


def national_workplaces(text: str) -> list[tuple[int, int, str, str]]:
    """Every find of this module, for the late workplace rules."""
    return hyphen_workplaces(text) + bare_workplaces(text)


def tied(text: str, start: int, end: int) -> bool:
    """Whether the mention at `start`–`end` of a listed company is someone's workplace: a hyphenated workplace
    after it, an occupation and a preposition or a person in it before it."""
    from workbench.io.pseudonymize.body_employers import occupation_before

    if not text[start:start + 1].isupper():
        return False  # "henter pakker på posten": the post office, a service
    if _WORKPLACE_TAIL.match(text, end):
        return True
    before = text[max(text.rfind("\n", 0, start) + 1, start - 60):start]
    if _USED_BEFORE.search(before):
        return False  # "henter pakker på Posten", "sendte brev med Posten": used, "pakker" no occupation here
    return bool(_PERSON_IN.search(before)) or occupation_before(text, start)
