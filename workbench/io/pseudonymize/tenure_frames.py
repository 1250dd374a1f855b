"""Years served in a public body, and a gathering held there: frames that make a national body an employer.

A state agency, an armed service or a national institute named as such identifies nobody ("Skatteetaten
sendte skattekortet", "søkte hos Lånekassen"); named as a step of someone's working life it tells a reader
where that person was, and in a small programme who they are. `public_bodies` reads work words ("jobber i",
"praksis hos") and `history_frames` study and occupations; neither read the way people sum up a career:

* a duration right before the body: "tre år i Tollvesenet", "åtte måneder i Kystverket bak seg",
  "elleve år i Statens vegvesen" (a stay abroad, "tre år i Norge", is no body and never reaches here), unless
  the sentence is about a case waiting there ("saken lå tre måneder i Skatteetaten");
* `var`/`vært`/`ble` (and `har vært`) with only a subject or an adverb between it and `i`: "var jeg i
  Luftforsvaret", "han var i Forsvaret", "har vært seks år i Kriminalomsorgen", unless the sentence says it
  was a visit or an errand ("i går", "for å", "på besøk", "et møte", "anmeldte", "hentet passet");
* a programme's gathering held at the body: "en samling på Miljødirektoratet", "et seminar hos ...".

Only listed public bodies and those that end like a directorate are judged here (see `public_bodies`), so
"to år i Introduksjonsprogrammet" stays, and a client service (NAV, UDI) is never a body.
"""

from __future__ import annotations

import re
from workbench.io.pseudonymize import rules

_COUNT = (r"\d+|ett|et|en|ei|ett[ \t]+og[ \t]+et[ \t]+halvt|halvannet|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti"
          r"|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tjue|tyve|tretti|mange|noen|flere"
          r"|et[ \t]+par|nesten[ \t]+\w+|over[ \t]+\w+|under[ \t]+\w+")
_UNIT = r"år|måned|måneder|mnd|uker|halvår"
# "tre år i ", "åtte måneder til sammen i ", "seks år totalt i ".
_DURATION_BEFORE = re.compile(
    rf"(?<![\w-])(?i:(?:{_COUNT})[ \t]+(?:{_UNIT})(?:[ \t]+(?:til[ \t]+sammen|totalt|til))?[ \t]+i)[ \t]+$")
# "var jeg i ", "han var i ", "har vært seks år i " (the duration is read above), "ble også i ".
_FILLERS = (r"jeg|han|hun|vi|de|du|dere|man|også|bare|først|lenge|senere|så|da|før|tidligere|egentlig"
            r"|faktisk|jo|nesten|aldri|alltid|selv")
_BEING_BEFORE = re.compile(rf"(?<![\w-])(?i:var|vært|ble)(?:[ \t]+(?i:{_FILLERS}))*[ \t]+i[ \t]+$")
# A visit, not a stay: "var i Skatteetaten i går for å", "var i Politiet på et møte".
_VISIT = re.compile(r"(?<![\w-])(?i:i[ \t]+går|i[ \t]+dag|i[ \t]+morgen|for[ \t]+å|på[ \t]+besøk|et[ \t]+møte|en[ \t]+time"
                    r"|timen|køen|skranken|ærend|anmeld\w*|hente|hentet|levere|leverte|levert|fornye|fornyet|pass(?:et)?"
                    r"|skattekort\w*|d-nummer\w*|id-kort\w*|avhør\w*|vitne\w*)(?![\w-])")
# A case waiting at the body, not a person working there: "saken lå tre måneder i Skatteetaten".
_CASE = re.compile(r"(?<![\w-])(?i:sak(?:en|a)?|søknad(?:en)?|klage(?:n)?|vedtak(?:et)?|lå|ligget|ligger|vent\w*"
                   r"|behandl\w*|pakke(?:n)?|brev(?:et)?)(?![\w-])")
# A programme's gathering at the body: "en samling på ", "et seminar hos ", "fagdagen ved ".
_GATHERING_BEFORE = re.compile(
    r"(?<![\w-])(?i:samling(?:en|er)?|seminar(?:et)?|fagdag(?:en)?|workshop(?:en)?|omvisning(?:en)?|studietur(?:en)?"
    r"|ekskursjon(?:en)?|hospitering(?:en)?)(?:[ \t]+[\wæøå-]+){0,2}[ \t]+(?i:på|hos|ved|i)[ \t]+$")
_SENTENCE_END = rules.SENTENCE_OR_LINE_END


def tenure_before(text: str, start: int) -> bool:
    """Whether a duration, `var i` or a gathering frame ends right before the body at `start`, in its sentence."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 120), start)), default=max(0, start - 120))
    window = text[lo:start]
    end = _SENTENCE_END.search(text, start)
    hi = end.start() if end else len(text)
    if _GATHERING_BEFORE.search(window):
        return True
    if _DURATION_BEFORE.search(window):
        return not _CASE.search(text, lo, hi)
    return bool(_BEING_BEFORE.search(window)) and not _VISIT.search(text, lo, hi) and not _CASE.search(text, lo, hi)
