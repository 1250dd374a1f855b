"""Whether a sentence talks of someone's work: the one place the rules bound a sentence or a turn and read its work words.

"Hun har vært på Fretex også, i butikken, to dager i uka, sortering av klær" names no employer verb, yet
it tells where someone works: the till, the warehouse, shifts, practice, sorting, days a week. A chain
named in such a sentence is a workplace and identifies; the same chain named where someone shops stays
(see `everyday`). Strong words ("praksis", "skift", "lageret", "kassa", "sortering", "jobber") decide
alone; weak ones ("i butikken", "to dager i uka") only two together, since a shopper may say either.

The callers ask about different names, and the words that count differ with them (`work_sentence`'s
`kind`): a club or any name's mention (the frame words above), a thing someone may just use (a chain
shopped at, an app, a fair: making it counts, compounds do not, so "en utstilling" stays a fair), and a
listed name that may be an employer (compounds, hiring, applying, quitting, a firm's depot or department).
"""

from __future__ import annotations

import re
from typing import Literal

from workbench.io.pseudonymize.work_words import COLLEAGUES, CUSTOMERS, JOB, SHIFTS, WORK, alternatives, word_pattern

# Words that say someone works there, alone.
_STRONG = word_pattern(
    JOB | WORK | COLLEAGUES | CUSTOMERS | {"ansatt"},
    more=r"praksis(?:en|plass(?:en)?)?|arbeidspraksis"
    r"|språkpraksis|lærling(?:plass)?|vikar(?:ierer|ierte|iat)?|(?:natt|dag|kvelds|helge)?skift(?:et|ene)?"
    rf"|(?:natt|helge|kvelds)?(?:{alternatives(SHIFTS)})|i[ \t]+kassa(?:en)?|i[ \t]+kassen|på[ \t]+lageret|på[ \t]+lager"
    r"|sorter(?:er|te|ing)(?:[ \t]+av)?|lønn(?:a|en)?|sjefen[ \t]+(?:min|der)"
    r"|sommerjobb|deltidsjobb|helgejobb|turnus|fast[ \t]+stilling|leverer[ \t]+til|vasker[ \t]+for")
# Words that say so only together: a shopper is in the shop, and may go twice a week.
_WEAK = re.compile(
    r"(?<![\w-])(?i:i[ \t]+butikken|på[ \t]+butikken|(?:en|ei|to|tre|fire|fem|\d)[ \t]+(?:dag|dager|kveld|kvelder"
    r"|timer)[ \t]+(?:i|per|hver)[ \t]+(?:uka|uken|uke|måned|måneden)|på[ \t]+verkstedet|i[ \t]+resepsjonen"
    r"|bak[ \t]+disken|på[ \t]+kjøkkenet)(?![\w-])")

# The work vocabulary of a sentence about a thing or an employer. Its stems stand alone for a thing
# ("jobber", "stillingen") and also end compounds for an employer ("deltidsjobb", "nattevakt", "butikksjef").
_STEMS = ("jobb", "arbeid", "sjef", "vakt", "praksis", "stilling")
_SHARED = (r"ansatt\w*|kolleg\w*|lønn\w*|skift\w*|kunde\w*|kassa|kassen|leverer|leverte|levert|leverandør\w*"
           r"|oppdrag\w*|kontrakt\w*|avtale\w*|sommerjobb\w*|firma\w*|bedrift\w*|stand|standen|utstiller\w*")
# Making something: an app or a product made for a firm is someone's work ("laget Matglede-appen for firmaet").
_MAKING = r"laget|lagde|lager|utviklet|utvikler|programmerte"
# Hiring, applying, forms of employment, quitting and the places inside a firm.
_EMPLOYMENT = (r"ansette\w*|ansetter|søknad\w*|intervju\w*|lageret|franchise\w*|forretning\w*|\w*vikar\w*|lærling\w*"
               r"|fagbrev\w*|deltid\w*|heltid\w*|turnus\w*|sluttet|slutte|morgenmøte\w*|avdeling\w*|garasjen|depotet"
               r"|produksjon\w*|fabrikk\w*")
_THING = re.compile(r"(?<![\w-])(?i:" + "|".join(s + r"\w*" for s in _STEMS) + rf"|{_SHARED}|{_MAKING})(?![\w-])")
_EMPLOYER = re.compile(r"(?<![\w-])(?i:" + "|".join(r"\w*" + s + r"\w*" for s in _STEMS)
                       + rf"|{_SHARED}|{_EMPLOYMENT})(?![\w-])")

WorkKind = Literal["frame", "thing", "employer"]

_ENDS = ".!?\n"
_SPACED_END = re.compile(r"[!?\n]|\.(?:\s|$)")


def sentence_around(text: str, start: int, end: int, *, back: int | None = None, ahead: int | None = None,
                    spaced_dots: bool = False) -> tuple[int, int]:
    """The bounds of the sentence holding text[start:end]: from after the last `.`, `!`, `?` or line break
    before `start` to the first at or after `end` (a speaker's turn is a line, so it ends one too). `back`
    and `ahead` cap how far each side reaches; with `spaced_dots` a dot after the span ends the sentence
    only before whitespace or the end ("Chess.com", "21.30" run on)."""
    floor = 0 if back is None else max(0, start - back)
    lo = max(floor, max(text.rfind(c, floor, start) for c in _ENDS) + 1)
    limit = len(text) if ahead is None else min(len(text), end + ahead)
    if spaced_dots:
        stop = _SPACED_END.search(text, end, limit)
        return lo, stop.start() if stop else limit
    stops = [i for i in (text.find(c, end, limit) for c in _ENDS) if i >= 0]
    return lo, min(stops, default=limit)


def line_around(text: str, at: int) -> tuple[int, int]:
    """The bounds of the line (a speaker's turn) holding `at`, without its line break."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def line_before(text: str, line_start: int) -> tuple[int, int]:
    """The bounds of the last non-blank line before the line starting at `line_start` (the turn answered)."""
    end = len(text[:line_start].rstrip())
    return text.rfind("\n", 0, end) + 1, end


def work_sentence(text: str, start: int = 0, end: int | None = None, *, kind: WorkKind = "frame") -> bool:
    """Whether the sentence around text[start:end] (with no span, all of `text`, a sentence already cut)
    talks of someone's work, by the words that count for `kind`:

    * `frame`: a strong work word (practice, shift, the till, the warehouse, sorting, a job), or two weak
      ones ("i butikken", "to dager i uka");
    * `thing`, for a name someone may just use: the work stems, other work words, verbs of making;
    * `employer`, for a name that may be a workplace: the stems and their compounds, other work words,
      hiring, applying, quitting and a firm's places, or the `frame` words."""
    if end is not None:
        lo, hi = sentence_around(text, start, end)
        text = text[lo:hi]
    if kind == "thing":
        return bool(_THING.search(text))
    if kind == "employer" and _EMPLOYER.search(text):
        return True
    return bool(_STRONG.search(text)) or len(_WEAK.findall(text)) >= 2
