"""A union's acronym where the text has found the union itself by its full name (round 33n).

A member names their union in full once and by its acronym after that: "Eg melde meg inn i Norsk
Sykepleierforbund … Det var Solveig som sa at NSF har kurs", "meldte meg inn i Fellesorganisasjonen … FO har
et kurs". The full name is found where the membership frame stands (`union_members`, `nynorsk_unions`); the
acronym, said elsewhere with no frame, names the same union and so the same special-category fact. Here the
acronym made of the found name's initials, with the initial of a compound's union head (`-forbund`,
`-forening`, `-lag`, `-organisasjon`: "Norsk Sykepleierforbund" NSF, "Fellesorganisasjonen" FO, "Norsk
Tjenestemannslag" NTL), is an organisation at each of its mentions in capitals, if it is itself a listed
union or association. An acronym whose full name the text never found as a membership stays as before.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.associations import association

_HEADS = ("forbundet", "forbund", "foreningen", "forening", "laget", "lag", "organisasjonen", "organisasjon")
_SMALL = frozenset({"og", "i", "for", "av"})


def _acronym(name: str) -> str:
    letters = []
    for word in re.split(r"[ \t-]+", name):
        low = word.casefold()
        if not word or low in _SMALL:
            continue
        letters.append(word[0])
        head = next((h for h in _HEADS if low.endswith(h) and len(low) > len(h) + 2), None)
        if head:
            letters.append(head[0])
    return "".join(letters).upper()


def union_short_names(text: str, found) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:union-acronym") for the acronym of a union found by its full name."""
    from workbench.io.pseudonymize.union_members import _trade_union

    acronyms = set()
    for f in found:
        name = " ".join(text[f[0]:f[1]].split())
        if f[2] != "org" or name.isupper() or not (_trade_union(name) or association(name.casefold())):
            continue
        acronym = _acronym(name)
        if len(acronym) >= 2 and (_trade_union(acronym) or association(acronym.casefold())):
            acronyms.add(acronym)
    out: list[tuple[int, int, str, str]] = []
    for acronym in acronyms:
        for m in re.finditer(rf"(?<![\w@.&-]){acronym}(?![\w&])", text):
            if not any(s <= m.start() < e for s, e, *_r in found):
                out.append((m.start(), m.end(), "org", "rule:union-acronym"))
    return out
