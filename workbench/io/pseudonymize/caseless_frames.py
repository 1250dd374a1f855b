"""More frames for names, places and firms in text without case (round 30c).

Recogniser text in capitals throughout, read in lower case by `capitals`, brought up forms that `caseless`
and `caseless_firms` leave, because their frames want a word the dictionary does not know. This module adds,
only where the text (or passage) carries no case:

* a school, centre or hospital in the definite with its place after `i` or `på` ("<voksenopplæringa> i
  <kinn>", "læringssenteret i <ringsaker>"): one organisation, though the place is also a word;
* a compound ending in an institution noun after a place or a rare word ("<hamar> katedralskole");
* a savings bank by its name ("sparebanken <sogn og fjordane>", "sparebank 1 <østlandet>", round 49o: "sparebanken
  vest");
* a firm with its company form whose name holds a point of the compass ("<name> vest as");
* a second place joined by `og` to a place found ("i <solund> og <bremanger>");
* a place along which or in which a firm found lies ("langs <mjøsa>", "<firm> as i <stange>"), and a firm
  whose site someone works at ("lageret til <nortura>");
* a client work is done for ("gjør avlusing for <name>", "frakter fisk for <name> <english word>");
* a person at whose firm or place someone was, by a first name (listed, or a rare word) and a surname the
  dictionary lacks ("kurs hos <given> <surname>"), one introduced by where they come from ("en fra <litauen>
  <given> <surname>"), and the short name everyone uses ("vi sier bare <name>", "alle sier <name>").

Ordinary talk stays: "skolen i dag", "banken i byen", "hos legen", "i bergen og omegn", "en fra jobben".
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import caseless as cl
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+")
# Institutions in the definite that a place after `i`/`på` makes one organisation.
_DEFINITE_HEADS = ("skolen", "skulen", "opplæringa", "opplæringen", "senteret", "sykehuset", "sjukehuset",
                   "hjemmet", "heimen", "biblioteket", "barnehagen", "universitetet", "tunet", "kirke", "kyrkje")
# Institution nouns a compound may end in ("katedralskole", "folkehøgskole").
_COMPOUND_TAILS = ("skole", "skule", "gymnas", "sykehus", "sjukehus", "senter", "kirke", "kyrkje", "barnehage")
_COMPASS = frozenset("nord sør syd øst vest midt indre ytre".split())
_SAYERS = frozenset("vi alle de folk dem noen".split())
_AFTER_NICKNAME = frozenset("og men på i han hun som for fordi".split())
_SITES = frozenset("""lageret kontoret fabrikken butikken avdelingen verkstedet anlegget slakteriet kjøkkenet
byggeplassen""".split())
# Verbs of work done for a client ("gjør avlusing for", "frakter fisk for", "vasker for").
_SERVICE_VERBS = frozenset("""gjør gjorde gjøre leverer leverte levere frakter fraktet frakte kjører kjørte bygger
bygde vasker vasket rydder ryddet monterer monterte""".split())
_ORIGIN_OPENERS = frozenset("en ei han hun venn venninne kollega nabo".split())


def frames(text: str, found) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, source) of the names, places and firms above; `found`: what `caseless` found."""
    words = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    low = [w[2].casefold() for w in words]
    n = len(words)
    out: list[tuple[int, int, str, str]] = []
    places = {(s, e) for s, e, k, *_r in found if k == "place"}
    org_ends = {e for _s, e, k, *_r in found if k == "org"}

    def joined(i: int, j: int) -> bool:
        return text[words[i][1]:words[j][0]] == " "

    def add(i: int, j: int, kind: str) -> None:
        out.append((words[i][0], words[j][1], kind, "rule:caseless"))
        if kind == "org":
            org_ends.add(words[j][1])

    for i in range(n - 2):
        word = low[i]
        # "voksenopplæringa i kinn", "læringssenteret i ringsaker"
        if word.endswith(_DEFINITE_HEADS) and low[i + 1] in ("i", "på") and joined(i, i + 1) and joined(i + 1, i + 2) \
                and _placeish(low[i + 2]):
            add(i, i + 2, "org")
            continue
        # "sparebanken sogn og fjordane", "sparebank 1 østlandet"
        if word in ("sparebanken", "sparebank") and joined(i, i + 1):
            j = i + 1 if low[i + 1] == "1" and joined(i + 1, i + 2) else i
            k = j
            if k + 1 < n and joined(k, k + 1) and low[k + 1] in _BANK_COMPASS:
                k += 1  # round 49o: "sparebanken vest", "sparebanken sør"
            while k + 1 < n and joined(k, k + 1) and (_bank_word(low[k + 1]) or (
                    low[k + 1] == "og" and k + 2 < n and joined(k + 1, k + 2) and _bank_word(low[k + 2]))):
                k += 1 if low[k + 1] != "og" else 2
            if k > j:
                add(i, k, "org")
                continue
    for i in range(1, n):
        word = low[i]
        prev = low[i - 1] if joined(i - 1, i) else ""
        # "hamar katedralskole"
        if word.endswith(_COMPOUND_TAILS) and word not in _COMPOUND_TAILS and prev and rules.known_word(word) \
                and (rules.listed(prev, gaz.PLACES) or cl._institution_name(prev)) and not cl.common_compound(prev):
            add(i - 1, i, "org")
        # "havbrukstjenester vest as"
        if word in ("as", "asa") and prev in _COMPASS and i >= 2 and joined(i - 2, i - 1) \
                and (i + 1 >= n or not joined(i, i + 1) or low[i + 1] not in ("a", "b")):
            k = i - 2
            while k >= 0 and i - k <= 4 and (cl._firm_word(low[k]) or low[k] in _COMPASS) and (k == i - 2 or joined(k, k + 1)):
                k -= 1
            if k < i - 2 and low[k + 1] not in _COMPASS:
                add(k + 1, i, "org")
        # "i solund og bremanger"
        if word == "og" and i + 1 < n and joined(i, i + 1) and (words[i - 1][0], words[i - 1][1]) in places \
                and prev and cl._place_word(low[i + 1]) and low[i + 1] not in gaz.FUNCTION_WORDS:
            add(i + 1, i + 1, "place")
        # "kurs hos aksel holmøy": a first name and a surname at whose place someone was
        if prev == "hos" and i + 1 < n and joined(i, i + 1) and word not in gaz.FUNCTION_WORDS and (
                rules.listed(word, gaz.GIVEN_NAMES) or (rules.known_word(word) and not rules.frequent(word, 4.0)
                                                        and not cl._noun_form(word))) \
                and ((cl._strict_name(low[i + 1]) and cl._unknown(low[i + 1])) or cl._surname_like(low[i + 1])):
            add(i, i + 1, "person")
        # "en fra litauen <given> <surname>": someone introduced by where they come from
        if prev == "fra" and i >= 2 and low[i - 2] in _ORIGIN_OPENERS and i + 2 < n \
                and (words[i][0], words[i][1]) in places and joined(i, i + 1) and joined(i + 1, i + 2) \
                and cl._strict_name(low[i + 1]) and (cl._strict_name(low[i + 2]) or cl._surname_like(low[i + 2])):
            add(i + 1, i + 2, "person")
        # "vi sier bare tesfa", "alle sier hamid": the name someone goes by
        said = low[i - 2] if prev == "bare" and i >= 2 and joined(i - 2, i - 1) else prev
        k = i - 2 if said == prev else i - 3
        if said in ("sier", "kaller") and k >= 0 and low[k] in _SAYERS and joined(k, k + 1) \
                and cl._strict_name(word) and (i + 1 >= n or not joined(i, i + 1) or low[i + 1] in _AFTER_NICKNAME):
            add(i, i, "person")
        # "langs mjøsa", and the place of a firm found ("mjøsbakst as i stange")
        if (prev == "langs" and cl._place_word(word)) or (prev in ("i", "på") and i >= 2 and joined(i - 2, i - 1)
                                                         and words[i - 2][1] in org_ends and _placeish(word)):
            add(i, i, "place")
        # "vi gjør avlusing for <firm>": the client work is done for, a name the dictionary lacks
        if prev == "for" and cl._strict_name(word) and cl._unknown(word) and not rules.listed(word, gaz.GIVEN_NAMES) \
                and any(w in _SERVICE_VERBS for w in low[max(0, i - 7):i - 1]):
            j = i
            while j + 1 < n and j - i < 2 and joined(j, j + 1) and low[j + 1] not in gaz.FUNCTION_WORDS and (
                    cl._unknown(low[j + 1]) or (rules.english(low[j + 1]) and not rules.known_word(low[j + 1]))):
                j += 1
            add(i, j, "org")
        # "lageret til nortura": the firm whose site someone works at
        if prev == "til" and i >= 2 and low[i - 2] in _SITES and joined(i - 2, i - 1) and (
                (cl._unknown(word) and not cl.common_compound(word)) or word in gaz.EMPLOYERS) and not rules.public(word):
            add(i, i, "org")
    return out


def _placeish(word: str, rare: float = 4.0) -> bool:
    """A word that names a place after an institution: a listed place, a proper noun, an unknown word, or a
    word rarer than `rare` that is no ordinary noun form ("kinn", "stange"; not "dag", "byen", "fjor", "stua")."""
    if word in gaz.FUNCTION_WORDS or word in gaz.NEVER or rules.public(word) or len(word) < 3:
        return False
    if cl._place_word(word) or rules.listed(word, gaz.PLACES):
        return True
    definite = word.endswith("a") and (rules.known_word(word[:-1] + "e") or rules.known_word(word[:-1]))
    return rules.known_word(word) and not rules.frequent(word, rare) and not cl._noun_form(word) \
        and not rules.adjective_like(word) and not definite


# Counties, regions and districts savings banks are named by (general knowledge; the gazetteer lacks some).
_REGIONS = frozenset("""
nordland troms finnmark sogn fjordane møre romsdal nordmøre sunnmøre trøndelag hedmark oppland innlandet viken
østfold akershus buskerud vestfold telemark agder rogaland hordaland vestland helgeland østlandet sørlandet
vestlandet hallingdal valdres gudbrandsdal toten hadeland ringerike jæren haugesund sunnhordland nordhordland
midt-norge nord-norge lofoten vesterålen salten ofoten namdalen fosen orkla gauldal
""".split())


# A point of the compass right after `sparebanken` names a regional savings bank ("sparebanken vest").
_BANK_COMPASS = frozenset("vest øst sør nord".split())


def _bank_word(word: str) -> bool:
    """A word of a savings bank's name: a place, a region, a proper noun to the dictionary, a rare word."""
    return word in _REGIONS or _placeish(word, 4.5) or (
        rules.dictionary_proper_noun(word) and word not in gaz.FUNCTION_WORDS)
