"""Coders named by pseudonym, also where a memo mentions them, for an anonymised export.

An archive copy of a project calls its coders `Koder 1`, `Koder 2`... A memo written during
coding often names a fellow coder by login (`avklart med ola`, `olas koding er strengere`), in
lower case where the name rules of the pseudonymiser see an ordinary word. So before the
memo texts are pseudonymised, each mention of a coder's login is masked with one private-use
character per coder (which no name rule reads), and after it the mask becomes the coder's
pseudonym: the memo reads `avklart med Koder 2`, consistent with the coder of its codings.
A login that is also a common word (`per`, `liv`) is masked only when capitalised, so
`to ganger per uke` stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.core.exchange import ProjectBundle

CODER_PSEUDONYM = "Koder {}"
NOT_A_PERSON = frozenset({"consensus"})  # the coder a resolved disagreement is given to
_MASK_BASE = 0xE000  # start of Unicode's private-use area: never in a transcript or a memo


def coder_pseudonyms(bundle: ProjectBundle) -> dict[str, str]:
    """Real coder name -> `Koder N`, numbered in the project's order of coders (then codings, memos)."""
    mapping: dict[str, str] = {}
    named = [*bundle.coders, *(c.coder for c in bundle.codings), *(m.coder for m in bundle.memos if m.coder)]
    for name in named:
        if name not in NOT_A_PERSON and name not in mapping:
            mapping[name] = CODER_PSEUDONYM.format(len(mapping) + 1)
    return mapping


def _mention_pattern(names: list[str]) -> re.Pattern[str] | None:
    """A login as a whole word, any case, a genitive -s allowed; not inside an e-mail address."""
    names = sorted((n for n in names if len(n) >= 2), key=len, reverse=True)
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w@.])({alternatives})(?=s?(?![\w@]|\.\w))", re.IGNORECASE)


def _map_texts(bundle: ProjectBundle, change: Callable[[str], str]) -> ProjectBundle:
    """The bundle with `change` applied to every free text a person writes: memos, titles, coding memos."""
    def apply(text: str | None) -> str | None:
        return change(text) if text else text

    return replace(
        bundle,
        codings=[replace(c, memo=apply(c.memo)) for c in bundle.codings],
        memos=[replace(m, text=apply(m.text) or m.text, title=apply(m.title)) for m in bundle.memos],
        description=apply(bundle.description),
    )


def mask_coder_mentions(bundle: ProjectBundle, mapping: dict[str, str],
                        common_word: Callable[[str], bool] = lambda word: False) -> ProjectBundle:
    """The bundle with every mention of a coder in its memos masked (see the module docstring).

    `common_word(lower)` says whether a lower-case login is also an everyday word, kept as it is
    unless written with a capital."""
    order = list(mapping)
    pattern = _mention_pattern(order)
    if pattern is None:
        return bundle
    by_lower = {name.lower(): i for i, name in enumerate(order)}

    def mask(match: re.Match[str]) -> str:
        word = match.group(1)
        if word.islower() and common_word(word):
            return word
        return chr(_MASK_BASE + by_lower[word.lower()])

    return _map_texts(bundle, lambda text: pattern.sub(mask, text))


def unmask_coder_mentions(bundle: ProjectBundle, mapping: dict[str, str]) -> ProjectBundle:
    """The bundle with each masked mention written as the coder's pseudonym."""
    pseudonyms = {chr(_MASK_BASE + i): mapping[name] for i, name in enumerate(mapping)}
    if not pseudonyms:
        return bundle
    masked = re.compile("[" + "".join(pseudonyms) + "]")
    return _map_texts(bundle, lambda text: masked.sub(lambda m: pseudonyms[m.group(0)], text))
