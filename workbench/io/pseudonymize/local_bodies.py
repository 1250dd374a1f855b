"""Local church and public bodies named with their place, where someone works, has practice or took a course.

A body that every parish or municipality has ("Kirkelig fellesråd", "Menighetsrådet", "Bymisjonen")
identifies nobody on its own, and the word rules read its capitalised first word as an ordinary
adjective or noun. Named with its place in a work frame ("to dager hos Kirkelig fellesråd i
Sandefjord", "jobber i Menighetsrådet i Tinn") it is one workplace in one town: the body, the
preposition and the place are one organisation, not a kept word and a place. A course provider with a branch
in every town is one such body where someone took a course ("tok norskkurs på Folkeuniversitetet i Oslo").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.business_associations import business_associations
from workbench.io.pseudonymize.history_frames import STUDY_WORD
from workbench.io.pseudonymize.orgs import EMPLOYER_WORDS

# Course providers with a branch in every town: one workplace or school with its place after a study word
# ("tok norskkurs på Folkeuniversitetet i Oslo"); kept without it (`history_frames`).
COURSE_PROVIDERS = frozenset("""
folkeuniversitetet studieforbundet friundervisningen voksenopplæringen
""".split())

# The last word of a local church or public body's name (the first word may be an adjective: "Kirkelig").
BODY_NOUNS = frozenset("""
fellesråd fellesrådet menighetsråd menighetsrådet menighet menigheten sokn soknet soknerådet kirke kirken
kirkekontor kirkekontoret kirkevergen bispedømme bispedømmeråd bispedømmerådet prosti prostiet stift
gravplassforvaltning gravplassforvaltningen kirkegårdsforvaltning kirkegårdsforvaltningen bymisjon bymisjonen
diakoni diakonien sjømannskirke sjømannskirken frikirke frikirken misjonsforbund menighetsfakultet
""".split()) | COURSE_PROVIDERS
# How long someone was there: "to dager hos", "en uke i", "tre måneder ved".
_DURATION = r"(?:en|ei|et|to|tre|fire|fem|seks|noen|par|flere|\d+)[ \t]+(?:dag|dager|uke|uker|måned|måneder|år)"
_BODY = re.compile(
    r"(?<![\w-])(?P<prep>hos|i|ved|for|på)[ \t]+"
    r"(?P<body>[A-ZÆØÅ][a-zæøå]+(?:[ \t]+[a-zæøå]+){0,2}[ \t]+(?:i|på)[ \t]+[A-ZÆØÅ][\w-]*[a-zæøå])(?![\w-])")
_WORK_BEFORE = re.compile(rf"(?i:(?<![\w-])(?:{'|'.join(sorted(EMPLOYER_WORDS))}|{_DURATION})(?![\w-]))")
_SENTENCE_END = re.compile(r"[.!?:][ \t]|\n")


def _body_name(body: str) -> bool:
    """Whether the words before `i`/`på` name a local church or public body ("Kirkelig fellesråd")."""
    head = re.split(r"[ \t]+(?:i|på)[ \t]+", body)[0].split()
    return head[-1].casefold() in BODY_NOUNS


def local_bodies(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", source) for a local church or public body with its place, after a work word or a
    time spent there earlier in the sentence; the work frame is checked here, so the keep rules for public
    bodies named as such do not apply to it."""
    out = []
    for m in _BODY.finditer(text):
        if not _body_name(m.group("body")):
            continue
        ends = list(_SENTENCE_END.finditer(text, 0, m.start()))
        sentence_start = ends[-1].end() if ends else 0
        if _WORK_BEFORE.search(text, sentence_start, m.start()) or STUDY_WORD.search(text, sentence_start, m.start()):
            out.append((m.start("body"), m.end("body"), "org", "rule:local-body"))
    return out + business_associations(text)  # round 33n: "Lier Næringsforening", "Gran Handelsstand"
