"""Public bodies one learns from or applies to, a possessive `Hans`, a job's start date (round 55f).

Held-out 56 and 57 lost three more kinds of ordinary words:

* a public body named as a course provider or as the body one applies to: "vært på kurs hos Skatteetaten",
  "søkte autorisasjon som tanntekniker hos Helsedirektoratet", "sendte søknad om godkjenning til
  Mattilsynet". Tax, health and food agencies hold courses for the public and decide applications; naming
  them so tells a reader where nobody works. `public_bodies` counts a course at a body as history (right for
  an institute where one took a degree), and `body_employers` reads `tanntekniker hos` as a job. Here a
  listed public body (`public_bodies.public_body`) right after a course frame (`kurs … hos/på/ved`) or an
  application frame (`søkte/søknad … hos/til`, no job, post or practice applied for between) is kept, at every
  mention, unless the document also names it where no such frame stands (a work frame: "jobber i
  Skatteetaten"), where all mentions stay found;
* `Hans` as the possessive pronoun: "Hans HPR-nummer trengte jeg", "Hans vakter er lange": `Hans` right
  before a lower-case noun (a compound, a hyphenated word with a known tail, or a known word followed by a
  finite verb) is no name. A surname after it ("Hans Olsen"), a verb ("Hans sa"), and a document that
  names a Hans elsewhere keep it;
* a day and month said in words with no year and no birth word in the sentence, where the sentence tells
  of a start ("fast fra første januar", "begynte første februar", "kontrakten starter første mars"): a
  date of the job, not of birth. "født første januar 1990" stays.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.public_bodies import body_key, public_body
from workbench.io.pseudonymize.sentence_marks import SENTENCE_OR_LINE_END

Found = tuple[int, int, str, str, "str | None"]

_COURSE = re.compile(r"(?<![\w-])(?i:[a-zæøå]*kurs(?:et|ene|a)?)(?:,?[ \t]+[\wæøåÆØÅ-]+){0,5},?[ \t]+"
                     r"(?i:hos|på|ved|i[ \t]+regi[ \t]+av)[ \t]+$")
_APPLIED = re.compile(r"(?<![\w-])(?i:søkte|søkt|søker|søke|søknad(?:en)?|søknaden)((?:[ \t]+[\wæøåÆØÅ-]+){0,6})"
                      r"[ \t]+(?i:hos|til|fra)[ \t]+$")
_JOB_APPLIED = re.compile(r"(?<![\w-])(?i:jobb\w*|stilling\w*|praksis\w*|vikariat\w*|lærling\w*|sommerjobb\w*"
                          r"|deltidsjobb\w*|trainee\w*)(?![\w-])")
_NOTE = re.compile(r"\[[^\]\n]*\][ \t]*")
_HANS = re.compile(r"Hans[ \t]+([a-zæøå][\wæøå]*(?:-[\wæøå]+)*|[A-ZÆØÅ]{2,5}-[a-zæøå]+)")
_FINITE = re.compile(r"[ \t]+(?:er|var|har|hadde|ble|blir|kom|kommer|står|sto|stod|går|gikk|kan|skal|vil|må"
                     r"|trengte|trenger|tok|tar)(?![\w-])")
_HANS_NAME = re.compile(r"(?<![\w-])Hans(?:[ \t]+[A-ZÆØÅ][a-zæøå]|[ \t]*[,?!]|[ \t]+(?:sa|sier|spurte|ringte|mente)"
                        r"(?![\w-]))")
_ORDINALS = ("første andre tredje fjerde femte sjette sjuende syvende åttende niende tiende ellevte tolvte trettende"
             " fjortende femtende sekstende syttende attende nittende tjuende tyvende trettiende").split()
_DAY_MONTH = re.compile(r"(?i:(?:tjue|tyve|tretti)?[ \t-]?(?:" + "|".join(_ORDINALS) + r"))[ \t]+(?i:januar|februar"
                        r"|mars|april|mai|juni|juli|august|september|oktober|november|desember)")
_BIRTH = re.compile(r"(?i:født|fødd|fødsel\w*|bursdag\w*)")
_START = re.compile(r"(?<![\w-])(?i:fra|begynte|begynner|begynt|starter|startet|start|oppstart|tiltredelse|tiltrer"
                    r"|kontrakt\w*|stilling\w*|jobb\w*|vikariat\w*)(?![\w-])")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in SENTENCE_OR_LINE_END.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    m = SENTENCE_OR_LINE_END.search(text, end)
    return lo, m.start() if m else len(text)


def framed_body(text: str, start: int) -> bool:
    """Whether a course frame or an application frame (no job applied for) ends right before `start`."""
    line = max(text.rfind("\n", 0, start) + 1, start - 100)
    before = _NOTE.sub(" ", text[line:start]) if "[" in text[line:start] else text[line:start]
    if _COURSE.search(before):
        return True
    m = _APPLIED.search(before)
    return m is not None and not _JOB_APPLIED.search(m.group(1))


def _body_mentions(text: str, found: list[Found]) -> set[str]:
    """The keys of public bodies whose every found mention stands after a course or application frame."""
    framed: dict[str, bool] = {}
    for f in found:
        if f[2] != "org" or f[3] in ("list", "identifier"):
            continue
        key = body_key(text[f[0]:f[1]])
        if not public_body(key):
            continue
        at = f[0]
        if text[max(0, at - 1):at] == "[":  # "skatteetaten [Skatteetaten]": the note's frame is the word's
            at = text.rfind(" ", 0, text.rfind(" ", 0, at - 1)) + 1
        framed[key] = framed.get(key, True) and framed_body(text, at)
    return {k for k, v in framed.items() if v}


def _possessive(text: str, f: Found) -> bool:
    m = _HANS.match(text, f[0])
    if m is None or f[1] > m.end() or _HANS_NAME.search(text):
        return False
    word = m.group(1)
    low = word.casefold()
    if lexicon.listed(word, gaz.SURNAMES) or lexicon.listed(word, gaz.GIVEN_NAMES):
        return False
    if "-" in low:
        return lexicon.known_word(low.rsplit("-", 1)[1])
    return lexicon.compound_head(low) is not None or (lexicon.known_word(low) and bool(_FINITE.match(text, m.end())))


def _start_date(text: str, f: Found) -> bool:
    if not _DAY_MONTH.fullmatch(text, f[0], f[1]):
        return False
    lo, hi = _sentence(text, f[0], f[1])
    sentence = text[lo:hi]
    return not _BIRTH.search(sentence) and bool(_START.search(text, lo, f[0]))


def drop_plain(text: str, found: list[Found]) -> list[Found]:
    """`found` without public bodies only learnt from or applied to, a possessive `Hans` and start dates."""
    bodies = _body_mentions(text, found)
    out = []
    for f in found:
        if f[2] == "org" and f[3] not in ("list", "identifier") and body_key(text[f[0]:f[1]]) in bodies:
            continue
        if f[2] == "person" and f[3] != "list" and _possessive(text, f):
            continue
        if f[2] == "date" and f[3] != "list" and _start_date(text, f):
            continue
        out.append(f)
    return out
