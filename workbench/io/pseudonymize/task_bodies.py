"""Relief and volunteer bodies someone did a task for: teaching, interpreting, translating, courses (round 38o).

Naming a large volunteer body as such, or as what someone gives to, joins or volunteers in, identifies nobody
(`associations.VOLUNTEER_BODIES`, `aid_bodies`): "frivillig for Kirkens Bymisjon", "besøksvenn for Røde Kors",
"samlet inn penger for Redd Barna" stay. A task done *for* the body is a different frame: someone taught,
interpreted or translated on its behalf, or gave its homework help or course ("underviste norsk for Redd
Barna", "har tolket for Flyktninghjelpen", "oversatt brosjyrer for Kirkens Bymisjon", "gitt leksehjelp for
Røde Kors"), as they would name a workplace among others. Such a body is an organisation there, and at its
other mentions (`propagate`).

The frame is a verb of teaching, interpreting or translating, or `gi`/`holde` with a task noun
(`leksehjelp`, `kurs`, `undervisning`, `opplæring`, `vakter` and compounds of them), at most three words
before `for` and the body; a volunteer's part or a gift in the same clause (`frivillig`, `besøksvenn`,
`penger`, `innsamling`) keeps it a volunteer body.
"""

from __future__ import annotations

import re

# Teaching, interpreting, translating: done for someone.
_TASK_VERBS = (r"underviser|underviste|undervist|undervise|tolker|tolket|tolke|tolka|oversetter|oversatte|oversatt"
               r"|oversette")
# Giving or holding a task: "gitt leksehjelp", "holdt kurs", "hatt vakter".
_GIVING = r"gir|ga|gav|gitt|gi|holder|holdt|holde|tar|tok|tatt|hatt"
_TASK_NOUNS = r"\w*(?:leksehjelp|kurs|undervisning|opplæring|vakter|vakt|timer|trening)\w*"
_FRAME = re.compile(
    rf"(?<![\w-])(?i:(?:{_TASK_VERBS})(?:[ \t]+[\wæøå]+){{0,3}}?"
    rf"|(?:{_GIVING})(?:[ \t]+[\wæøå]+){{0,2}}?[ \t]+{_TASK_NOUNS})[ \t]+(?i:for)[ \t]+$")
# A volunteer's part or a gift in the clause: "frivillig", "besøksvenn", "penger", "innsamling".
_VOLUNTEERING = re.compile(r"(?<![\w-])(?i:frivillig\w*|besøksvenn\w*|penger|pengene|innsamling\w*|samlet|samler"
                           r"|gave\w*|medlem\w*|natteravn\w*)(?![\w-])")


def _clause_before(text: str, start: int) -> str:
    """The clause up to `start`: from the last line break, sentence mark or comma, at most 80 characters back."""
    lo = max(text.rfind("\n", 0, start) + 1, *(text.rfind(c, 0, start) + 1 for c in ".!?;:,"), start - 80)
    return text[lo:start]


def task_bodies(text: str, bodies: re.Pattern) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:aid-body") for a relief or volunteer body (a match of `bodies`, the names of
    `aid_bodies`) someone did a task for."""
    out = []
    for m in bodies.finditer(text):
        before = _clause_before(text, m.start())
        if _FRAME.search(before) and not _VOLUNTEERING.search(before):
            out.append((m.start(), m.end(), "org", "rule:aid-body"))
    return out
