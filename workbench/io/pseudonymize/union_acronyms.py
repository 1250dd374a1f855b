"""A union's confederation or short name given beside the union someone holds office in: "Parat, YS".

Union membership is sensitive, but membership of a large union identifies nobody, and the keep rules leave
"medlem av Fagforbundet", "med i Parat eller i NTL" and "LO og YS er de største". Where the text names the
union someone works for or holds office in ("tillitsvalgt i Yrkestrafikkforbundet"), that union is found; an
acronym said right after it, between commas or in brackets, or after `altså`/`det vil si`, names the same
body or its confederation and says as much: "tillitsvalgt i Norsk Transportarbeiderforbund, LO, på depotet".
Here such an acronym (a listed union, confederation or association) beside a found union is an organisation
too, and is then found again at its other mentions.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.apposed_acronyms import apposed_acronyms
from workbench.io.pseudonymize.associations import association
from workbench.io.pseudonymize.union_short_names import union_short_names

_AFTER = re.compile(r"(?:,[ \t]+|[ \t]+\(|,?[ \t]+(?:altså|dvs\.?|det[ \t]+vil[ \t]+si|eller)[ \t]+)"
                    r"([A-ZÆØÅ]{2,6}|[A-ZÆØÅ][a-zæøå]+)(?=[ \t]*[,.;:)!?]|[ \t]*$|[ \t]+(?:og|på|i|som)(?![\w-]))")


def union_acronyms(text: str, found) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:union-acronym") for a union's acronym or confederation beside a found union."""
    out = []
    for f in found:
        if f[2] not in ("org", "place") or not association(" ".join(text[f[0]:f[1]].split()).casefold()):
            continue
        m = _AFTER.match(text, f[1])
        if m is None:
            continue
        word = m.group(1)
        if association(word.casefold()) and not any(s <= m.start(1) < e for s, e, *_r in found):
            out.append((m.start(1), m.end(1), "org", "rule:union-acronym"))
    out += union_short_names(text, found)  # round 33n: "Norsk Sykepleierforbund" … "NSF har kurs"
    # round 34o: "Fjordlys Import (FLI)", "Yrkestrafikkforbundet, YTF, fordi": any found organisation's acronym
    return out + apposed_acronyms(text, found)
