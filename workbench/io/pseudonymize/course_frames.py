"""Where someone took a course: the provider named right after the course is one organisation.

"Tok truckkurs hos Kompetansebroen", "har tatt kurs, eh, hos Skogkurs", "tok kurset på Folkeuniversitetet":
a provider named as the place of one's own course says where that person was, as an employer does. The
word rules miss such names when they are compounds of dictionary words ("Skogkurs", "Kompetansebroen"), and
the keep list leaves the national providers ("Folkeuniversitetet", "Studieforbundet") as bodies that
identify nobody, which they are when named as such ("Folkeuniversitetet har mange kurs"). Here a course
word (`truckkurs`, `kurset`, `på kurs`), at most four words (fillers, a subject) and `hos`/`på`/`ved`/
`gjennom` come right before a capitalised run; the run is a provider unless it is a listed place (the place
rules have it), a public body (`public_bodies` judges it), a large volunteer body ("førstehjelpskurs hos Røde
Kors", as round 23b keeps them), a listed given name (a person who taught), a tool or platform the course ran on ("kurs på
Teams", "gjennom Microsoft Learn"), a level ("kurs på B2-nivå"), a weekday or month, a generic school ("Voksenopplæringen"), a frequent word ("på Kommunen") or a language ("kurs på Engelsk"); and
none where the course was applied or paid for ("søkte om lån til kurset hos").

Round 62b: nor a national scheme the course ran under ("et kurs gjennom Kompetansepluss", "gjennom
Jobbsjansen"). Such a programme is one word compounded of a dictionary word and a scheme word (`-pluss`,
`-sjansen`, `-løftet`, `-programmet`, `-ordningen`, `-satsingen`); many providers across the country run it, so it
tells no one where a person was. A provider named with ordinary words ("Kompetansebroen", "Skogkurs") does not
end so and stays an organisation; a host before a hyphen ("Tredegar-programmet") is `place_programmes`' case.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import generic, lexicon
from workbench.io.pseudonymize.associations import volunteer
from workbench.io.pseudonymize import rules

# A course word (or a language level taken, "tar B2 i desember på", round 58c), up to four words (fillers, a subject: "i sveising", "eh,"), then the preposition.
# Round 68a: the course word may open with a level or an acronym and a hyphen ("B2-kurs", "HMS-kurset").
_COURSE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?i:(?:[a-z0-9æøå]{1,6}-)?[a-zæøå]*kurs(?:et|ene|a)?)"
    r"|(?i:tar|tok|tatt|ta)[ \t]+(?:(?i:norsk|engelsk)[ \t]+)?[ABC][12](?:-(?i:prøven|prøve|eksamen))?)(?:,?[ \t]+[\wæøåÆØÅ-]+){0,4},?[ \t]+(?i:hos|på|ved|gjennom)[ \t]+$")
# A course asked for, paid for or heard of, not taken there: "søkte om kurs hos", "betalte kurset til".
_NOT_TAKEN = re.compile(r"(?<![\w-])(?i:søkte|søker|søkt|betalte|betaler|hørt|hørte|lest|leste|reklame|tilbud)"
                        r"(?:[ \t]+\w+){0,2}[ \t]+(?i:om[ \t]+)?(?:\w{1,6}-)?[a-zæøå]*kurs"
                        r"|(?<![\w-])(?i:til|om|av|for)[ \t]+(?:(?i:et|en|ei|det|den)[ \t]+)?(?:\w{1,6}-)?[a-zæøå]*kurs")
_RUN = re.compile(r"[A-ZÆØÅ][\w-]*(?:[ \t]+(?:og[ \t]+)?[A-ZÆØÅ][\w-]*){0,3}")
_LANGUAGES = frozenset("""
norsk engelsk arabisk somali tigrinja fransk spansk tysk polsk russisk ukrainsk dari farsi persisk urdu
""".split())
_SENTENCE_END = rules.SENTENCE_OR_LINE_END
# Round 62b: the last part of a national scheme's one-word name.
_SCHEME_ENDS = ("pluss", "sjansen", "løftet", "programmet", "ordningen", "satsingen", "satsinga")


def _scheme(low: str) -> bool:
    """Whether a casefolded word is a dictionary word compounded with a scheme word ("kompetansepluss")."""
    for tail in _SCHEME_ENDS:
        stem = low[:-len(tail)]
        if low.endswith(tail) and len(stem) > 2 and "-" not in low \
                and (rules.known_word(stem) or rules.compound_head(stem) or (stem[-1:] in "se" and rules.known_word(stem[:-1]))):
            return True
    return False


def provider(text: str, start: int, end: int) -> bool:
    from workbench.io.pseudonymize.keep import TOOL_MAKERS, TOOLS

    from workbench.io.pseudonymize.public_bodies import body_length

    if body_length(text, start):
        return False  # a public body where someone studied is judged by `public_bodies` ("lån til kurset hos")
    if any(body_length(text, start + m.start()) for m in re.finditer(r"(?<= og )[A-ZÆØÅ]", text[start:end])):
        return False  # "tok B2 hos UDI og NOKUT": public bodies coordinated (round 58c)
    if volunteer(" ".join(text[start:end].split()).casefold()):
        return False  # "førstehjelpskurs hos Røde Kors": a large volunteer body's course, given everywhere (round 23b)
    words = text[start:end].split()
    first = words[0]
    low = first.casefold()
    if any(c.isdigit() for c in text[start:end]) or "-nivå" in low:
        return False  # "på B2-nivå", "kurs på A2": a level, no provider
    if low in TOOL_MAKERS or " ".join(words).casefold() in TOOLS:
        return False  # "gjennom Microsoft Learn", "kurs i Power BI": a platform the course ran on
    if low in TOOLS or low in _LANGUAGES or low in lexicon.CALENDAR or low in gaz.FUNCTION_WORDS:
        return False
    if len(words) == 1 and _scheme(low):
        return False  # round 62b: "kurs gjennom Kompetansepluss", a national scheme
    if lexicon.listed(first, gaz.PLACES) or (len(words) == 1 and lexicon.listed(first, gaz.GIVEN_NAMES)):
        return False
    if len(words) == 1 and generic.generic_school(first, text, end):
        return False
    if len(words) == 1 and lexicon.known_word(low) and lexicon.frequent(low, 3.5):
        return False  # "kurs i Excel på Kommunen", "på Jobben": a frequent word is the kind of place
    return not (len(words) == 1 and lexicon.known_word(low) and not lexicon.definite(low))  # "på Nett"


def course_before(text: str, start: int) -> bool:
    """Whether one's own course word and `hos`/`på`/`ved`/`gjennom` come right before `start` in its sentence,
    the course not one asked for or paid for."""
    lo = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, start - 100), start)),
             default=max(0, start - 100))
    return _COURSE_BEFORE.search(text, lo, start) is not None and _NOT_TAKEN.search(text, lo, start) is None


def course_providers(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:course-provider") for a provider named where someone took a course."""
    out = []
    for m in re.finditer(r"(?<![\w@.-])[A-ZÆØÅ]", text):
        start = m.start()
        if not course_before(text, start):
            continue
        if out and out[-1][1] > start:
            continue
        run = _RUN.match(text, start)
        if run and provider(text, start, run.end()):
            out.append((start, run.end(), "org", "rule:course-provider"))
    return out
