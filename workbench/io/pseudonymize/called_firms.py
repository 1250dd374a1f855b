"""A small firm named by its owner's genitive and its trade, then `heter det`, in text without case (round 35o).

A speech recogniser writes everything in lower case (here: a turn with no capital after its label, also inside a
transcript otherwise in good case), so a firm is known by its frame alone. Speakers often name a
small workshop, salon or shop after first saying what it is and then give the name followed by `heter det`:
"han jobber på sykkelverkstedet til <name> … <name>s sykkel og service heter det", "<name>s rør og varme heter
firmaet". `caseless_firms` finds "<name> bil og dekk" only for its own list of trades and after `hos`/`på`; this
module reads the naming frame itself: one to four words right before `heter det`/`heter den`/`heter firmaet`/
`heter butikken`/`heter salongen`/`heter verkstedet`/`heter stedet`/`heter bedriften`, the first a genitive whose
stem is a listed first name or a word the text names alone elsewhere and the dictionary does not know, the others
trade words joined by `og`/`&`. The run is the firm; the owner's name alone is left to the name rules.

Round 49o: the frame also stands before the name ("det heter <name> bygg og tak", "firmaet heter <name> regnskap"):
a word the dictionary lacks and no compound of its words, or listed as a name or named again in the text, then one to three dictionary words
joined by `og` (`named_after`); and a firm named at an answer's start, then said to be a sole proprietorship, a
limited company or a firm ("ja <name> testlab det er et enkeltpersonforetak", `classified_firms`).

What stays: `heter det ikke`, a trade without an owner ("sykkel og service heter det", "rør og varme heter
faget"), a question ("hva heter det"), and a genitive of a word the dictionary knows ("byens sykkel og service").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize import rules

_HEADS = "det|den|firmaet|butikken|salongen|verkstedet|stedet|bedriften|forretningen|kafeen|bakeriet"
_CALLED = re.compile(rf"[ \t]+heter[ \t]+(?:{_HEADS})(?![\w-])(?![ \t]+(?:ikke|vel[ \t]+ikke|ikkje))")
_WORD = re.compile(r"[a-zæøåéü]+(?:-[a-zæøå]+)?")
# A turn's label: "[00:03:07] M: ", "speaker 2: ", "Mentor: ".
_LABEL = re.compile(r"(?:\[[^\]\n]{1,20}\][ \t]*)?(?:[^\s:][^:\n]{0,30}:[ \t]+)?")


def _caseless_line(text: str, at: int) -> bool:
    """Whether the line holding `at` has no capital letter after its label (speech-to-text in lower case)."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo:hi if hi >= 0 else len(text)]
    label = _LABEL.match(line)
    body = line[label.end():] if label else line
    return len(body.split()) >= 8 and not any(c.isupper() for c in body)


def _owner(word: str, text: str) -> bool:
    """A genitive whose stem is a listed first name, or an unknown word the text also names alone."""
    if len(word) < 4 or not word.endswith("s"):
        return False
    stem = word[:-1]
    if stem in gaz.FUNCTION_WORDS or rules.known_word(word):
        return False
    if rules.listed(stem, gaz.GIVEN_NAMES):
        return True
    return not rules.known_word(stem) and re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])", text) is not None


# Round 49o: the frame before the name ("det heter <name> bygg og tak", "firmaet heter <name> regnskap").
_CALLED_BEFORE = re.compile(rf"(?<![\w-])(?:{_HEADS})(?:[ \t]+(?:skal|skulle))?[ \t]+(?:heter|het|hette|hete)[ \t]+")


def _name_first(word: str, text: str) -> bool:
    """A family name opening a firm's name: a word the dictionary lacks, listed, named again in the text or no
    compound of dictionary words."""
    if len(word) < 3 or word in gaz.FUNCTION_WORDS or rules.known_word(word):
        return False
    return rules.listed(word, gaz.SURNAMES) or rules.listed(word, gaz.GIVEN_NAMES) or len(
        re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)) > 1 or lexicon.compound_head(word) is None


def named_after(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:caseless") for "<name> <trade> (og <trade>)" right after `det heter`."""
    out = []
    for m in _CALLED_BEFORE.finditer(text):
        if not _caseless_line(text, m.start()):
            continue
        first = _WORD.match(text, m.end())
        if first is None or not _name_first(first.group(0), text):
            continue
        end, trades, pos = 0, 0, first.end()
        while trades < 3:
            nxt = re.compile(r"[ \t]+(og[ \t]+)?([a-zæøå]+)(?![\w-])").match(text, pos)
            if nxt is None or nxt.group(2) in gaz.FUNCTION_WORDS or not rules.known_word(nxt.group(2)):
                break
            trades += 1
            pos = end = nxt.end()
        if end:
            out.append((first.start(), end, "org", "rule:caseless"))
    return out


# Round 49o: a firm named at an answer's start and then said what it is ("ja <name> testlab det er et
# enkeltpersonforetak", "<name> bilpleie det er et aksjeselskap").
_CLASSIFIED = re.compile(
    r"(?:^|\n)(?:[^\n:]{1,30}:[ \t]*)?(?:(?:ja|nei|jo|ok)[ \t]+)?([a-zæøå]+(?:[ \t]+[a-zæøå]+){0,2}?)[ \t]+det[ \t]+er"
    r"[ \t]+(?:et|en|ei)[ \t]+(?:[a-zæøå]+[ \t]+)?(?:enkeltpersonforetak|aksjeselskap|firma|selskap|foretak|bedrift"
    r"|familiebedrift|enkeltmannsforetak)(?![\w-])")


def classified_firms(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:caseless") for "<name> <word> det er et enkeltpersonforetak" opening an answer: the
    first word a name (`_name_first`), or one the text names again before a word the dictionary lacks."""
    out = []
    for m in _CLASSIFIED.finditer(text):
        words = m.group(1).split()
        again = len(re.findall(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])", text)) > 1
        name = _name_first(words[0], text) or (again and any(not rules.known_word(w) for w in words[1:]))
        if _caseless_line(text, m.start(1)) and name and not any(w in gaz.FUNCTION_WORDS for w in words[1:]):
            out.append((m.start(1), m.end(1), "org", "rule:caseless"))
    return out


def called_firms(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:caseless") for "<name>s <trade> og <trade>" right before `heter det`, and (round
    49o) for "<name> <trade> og <trade>" right after `det heter` (`named_after`)."""
    out = named_after(text) + classified_firms(text)
    for m in _CALLED.finditer(text):
        if not _caseless_line(text, m.start()):
            continue
        words = list(_WORD.finditer(text, max(0, m.start() - 80), m.start()))
        # the run of words right before the frame, joined by single spaces
        run = []
        for w in reversed(words):
            if run and text[w.end():run[-1].start()] != " ":
                break
            if not run and w.end() != m.start():
                break
            run.append(w)
            if len(run) == 5:
                break
        for k, w in enumerate(run):
            word = w.group(0)
            tail = [x.group(0) for x in run[:k]]
            if any(t in gaz.FUNCTION_WORDS and t != "og" for t in tail):
                break
            if tail and tail[-1] != "og" and tail[0] != "og" and _owner(word, text):
                out.append((w.start(), m.start(), "org", "rule:caseless"))
                break
    return out
