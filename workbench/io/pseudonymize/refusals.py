"""A firm that turned someone down or did not answer: "Veidekke sa nei til meg", "fikk avslag fra X".

Application talk names the firms applied to where it tells how it went: one said no, one gave a refusal,
one never answered. The firm is a would-be employer and narrows who the speaker is, yet its name may be a
dictionary word ("Veidekke") that no other rule takes for a name at a sentence start. Here, in a turn about
applying or work (the turn or the one before it holds `søk…`, `søknad…`, `stilling…`, `jobb…`,
`intervju…`), or where the refusal is said to the speaker (`sa nei til meg`, any `avslag`), a capitalised run of up to three words right before `sa nei`, `svarte aldri`/`ikke`, `takket
nei`, `ga (meg) avslag`, or right after `avslag fra`, `nei fra`, `svar fra`, `hørt fra` is an organisation.
Not a public body or service ("Lånekassen sa nei", "avslag fra UDI"), a person's given name, a place, a
function word ("Ingen svarte"), a role or kin word, or a definite or common dictionary noun ("Kommunen svarte
aldri", "Mamma sa nei", "Sjefen sa nei").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.work_frames import line_around, line_before

_RUN = r"[A-ZÆØÅ][\w&'’-]*(?:!)?(?:[ \t]+[A-ZÆØÅ][\w&'’-]*){0,2}"
_SAID_NO = re.compile(rf"(?<![\w-])({_RUN})[ \t]+(?:har[ \t]+)?(?:sa|sagt|svarte|svart|takket|ga|gav|gitt)"
                      r"(?:[ \t]+meg)?[ \t]+(?:nei|aldri|ikke|avslag)(?![\w-])")
_FROM = re.compile(rf"(?<![\w-])(?i:avslag|nei|svar|hørt|hørte|beskjed)[ \t]+(?:fra)[ \t]+({_RUN})")
# A refusal said to the speaker ("sa nei til meg", "ga meg avslag", any "avslag") is an application's answer
# wherever it stands; a plain "svarte ikke" needs a turn about applying.
_TO_ME = re.compile(r"(?i:avslag|[ \t]+til[ \t]+(?:meg|oss))")
_APPLYING = re.compile(r"(?<![\w-])(?i:søk\w*|søknad\w*|stilling\w*|jobb\w*|intervju\w*)(?![\w-])")


def _firm(name: str) -> bool:
    from workbench.io.pseudonymize.job_frames import _firm as applied_firm

    first = name.split()[0].rstrip("!")
    low = first.casefold()
    if low in gaz.ROLE_NOUNS or low in gaz.POSSESSIVES or lexicon.listed(first, gaz.GIVEN_NAMES):
        return False
    if len(name.split()) == 1 and lexicon.known_word(low) and (lexicon.definite(low) or lexicon.frequent(low, 3.5)):
        return False  # "Kommunen svarte aldri", "Mamma sa nei"
    head = lexicon.compound_head(low)
    if len(name.split()) == 1 and lexicon.compound_of_known(low) and head is not None and lexicon.definite(head):
        return False  # "Jobbsenteret sa nei": a definite compound names a kind of office, no firm
    return applied_firm(name, 0, len(name.rstrip("!")))


def refused_by(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:refused") for a firm that said no or did not answer, in a turn about applying."""
    out = []
    for m in [*_SAID_NO.finditer(text), *_FROM.finditer(text)]:
        start, end = m.start(1), m.end(1)
        while (word := re.match(r"([\w'’-]+)[ \t]+", text[start:end])) and word.group(1).casefold() in gaz.FUNCTION_WORDS:
            start += word.end()  # "Og Veidekke sa nei": the conjunction is no part of the name
        lo, hi = line_around(text, start)
        told = _TO_ME.match(text, m.end()) or "avslag" in m.group(0).casefold()
        if not (told or _APPLYING.search(text, lo, hi) or _APPLYING.search(text, *line_before(text, lo))):
            continue
        if _firm(text[start:end]):
            out.append((start, end, "org", "rule:refused"))
    return out
