"""Person names by the slot of speech they stand in, not by a name list (round 57d).

The word rules take a capitalised word inside a sentence as a name unless the Norwegian dictionary or the English
word list knows it, and leave a sentence's first word unless a list holds it. A name from outside the lists that is
also an English word or a product (`Kevin`, `Claire`, `Miro`, `Hana`) or that opens a sentence is then left, though
the speech around it leaves room for nothing but a person. Policies stated here:

* After a naming verb with a person as its subject or object, a capitalised word is a name, whatever else it is:
  `jeg heter Miro`, `hun heter Sol`, `de kaller meg Bo`, `navnet mitt er Claire` (a thing named, `Appen heter X`,
  `Kurset heter X`, has no person there and stays).
* A capitalised word or two closing a greeting or a thanks that makes up a sentence are the person addressed:
  `Takk, Hana.`, `Tusen takk, Miro.`, `Ha det, Rein.`; so is one word closing a question put to `du`/`deg`/`dere`
  after a comma (`Hva tenker du, Kijana?`) or a turn handed on (`Ja, Triin?`).
* A capitalised word between a possessive role or kin noun and a comma (`min mentor, Claire,`, `kollegaen min,
  Andrew,`), or opening a sentence before such an apposition (`Nico, programlederen i …, sa`, `Dana, søsteren
  min,`), is a person.
* A sentence's first word that the Norwegian dictionary does not know (English names included), before a finite
  verb, taken up by `han`/`hun` as the subject of a clause after a comma in the same sentence or opening the next
  one, is a person (`Andrew kom hit seinare. Han har …`); tools, apps, public bodies and Nynorsk openers stay
  (`Ajax er gøy å se på. Sønnen min …, men han …` has no such take-up).
* A word a thing is named by (`Appen heter Duolingo`, `kurset heter arbeidsnorsk`; not after `den`, which stands
  for a town or a firm as often: `en liten by ved Homs, den heter Talkalakh`) is no person
  anywhere in the text, unless a strong source (a list, the model, a title) found it, a list holds it as a given
  name, or a capitalised word follows it (`Den heter Lykke Kaffebar`: a firm).
* The sentence-opening slots (an apposition, a question closed by a name, `Ja, X?`) take no word the dictionary knows
  nor a frequent English one (`Basically, lederen …`), unless a list holds it as a given name (`Heldigvis, kona mi, var
  hjemme.`).
* In text without case, only two strong frames: a word beside `jeg`/`meg` and `og` before a verb (`jeg og
  thabisile tar`), and the word asked about in `hvem er <w>` ending a turn, when neither the dictionary nor the
  English word list knows it.

Every word found so is found again through `propagate.found_again` (other mentions, genitives). Role, kin, group and
function words, fillers, public bodies and places stay in every slot (`Takk, alle sammen.`, `Hei, folkens!`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, nynorsk, propagate, rules
from workbench.io.pseudonymize.keep import Tools

_SOURCE = "rule:name"
_TOKEN = r"[^\W\d_][^\W\d_'’]*(?:[-'’][^\W\d_]+)*"
_RUN = rf"(?P<n>{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}})"
_NAMING = re.compile(
    r"(?<![\w-])(?:(?i:jeg|han|hun|du)[ \t]+(?i:heter|het)|(?i:heter|het)[ \t]+(?i:jeg|han|hun|du)"
    r"|(?i:kaller|kalte|kalles|kalt)[ \t]+(?i:meg|deg|ham|henne|han|hun)"
    r"|(?i:navnet[ \t]+(?:mitt|ditt|hans|hennes)|(?:mitt|ditt|hans|hennes)[ \t]+navn)[ \t]+(?i:er|var))"
    rf"[ \t]+(?:(?i:bare|egentlig|faktisk|for|gjerne)[ \t]+)?{_RUN}")
_GREETING = re.compile(
    r"(?P<g>(?:(?:Tusen|Mange|tusen|mange)[ \t]+)?[Tt]akk(?:[ \t]+skal[ \t]+du[ \t]+ha|[ \t]+for[ \t]+(?:praten|samtalen"
    r"|i[ \t]+dag|nå|sist|hjelpen|at[ \t]+du[ \t]+kom))?|[Hh]ei(?:[ \t]+igjen)?|[Hh]allo|[Hh]a[ \t]+det(?:[ \t]+bra|[ \t]+godt)?"
    r"|[Vv]elkommen(?:[ \t]+tilbake)?|[Gg]od[ \t]+(?:morgen|dag|kveld)|[Ll]ykke[ \t]+til|[Vv]i[ \t]+sees|[Gg]ratulerer)"
    rf",[ \t]+(?P<n>{_TOKEN}(?:[ \t]+{_TOKEN})?)[ \t]*(?=[.!?]|$)", re.M)
_QUESTION = re.compile(rf"(?<![\w-])(?i:du|deg|dere)(?![\w-])[^.!?\n]{{0,60}}?,[ \t]+(?P<n>{_TOKEN})[ \t]*\?")
_HANDED = re.compile(rf"(?:Ja|Og|Så|Nå),[ \t]+(?P<n>{_TOKEN})[ \t]*\?")
_POSSESSIVE = r"(?:min|mi|mitt|hans|hennes|vår|deres|sin)"
_ROLE_WORDS = gaz.ROLE_NOUNS | frozenset("""
mor moren mora far faren mamma pappa onkel tante fetter kusine svoger svigerinne svigermor svigerfar bestemor
bestefar mormor morfar farmor farfar barnebarn nevø niese sjefen tolken tolk elev eleven lege legen nabo
avdelingsleder avdelingslederen teamleder teamlederen skiftleder skiftlederen""".split())
_APPOSED = re.compile(
    rf"(?<![\w-])(?:{_POSSESSIVE}[ \t]+(?P<r1>[a-zæøå]+)|(?P<r2>[a-zæøå]+)[ \t]+{_POSSESSIVE}),[ \t]+{_RUN}[ \t]*,")
_OPENING_APPOSITION = re.compile(
    rf"(?P<n>{_TOKEN}),[ \t]+(?:{_POSSESSIVE}[ \t]+(?P<r1>[a-zæøå]+)"
    rf"|(?P<r2>[a-zæøå]+)(?:[ \t]+{_POSSESSIVE}|[ \t]+(?:i|på|hos|for|til)[ \t]))")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])[ \t]+|(?<=:)[ \t]+|(?<=\])[ \t]+)(?=[^\W\d_])", re.M)
# The pronoun takes the subject up as the next clause's subject: "…, og hun sa", "…, han er"; "Han har …" next.
_TAKEN_UP_SAME = re.compile(r",[ \t]+(?:(?:og|men|så)[ \t]+)?(?:han|hun)(?![\w-])")
_TAKEN_UP_NEXT = re.compile(r"[ \t]+(?:Han|Hun)(?![\w-])")
_MORE_VERBS = frozenset("""spiller spilte trener trente underviser underviste passer passet selger solgte lager lagde
reiser reiste venter ventet bestemte besto klarte klarer""".split())
_NOT_VERBS = frozenset("og eller men sin si sitt sine selv også alltid aldri ikke".split())
_GROUP = frozenset("""alle alt begge folkens sammen damer herrer venner gutter jenter barn folk gjengen gruppa gruppen
gud herre norge verden dere deg du meg oss""".split())
_CASELESS_VERBS = frozenset("""tar tok har hadde var er jobber jobbet satt sitter gikk går kom kommer bor bodde kjører
kjørte startet begynte lager lagde reiste møtte snakker snakket""".split())
_JOINED = re.compile(r"(?<![\w-])(?:jeg|meg)[ \t]+og[ \t]+(?P<n>[a-zæøåäöüéèáíóúñ]{3,})[ \t]+(?P<v>[a-zæøå]+)")
_JOINED_FIRST = re.compile(r"(?:^|(?<=[\]:])[ \t]*|(?<=[ \t]og)[ \t]+)(?P<n>[a-zæøåäöüéèáíóúñ]{3,})[ \t]+og[ \t]+(?:jeg|meg)"
                           r"[ \t]+(?P<v>[a-zæøå]+)", re.M)
_THING_NAMED = re.compile(
    r"(?<![\w-])(?i:appen|kurset|programmet|boka|boken|filmen|spillet|sangen|serien|systemet|faget|emnet|nettsiden"
    rf"|podkasten|metoden)[ \t]+(?i:heter|het|kalles)[ \t]+(?P<n>{_TOKEN})")
_WEAK = frozenset({"rule:unknown", "rule:capital", "rule:caseless", "rule:again"})
_WHO = re.compile(r"(?<![\w-])hvem[ \t]+er[ \t]+(?P<n>[a-zæøåäöüéèáíóúñ]{3,})[ \t]*[?]?[ \t]*$", re.M)


def _no_name(word: str, strict: bool = True) -> bool:
    """Whether a word is one no slot makes a name: function, role, kin, group and filler words, and (`strict`, all
    but the naming and apposition slots) public bodies and places."""
    low = word.casefold()
    if low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in _ROLE_WORDS or low in gaz.POSSESSIVES \
            or low in _GROUP or low in rules.FILLERS:
        return True
    return strict and (rules.public(low) or (rules.listed(word, gaz.PLACES) and not rules.listed(word, gaz.GIVEN_NAMES)))


def _capitalised_after(text: str, end: int) -> bool:
    """Whether a capitalised word follows right after `end` ("Den heter Lykke Kaffebar": a firm's name goes on)."""
    nxt = re.match(rf"[ \t]+({_TOKEN})", text[end:end + 60])
    return nxt is not None and _capitalised(nxt.group(1))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _run(text: str, m: re.Match, strict: bool) -> tuple[int, int] | None:
    """The capitalised words opening group `n`, as one span, or None when the first is no name."""
    start = end = m.start("n")
    for t in re.finditer(_TOKEN, m.group("n")):
        word = t.group(0)
        if not _capitalised(word) or (end == start and _no_name(word, strict)):
            break
        end = m.start("n") + t.end()
    return (start, end) if end > start else None


def _cased_finds(text: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in (_NAMING, _GREETING, _APPOSED):
        for m in pattern.finditer(text):
            if pattern is _GREETING and not _opens_sentence(text, m.start("g")):
                continue
            if pattern is _APPOSED and (m.group("r1") or m.group("r2")) not in _ROLE_WORDS:
                continue
            span = _run(text, m, pattern is _GREETING)
            if span:
                spans.append(span)
    for pattern in (_QUESTION, _HANDED, _OPENING_APPOSITION):
        for m in pattern.finditer(text):
            if pattern is not _QUESTION and not _opens_sentence(text, m.start()):
                continue
            if pattern is _OPENING_APPOSITION and (m.group("r1") or m.group("r2")) not in _ROLE_WORDS:
                continue
            word = m.group("n")
            low = word.casefold()
            if (lexicon.known_word(low) or (lexicon.english_zipf(low) or 0.0) >= 4.0) \
                    and not rules.listed(word, gaz.GIVEN_NAMES):
                continue  # "Heldigvis, kona mi, var hjemme", "Basically, lederen i teamet, sa nei": a word opens it
            if _capitalised(word) and not _no_name(word) and not rules.frequent(low, 5.0):
                spans.append((m.start("n"), m.end("n")))
    return spans + _taken_up_subjects(text)


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in "\n.!?:]«\"»"


def _taken_up_subjects(text: str) -> list[tuple[int, int]]:
    """Sentence-first words the dictionary does not know, before a finite verb, taken up by a personal pronoun."""
    out = []
    tools = None
    for m in _SENTENCE_START.finditer(text):
        w = re.match(_TOKEN, text[m.end():])
        if not w:
            continue
        word = w.group(0)
        start, end = m.end(), m.end() + len(word)
        low = word.casefold()
        verb = re.match(r"[ \t]+([a-zæøå]+)", text[end:])
        if not _capitalised(word) or len(word) < 3 or text[end:end + 1] == ":" or not verb \
                or verb.group(1) not in (gaz.NAME_FOLLOWERS | _MORE_VERBS) or verb.group(1) in _NOT_VERBS:
            continue
        if _no_name(word) or low in lexicon.CALENDAR or lexicon.known_word(low) or lexicon.definite_genitive(low) \
                or (lexicon.compound_of_known(low) and len(low) >= 9):  # "Thibaut" splits, "Kaffemaskinen" too
            continue
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        stop = re.search(r"[.!?](?=[ \t]|$)", text[end:line_end])
        sentence_end = end + stop.end() if stop else line_end
        if not (_TAKEN_UP_SAME.search(text, end, sentence_end) or _TAKEN_UP_NEXT.match(text, sentence_end)):
            continue
        if nynorsk.ordinary_opener(text, start, end):
            continue  # "Nokon må jo seie ifrå": a Nynorsk word opens the turn
        tools = tools or Tools(text)
        if tools.identifies_nobody(start, end):
            continue
        out.append((start, end))
    return out


def _caseless_finds(text: str) -> list[tuple[int, int]]:
    out = []
    for pattern in (_JOINED, _JOINED_FIRST, _WHO):
        for m in pattern.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = re.sub(r"\[[^\]\n]*\]", "", text[line_start:len(text) if line_end < 0 else line_end])
            if any(c.isupper() for c in line.split(":", 1)[-1]):
                continue  # a cased line: the cased slots read it
            if pattern is not _WHO and m.group("v") not in _CASELESS_VERBS:
                continue
            low = m.group("n")
            if _no_name(low) or lexicon.known_word(low) or lexicon.compound_of_known(low) or lexicon.english(low) \
                    or (lexicon.english_zipf(low) or 0.0) >= 3.0:
                continue
            out.append((m.start("n"), m.end("n")))
    return out


def apply(text: str, found, keep) -> list:
    """`found` without the weak person finds of a word a thing is named by (`Appen heter Duolingo`), with the names
    in person slots that nothing found yet, and their other mentions."""
    things = {m.group("n").casefold() for m in _THING_NAMED.finditer(text)
              if not rules.listed(m.group("n"), gaz.GIVEN_NAMES) and not _capitalised_after(text, m.end())}
    if things:
        found = [f for f in found if not (f[2] == "person" and f[3] in _WEAK and text[f[0]:f[1]].casefold() in things)]
    taken = [(f[0], f[1]) for f in found]
    mine = []
    for start, end in _cased_finds(text) + _caseless_finds(text):
        if any(s < end and start < e for s, e in keep + taken) or text[start:end].casefold() in things:
            continue  # kept, found already (or as another thing: "Takk, Nordpakk AS"), or a thing's name
        mine.append((start, end, "person", _SOURCE, None))
    if not mine:
        return found
    again = [f for f in propagate.found_again(text, mine, keep) if not any(s < f[1] and f[0] < e for s, e in taken)]
    return found + mine + again
