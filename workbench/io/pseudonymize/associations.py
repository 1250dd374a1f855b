"""Associations, unions and humanitarian bodies: named by people who join them, they identify no one.

An interview about work names the union one pays dues to or the charity one volunteers
with as often as an employer. `keep` drops such finds unless the text puts someone's work
or course there.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import rules

# Associations, unions and humanitarian bodies that people join, pay dues to or volunteer with: naming
# one identifies no one, unless the text says someone works there ("jobber i Tekna").
ASSOCIATIONS = frozenset("""
tekna econa nito parat fagforbundet delta unio lo ys akademikerne nsf sykepleierforbundet legeforeningen
tannlegeforeningen psykologforeningen juristforbundet advokatforeningen utdanningsforbundet fellesforbundet
forskerforbundet fysioterapeutforbundet ergoterapeutene farmasiforbundet negotia lederne nho virke spekter
abelia naturviterne samfunnsviterne elogit el&it norsk-teknologi eba hk hsh fagforeningen fagforeningene
redd-barna amnesty leger-uten-grenser norsk-folkehjelp
""".split()) | {"røde kors", "norsk teknologi", "redd barna", "leger uten grenser", "norsk folkehjelp",
                 "el og it forbundet", "handel og kontor", "norges røde kors"}
# Before an association's name these make it where someone is: "kurs fra Røde Kors", "med i Tekna".
_AT_ASSOCIATION = re.compile(r"(?<![\w-])(?i:ved|hos|fra|på|i|til)[ \t]+$")
# Endings of the names of unions and professional associations ("Sykepleierforbundet", "Elektroforeningen").
ASSOCIATION_SUFFIXES = ("forbundet", "foreningen", "forbund", "forening", "organisasjonen")


def association(span: str) -> bool:
    """Whether a casefolded name is a union, professional association or humanitarian body."""
    if span in ASSOCIATIONS or span.replace(" ", "-") in ASSOCIATIONS:
        return True
    if " " in span:
        return False
    for s in ASSOCIATION_SUFFIXES:
        stem = span[:-len(s)]
        if span.endswith(s) and len(stem) > 3 and (rules.known_word(stem) or rules.compound_head(stem)
                                                   or (stem[-1:] in "se" and rules.known_word(stem[:-1]))):
            return True  # a profession or trade before the ending: "Sykepleierforbundet", "Elektroforeningen"
    return False
