"""Trade unions joined or belonged to in a Nynorsk or dialect turn (round 33n).

Union membership is special-category data, and `union_members` finds a listed union that someone is, became
or was a member of by Bokmål frames ("meldte meg inn i", "er med i", "ble medlem av", "tillitsvalgt i"). Said
in Nynorsk the same facts take other forms: the past of `melde` is `melde` ("Eg melde meg inn i Norsk
Sykepleierforbund"), which is the Bokmål infinitive and so no membership to those rules; `vore`/`vorte`/`blei`
stand for `vært`/`blitt`/`ble` ("Eg har vore med i Fagforbundet"), and the office is `tillitsvald`. In a
Nynorsk or dialect passage (`nynorsk.nynorsk_passage`) a listed union after such a frame is an organisation, as
in Bokmål, and is then found again at its other mentions (and its acronym, `union_short_names`). A modal, a
negation, a condition, a wish or someone else in the clause ("Ho vil melde seg inn i Delta", "Eg er ikkje med
i Fagforbundet", "Du kan melde deg inn i NSF") leaves it, and so does a question.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import nynorsk

# Joining, belonging and office in Nynorsk and the dialects, right before the union.
_MEMBERSHIP = re.compile(
    r"(?<![\w-])(?i:(?:melde|meldte|meldt|innmeld)(?:[ \t]+(?:eg|ho|han|me|vi|dei))?(?:[ \t]+(?:meg|seg|oss|dykk))?"
    r"(?:[ \t]+(?:òg|også|no))?[ \t]+inn[ \t]+i"
    r"|(?:er|var|vore|vorte|blei|vart|vert|blir)(?:[ \t]+(?:eg|ho|han|me|vi|dei))?(?:[ \t]+(?:òg|også|no|framleis"
    r"|fortsatt|jo|berre|sjølv))?(?:[ \t]+med)?[ \t]+i"
    r"|medlem(?:mer)?[ \t]+(?:av|i)|organisert(?:[ \t]+(?:meg|seg))?[ \t]+i|tillitsvald(?:e)?[ \t]+(?:i|for))[ \t]+$")
# No member there, or not yet: a modal, a negation, a condition, a wish or advice, or someone else.
_NOT_MEMBER = re.compile(
    r"(?<![\w-])(?i:ikkje|ikke|aldri|ingen|kan|kunne|skal|skulle|bør|burde|må|måtte|vil|ville|får|tenkjer|tenker"
    r"|vurderer|lurer|viss|hvis|dersom|om|kanskje|ønskjer|ønsker|planlegg\w*|du|de|dykk|dere|kolleg\w*|andre"
    r"|nokon|noen|mange|alle|folk|ein|man|å)(?![\w-])")


def nynorsk_unions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a listed union joined or belonged to in a Nynorsk turn."""
    from workbench.io.pseudonymize.union_members import _clause, _question, _trade_union, listed_names

    out: list[tuple[int, int, str, str]] = []
    for start, name in listed_names(text, out):
        if not _trade_union(name):
            continue
        before = _clause(text, start)
        if not _MEMBERSHIP.search(before) or _NOT_MEMBER.search(before) or _question(text, start):
            continue
        if nynorsk.nynorsk_passage(text, start, start + len(name)):
            out.append((start, start + len(name), "org", "rule:definite-body"))
    return out
