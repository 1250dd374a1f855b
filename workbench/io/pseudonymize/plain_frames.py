"""What the round-33b keep rules share: a find's whole capitalised run, and whether the document ties a name to
someone.

The round-33b rules (`titles_watched`, `news_bodies`, `shop_mentions`, `general_places`) each keep a name that
the other rules replaced, where every mention of it stands in a frame of its own kind (a title watched, a body
in the news, a country in general talk). They judge names, not finds: "Toy Story 4" is found as `Toy` and
`Story`, "PlayStation 5" as an address, so each find is widened to its run of capitalised words (and a model
number after it) first. And they share one guard, read over the whole document: a name is kept only where no
mention of it is tied to someone, by a word of work, office, membership role, study or home before it in its
clause ("journalist i", "produsent for", "jobber på", "frivillig i", "bor i"), a place after it that is no country ("Jysk på
Lade", "Pensjonistlaget på Byåsen"; not "Lidl-butikken i Sverige"), a person as its object after it ("ansatt meg")
or a tie word pointing back later in the sentence ("handler på Bunnpris, og jeg jobber der"), or (round 47o) a
joining that points back to it (`joined_bodies.referred_joins`: "et møte i Huseierne, jeg ble medlem der").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import world_places
from workbench.io.pseudonymize.everyday_listed import past_label

# One capitalised word (its hyphenated or dotted parts too) and the run of them with a model number after it.
_WORD = r"[A-ZÆØÅ](?:[\wæøåÆØÅ'’-]|\.(?=\w))*"
_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:{_WORD}|(?:de|la|le|du|of|the|von|van|der|del|di|da)[ \t]+{_WORD}))*(?:[ \t]+\d{{1,2}}(?![\w.,:]\d|\w))?")
_WORD_BEFORE = re.compile(rf"(?<![\w'’.-]){_WORD}(?<![.,])[ \t]+$")
_RUN_END = re.compile(r"(?:[ \t]+\d{1,2}(?![\w.,:]\d|\w))")
# Words that put someone at a named place, body or title: work, office, membership roles, study, home.
_TIE_WORDS = (r"jobb\w*|arbeid\w*|ansatt\w*|ansett\w*|praksis\w*|vakt\w*|vikar\w*|stilling\w*|lærling\w*|sjef\w*"
              r"|\w*leder\w*|tillitsvalgt\w*|frivillig\w*|styre\w*|verv\w*|kasserer\w*|sekretær\w*|journalist\w*"
              r"|produsent\w*|redaktør\w*|rådgiver\w*|konsulent\w*|kollega\w*|kolleger\w*|trener\w*|medarbeider\w*"
              r"|kontrakt\w*|oppdrag\w*|intervju\w*|søkt|søker|søkte|søknad\w*|begynte|startet|student\w*|studer\w*"
              r"|elev\w*|kunde\w*|ekspeditør\w*|selger\w*|sjåfør\w*|lager\w*|kassa|kasse\w*|bor|bodde|bur|budde"
              r"|bosatt|flytt\w*|vokste|født|hjemme|heter|het|kalt|kalles")
_TIE_BEFORE = re.compile(rf"(?<![\w-])(?i:{_TIE_WORDS})(?:[ \t]+[\wæøåÆØÅ'’-]+){{0,3}}[ \t]+$")
_TIE_AFTER = re.compile(r",?[ \t]+(?:i|på)[ \t]+(?P<place>[A-ZÆØÅ][a-zæøå][\wæøå-]*)"  # "Jysk på Lade", "… i Malvik"
                        r"|(?:[ \t]+[a-zæøå]+){1,2}[ \t]+(?:meg|deg|henne|ham|oss|mannen|kona|sønnen|datteren)(?![\w-])")
_CLAUSE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)[^.!?:;\n]*$")
# A tie later in the sentence that points back to the mention: "handler på Bunnpris, og jeg jobber der".
_TIE_BACK = re.compile(rf"[^.!?\n]*?(?<![\w-])(?i:{_TIE_WORDS})(?:[ \t]+[\wæøå]+){{0,2}}[ \t]+(?i:der|dit)(?![\w-])")


def run_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of capitalised words around text[start:end] on its line, with a model number after it."""
    lo = start
    line = max(text.rfind("\n", 0, start) + 1, start - 120)
    while True:
        m = _WORD_BEFORE.search(text, line, lo)
        if m is None or m.start() <= line or text[m.start() - 1] not in " \t" \
                or text[max(0, m.start() - 4):m.start()].rstrip()[-1:] in (".", "!", "?", ":", ",", ";", "«", '"') \
                or past_label(text, line, lo) > m.start():
            break  # the word before opens the sentence, a turn or a list: no part of the name
        lo = m.start()
    m = _RUN.match(text, lo)
    hi = max(end, m.end()) if m else end
    n = _RUN_END.match(text, hi)
    return lo, (n.end() if n else hi)


def clause_before(text: str, start: int) -> str:
    """The clause before `start`, from the last sentence end or line start, without a speaker label."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 160)
    lo = past_label(text, lo, start)
    m = _CLAUSE_START.search(text, lo, start)
    return text[m.start():start].lstrip(".!?:; \n") if m else text[lo:start]


def mentions(text: str, name: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of `name` in the text, in any case."""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w@.-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE)]


def tied(text: str, start: int, end: int) -> bool:
    """Whether the mention text[start:end] is tied to someone by its clause before or the words after it."""
    after = _TIE_AFTER.match(text, end)
    if after is not None and after.group("place") and after.group("place").casefold() in world_places.COUNTRIES:
        after = None  # "Lidl-butikken i Sverige": a country is no branch
    from workbench.io.pseudonymize.joined_bodies import joined_back  # round 47o: "i X, jeg ble medlem der"

    return bool(_TIE_BEFORE.search(clause_before(text, start)) or after or _TIE_BACK.match(text, end)
                or joined_back(text, start, end))


def drop_runs(text: str, found: list[tuple], plain, kinds: tuple[str, ...] = ("person", "place", "org", "address")
              ) -> list[tuple]:
    """`found` without the finds inside a run of which every mention is plain (`plain(text, start, end)`) and
    none is tied to someone; only runs holding a find of one of `kinds` are judged, and identifiers other than
    addresses and finds from the term list always stay."""
    verdicts: dict[str, bool] = {}
    spans: list[tuple[int, int]] = []
    for f in found:
        if f[2] not in kinds or f[3] == "list":
            continue
        lo, hi = run_of(text, f[0], f[1])
        if not (lo <= f[0] and f[1] <= hi):
            continue
        key = " ".join(text[lo:hi].split()).casefold()
        if key not in verdicts:
            every = mentions(text, text[lo:hi])
            verdicts[key] = bool(every) and all(plain(text, s, e) and not tied(text, s, e) for s, e in every)
        if verdicts[key]:
            spans.append((lo, hi))
    if not spans:
        return found
    return [f for f in found if f[3] == "list" or f[2] not in ("person", "place", "org", "address")
            or not any(lo <= f[0] and f[1] <= hi for lo, hi in spans)]
