"""Names, places and organisations found by rules that need no language model.

Norwegian capitalises little besides names, so a capitalised word is a candidate; the
rules then decide, word by word, with the Bokmål dictionary (simplemma) and the word
lists in `gazetteer`:

* a known given name, surname or place, or a word after a role noun or a naming verb
  ("mentoren min Kari", "hun heter Amina"), is a person or a place; a capitalised word
  right after a person is their surname;
* acronyms (NTNU, UNN) and words written in camel case (OsloMet, PwC) are
  organisations unless they are generic (CV, NAV, HR); a capitalised run ending in a
  company form (AS, ASA) or followed by an organisation word (`kommune`, `skole`,
  `Bygg`), or a known employer, is an organisation, and so is NAV, a university or a
  district followed by a place ("NAV Grünerløkka", "Universitetet i Oslo"); initials
  joined by `&` ("K&B Montering"), a trade and a number ("Apotek 1") and a name after
  `St.` ("St. Olavs hospital") are organisations too;
* names in lower case where a clue says so: a listed name, a first name after `heter`
  and the surname after it, a municipality before `kommune`;
* a capitalised word the dictionary does not know is a name, inside a sentence and at
  its start alike, unless it is a compound of known words at the start of a sentence;
* what identifies nobody stays: public bodies, holidays, laws, tests and public
  programmes (by list and by ending: `-loven`, `-programmet`, `-prøven`), ordinary
  words capitalised at the start of a sentence, truncated compounds ("Likestillings-"),
  genitives of definite common nouns ("Arbeidslivets"), labels of numbers ("Saksnr.") and
  "Per" as a preposition ("Per i dag");
* Nynorsk and dialect words opening a sentence in a turn written as said ("Ikkje tre.", "Nokon må
  jo det"), which the Nynorsk dictionary knows (`nynorsk`), are ordinary words too, and a question
  after a form label and its number ("Spørsmål 1 Hva …") opens a sentence (`form_labels`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import foreign_speech, form_labels, nynorsk
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.identifiers import LABEL_WORD
from workbench.io.pseudonymize.street_forms import UNIT
from workbench.io.pseudonymize.interjections import INTERJECTIONS, interjection
# A sentence or a line ends: where a frame read within one sentence stops looking.
from workbench.io.pseudonymize.sentence_marks import SENTENCE_OR_LINE_END as SENTENCE_OR_LINE_END
# Re-exported: the other modules ask `rules.known_word`, `rules.public` ...
from workbench.io.pseudonymize.lexicon import (
    DOMAIN_WORDS, LABEL_NOUNS, compound_head, compound_of_known, definite, definite_genitive,
    dictionary_proper_noun, english, everyday, frequent, known_word, listed, national_body,
    org_tail_word, org_word, public,
)

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
INITIALS = re.compile(r"(?m)^[ \t]*([A-ZÆØÅ]{2,3}|(?:[A-ZÆØÅ]\.[ ]?){2,3})(?=[ \t]*:)")
# Initials with dots in running text before a verb ("K.H. sa", "A.M. ringte").
DOTTED_INITIALS = re.compile(r"(?<![\w.])(?:[A-ZÆØÅ]\.){2,3}(?=[ \t]+([a-zæøå]+))")
SENTENCE_BREAK = re.compile(r"[.!?:;\n«»\"“”()\[\]–]")  # brackets: "[pause] Lønnen", "[00:01:05] Mentee"
_CAMEL = re.compile(r"[A-ZÆØÅ][a-zæøå]+[A-ZÆØÅ][\wæøå]*|[A-ZÆØÅ][a-zæøå]{0,2}[A-ZÆØÅ]+[a-zæøå]+|[A-ZÆØÅ][a-zæøå]{1,2}[A-ZÆØÅ]+")
COMPANY = re.compile(
    r"(?<![\w-])[A-ZÆØÅ][\w'’-]*(?:\s(?:[A-ZÆØÅ][\w'’-]*|&|og|\d{1,4})){0,5}\s(?:AS|ASA|SA|ANS|DA|BA)(?![\w])")
# Initials joined by an ampersand ("H&M", "L&T"), with the capitalised words that follow ("K&B Montering").
AMPERSAND = re.compile(r"(?<![\w&])([A-ZÆØÅ]{1,4}&[A-ZÆØÅ]{1,4})(?![\w&])(?:[ \t][A-ZÆØÅ][\w'’-]*){0,3}")
NUMBER_AFTER = re.compile(r" \d{1,4}(?![\d.,/:-]\d|\d)")  # "Rema 1000": the number is part of the name
COUNT_AFTER = re.compile(rf" \d{{1,4}}[ \t]*(?i:{UNIT})(?!\w)")  # "Skole 2 dager": a count, no name
# Endings of adjectives: "i Nasjonalt tolkeregister" names a thing, not a place.
_ADJECTIVE_ENDINGS = ("sk", "ske", "ig", "ige", "lig", "lige", "lt", "elt", "alt", "ell", "elle", "isk", "iske")


def adjective_like(low: str) -> bool:
    """Whether a word ends like an adjective ("formell", "geofysisk", "nasjonalt") after a stem with a vowel:
    a word of one syllable that only ends so ("fjell", "hell") has no suffix and is a noun, and a word in
    "-lt" is one only as the neuter of an adjective the dictionary knows. A compass prefix before a listed place
    ("nord-sverige", "sør-sverige"; round 43o) names part of that place, whatever the place's name ends in."""
    head, _, tail = low.partition("-")
    if head in gaz.REGION_PREFIXES and listed(tail, gaz.PLACES):
        return False
    if low.endswith("lt") and not (known_word(low[:-1]) or known_word(low[:-2] + "ll")):
        return False  # "-lt" is the neuter of an adjective ("nasjonalt", "generelt", "gult"); "Skogholt" is a name
    return any(low.endswith(e) and any(c in "aeiouyæøå" for c in low[:-len(e)]) for e in _ADJECTIVE_ENDINGS)
# Company forms after a name ("Nordlys Regnskap AS"): a business, no national body.
COMPANY_FORMS = frozenset("as asa sa ans da ba ltd inc gmbh ab oy".split())
# Listed names that are also words in lower case (English, greetings): never taken as names there.
SPEAKER_WORDS = frozenset("""
intervjuer intervjuar i int mentor mentee programleder deltaker deltakar respondent informant tolk
moderator leder
""".split())
_NOT_LOWERCASE_NAMES = frozenset("else are lie sam salam rama".split())
# Definite workplace nouns that end a compound naming a business ("Regnskapshuset", "Bilverkstedet").
_WORKPLACE_HEADS = frozenset("huset senteret kontoret byrået verkstedet kompaniet lageret butikken".split())
_LISTED_SOURCES = frozenset("rule:name rule:place rule:employer rule:acronym".split())
FILLERS = frozenset("okay ok ehm eh hm hmm mhm åh æh ah oi nja jaha aha jepp".split()) | frozenset(
    # religious interjections said in Norwegian speech ("Inshallah får jeg jobb"): no name
    "inshallah insha'allah inshaallah mashallah masha'allah mashaallah alhamdulillah alhamdulilah bismillah "
    "subhanallah wallah wallahi".split()) | INTERJECTIONS  # round 38o: "Hadet!", "Oisann, der falt koppen"


def is_acronym(word: str) -> bool:
    """An organisation written as an acronym or in camel case (NTNU, UiB, OsloMet), not a generic one."""
    head = word.split("-")[0]
    low = head.casefold()
    if low in gaz.GENERIC_ACRONYMS or low in gaz.NEVER or low in gaz.PUBLIC:
        return False
    if head[-1:] == "s" and sum(c.isupper() for c in head) >= 2 and public(low[:-1]):
        return False  # "NAVs", "UDIs", "IMDis": a public body's genitive
    if head.isupper() and 2 <= len(head) <= 6:
        return not (len(head) > 3 and (known_word(low) or listed(head, gaz.GIVEN_NAMES) or listed(head, gaz.SURNAMES)
                                       or listed(head, gaz.PLACES)))
    return bool(_CAMEL.fullmatch(head))


_PER_WORD = re.compile(r"(?i:per)[ \t]+(?:i[ \t]+dag|nå|se|dag|døgn|uke|uka|måned|år|time|person|deltaker|stykk|stk|gang"
                       r"|kvartal|semester|e-post|epost|telefon|post|brev|kilo|km|mil|\d)(?![\w-])")


def preposition_per(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the preposition "per" ("Per i dag", "Per måned"), not the name Per."""
    return text[start:end].casefold() == "per" and bool(_PER_WORD.match(text, start))


_PARTICLE_NAME = re.compile(r"(?:al|el|ul|bin|ibn|bint|abu|ben|van|von|de|da|di|du|le|la)-[A-ZÆØÅ]")


def capitalised(word: str) -> bool:
    """Capitalised, or a name after a particle joined by a hyphen ("al-Tamimi")."""
    return word[:1].isupper() or bool(_PARTICLE_NAME.match(word))


def rule_finds(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, source) for names, places and organisations found by the rules."""
    found = [(m.start(1), m.end(1), "person", "rule:initials") for m in INITIALS.finditer(text)]
    found += [(m.start(), m.end(), "person", "rule:initials") for m in DOTTED_INITIALS.finditer(text)
              if m.group(1) in gaz.NAME_FOLLOWERS and m.group(1) not in ("og", "eller", "men")]  # "K.H. sa"
    for m in COMPANY.finditer(text):
        first = WORD.match(text, m.start())
        start = m.start()
        if first and first.group(0).casefold() in gaz.FUNCTION_WORDS and " " in m.group(0):
            start = first.end() + 1  # "For Renholdsgruppen Øst AS": the sentence's first word is no part of it
        found.append((start, m.end(), "org", "rule:org"))
    for m in AMPERSAND.finditer(text):
        if m.group(1).casefold() not in gaz.GENERIC_ACRONYMS:
            found.append((m.start(), m.end(), "org", "rule:acronym"))  # "H&M", "K&B Montering"
    words = [compound_head_word(m) for m in WORD.finditer(text)]
    starts = sentence_starts(text, words)
    kinds: dict[int, str] = {}
    lower_name = -2  # index of the last name found in lower case
    for i, (start, end, word) in enumerate(words):
        if lower_name == i - 1 and _lowercase_surname(text, words, i):
            found.append((start, end, "person", "rule:lowercase"))  # "kristine vaagland", "ahmad rahimi"
            lower_name = i
            continue
        if _lowercase_name(word) and not nynorsk.lowercase_word(text, start, end):  # round 32v: "me vera ærlege"
            found.append((start, end, "person", "rule:lowercase"))
            lower_name = i
            continue
        if word.islower() and len(word) > 2 and _after_role(words, i, text) and word not in FILLERS and (
                (not known_word(word) and compound_head(word) is None) or _lowercase_given_name_after(words, i)) \
                and not nynorsk.ordinary_opener(text, start, end):  # round 39n: "Bror hennar har praksis"
            found.append((start, end, "person", "rule:title"))  # "hun heter nati", "mentoren min jericho"
            lower_name = i
            continue
        if _lowercase_place(word) or (word.islower() and len(word) > 2 and listed(word, gaz.PLACES)
                                      and _RESIDENCE_BEFORE.search(text, max(0, start - 30), start)):
            # "tromsø", "i tromsø kommune"; a listed place that is also a word where someone lives: "bor i drammen"
            tail = _LOWER_INSTITUTION.match(text, end)
            found.append((start, tail.end() if tail else end, "org" if tail else "place", "rule:lowercase"))
            continue
        if (tail := _LOWER_INSTITUTION.match(text, end)) and _lowercase_municipality(word):
            found.append((start, tail.end(), "org", "rule:lowercase"))  # "drammen kommune", "ringsaker kommune"
            continue
        kind, source = _classify(text, words, i, starts, kinds)
        if kind is None:
            continue
        if source != "rule:capital":  # only a name proper makes the next capitalised word a surname
            kinds[i] = kind
        stop = end
        if text[start:end] != word and source in _LISTED_SOURCES:
            stop = start + len(word)  # "[organisasjon]-jobben": a listed first part alone
        if (kind == "org" and org_word(word)) or source == "rule:place-run":  # "Sparebanken Øst", "hos Røde Kors"
            j = i
            while j + 1 < len(words) and j - i < 3 and _capitalised_next(text, words, j):
                j += 1
            stop = words[j][1]
        if tail := _org_tail(text, words, i):
            kind, stop, source = "org", tail, "rule:org"
        if kind == "org" or source == "rule:employer":
            number = NUMBER_AFTER.match(text, stop)
            stop = number.end() if number else stop
        found.append((start, stop, kind, source))
    found += _head_and_place(text)
    return found


def compound_head_word(m: re.Match) -> tuple[int, int, str]:
    """(start, end, word) of a word; a compound of a name and ordinary words ("Telenor-jobben",
    "Rahimi-familien") is judged by its first part and replaced whole."""
    word = m.group(0)
    parts = word.split("-")
    if len(parts) > 1 and parts[0][:1].isupper() and all(p.islower() and known_word(p) for p in parts[1:]):
        return m.start(), m.end(), parts[0]
    return m.start(), m.end(), word


def _shouted(text: str, words, i: int) -> bool:
    """A dictionary word in capitals beside another one: shouting ("VI MÅ JOBBE"), no acronym."""
    if not known_word(words[i][2].casefold()):
        return False
    for k in (i - 1, i + 1):
        if 0 <= k < len(words) and text[min(words[i][1], words[k][1]):max(words[i][0], words[k][0])].strip() == "":
            other = words[k][2]
            if other.isupper() and len(other) > 1 and known_word(other.casefold()) \
                    and other.casefold() not in COMPANY_FORMS:
                return True
    return False


_LOWER_INSTITUTION = re.compile(r" (?:fylkes)?kommunes?(?![\w])")
# Tails that make the word before them an institution even at the start of a sentence ("Nord universitet").
# Lower-case nouns after a capitalised adjective that make the pair a department's name.
_DEPARTMENT_TAILS = frozenset("institutt instituttet fakultet avdeling avdelingen seksjon klinikk".split())
_INSTITUTION_TAILS = frozenset("universitet universitetet høgskole høyskole høgskule sykehus sjukehus kommune".split())


# Where someone lives, comes from or grew up: a listed place after these is the place in any case.
_RESIDENCE_BEFORE = re.compile(
    r"(?<![\w-])(?i:bor|bodde|bur|budde|bosatt|kommer|kom|flyttet|flytta|født|vokste[ \t]+opp)[ \t]+"
    r"(?:(?:nå|fortsatt|fremdeles|egentlig|opprinnelig)[ \t]+)?(?i:i|fra|til|på)[ \t]+$")


def _lowercase_place(word: str) -> bool:
    """A listed place written in lower case ("tromsø") that is no dictionary or English word."""
    return (word.islower() and len(word) >= 4 and listed(word, gaz.PLACES) and word not in gaz.NEVER
            and (not known_word(word) or dictionary_proper_noun(word)))


def _lowercase_given_name_after(words, i: int) -> bool:
    """A listed first name in lower case right after a naming verb ("heter kristine"), or after a role
    noun when it is no everyday word ("mentoren min kristine", not "kollegaen min vil")."""
    word = words[i][2]
    if not listed(word, gaz.GIVEN_NAMES):
        return False
    if words[i - 1][2].casefold() in gaz.NAMING_VERBS:
        return True
    return word not in gaz.AMBIGUOUS and not everyday(word)


def _lowercase_surname(text: str, words, i: int) -> bool:
    """A word in lower case right after a name in lower case that no dictionary knows ("vaagland")."""
    word = words[i][2]
    return (word.islower() and len(word) > 2 and text[words[i - 1][1]:words[i][0]] == " "
            and (listed(word, gaz.SURNAMES) or (not known_word(word) and compound_head(word) is None
                                                 and not english(word) and word not in FILLERS
                                                 and not frequent(word, 3.5))))


def _lowercase_municipality(word: str) -> bool:
    """A word in lower case before `kommune` that names one: a listed place, a proper noun to the
    dictionary, or no dictionary word ("ringsaker kommune"; not "hver kommune", "vår kommune")."""
    if not word.islower() or len(word) < 3 or word in gaz.FUNCTION_WORDS or word in gaz.NEVER:
        return False
    return listed(word, gaz.PLACES) or dictionary_proper_noun(word) or (
        not known_word(word) and compound_head(word) is None and not english(word))


def _lowercase_name(word: str) -> bool:
    """A listed name written in lower case ("ahmad") that is no dictionary or English word."""
    if not word.islower() or len(word) < 3 or word in _NOT_LOWERCASE_NAMES:
        return False
    return (listed(word, gaz.GIVEN_NAMES) or listed(word, gaz.SURNAMES)) and not known_word(word)


# Abbreviations that begin a name; the full stop after them ends no sentence ("St. Olavs hospital"). Round 43a: the
# English titles too ("Mr. Lim Wee Kiat", "Mrs. Ha Thi Nga"): a family name after them opens no sentence.
NAME_ABBREVIATIONS = frozenset({"St", "Dr", "Sta", "Ste", "Mr", "Mrs", "Ms"})
PERSON_TITLES = frozenset({"Dr", "Mr", "Mrs", "Ms"})  # a run they open names a person, whatever frame it stands in


def sentence_starts(text: str, words: list[tuple[int, int, str]]) -> list[bool]:
    out, prev_end = [], None
    for i, (start, _end, _w) in enumerate(words):
        gap = text[prev_end:start] if prev_end is not None else "."
        initial = (i >= 2 and gap.rstrip(" ") == "." and len(words[i - 1][2]) == 1 and words[i - 1][2].isupper()
                   and words[i - 2][2][:1].isupper() and text[words[i - 2][1]:words[i - 1][0]] == " "
                   and _w[:1].isupper())  # "Kari M. Hansen": an initial, no sentence end
        # "St. Olavs hospital", but "Sta. På en god måte": a function word after the full stop opens a sentence
        initial = initial or (i >= 1 and gap == ". " and words[i - 1][2] in NAME_ABBREVIATIONS and _w[:1].isupper()
                              and _w.casefold() not in gaz.FUNCTION_WORDS)
        out.append(prev_end is None or (bool(SENTENCE_BREAK.search(gap)) and not initial)
                   or form_labels.opens_question(text, start))  # round 32v: "Spørsmål 1 Hva …"
        prev_end = _end
    return out


# Round 62b: the type of a vessel before its name (motor ferry, motor ship, tanker, vessel, yacht).
_VESSEL_TYPES = frozenset("mf ms mt mv my m/f m/s".split())
_VESSEL_NAME = re.compile(r"[ \t]+[«\"“]?[A-ZÆØÅ]")


def vessel_type(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a vessel's type right before the vessel's name ("MF «Romsdalsfjord»")."""
    return text[start:end].casefold() in _VESSEL_TYPES and _VESSEL_NAME.match(text, end) is not None

_FIELD_NUMBER = re.compile(r"[ \t]*:?[ \t]*[+\d]")


def _classify(text, words, i, starts, kinds) -> tuple[str | None, str]:
    start, end, word = words[i]
    low = word.casefold()
    if not capitalised(word) or low in gaz.NEVER or low in FILLERS or public(low) or interjection(low):
        return None, ""
    if text[start:end] != word and public(text[start:end].casefold()) and not any(
            listed(word, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES, gaz.EMPLOYERS)):
        return None, ""  # "Trainee-ordningen", "Jobbsjanse-programmet": a scheme named by an ordinary first part
    if i > 0 and " ".join(text[words[i - 1][0]:end].split()).casefold() in gaz.PUBLIC:
        return None, ""  # "St. Hans", "Sankt Hans": a holiday
    if truncated(text, end):  # "Likestillings- og diskrimineringsloven", "Barne-, ungdoms- og ..."
        return None, ""
    if LABEL_WORD.fullmatch(word) or LABEL_WORD.fullmatch(text[start:end + 1]):
        return None, ""  # "Saksnr. 2024/55120", "Passnummer:": the label of a number
    if (low in gaz.GENERIC_ACRONYMS or word in NAME_ABBREVIATIONS) and text[end:end + 1] == ".":
        return None, ""  # an abbreviation ("Tlf.", "Evt.", "Nr."); "St." and "Dr." go with the name after them
    if low in gaz.GENERIC_ACRONYMS and _FIELD_NUMBER.match(text, end) and not listed(word, gaz.GIVEN_NAMES) \
            and not (i and words[i - 1][2].casefold() in gaz.NAMING_VERBS):
        return None, ""  # the label of a number without its full stop ("Tlf 924 18 331", "Mob: 924 ...")
    if text[end:end + 1] == ":" and (start == 0 or text[start - 1] == "\n") and (
            low in gaz.NEVER or low in SPEAKER_WORDS or (known_word(low) and not listed(word, gaz.GIVEN_NAMES))
            or compound_of_known(low)):
        return None, ""  # a speaker label naming a role ("Mentee:"); a name as a label ("Amal:", "Mai:") goes on
    if text[end:end + 1] == ":" and (start == 0 or text[start - 1] == "\n"):
        return "person", "rule:name"
    if vessel_type(text, start, end):
        return None, ""  # round 62b: "MF «Romsdalsfjord»", "MS Nordlys": a vessel's type before its name
    if word.split("-")[0].isupper() or _CAMEL.fullmatch(word.split("-")[0]):
        if is_acronym(word) and not _shouted(text, words, i) \
                and not (text[end:end + 1].isdigit() or text[start - 1:start].isdigit()):  # "AAF481273": a code
            return "org", "rule:acronym"
        if not word.isupper() or len(word) <= 3 or not (listed(word, gaz.GIVEN_NAMES) or listed(word, gaz.SURNAMES)) \
                or _shouted(text, words, i):
            return None, ""  # "I HELGA" in a shouted sentence is the weekend, no name in capitals
    at_start = starts[i]
    if at_start and low in gaz.FUNCTION_WORDS and not listed(word, gaz.GIVEN_NAMES):
        return None, ""  # "For Renholdsgruppen AS", "Hos Grønn Vekst": the sentence's first word is no name
    if at_start and nynorsk.ordinary_opener(text, start, end):
        return None, ""  # round 32v: "Ikkje tre.", "Nokon må jo det.", "Ho sa": Nynorsk or dialect in such a turn
    prev_low = words[i - 1][2].casefold() if i > 0 else ""
    after_place_word = prev_low in gaz.PLACE_PREPOSITIONS and not at_start
    if not at_start and _after_role(words, i, text):
        return "person", "rule:title"
    if listed(word, gaz.GIVEN_NAMES) or listed(word, gaz.SURNAMES):
        ambiguous = low in gaz.AMBIGUOUS or ("-" not in low and known_word(low) and not dictionary_proper_noun(low)
                                             and everyday(low))
        if not at_start or not ambiguous or _name_follows(words, i, starts):
            return "person", "rule:name"
        return None, ""
    if listed(word, gaz.PLACES) and (not at_start or low not in gaz.AMBIGUOUS):
        return "place", "rule:place"
    if listed(word, gaz.EMPLOYERS) and (not at_start or not known_word(low)):
        return "org", "rule:employer"
    if i - 1 in kinds and kinds[i - 1] == "person" and not at_start and text[words[i - 1][1]:start] == " ":
        return "person", "rule:name"  # a surname after a name
    if any(low.endswith(s) and len(low) > len(s) + 2 for s in gaz.ORG_SUFFIXES):
        return ("org", "rule:org") if not at_start or not known_word(low) else (None, "")
    if i + 1 < len(words) and _capitalised_next(text, words, i) and org_tail_word(words[i + 1][2]) \
            and words[i + 1][2].casefold() not in COMPANY_FORMS:
        return "org", "rule:org"  # "Tryg Forsikring", "Mamma Pizza"
    if i + 1 < len(words) and words[i + 1][2] in _INSTITUTION_TAILS \
            and text[end:words[i + 1][0]] == " " and not adjective_like(low) \
            and low not in gaz.FUNCTION_WORDS:
        return "org", "rule:org"  # "Nord universitet", "Bodø kommune", at the start of a sentence or inside it
    if i + 1 < len(words) and text[end:words[i + 1][0]] == " " and national_body([word, words[i + 1][2]]):
        return None, ""  # "Innovasjon Norge"
    if known_word(low):
        if not at_start and (org_tail_word(word) or low in gaz.ORG_HEADS) and NUMBER_AFTER.match(text, end) \
                and not COUNT_AFTER.match(text, end) and low not in LABEL_NOUNS:  # "i Bygg 3": a building
            return "org", "rule:org"  # "Apotek 1", "Bakeri 9": a chain named by its trade and a number
        if dictionary_proper_noun(low):
            return ("person" if listed(word, gaz.GIVEN_NAMES) else "place"), "rule:place"
        if org_word(word) and i + 1 < len(words) and _capitalised_next(text, words, i):
            return "org", "rule:org"  # "Sykehuset Østfold", "Sparebanken Øst"
        if after_place_word and adjective_like(low) and i + 1 < len(words) \
                and words[i + 1][2] in _DEPARTMENT_TAILS and text[end:words[i + 1][0]] == " ":
            return "org", "rule:org"  # "på Geofysisk institutt", "ved Juridisk fakultet": a department's name
        if after_place_word and not definite(low) and NUMBER_AFTER.match(text, end) \
                and not low.endswith(("en", "et", "a")):
            return None, ""  # "ligger i Fase 3", "lå i Punkt 4": a dictionary noun and its number, a part
        if after_place_word and low not in gaz.ROLE_NOUNS and not adjective_like(low):
            return "place", "rule:place-run"  # "i Malm", "på Skansen": a capitalised word after a preposition
        if everyday(low) and not definite(low):
            return None, ""  # "Nye sjanser", "Store norske": one of the commonest words starts a title, no name
        if not at_start and low not in gaz.ROLE_NOUNS and low not in DOMAIN_WORDS and not org_tail_word(word) \
                and not adjective_like(low):
            return ("org" if definite(low) else "person"), "rule:capital"  # "med Rosa", "ringte Bemanningshuset"
        return None, ""
    if (at_start and (compound_of_known(low) or english(low))) or foreign_speech.foreign_opener(words, i, starts):
        return None, ""  # round 36x: "Dziękuję.", "Daj Boże.", "Shukran for at du ringte"
    if definite_genitive(low):
        return None, ""  # "Arbeidslivets parter", "Kommunesektorens organisasjon": a common noun's genitive
    head = compound_head(low)
    if head and not at_start and (head in _WORKPLACE_HEADS or head.endswith("eriet")):
        return "org", "rule:unknown"  # "Bemanningshuset", "Kaffebrenneriet": a workplace, not a person
    return ("place" if after_place_word else "person"), "rule:unknown"


def truncated(text: str, end: int) -> bool:
    """Whether the word ending at `end` is the first part of a coordinated compound ("Plan- og", "Barne-,")."""
    return text[end:end + 2] in ("- ", "-,")


def _capitalised_next(text: str, words, i: int) -> bool:
    nxt = words[i + 1][2]
    return text[words[i][1]:words[i + 1][0]] == " " and capitalised(nxt) and nxt.casefold() not in gaz.NEVER


def _name_follows(words, i, starts) -> bool:
    """Whether an ambiguous first name at a sentence start is followed by another name (Per Kristian)."""
    if i + 1 >= len(words) or starts[i + 1]:
        return False
    nxt = words[i + 1][2]
    return capitalised(nxt) and (listed(nxt, gaz.GIVEN_NAMES) or listed(nxt, gaz.SURNAMES)
                                 or not known_word(nxt.casefold()))


# Subjects of a naming verb that are things, not people: "noe som heter startlån", "det kalles bostøtte",
# "en ordning som heter ..."; what they name is a word for a scheme, a product or a thing.
_THING_SUBJECTS = frozenset("noe det dette den denne ting tingen tingene".split())
_THING_NOUN = re.compile(r"(?:ordning|tiltak|program|prosjekt|tilbud|stønad|støtte|lån|kurs|app|nettside|side|skjema"
                         r"|tjeneste|system|prøve|fag|sertifikat|bevis|avtale|regel|lov|fond|konto|produkt)"
                         r"(?:en|et|a|er|ene|a)?$")


def _thing_named(words, j: int) -> bool:
    """Whether the naming verb at word j has a thing for its subject ("noe som heter", "lånet heter",
    "det kalles"): a lower-case word after it is a common noun, not a person's name."""
    k = j - 1
    if k >= 0 and words[k][2].casefold() == "som":
        k -= 1
    if k < 0:
        return False
    subject = words[k][2].casefold()
    return subject in _THING_SUBJECTS or bool(_THING_NOUN.search(subject))


def _after_role(words, i: int, text: str) -> bool:
    """Whether word i follows a role noun (+ possessive, + comma) or a naming verb."""
    j = i - 1
    if j < 0 or text[words[j][1]:words[i][0]].strip(" ,") != "":
        return False
    prev = words[j][2].casefold()
    if prev in gaz.NAMING_VERBS:
        return not _thing_named(words, j)
    if prev in gaz.ROLE_NOUNS:
        return True
    if j >= 1 and text[words[j - 1][1]:words[j][0]].strip() == "":
        before = words[j - 1][2].casefold()
        if prev in gaz.POSSESSIVES and before in gaz.ROLE_NOUNS:
            return True  # "mentoren min Kari"
        if prev in gaz.OBJECT_PRONOUNS and before in gaz.NAMING_VERBS:
            return True  # "de kaller meg Vei"
    return False


def _org_tail(text: str, words, i: int) -> int | None:
    """End of the organisation words after word i ("Lindeberg omsorgssenter", "Tata Power"), if any."""
    stop, j = None, i + 1
    while j < len(words) and text[words[j - 1][1]:words[j][0]] == " ":
        word = words[j][2]
        low = word.casefold()
        if low in COMPANY_FORMS and not word.isupper():
            break  # "sa", "da", "as" are ordinary words; AS, DA company forms
        if org_tail_word(word) and (capitalised(word) or low in gaz.ORG_TAILS):
            stop = words[j][1]
        elif not (low == "og" and stop is not None):
            break
        j += 1
    return stop


_HEAD_PLACE = re.compile(
    r"(?<![\w-])(?:NAV|Nav|[Bb]ydel|Universitetet|Høg[sk]kolen|Høgskulen|Høyskolen|Sykehuset|Sjukehuset)"
    r"(?:\s(?:i|på))?((?:\s[A-ZÆØÅ][\w'’-]+){1,3})")


def _head_and_place(text: str) -> list[tuple[int, int, str, str]]:
    """NAV, a university or a district followed by a place: the whole is an organisation."""
    out = []
    for m in _HEAD_PLACE.finditer(text):
        words = m.group(1).split()
        if all(w.casefold() in gaz.NEVER or public(w.casefold()) for w in words):
            continue
        out.append((m.start(), m.end(), "org", "rule:org"))
    return out
