"""One's own or a friend's small firm named in apposition or after a naming verb (round 49o).

`named_firms` reads a firm named after its kind and `som het`/`kalt`. People who start a firm name it as often
in apposition to the kind, or after a verb of naming or registering with no kind before it:

* "startet jeg mitt eget firma, Krasniqi Søm og Design.", "hun åpnet en salong, Tran Negler og Hudpleie, i …",
  "firmaet vårt, Hansen & Datter Rør, har …": a kind after an article, a possessive or `eget`/`nytt`/`lite`, or
  a definite kind before a possessive, then a comma and the name;
* "registrerte jeg Mensah Mat og Selskap", "kalte jeg det Mensah Catering", "det heter Berisha Flis og Bad",
  "Det skal hete Familien Osei Bakeri", "firmaet het …".

The name must have a firm's shape: two capitalised words or more, joined by `og` or `&` (a family name and
trades), or ending in a capitalised dictionary word (its trade: "Mensah Catering") and not opening with a
listed given name or a dictionary word (a person, "Sosial Angst"), except a family word (`Familien`,
`Brødrene`, `Søstrene`). It must end the clause: a punctuation mark, the line's end or a lower-case word.
`named_firms` then drops a name read, used or joined, a public body or a place, and finds the name again at
its other mentions.

What stays: "mitt eget firma, men …", "kalte det et eksperiment", "firmaet heter ingenting ennå", a person
named after a possessive kind ("kollegaen min, Kari Hansen" has no kind), and a single capitalised word.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

_KIND = (r"[a-zæøå-]*(?:firma|bedrift|selskap|foretak|byrå|butikk|forretning|salong|verksted|bakeri|kafé|kafe"
         r"|restaurant|klinikk|studio|kooperativ)")
_OWNER = r"en|ei|et|mitt|min|mi|sitt|sin|si|vårt|vår|deres|hans|hennes|hennar|vårt|sitt"
_ADJ = r"eget|egen|eiga|eige|nytt|ny|nye|lite|liten|lita|lille|første|andre|lokale?"
_POSSESSIVE = r"mitt|min|mi|sitt|sin|si|vårt|vår|deres|hans|hennes|hennar"
# "mitt eget firma, ", "en salong, ", "firmaet mitt, ", "et lite foretak, ".
_APPOSED = re.compile(
    rf"(?<![\w-])(?i:(?:{_OWNER})(?:[ \t]+(?:{_ADJ}))*[ \t]+{_KIND}(?:et|en|a)?"
    rf"|{_KIND}(?:et|en|a)[ \t]+(?:{_POSSESSIVE})),[ \t]+[«\"“]?(?=[A-ZÆØÅ])")
# "registrerte jeg ", "kalte jeg det ", "det heter ", "Det skal hete ", "firmaet het ".
_NAMING = re.compile(
    r"(?<![\w-])(?i:registrerte(?:[ \t]+(?:jeg|vi|han|hun|de|dere|du|ho|eg))?(?:[ \t]+(?:firmaet|bedriften|det))?"
    r"|kalte(?:[ \t]+(?:jeg|vi|han|hun|de|ho|eg))?[ \t]+(?:det|firmaet|bedriften|foretaket|salongen|butikken)"
    r"|(?:det|den|firmaet|bedriften|foretaket|salongen|butikken|verkstedet)(?:[ \t]+(?:skal|skulle|vil))?"
    r"[ \t]+(?:heter|het|hette|hete|heite|heiter|kalles|fikk[ \t]+navnet))[ \t]+[«\"“]?(?=[A-ZÆØÅ])")
_WORD = r"[A-ZÆØÅ][\w'’.-]*(?<![.])"
_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:(?:&|og)[ \t]+)?{_WORD}){{1,4}}")
_END = re.compile(r"[»\"”]?(?:[ \t]*[,.;:!?)]|[ \t]*$|[ \t]+[a-zæøå])", re.M)
_FAMILY = frozenset("familien brødrene søstrene".split())


def firm_shape(name: str) -> bool:
    """Whether a capitalised run has a small firm's shape (see the module)."""
    words = [w for w in name.split() if w not in ("&", "og")]
    first = words[0].casefold()
    if len(words) < 2 or first in gaz.FUNCTION_WORDS or first in gaz.NEVER:
        return False
    if "&" in name.split() or "og" in name.split():
        return True
    if first not in _FAMILY and (lexicon.known_word(first) or lexicon.listed(words[0], gaz.GIVEN_NAMES)):
        return False
    return lexicon.known_word(words[-1].casefold())


def own_firm_names(text: str) -> list[tuple[int, str]]:
    """(frame start, name) for each firm named in apposition to its kind or after a naming verb."""
    out = []
    for frame in (_APPOSED, _NAMING):
        for m in frame.finditer(text):
            run = _RUN.match(text, m.end())
            if run is None:
                continue
            name = run.group(0)
            if _END.match(text, run.end()) and firm_shape(name):
                out.append((m.start(), name))
    return out
