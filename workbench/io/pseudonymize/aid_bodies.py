"""Relief and volunteer organisations where someone works, holds a role or belongs to a local branch.

Red Cross, Save the Children, Norwegian People's Aid and their like have members, volunteers and donors in
every town: "gir penger til Redd Barna", "frivillig i Røde Kors, på leksehjelp", "førstehjelpskurs hos Røde
Kors" identify nobody, and the keep rules leave them (`associations.VOLUNTEER_BODIES`). What narrows a
participant down is a workplace, a role or a small group inside such a body:

* an occupation or a role right before it ("tolk for Kirkens Nødhjelp", "regionkoordinator i Redd Barna",
  "sjåfør hos Leger uten grenser") or the work words of `public_bodies` ("jobbet i", "ansatt hos") — but not
  a volunteer's part ("leksehjelper i Røde Kors", "frivillig for");
* a role or work said in a relative clause right after it ("Blå Kors, hvor en venn av meg er daglig leder",
  "Frelsesarmeen, der kona mi jobber som kokk"; round 49o), not a volunteer's or a member's ("der jeg var
  frivillig");
* a local branch, a board or a corps of it ("lokallaget til Norsk Folkehjelp", "styret i Redd Barna",
  "hjelpekorpset i Røde Kors"), or the body with its town after a course, a role, a branch word or an activity
  the branch runs ("HLR-kurs på Røde Kors i Alta", "plass på leksehjelp hos Røde Kors på Strømmen", round 62a);
* a national society abroad named with its country ("Sudanese Red Crescent", "Afghan Red Crescent Society",
  "Syrisk Røde Halvmåne") after a work word or an occupation earlier in its sentence ("jobbet som
  paramedic i Khartoum, først i …").

A task done for such a body ("underviste norsk for Redd Barna", "gitt leksehjelp for Røde Kors") is read by
`task_bodies` (round 38o). A found name is found again at its other mentions (`propagate`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, rules
from workbench.io.pseudonymize.associations import VOLUNTEER_BODIES, joined_before, work_there_before
from workbench.io.pseudonymize.body_employers import occupation, occupation_before
from workbench.io.pseudonymize.local_branches import local_branches
from workbench.io.pseudonymize.public_bodies import work_before
from workbench.io.pseudonymize.task_bodies import task_bodies
from workbench.io.pseudonymize.work_frames import sentence_around
from workbench.io.pseudonymize.work_words import EMPLOYED_STEMS, JOB, WORK, word_pattern

_NAMES = sorted({n for n in VOLUNTEER_BODIES if " " in n or len(n) > 5} | {
    "kirkens nødhjelp", "leger uten grenser", "norsk folkehjelp", "redd barna", "røde kors", "norges røde kors",
    "caritas", "caritas norge", "flyktninghjelpen", "care norge", "plan norge", "sos-barnebyer", "sos barnebyer",
    "kirkens bymisjon", "frelsesarmeen", "blå kors"}, key=len, reverse=True)
_BODY = re.compile(r"(?<![\w@.-])(?=[A-ZÆØÅ])(?i:" + "|".join(
r"[ \t]+".join(re.escape(w) for w in n.split()) for n in _NAMES) + r")(?![\w-])")
# A national society abroad: its country's adjective or name before the society's name.
_SOCIETY = re.compile(r"(?<![\w@.-])(?:[A-ZÆØÅ][\w-]+[ \t]+){1,3}(?:Red[ \t]+Crescent|Red[ \t]+Cross|Røde[ \t]+Halvmåne)"
                      r"(?:[ \t]+Society)?(?![\w-])")
_NOT_COUNTRY = frozenset("the den det de international internasjonale norges norsk norske british".split())
# A volunteer's part, no job: "leksehjelper i Røde Kors", "besøksvenn for Røde Kors".
_VOLUNTEER_PARTS = re.compile(r"(?<![\w-])(?i:\w*hjelper|frivillig\w*|besøksvenn\w*|\w*guide|natteravn\w*|vert"
                              r"|vertinne|medlem\w*|giver\w*|fadder\w*|aktivitetsleder\w*)[ \t]+(?:i|for|hos|på|ved)[ \t]+$")
# A small group inside the body, before it: "lokallaget til", "styret i", "hjelpekorpset i", "avdelingen i".
_BRANCH_BEFORE = re.compile(r"(?<![\w-])(?i:lokallag\w*|lokalavdeling\w*|avdeling(?:en|a)?|distriktskontor\w*"
                            r"|styret|styre|\w*korps(?:et)?|\w*gruppa|\w*gruppen|lokalforening\w*)"
                            r"[ \t]+(?:til|i|for|av|hos)[ \t]+$")
# A course, a role or a branch word before the body named with its town ("HLR-kurs på Røde Kors i Alta").
# Round 62a: an activity the branch runs counts as its course ("plass på leksehjelp hos Røde Kors på Strømmen").
_LOCAL_FRAME = re.compile(r"(?<![\w-])(?i:[\w-]*kurs\w*|leder\w*|koordinator\w*|ansatt\w*|tillitsvalgt\w*|styre\w*"
                          r"|lokallag\w*|avdeling\w*|leksehjelp\w*|språkkaf[eé]\w*|[\w-]*trening(?:a|en)?"
                          r"|besøkstjeneste\w*|møteplass\w*)(?![\w-])")
_TOWN_AFTER = re.compile(r"[ \t]+(?:i|på)[ \t]+([A-ZÆØÅ][\w-]+)")
# A work word or "som" and a noun earlier in the sentence: "jobbet som paramedic i Khartoum, først i …".
_WORK_IN_SENTENCE = word_pattern(JOB | WORK, EMPLOYED_STEMS, more=r"som[ \t]+[a-zæøå]+")
# Round 49o: a role held there, said in a relative clause right after it ("Blå Kors, hvor en venn av meg er daglig
# leder", "Frelsesarmeen, der kona mi jobber som kokk"); a volunteer's or a member's part stays ("der jeg var frivillig").
_ROLE_AFTER = re.compile(
    r",?[ \t]+(?i:hvor|der)[ \t]+(?:[\wæøå]+[ \t]+){1,4}?(?i:(er|var|har[ \t]+vært|ble)|(jobber|jobbet|arbeider|arbeidet))"
    r"(?:[ \t]+(?:nå|fortsatt|også|lenge))?[ \t]+(?:som[ \t]+)?(?i:(daglig[ \t]+leder)|([a-zæøå]+))(?![\w-])")


def role_after(text: str, end: int) -> bool:
    """Whether a relative clause right after `end` says someone holds an occupation or works there."""
    m = _ROLE_AFTER.match(text, end)
    if m is None:
        return False
    word = (m.group(4) or "").casefold()
    if word.startswith(("frivillig", "medlem")):
        return False
    return bool(m.group(3) or occupation(word) or (m.group(2) and word in ("der", "her", "fast", "deltid", "heltid")))


def _town(text: str, end: int) -> bool:
    """Whether `i`/`på` and a town follow `end` ("Røde Kors i Alta"), not Norway or a whole country."""
    m = _TOWN_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    low = word.casefold()
    return low not in ("norge", "noreg", "norden", "verden", "europa") and (
        lexicon.listed(word, gaz.PLACES) or not lexicon.known_word(low)
        or rules.definite(low))  # round 62a: a capitalised definite noun is a place's name ("på Strømmen")


def aid_bodies(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:aid-body") for a relief or volunteer body where someone works, holds a role or
    belongs to a local branch, and for a national society abroad someone worked in."""
    out = []
    for m in _BODY.finditer(text):
        start, end = m.start(), m.end()
        lo = max(0, start - 60)
        if _VOLUNTEER_PARTS.search(text, lo, start):
            continue
        if occupation_before(text, start) or work_before(text, start) or work_there_before(text[lo:start]) \
                or _BRANCH_BEFORE.search(text, lo, start) or role_after(text, end):
            out.append((start, end, "org", "rule:aid-body"))
            continue
        s_lo, _s_hi = sentence_around(text, start, end, back=160)
        if _town(text, end) and _LOCAL_FRAME.search(text, s_lo, start):
            out.append((start, end, "org", "rule:aid-body"))
    for m in _SOCIETY.finditer(text):
        first = m.group(0).split()[0]
        if first.casefold() in _NOT_COUNTRY:
            continue
        s_lo, _s_hi = sentence_around(text, m.start(), m.end(), back=200)
        if _WORK_IN_SENTENCE.search(text, s_lo, m.start()) or occupation_before(text, m.start()):
            out.append((m.start(), m.end(), "org", "rule:aid-body"))
    return out + local_branches(text) \
        + task_bodies(text, _BODY)  # round 38o: "underviste norsk for Redd Barna", "gitt leksehjelp for Røde Kors"


def drop_parts(text: str, found: list) -> list:
    """`found` without a find that is only part of a relief body's name ("Leger" of "Leger uten grenser" read as
    a place) where the text gives to it, joins it or reads about it: the whole name is no one's workplace there."""
    bodies = [(m.start(), m.end()) for m in _BODY.finditer(text) if joined_before(_clause_before(text, m.start()))]
    return [f for f in found if f[3] in ("list", "identifier")
            or not any(s <= f[0] and f[1] <= e and (f[0], f[1]) != (s, e) and f[2] in ("place", "person")
                       for s, e in bodies)]


def _clause_before(text: str, start: int) -> str:
    """The clause up to `start`: from the last line break or sentence mark, at most 80 characters back."""
    lo = max(text.rfind("\n", 0, start) + 1, *(text.rfind(c, 0, start) + 1 for c in ".!?;:"), start - 80)
    return text[lo:start]
