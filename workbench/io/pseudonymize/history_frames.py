"""Where a person studied, took a course, did practice or worked: frames that make a generic body identify.

A public institute, a directorate or a course provider named as such identifies nobody ("Mattilsynet sier
at …", "Folkeuniversitetet har mange kurs"), and the keep rules leave it. Named as a step of the person's own
history it tells a reader where that person was: "skrev masteroppgaven min ved Havforskningsinstituttet",
"var distriktsveterinær i Mattilsynet", "ta en doktorgrad en dag, kanskje på Veterinærinstituttet",
"tok norskkurs på Folkeuniversitetet i Oslo". The work words of `public_bodies` and `local_bodies` missed
studying, courses and an occupation said with `er`/`var`; these frames add them. A course provider with
its place after it is one body (`local_bodies`: "… Folkeuniversitetet i Oslo, i Torggata"); since round 23o
a provider named right after one's own course counts without its place too (`course_frames`: fresh halves
listed "tok norskkurs på Folkeuniversitetet, nivå B1" as an organisation).
"""

from __future__ import annotations

import re

# Studying, a course, practice, a thesis or a degree: "studerte ved", "masteroppgaven min ved", "tok kveldskurs
# i fiskehelse hos", "en doktorgrad en dag, kanskje på". Not `utdanningen`: a degree is approved by a body
# that never taught it ("godkjent utdanningen hos HK-dir").
STUDY_WORDS = (r"studer(?:er|te|t|e)?|studiet|studiene|studier|student(?:en)?|gjestestudent(?:en)?"
               r"|utvekslingsstudent(?:en)?|master(?:en|grad|graden|oppgave|oppgaven|studiet)?"
               r"|bachelor(?:en|grad|graden|oppgave|oppgaven)?|doktorgrad(?:en)?|ph\.?d\.?|stipendiat(?:en)?"
               r"|forsket|utdannet|[a-zæøå]*kurs(?:et)?|semester(?:et)?|praksis(?:en|plass|plassen)?"
               r"|hospiter(?:te|ing)|lærling(?:plass)?|utplassering(?:en)?")
# Endings of an occupation said with `er`/`var` ("var fiskehelsebiolog i", "er distriktsveterinær i").
_OCCUPATION_ENDINGS = ("er", "ør", "ent", "ant", "ist", "log", "loge", "nær", "sjef", "leder", "lege", "økonom",
                       "arkitekt", "vakt", "lærling", "trainee")
# Someone who deals with a body, not one who works there ("er kunde i", "var pasient ved", "er medlem i").
_CLIENTS = frozenset("""
bruker brukeren søker søkeren mottaker mottakeren deltaker deltakeren pasient pasienten klient klienten kunde
kunden medlem medlemmet leser leseren lytter seer abonnent abonnenten innbygger innbyggeren mottaker
""".split())
_BEING = r"(?:er|var|ble|blir|vært)"
_STUDY_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{STUDY_WORDS})(?:,?[ \t]+[\wæøåÆØÅ-]+){{0,4}},?[ \t]+(?i:i|på|hos|ved)[ \t]+$")
_OCCUPATION_BEFORE = re.compile(rf"(?<![\w-])(?i:{_BEING})[ \t]+([a-zæøå]{{4,}})[ \t]+(?i:i|på|hos|ved)[ \t]+$")
# A course or degree asked for, paid for or approved, not taken there: "lån til kurset hos", "søkte om kurs hos".
_PURPOSE_BEFORE = re.compile(r"(?<![\w-])(?i:til|om|av|for)[ \t]+(?:(?i:et|en|ei|det|den|mitt|min|mi)[ \t]+)?$")
# Round 66b: a degree approved at a body ("fått godkjent mastergraden hos HK-dir"): the body assessed it, no one studied there.
_APPROVED_AT = re.compile(r"(?<![\w-])(?i:godkjent|godkjente|godkjenne|godkjenning|anerkjent|vurdert)[ \t]+"
                          r"(?:(?i:hele|selve)[ \t]+)?[\wæøå]+(?:[ \t]+(?i:min|mi|mitt|mine|sin|si|sitt|sine))?[ \t]+(?i:hos)[ \t]+$")
STUDY_WORD = re.compile(rf"(?<![\w-])(?i:{STUDY_WORDS})(?![\w-])")


def _occupation(word: str) -> bool:
    from workbench.io.pseudonymize import gazetteer as gaz
    from workbench.io.pseudonymize import rules

    low = word.casefold()
    if low in _CLIENTS or low in gaz.FUNCTION_WORDS:
        return False
    return low in gaz.ROLE_NOUNS or (len(low) > 5 and low.endswith(_OCCUPATION_ENDINGS) and not rules.adjective_like(low))


def history_before(text: str, start: int) -> bool:
    """Whether a study, course or practice frame, or an occupation said with `er`/`var`, ends right before
    `start` in the same sentence ("masteroppgaven min ved ", "var fiskehelsebiolog i ")."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 100)
    window = text[line_start:start]
    study = _STUDY_BEFORE.search(window)
    if study and not _PURPOSE_BEFORE.search(window, 0, study.start()) and not _APPROVED_AT.search(window):
        return True
    m = _OCCUPATION_BEFORE.search(window)
    return m is not None and _occupation(m.group(1))
