"""National services and software named as things used stay (round 54o).

Why: a self-service portal every pupil or citizen goes through (`Vigo` for upper-secondary applications,
`Samordna opptak`, `Altinn`) or accounting and payroll software every workplace uses (`Visma`, `Tripletex`,
`Fiken`) identifies nobody when it is named as a tool: "det gikk via Vigo", "skjemaene i Visma", "rapporterer
timer i visma [Visma]". Older rules took `Vigo` for a name (it is also a Spanish city and a first name) and
`Visma` for a place or a firm. Policy: such a name stays where the sentence names it as a tool: right after
`via`, `gjennom`, `bruker`, `logger inn på`, or after `i` in a sentence about records kept in it (forms,
timesheets, invoices, payslips, hours, accounts), and no work frame stands right before it. Elsewhere ("hos
Visma", "jobb i Visma", "spurt Visma") the maker is an employer and the older rules stay in charge.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.public_bodies import work_before

# National self-service portals and application services, and business software whose maker shares its name.
SERVICES = frozenset({
    "vigo", "samordna opptak", "altinn", "id-porten", "studentweb", "helsenorge", "visma", "tripletex", "fiken",
    "poweroffice", "xledger", "unimicro", "uni micro", "24sevenoffice", "conta",
})


_TOOL_BEFORE = re.compile(r"(?<![\w-])(?i:via|gjennom|bruker|brukte|brukt|bruke|logger[ \t]+inn|logget[ \t]+inn"
                          r"|logge[ \t]+inn)[ \t]+(?:(?i:på|i)[ \t]+)?$")
_RECORDS_IN = re.compile(r"(?<![\w-])(?i:skjema\w*|timeliste\w*|faktura\w*|lønnsslipp\w*|timer|timene|regnskap\w*"
                         r"|bilag\w*|rapport\w*|fører|registrer\w*)(?![\w-])[^.?!\n]*[ \t](?i:i|på)[ \t]+$")


def used(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` names a national service or software as a thing used, not as a workplace."""
    name = " ".join(text[start:end].split()).casefold()
    if name not in SERVICES:
        return False
    twin = text.rfind(" [", 0, start + 1)
    if twin >= 0 and twin + 2 == start and text[max(0, twin - len(name)):twin].casefold() == name:
        start = twin - len(name)  # "via vigo [Vigo]": the note is judged by its twin's place
    if work_before(text, start):
        return False
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    before = text[lo:start]
    return bool(_TOOL_BEFORE.search(before) or _RECORDS_IN.search(before))


def drop_used(text: str, found: list) -> list:
    """`found` without the services and software named as things used (person, place and organisation finds only)."""
    return [f for f in found if f[2] not in ("person", "place", "org") or not used(text, f[0], f[1])]
