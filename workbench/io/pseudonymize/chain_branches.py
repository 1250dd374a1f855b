"""A chain of several words named with its branch where someone works, then named alone (round 33o).

A chain's name that is made of several words, one of them a letter, a number or an ordinary word ("Circle K",
"Burger King", "Apotek 1", "Toys R Us"), is found whole where a work frame holds it ("jobber på Circle K i
kassa"), and then again at its other mentions. Named with its branch after it ("helgevakter på Circle K Moa")
the whole run is found as one place or firm, and only its single words came again: "Circle K er travelt"
lost the letter and kept "Circle", "Burger King" became the person "King". `everyday_listed` keeps every
mention of a listed chain once one mention is tied to work or a branch; here, for a listed chain that is a
workplace (`everyday_names.EMPLOYING`) and has several words, such a tie makes each capitalised mention of
the whole name an organisation, so the short form comes again whole.

A chain only shopped at ("stoppet på Circle K for å tanke", "Coop Extra har tilbud") has no tie and stays.
"""

from __future__ import annotations

from workbench.io.pseudonymize import everyday_listed as listed
from workbench.io.pseudonymize.everyday_names import EMPLOYING


def branch_chains(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:employer") for every capitalised mention of a several-word chain that some
    mention names with its branch or in a work frame."""
    out = []
    for entry, spans in listed.mentions(text).items():
        if entry not in EMPLOYING or " " not in entry:
            continue
        tied = any(listed.branch_or_surname(text, end, entry) or listed.work_frame(text, start, end, True)
                   for start, end in spans)
        if tied:
            out += [(start, start + len(entry), "org", "rule:employer") for start, _end in spans
                    if text[start].isupper()]
    return out
