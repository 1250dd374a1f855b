"""Public bodies, broadcasters, municipal services and associations named as someone's workplace.

A state agency, a broadcaster, a municipality's service or a trade association named as such identifies
nobody ("Kartverket har nye kart", "jeg så det på TV 2", "Flyktningtjenesten ringte", "Frisørforbundet mener"),
and the keep rules leave it. Named as where a person works it tells a reader who they are, like any employer.
`public_bodies`, `history_frames` and `tenure_frames` read the commonest work frames for listed bodies; this
module, run after the keep rules, reads the frames they miss, for a wider set of such names:

* the names: a listed public body or one ending like a directorate (`public_bodies.body_length`), a
  broadcaster (`NRK`, `TV 2`, `TVNorge`, `P4`, `Radio Norge`), a municipality's service in one title-case
  word ending in `-tjenesten` after a dictionary word or an acronym ("Introduksjonstjenesten",
  "PP-tjenesten"), or a union or professional association (`associations.association`: "Norsk
  Frisørforbund", "Elektroforeningen"); a national client service (NAV, UDI, IMDi) is none of them;
* the frames, right before the name in its sentence: an occupation noun in the singular before
  `i`/`på`/`hos`/`ved`/`for` ("lydtekniker i", "var han vaktmester i", "sekretær for"), not after an
  article ("en journalist i NRK sa" is someone else) and not a client's word ("medlem i", "seer"); colleagues
  ("kolleger fra", "kollegaen min i"); leaving ("sluttet i", "sa opp i"); speaking as staff ("hos oss i",
  "vi i"); an office held ("sitter på", "satt i"); teaching for a body ("holder kurs for", "holdt foredrag
  … for"); and the work words of `public_bodies` ("jobber i", "ansatt hos", "praksis hos", "begynte i");
  a count of posts in a list of applications ("søkt på sju stillinger: to ved …, én ved …") and one person
  from the body ("en mann fra …", round 48o).

A found name is found again at its other mentions (`propagate`), as for any employer.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.associations import association, joined_before
from workbench.io.pseudonymize.history_frames import _CLIENTS
from workbench.io.pseudonymize.public_bodies import body_length, work_before
from workbench.io.pseudonymize.work_frames import sentence_around
from workbench.io.pseudonymize.work_words import COLLEAGUES, QUITTING, alternatives

# Broadcasters that employ technicians, journalists and hosts; watched and heard by everyone otherwise.
_BROADCASTER = re.compile(r"(?<![\w@.-])(?:NRK(?:[ \t]+(?:P1|P2|P3|Super|Sport|TV|Radio))?|TV[ \t]?2|TV[ \t]?Norge"
                          r"|P4|Radio[ \t]+Norge)(?![\w-])(?![ \t]+Play)")  # "TV 2 Play" is a streaming service
# A municipality's service in one word: "Flyktningtjenesten", "Hjemmetjenesten", "PP-tjenesten".
_SERVICE = re.compile(r"(?<![\w@.-])(?:[A-ZÆØÅ][a-zæøå]{2,}|[A-ZÆØÅ]{2,4}-)tjenesten(?![\w-])")
# A public archive, library, museum or works in one word ("Riksarkivet", "Nasjonalbiblioteket", "Polarmuseet",
# "Arkivverket"), its first part a dictionary word or compound.
_INSTITUTION = re.compile(r"(?<![\w@.-])([A-ZÆØÅ][a-zæøå]{2,})(?:arkivet|biblioteket|museet|verket)(?![\w-])")
_VISITORS_BEFORE = re.compile(r"(?<![\w-])(?i:vi)[ \t]+(?:i|på)[ \t]+$")
# A name that may be an association: capitalised words, the last ending like a union or association.
_ASSOCIATION = re.compile(r"(?<![\w@.-])(?:[A-ZÆØÅ][a-zæøå]+[ \t]+){0,3}[A-ZÆØÅ][a-zæøå]*(?:forbund|forbundet"
                          r"|forening|foreningen)(?![\w-])")
# Endings of an occupation noun ("lydtekniker", "frisør", "journalist", "fotograf", "vaktmester", "sekretær").
_OCCUPATION_ENDINGS = ("er", "ør", "ær", "ist", "ent", "ant", "graf", "log", "loge", "nær", "sjef", "leder",
                       "lege", "økonom", "arkitekt", "vakt", "kokk", "trainee", "lærling")
# Singular nouns ending like an occupation that name none, or a guest's or client's part.
# Occupations with other endings (`-ar`, `-tor`, `-lk`, `-ros`), which also end many things ("seminar",
# "kalkulator"): read as occupations only as these words or the last part of a compound ("regionkoordinator").
OTHER_OCCUPATIONS = frozenset("""
arkivar bibliotekar vikar konservator koordinator kurator administrator instruktor tolk matros paramedic
sjåfør sjafør fører konduktør styrmann maskinist dekksmann
""".split())
_NOT_OCCUPATIONS = frozenset("""
vinter sommer nummer meter kilometer teater lager senter partner monster register kvarter filter liter semester
gjest gjesten seer lytter deltaker deltager publikum intervjuobjekt ekspert kommentator mer fler eller enter
september oktober november desember
""".split()) | _CLIENTS
_PREPOSITION = r"(?:i|på|hos|ved|for)"
_OCCUPATION_BEFORE = re.compile(rf"(?<![\w-])(?:(\w+)[ \t]+)?([a-zæøå]{{4,}})[ \t]+{_PREPOSITION}[ \t]+$")
# Colleagues, leaving, staff speaking, an office held, teaching for the body.
_FRAME_BEFORE = re.compile(
    rf"(?<![\w-])(?i:(?:{alternatives(COLLEAGUES)})(?:[ \t]+(?:mine|min|hans|hennes|våre|deres|sine|sin))?"
    r"[ \t]+(?:fra|i|på|hos|ved)"
    rf"|(?:{alternatives(QUITTING)}|sa[ \t]+opp|sagt[ \t]+opp)(?:[ \t]+(?:jeg|han|hun|vi|de|selv|også))?"
    r"[ \t]+(?:i|på|hos|ved|fra)"
    r"|(?:hos[ \t]+oss|vi)[ \t]+(?:i|på)"
    r"|(?:sitter|satt|sitte)(?:[ \t]+(?:jeg|han|hun|vi|de|nå|fortsatt|også))?[ \t]+(?:i|på)"
    r"|(?:holder|holdt|holde|har|hadde|underviser|underviste)[ \t]+(?:\w*kurs\w*|foredrag\w*|opplæring\w*"
    r"|undervisning\w*)(?:[ \t]+[\wæøå-]+){0,3}[ \t]+for)[ \t]+$")
_ARTICLES = frozenset("en ei et ein eit".split())
# Round 48o: a count of posts at a body in a list of applications ("søkt på sju stillinger: to ved Deichman, én ved
# Arkivverket"), and one person from a body who speaks for it ("en mann fra Nasjonalbiblioteket som sa").
_COUNT_BEFORE = re.compile(r"(?<![\w-])(?i:én|en|ei|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|\d+)"
                           r"[ \t]+(?:ved|hos|i|på)[ \t]+$")
_APPLIED = re.compile(r"(?<![\w-])(?i:søkt|søker|søkte|søke|sendt[ \t]+søknad\w*)(?![\w-])")
_PERSON_FROM = re.compile(r"(?<![\w-])(?i:en|ei|ein)[ \t]+(?:mann|dame|kvinne|fyr|kar|person|representant|herre)"
                          r"[ \t]+fra[ \t]+$")


def occupation(word: str) -> bool:
    """Whether a lower-case word is an occupation noun in the singular ("lydtekniker", "konservator")."""
    return _occupation(word)


def _occupation(word: str) -> bool:
    """Whether a lower-case word is an occupation noun in the singular ("lydtekniker", "fotograf")."""
    low = word.casefold()
    head_word = lexicon.compound_head(low) if not lexicon.known_word(low) else None
    if low in OTHER_OCCUPATIONS or (head_word or "") in OTHER_OCCUPATIONS:
        return True  # "arkivar", "konservator", "regionkoordinator", "tolk"
    if low in _NOT_OCCUPATIONS or low in gaz.FUNCTION_WORDS or not low.endswith(_OCCUPATION_ENDINGS) \
            or low.endswith(("ment", "rant")):  # "abonnement", "dokument", "restaurant": things, not people
        return False
    if low in gaz.ROLE_NOUNS or low in OTHER_OCCUPATIONS:
        return True
    head = low if lexicon.known_word(low) else lexicon.compound_head(low)
    if head is None:
        return False
    return lexicon.word_tables.lemmatize(head).casefold() == head  # singular: "serier", "programmer" are plural


def _frame_before(text: str, start: int) -> bool:
    lo, _hi = sentence_around(text, start, start, back=100)
    window = text[lo:start]
    if joined_before(window):
        return False  # "meldte meg inn i", "medlem av", "ser på": a member, reader or viewer, no one's employer
    if _FRAME_BEFORE.search(window) or work_before(text, start) or _PERSON_FROM.search(window):
        return True
    count = _COUNT_BEFORE.search(window)
    if count and _APPLIED.search(window, 0, count.start()):
        return True
    return occupation_before(text, start)


def occupation_before(text: str, start: int) -> bool:
    """Whether an occupation noun in the singular and a preposition end right before `start` in its sentence
    ("lydtekniker i ", "arkivar i ", "sjåfør for "), not after an article ("en journalist i NRK sa")."""
    lo, _hi = sentence_around(text, start, start, back=60)
    m = _OCCUPATION_BEFORE.search(text[lo:start])
    return m is not None and _occupation(m.group(2)) and (m.group(1) or "").casefold() not in _ARTICLES


def _names(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _BROADCASTER.finditer(text)]
    spans += [(m.start(), m.end()) for m in _SERVICE.finditer(text)
              if _service_stem(m.group(0)[:-len("tjenesten")])]
    for m in re.finditer(r"(?<![\w@.-])[A-ZÆØÅ]", text):
        length = body_length(text, m.start())
        if length:
            spans.append((m.start(), m.start() + length))
    spans += [(m.start(), m.end()) for m in _INSTITUTION.finditer(text) if _service_stem(m.group(1))]
    for m in _ASSOCIATION.finditer(text):
        words = list(re.finditer(r"\S+", m.group(0)))
        for w in words:  # the longest run of its words that is an association
            span = " ".join(m.group(0)[w.start():].split()).casefold()
            if w.group(0).casefold() not in gaz.FUNCTION_WORDS and association(span):
                spans.append((m.start() + w.start(), m.end()))
                break
    return sorted(set(spans))


def _service_stem(stem: str) -> bool:
    """A municipal service's first part: a dictionary word or compound ("Flyktning", "Hjemme"), or an acronym."""
    if stem.endswith("-"):
        return True
    low = stem.casefold()
    for form in (low, low[:-1] if low.endswith(("s", "e")) else low):
        if lexicon.known_word(form) or lexicon.compound_of_known(form):
            return True
    return False


def body_employers(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:body-employer") for a public body, broadcaster, municipal service or
    association in a work frame the other rules do not read."""
    out = []
    institutions = {m.start() for m in _INSTITUTION.finditer(text)}
    for start, end in _names(text):
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _k, _r in out):
            continue
        if start in institutions and _VISITORS_BEFORE.search(text, max(0, start - 12), start):
            continue  # "var vi på Nasjonalmuseet": visitors, not staff speaking
        if _frame_before(text, start):
            out.append((start, end, "org", "rule:body-employer"))
    from workbench.io.pseudonymize.utility_names import utility_names  # round 35o: "vært i Glitrevannverket"
    from workbench.io.pseudonymize.circle_names import circle_names  # round 48o: "en kamerat i Kone"
    return out + utility_names(text) + circle_names(text)


def drop_unworked_institutions(text: str, found: list) -> list:
    """`found` without a one-word archive, library or museum ("Nasjonalmuseet", "Digitalarkivet") that the
    document never names as a workplace: visited, read or searched, it identifies nobody, as a public body
    does not (`public_bodies`). Where any mention stands in a work frame (`body_employers`), every mention stays."""
    names = {(m.start(), m.end()) for m in _INSTITUTION.finditer(text)
             if _service_stem(m.group(1)) and not body_length(text, m.start())}  # listed bodies: `public_bodies`
    if not names:
        return found
    worked = {text[s:e].casefold() for s, e, _k, _r in body_employers(text) if (s, e) in names}
    worked |= {text[f[0]:f[1]].casefold() for f in found if (f[0], f[1]) in names and f[3] not in _WORD_RULES}
    return [f for f in found if (f[0], f[1]) not in names or text[f[0]:f[1]].casefold() in worked]


# Rules that read a capitalised word by its form alone, with no frame that makes it anyone's workplace.
_WORD_RULES = frozenset({"rule:place-run", "rule:place", "rule:unknown", "rule:capital", "ner", "rule:again"})
