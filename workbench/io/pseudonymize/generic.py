"""Courses, generic schools and registers: capitalised names that every participant could use.

Interviews in an introduction or mentoring programme name the courses they take
("Arbeidsrettet norsk", "Grunnleggende norsk"), the kind of school they go to
("Fagskolen", "Voksenopplæringen") and the register they look firms up in ("slå opp i
Brønnøysund", "sjekket det på Proff"). None of them says where a particular person works
or lives: there is one such course or school in every municipality, and one register for
the whole country. Lists cannot hold every form, so this module judges the form and the
frame: an adjective and a lower-case noun, a compound of dictionary words ending in a
school word, a name after looking something up. `keep` drops such finds unless the
document puts someone's work there.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, rules

# Endings of adjectives and participles that open a course's name ("Arbeidsrettet", "Grunnleggende", "Praktisk").
_COURSE_ADJECTIVE = ("ende", "et", "ert", "isk", "sk", "lig", "ig", "ell")
# The lower-case noun after it: a subject, a skill or a kind of training, not an institution.
_NOUN_AFTER = re.compile(r"[ \t]+([a-zæøå]{4,})(?![\w-])")
# Lower-case words that make the pair an institution or a body ("Nord universitet", "Bergen kommune").
_INSTITUTION_WORDS = frozenset("""
universitet universitetet høgskole høgskolen høyskole høyskolen sykehus sykehuset skole skolen kommune
fylkeskommune bydel senter senteret institutt instituttet museum museet bibliotek biblioteket forbund
forening foreningen selskap selskapet klinikk klinikken
""".split())
# School and training words that end a generic institution's name ("Fagskolen", "Voksenopplæringen").
_SCHOOL_HEADS = ("skolen", "skola", "høgskolen", "høyskolen", "opplæringen", "opplæringa")
# A place right after the name makes it one school ("Fagskolen i Trondheim", "Kulturskolen på Stord").
_PLACE_AFTER = re.compile(r"[ \t]+(?:i|på)[ \t]+[A-ZÆØÅ]")
# Looking something up: the name after it is a register or a lookup service ("slå opp i", "sjekket dem på").
_LOOKUP_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:slå|slår|slo|slått)[ \t]+(?:\w+[ \t]+)?opp|(?:sjekke|sjekker|sjekket|sjekka|sjekk)"
    r"(?:[ \t]+(?:dem|det|den|ham|henne|firmaet|selskapet|bedriften|jeg|vi|du|de|han|hun|også|alltid|først)){0,3})"
    r"[ \t]+(?:i|på)[ \t]+$")
# The register's home town stands for the register in a sentence about firms and registration.
_REGISTER_TOWNS = frozenset({"brønnøysund"})
_REGISTER_CUE = re.compile(
    r"(?<![\w-])(?i:registr\w*|sjekk\w*|slå[ \t]+opp|slo[ \t]+opp|organisasjonsnummer\w*|org\.?[ \t]?nr\.?"
    r"|foretak\w*|firma\w*|enkeltpersonforetak\w*|aksjeselskap\w*|enhetsregister\w*)(?![\w-])")
_HOME_BEFORE = re.compile(r"(?<![\w-])(?i:bor|bodde|bur|budde|bosatt|vokste[ \t]+opp|flyttet|flytta|ligger|lå"
                          r"|holder[ \t]+til|holdt[ \t]+til)"
                          r"(?:[ \t]+\w+)?[ \t]+(?:i|til|på)[ \t]+$")


def _unlisted(word: str) -> bool:
    return not any(rules.listed(word, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES, gaz.EMPLOYERS))


def course_name(text: str, start: int) -> bool:
    """Whether a capitalised adjective or participle at `start`, before a lower-case noun, names a course
    or programme ("Arbeidsrettet norsk", "Arbeidsforberedende trening"), not an institution."""
    m = re.match(r"[A-ZÆØÅ][a-zæøå]{5,}", text[start:])
    if m is None or not _unlisted(m.group(0)):
        return False
    low = m.group(0).casefold()
    if not low.endswith(_COURSE_ADJECTIVE) or rules.dictionary_proper_noun(low) or lexicon.definite(low):
        return False  # "Haugalandet ringer", "Holtet vognhall": a definite noun, a place or a building
    if not (rules.known_word(low) or rules.compound_head(low) is not None):
        return False
    noun = _NOUN_AFTER.match(text, start + m.end())
    return noun is not None and rules.known_word(noun.group(1)) and noun.group(1) not in _INSTITUTION_WORDS \
        and noun.group(1) not in rules.COMPANY_FORMS and noun.group(1) not in gaz.FUNCTION_WORDS


# A test or course named by a noun and its subject ("Test i norsk høyere nivå", "Kurs i arbeidsrettet norsk").
_SUBJECT_AFTER = re.compile(r"[ \t]+(?:i|på)[ \t]+(?:arbeidsrettet[ \t]+|muntlig[ \t]+|skriftlig[ \t]+)?"
                            r"(?:norsk|engelsk|tysk|fransk|spansk|arabisk|samfunnskunnskap|arbeidslivet|arbeidsliv"
                            r"|matematikk|matte)(?![\w-])")


def subject_course(text: str, start: int) -> bool:
    """Whether a capitalised indefinite dictionary noun at `start` opens a course's or test's name with its
    subject after it ("Test i norsk"): the ordinary word, capitalised as a title."""
    m = re.match(r"[A-ZÆØÅ][a-zæøå]{2,}", text[start:])
    if m is None or not _unlisted(m.group(0)):
        return False
    low = m.group(0).casefold()
    return rules.known_word(low) and not lexicon.definite(low) and not rules.dictionary_proper_noun(low) \
        and _SUBJECT_AFTER.match(text, start + m.end()) is not None


def generic_school(word: str, text: str, end: int) -> bool:
    """Whether `word` is a compound of dictionary words ending in a school word with no place after it
    ("Fagskolen", "Voksenopplæringen"): the kind of school, of which every region has one."""
    low = word.casefold()
    if " " in low or not low.endswith(_SCHOOL_HEADS) or not _unlisted(word):
        return False
    head = rules.compound_head(low)
    return head is not None and head.endswith(_SCHOOL_HEADS) and not _PLACE_AFTER.match(text, end)


def looked_up(text: str, start: int, word: str) -> bool:
    """Whether `word` at `start` is where something is looked up ("sjekker det på Proff"), or the register's
    home town in a sentence about firms or registration ("registrerte det i Brønnøysund")."""
    low = word.casefold()
    line = max(text.rfind("\n", 0, start) + 1, start - 120)
    if low in _REGISTER_TOWNS:
        if _HOME_BEFORE.search(text, line, start):
            return False
        stop = min(x for x in (text.find("\n", start), len(text), start + 160) if x >= 0)
        return _REGISTER_CUE.search(text, line, stop) is not None
    return _LOOKUP_BEFORE.search(text, line, start) is not None and _unlisted(word) and " " not in word.strip()
