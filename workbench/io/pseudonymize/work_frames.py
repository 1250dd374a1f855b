"""Whether a sentence puts someone's work somewhere: the frame that makes a chain or a club an employer.

"Hun har vært på Fretex også, i butikken, to dager i uka, sortering av klær" names no employer verb, yet
it tells where someone works: the till, the warehouse, shifts, practice, sorting, days a week. A chain
named in such a sentence is a workplace and identifies; the same chain named where someone shops stays
(see `everyday`). Strong words ("praksis", "skift", "lageret", "kassa", "sortering", "jobber") decide
alone; weak ones ("i butikken", "to dager i uka") only two together, since a shopper may say either.
"""

from __future__ import annotations

import re

# Words that say someone works there, alone.
_STRONG = re.compile(
    r"(?<![\w-])(?i:jobb(?:er|et|a|e|en)?|arbeid(?:er|et|e)?|ansatt|praksis(?:en|plass(?:en)?)?|arbeidspraksis"
    r"|språkpraksis|lærling(?:plass)?|vikar(?:ierer|ierte|iat)?|(?:natt|dag|kvelds|helge)?skift(?:et|ene)?"
    r"|(?:natt|helge|kvelds)?vakt(?:er|a|ene)?|i[ \t]+kassa(?:en)?|i[ \t]+kassen|på[ \t]+lageret|på[ \t]+lager"
    r"|sorter(?:er|te|ing)(?:[ \t]+av)?|lønn(?:a|en)?|sjefen[ \t]+(?:min|der)|kolleg(?:a|aer|aene|er|ene)"
    r"|sommerjobb|deltidsjobb|helgejobb|turnus|fast[ \t]+stilling|kunde(?:n|r|ne)?|leverer[ \t]+til|vasker[ \t]+for)(?![\w-])")
# Words that say so only together: a shopper is in the shop, and may go twice a week.
_WEAK = re.compile(
    r"(?<![\w-])(?i:i[ \t]+butikken|på[ \t]+butikken|(?:en|ei|to|tre|fire|fem|\d)[ \t]+(?:dag|dager|kveld|kvelder"
    r"|timer)[ \t]+(?:i|per|hver)[ \t]+(?:uka|uken|uke|måned|måneden)|på[ \t]+verkstedet|i[ \t]+resepsjonen"
    r"|bak[ \t]+disken|på[ \t]+kjøkkenet)(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?\n]")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding text[start:end] (a line break ends one too)."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    hi = _SENTENCE_END.search(text, end)
    return lo, hi.start() if hi else len(text)


def work_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] puts someone's work there: a strong work word (practice,
    shift, the till, the warehouse, sorting, a job), or two weak ones ("i butikken", "to dager i uka")."""
    lo, hi = sentence_around(text, start, end)
    if _STRONG.search(text, lo, hi):
        return True
    return len(_WEAK.findall(text, lo, hi)) >= 2
