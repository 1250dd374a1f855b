"""An acronym set right after an organisation the text names: "Yrkestrafikkforbundet, YTF, fordi …" (round 34o).

People give a workplace's or union's short name once, beside the full one, between commas or in
brackets ("praksis i Fjordlys Import (FLI)", "Sunnmøre Kjøleteknikk, SKT, i Ålesund"), and then use the
short name alone ("FLI kjøper olivenolje"). `union_acronyms` takes such an acronym only where a list
knows it; an acronym no list knows was left, and so were its later mentions.

Here an acronym in capitals (two to six letters) right after an organisation found in the text, closed
by a comma or a bracket, is the same organisation when it spells that name: its first letter is the
name's, and its letters come in order in the name ("YTF" in "Yrkestrafikkforbundet"). It is then found
again alone. A public body named as such is no find, so its acronym stays ("Statens vegvesen (SVV) har
nye regler"); so do generic and public acronyms (`HMS`, `NAV`, `UDI`) wherever they stand. Where another rule
took such an acronym beside a public body that nothing finds as an organisation, `drop_public_acronyms` drops
it, and any find among the body's words ("Norges" of "Norges vassdrags- og energidirektorat (NVE)"), last.

Round 44o: the acronym may also close its sentence ("medlem av Forskerforbundet, FF. FF sendte …"), and the name may
come after a found acronym, between commas, before a full stop or in brackets ("I FO, Fellesorganisasjonen.",
"meldte meg inn i NTL, Norsk Tjenestemannslag, i fjor", "NTL (Norsk Tjenestemannslag)"): capitalised words, joined
by `og`, `for`, `av` or `i`, that the acronym spells are the same organisation (`_expansions`). The acronym is then
found again at its later mentions, where the keep rules had left a national union named alone ("Det første FO
gjorde …").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon

# round 44o: the acronym may also close the sentence ("medlem av Forskerforbundet, FF. FF sendte ...").
_AFTER = re.compile(r"(?:,[ \t]+(?P<comma>[A-ZÆØÅ]{2,6})[ \t]*(?:,|[.!?;](?=[ \t]|$)|$)"
                    r"|[ \t]*\([ \t]*(?P<bracket>[A-ZÆØÅ]{2,6})[ \t]*\))", re.M)
# Round 44o: a found acronym's expansion right after it ("I FO, Fellesorganisasjonen.", "NTL (Norsk Tjenestemannslag)"):
# capitalised words, joined by `og`, `for`, `av` or `i`, closed by punctuation or the line's end.
_RUN = r"[A-ZÆØÅ][\w-]*(?:[ \t]+(?:(?:og|for|av|i)[ \t]+)?[A-ZÆØÅ][\w-]*){0,4}"
_EXPANSION = re.compile(rf"(?:,[ \t]+(?P<comma>{_RUN})(?=[ \t]*(?:[,.!?;:]|$))|[ \t]*\([ \t]*(?P<bracket>{_RUN})[ \t]*\))",
                        re.M)


def _spells(acronym: str, name: str) -> bool:
    """Whether the acronym starts as the name does and its letters come in order in the name."""
    low, letters = name.casefold(), acronym.casefold()
    if not low or low[0] != letters[0]:
        return False
    at = 0
    for c in letters:
        at = low.find(c, at)
        if at < 0:
            return False
        at += 1
    return True


def apposed_acronyms(text: str, found) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:acronym") for an acronym set after a found organisation that it spells."""
    out = []
    for f in found:
        if f[2] != "org":
            continue
        m = _AFTER.match(text, f[1])
        if m is None:
            continue
        group = "comma" if m.group("comma") else "bracket"
        word = m.group(group)
        low = word.casefold()
        if low in gaz.GENERIC_ACRONYMS or low in gaz.NEVER or lexicon.public(low) \
                or any(s <= m.start(group) < e for s, e, *_r in found) or not _spells(word, text[f[0]:f[1]]):
            continue
        out.append((m.start(group), m.end(group), "org", "rule:acronym"))
    return out + _expansions(text, found)


def _expansions(text: str, found) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:acronym") for the name a found acronym spells, given right after it (round 44o)."""
    out = []
    for f in found:
        acronym = text[f[0]:f[1]]
        if f[2] != "org" or not re.fullmatch(r"[A-ZÆØÅ]{2,6}", acronym):
            continue
        low = acronym.casefold()
        m = _EXPANSION.match(text, f[1])
        if m is None or low in gaz.GENERIC_ACRONYMS or low in gaz.NEVER or lexicon.public(low):
            continue
        group = "comma" if m.group("comma") else "bracket"
        name = m.group(group)
        if _spells(acronym, name) and not re.fullmatch(r"[A-ZÆØÅ]{2,6}", name) \
                and not any(s <= m.start(group) and m.end(group) <= e for s, e, k, *_r in found if k == "org"):
            out.append((m.start(group), m.end(group), "org", "rule:acronym"))
    return out


# A public body's name before its acronym: "Statens vegvesen (SVV)", "Norges vassdrags- og energidirektorat (NVE)".
_RUN_BEFORE = re.compile(r"((?:[^\W\d_][\w-]*[ \t]+){0,5}[^\W\d_][\w-]*)$")
_BODY_ENDS = ("direktorat", "direktoratet", "tilsyn", "tilsynet", "departement", "departementet", "etat", "etaten")


def _public_run(text: str, start: int, acronym: str) -> tuple[int, int] | None:
    """The span of a public body's name ending at `start`, before an acronym that spells it, or None."""
    m = _RUN_BEFORE.search(text, max(0, start - 80), start)
    if m is None or m.end() != start:
        return None
    words = list(re.finditer(r"[^\W\d_][\w-]*", m.group(1)))
    for i in range(len(words) - 1, -1, -1):
        run = m.group(1)[words[i].start():]
        low = " ".join(run.split()).casefold()
        if _spells(acronym, run) and (lexicon.public(low) or lexicon.public(low.split()[-1])
                                      or low.endswith(_BODY_ENDS)):
            return m.start(1) + words[i].start(), m.end(1)
    return None


_GIVEN = re.compile(r"(?:[ \t]*\([ \t]*(?P<bracket>[A-ZÆØÅ]{2,6})[ \t]*\)|,[ \t]+(?P<comma>[A-ZÆØÅ]{2,6})[ \t]*,)")


def drop_public_acronyms(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without a public body's acronym given beside its name ("Statens vegvesen (SVV) har nye regler"),
    nor the name's words, where no rule finds the body itself as an organisation (a workplace keeps both)."""
    spans = []
    for m in _GIVEN.finditer(text):
        group = "bracket" if m.group("bracket") else "comma"
        run = _public_run(text, m.start(), m.group(group))
        if run and not any(g[2] == "org" and g[3] not in ("ner", "rule:again") and g[0] < run[1] and run[0] < g[1]
                           for g in found):  # a rule found the body (a workplace); the model's guess is no reason
            spans.append((run[0], m.end(group)))
    if not spans:
        return found
    return [f for f in found if f[2] not in ("person", "place", "org") or f[3] in ("list", "identifier")
            or not any(a <= f[0] and f[1] <= b for a, b in spans)]
