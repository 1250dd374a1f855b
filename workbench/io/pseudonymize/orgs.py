"""Whole names from parts: runs of capitalised words, employers by context, names after verbs.

The word rules in `rules` decide word by word, so a name made partly of ordinary
words loses those words ("Norsk Hydro", "Kvalitetsrengjøring Vest", "Grønn Vekst
Rengjøring"), and an organisation named only by ordinary words is missed. Norwegian
capitalises little inside a sentence, so the mechanisms here read a name as a whole:

* a **run** of capitalised words inside a sentence (joined by single spaces, `&` or a
  number) is one name: if any of its words was found, the run takes all of them; if
  none was, two or more capitalised words inside a sentence are an organisation (public
  bodies, holidays, common English phrases and generic acronyms alone excepted);
* an **employer context** ("jobber i", "ansatt hos", "praksis på", "fikk jobb i",
  "søkte hos", "intervju hos" ...) makes the capitalised run after it an organisation;
  so does an organisation noun before it ("sykehjemmet Solgløtt", "firmaet Nordlys")
  or before `som heter` ("et firma som heter Berntsen Bygg");
* a first name that is also an ordinary word ("Per", "Sol", "Liv") at the start of a
  sentence is a name when a verb only people do follows ("Per sa", "Sol ringte").

All of these work on the finds of every source (rules, term list, the model's
entities), so they help either pipeline alike.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import foreign_speech, nynorsk, rules, trade_nouns

# Words that say the next name is where someone works, studies or applies.
EMPLOYER_WORDS = frozenset("""
jobber jobbet jobba jobbe jobb jobben jobbar arbeider arbeidet arbeide ansatt ansettelse ansatte
praksis praksisplass praksisplassen arbeidspraksis språkpraksis hospiterer hospiterte hospitering
søkte søker søke søkt søknad intervju jobbintervju intervjuet begynte begynner startet sommerjobb
deltidsjobb helgejobb deltid heltid fulltid vikar vikariat vikarierer lærling lærlingplass
trainee traineeship internship sluttet kontrakt stilling stillingen tilbud jobbtilbud
frilans frilanser frilanset frilanserte frilansjobb frilansjobber
""".split())
EMPLOYER_PREPOSITIONS = frozenset("i på hos ved for".split())
# Nouns for workplaces: a capitalised name right after one (or after "... som heter") is its name.
ORG_NOUNS = frozenset("""
firma firmaet bedrift bedriften selskap selskapet butikk butikken kjede kjeden sykehjem sykehjemmet
barnehage barnehagen skole skolen hotell hotellet restaurant restauranten kafé kafeen kafe café
senter senteret klinikk klinikken forening foreningen organisasjon organisasjonen stiftelse stiftelsen
kontor kontoret byrå byrået verksted verkstedet apotek apoteket sykehus sykehuset konsern konsernet
arbeidsplass arbeidsplassen arbeidssted arbeidsstedet fabrikk fabrikken lager lageret rederi rederiet
bemanningsbyrå bemanningsbyrået vikarbyrå vikarbyrået bakeri bakeriet salong salongen
""".split())
# Verbs that only people do: an ambiguous first name before one at a sentence start is a name.
PERSON_VERBS = frozenset("""
sa sier fortalte forteller ringte ringer spurte spør svarte svarer mente mener synes syntes tror trodde
lurte smilte lo sendte skrev hjalp hjelper møtte foreslo foreslår anbefalte anbefaler tipset
introduserte inviterte studerer studerte heter het flyttet giftet
""".split())
# Verbs of speaking: an English word that can be a name ("Grace", "Hope") before one is a name.
# Verbs of speaking and verbs only a person is the subject of (living, working, moving, marrying):
# an English word that can be a name ("Grace", "Blessing") before one is a name ("Feedback hjalp" stays).
SPEECH_VERBS = frozenset("""
sa sier fortalte forteller spurte spør svarte svarer mente mener syntes tror trodde
ringte ringer jobber jobbet bor bodde flyttet studerer studerte giftet heter het smilte lo lurte
""".split())
FUNCTION_WORDS = gaz.FUNCTION_WORDS
_GAP = re.compile(r"[ \t]+(?:&[ \t]+)?")


def _plain(word: str) -> bool:
    """A word that names nothing by itself: public body, holiday, filler, generic acronym."""
    low = word.casefold()
    return (low in gaz.NEVER or rules.public(low) or low in rules.FILLERS or low in gaz.GENERIC_ACRONYMS
            or (word.isupper() and not rules.is_acronym(word)))


def _shouting(part) -> bool:
    """Words in capitals of which two are dictionary words: shouting ("VI MÅ JOBBE MER"), no name."""
    return len(part) > 1 and all(w[2].isupper() for w in part) \
        and sum(rules.known_word(w[2].casefold()) for w in part) >= 2


def _org_signal(word: str) -> bool:
    """A word that makes a name an organisation: a workplace noun or ending, an acronym, a listed employer."""
    return (word.casefold() in ORG_NOUNS or (rules.org_tail_word(word) and word[:1].isupper())
            or rules.org_word(word) or rules.is_acronym(word) or rules.listed(word, gaz.EMPLOYERS))


def _noun(word: str) -> bool:
    """A dictionary noun with a definite form ("Anker": "ankeret"), no listed name."""
    low = word.casefold()
    forms = [low + e for e in ("et", "en", "a")]
    if low.endswith("e"):
        forms += [low + "n", low[:-1] + "a"]  # "brygge": "bryggen", "brygga"
    if low.endswith("er"):
        forms.append(low[:-2] + "ene")  # "hytter": "hyttene"
    return (len(low) >= 4 and rules.known_word(low) and any(rules.known_word(f) for f in forms)
            and not rules.listed(word, gaz.GIVEN_NAMES) and not rules.listed(word, gaz.SURNAMES))


def _name_of_nouns(part) -> bool:
    """Whether a run at a sentence start is a name made of nouns only ("Anker Brygge sender gjester"): the
    model's person in its later words is the whole run, the first noun included, not an opener and a name."""
    return len(part) > 1 and all(_noun(w[2]) and w[2][1:].islower() for w in part)


def capital_runs(text: str, words, starts) -> list[tuple[int, int]]:
    """(first, last) word indices of runs of capitalised words joined by one space, `&` or a number."""
    runs, i = [], 0
    while i < len(words):
        if not rules.capitalised(words[i][2]):
            i += 1
            continue
        j = i
        while j + 1 < len(words) and not starts[j + 1]:
            gap = text[words[j][1]:words[j + 1][0]]
            number = re.fullmatch(r" \d{1,4} ", gap)
            initial = gap.rstrip(" ") == "." and (len(words[j][2]) == 1  # "Kari M. Hansen", "St. Olavs hospital"
                                                 or (gap == ". " and words[j][2] in rules.NAME_ABBREVIATIONS))
            glued = text[words[j + 1][1]:words[j + 1][1] + 1].isdigit()  # "H0203", "B2": no word of a name
            if not (_GAP.fullmatch(gap) or number or initial) or not rules.capitalised(words[j + 1][2]) or glued:
                break
            j += 1
        runs.append((i, j))
        i = j + 1
    return runs


def _employer_before(text: str, words, i: int) -> bool:
    """Whether word i follows an employer word and a preposition ("jobber i", "praksis hos")."""
    if i < 2 or text[words[i - 1][1]:words[i][0]] != " ":
        return False
    prep = words[i - 1][2].casefold()
    if prep not in EMPLOYER_PREPOSITIONS:
        return False
    # "jobber i", "jobber fast i", "fikk jobb hos"
    return any(k >= 0 and words[k][2].casefold() in EMPLOYER_WORDS for k in (i - 2, i - 3))


def _org_noun_before(text: str, words, i: int) -> bool:
    """Whether word i follows an organisation noun ("sykehjemmet Solgløtt") or "firma som heter"."""
    if i < 1 or text[words[i - 1][1]:words[i][0]] != " ":
        return False
    prev = words[i - 1][2]
    if prev.islower() and prev.casefold() in ORG_NOUNS:
        return True
    if prev.casefold() in ("heter", "het", "kalles") and i >= 3:
        back = [w[2].casefold() for w in words[max(0, i - 5):i - 1]]
        return any(w in ORG_NOUNS for w in back)
    return False


def run_finds(text: str, found) -> list[tuple[int, int, str, str]]:
    """Finds that take whole capitalised runs, employers by context and names before person verbs.

    `found` holds (start, end, kind, source, ...) from every other source.
    """
    words = [(s, s + len(w), w) for s, _e, w in map(rules.compound_head_word, rules.WORD.finditer(text))]
    starts = rules.sentence_starts(text, words)
    out: list[tuple[int, int, str, str]] = []
    for first, last in capital_runs(text, words, starts):
        part = words[first:last + 1]
        if starts[first] and len(part) > 1:
            low = part[0][2].casefold()
            rest = (part[1][0], part[-1][1])
            people = any(f[2] == "person" and f[0] < rest[1] and rest[0] < f[1] and f[3] != "rule:capital"
                         for f in found)
            label = low in rules.SPEAKER_WORDS and text[part[-1][1]:part[-1][1] + 3].lstrip(" \t").startswith(":")
            if low not in gaz.NAME_TITLES and (low in FUNCTION_WORDS or low in rules.FILLERS or low in gaz.ROLE_NOUNS
                                               or label or (people and rules.known_word(low)
                                                            and not _org_signal(part[0][2])
                                                            and not _name_of_nouns(part))):
                first += 1  # "Hos Grønn Vekst", "Mentoren Kari", "Deltaker Lin:": the first word is no part of the name
                part = part[1:]
        span = (part[0][0], part[-1][1])
        if _shouting(part):
            continue  # "VI MÅ JOBBE I HELGA": a shouted sentence is never one name, whatever a word in it is
        if " ".join(text[span[0]:span[1]].split()).casefold() in gaz.PUBLIC or rules.national_body([w[2] for w in part]):
            continue  # "St. Hans" (midsummer), "Innovasjon Norge"
        if len(part) > 1 and part[0][2] in rules.PERSON_TITLES and text[part[0][1]:part[0][1] + 1] == ".":
            out.append((span[0], span[1], "person", "rule:run"))  # round 43a: "jobbet for Mrs. Mo Yan Ling": a person
            continue
        hits = [f for f in found if f[0] < span[1] and span[0] < f[1] and f[2] in ("person", "place", "org", "term")]
        if hits and all(f[3] == "rule:capital" for f in hits) and len(part) > 1:
            hits = []  # dictionary words found only by their capitals: the run decides what they are
        inner = [w for k, w in enumerate(part) if not starts[first + k]]
        employer = _employer_before(text, words, first) or _org_noun_before(text, words, first)
        ampersand = "&" in text[span[0]:span[1]]
        signal = employer or ampersand or any(_org_signal(w[2]) for w in part) or any(f[2] == "org" for f in hits)
        if all(any(f[0] <= w[0] and w[1] <= f[1] for f in hits) for w in part):
            names = all(rules.listed(w[2], gaz.GIVEN_NAMES) or rules.listed(w[2], gaz.SURNAMES) for w in part)
            places = all(rules.listed(w[2], gaz.PLACES) for w in part)
            one_place = len(part) == 1 and hits[0][2] == "place" and words[first - 1][2].casefold() not in ("hos", "for")
            named_org = employer or ampersand or any(_org_signal(w[2]) for w in part)
            found_org = any(f[2] == "org" and f[3] != "rule:capital" for f in hits)
            if named_org and not names and not places and not one_place and not found_org:
                # "praksis hos Blå Fjellet", "på Helse Fjordvik": an organisation, not a place
                out.append((span[0], _og_tail(text, span[1], found), "org",
                            "rule:employer-context" if employer else "rule:org"))
            elif len(part) > 1 and signal and not names and len({(f[0], f[1]) for f in hits}) > 1:
                out.append((span[0], _og_tail(text, span[1], found), "org", "rule:run"))
            elif found_org and (tail := _og_tail(text, span[1], found)) > span[1]:
                out.append((span[0], tail, "org", "rule:run"))  # "Mensah Frakt og Lager": the name goes on
            continue  # every word already found: one organisation if parts were found apart
        if hits:
            kind = "org" if signal else hits[0][2]
            if kind == "term":
                kind = "org"
            out.append((span[0], _og_tail(text, span[1], found) if kind == "org" else span[1], kind, "rule:run"))
            continue
        meaningful = [w for w in inner if not _plain(w[2])]
        if not meaningful or _shouting(part):
            continue
        if employer and not starts[first]:
            if len(part) == 1 and (rules.listed(part[0][2], gaz.PLACES) or rules.listed(part[0][2], gaz.GIVEN_NAMES)):
                continue
            out.append((span[0], _og_tail(text, span[1], found), "org", "rule:employer-context"))
            continue
        if len(part) < 2 or all(rules.english(w[2].casefold()) for w in part) \
                or (starts[first] and all(foreign_speech.foreign_word(w[2]) for w in part)):
            continue  # one ordinary capitalised word; "Human Resources"; round 36x: "Daj Boże."
        out.append((span[0], span[1], "org", "rule:run"))
    out += _names_before_person_verbs(text, words, starts)
    out += _names_in_speaker_labels(text)
    out += _lowercase_employers(text, words)
    out += _municipal_agencies(text, words)
    out += _institutions_for(text, words)
    out += _glued_employers(text, words, starts)
    return out


# A capitalised word glued to digits ("Fjord1"-shaped): the digits are no word, so WORD reads the
# ordinary noun alone. Codes and levels ("B2", "H0203") have fewer letters; "Covid19-tiden" goes on.
_GLUED = re.compile(r"(?<![\w@.])[A-ZÆØÅ][a-zæøå]{2,}\d{1,4}(?![\w@-]|[.,:/]\d)")


def _glued_employers(text: str, words, starts) -> list[tuple[int, int, str, str]]:
    """A word glued to digits after an affiliation preposition, in a sentence with a work word before it
    ("jobber som dekksassistent på ferja ..., for Fjord1", "ansatt i Kyst24"): an organisation, digits and all."""
    out = []
    index = {w[0]: k for k, w in enumerate(words)}
    for m in _GLUED.finditer(text):
        i = index.get(m.start())
        if i is None or i < 2 or words[i - 1][2].casefold() not in EMPLOYER_PREPOSITIONS \
                or text[words[i - 1][1]:m.start()] != " ":
            continue
        k = i - 2
        while k >= 0 and i - k <= 16:
            if words[k][2].casefold() in EMPLOYER_WORDS:
                out.append((m.start(), m.end(), "org", "rule:employer-context"))
                break
            if starts[k]:
                break
            k -= 1
    return out


# Nouns that head an institution's name written with lower-case inner words ("Norsk institutt for
# vannforskning", "Nasjonalt senter for havbruk"), and the field after `for`.
_INSTITUTION_NOUNS = ORG_NOUNS | frozenset("""
institutt instituttet senter senteret råd rådet direktorat direktoratet akademi akademiet museum museet
bibliotek biblioteket kompetansesenter kompetansesenteret forskningssenter forskningssenteret
""".split())
_FOR_FIELD = re.compile(r"[ \t]+for[ \t]+[a-zæøå][\wæøå-]*(?:[ \t]+(?:og|i|av)[ \t]+[a-zæøå][\wæøå-]*)?")


def _institutions_for(text: str, words) -> list[tuple[int, int, str, str]]:
    """An institution named by a capitalised first word, a lower-case institution noun and its field, where
    someone works ("jobb på Norsk institutt for vannforskning", "praksis ved Nasjonalt senter for havbruk"):
    one organisation, though its first word is an adjective that names nothing on its own."""
    out = []
    for i in range(len(words) - 1):
        start, end, word = words[i]
        nxt = words[i + 1]
        if not (word[:1].isupper() and not word.isupper() and nxt[2] in _INSTITUTION_NOUNS
                and text[end:nxt[0]] == " " and _employer_before(text, words, i)):
            continue
        field = _FOR_FIELD.match(text, nxt[1])
        if field:
            out.append((start, field.end(), "org", "rule:employer-context"))
    return out


def _municipal_agencies(text: str, words) -> list[tuple[int, int, str, str]]:
    """A municipality's agency ("Velferdsetaten", "Utdanningsetaten") where it is a workplace: after an
    employer context or beside a `kommune`. A national one (Skatteetaten) is listed as public and stays."""
    out = []
    for i, (start, end, word) in enumerate(words):
        low = word.casefold()
        if not word[:1].isupper() or not low.endswith("etaten") or len(low) < 10 or low in gaz.PUBLIC:
            continue
        near = [w[2].casefold() for w in words[max(0, i - 5):i + 6]]
        if _employer_before(text, words, i) or any(w in ("kommune", "kommunes") for w in near):
            out.append((start, end, "org", "rule:employer-context"))
    return out


def _lowercase_employers(text: str, words) -> list[tuple[int, int, str, str]]:
    """An employer written in lower case after an employer context ("jobber på rema 1000", "praksis i dnb"):
    a listed employer, or a word neither the dictionary nor English knows; in a Nynorsk passage not a word the
    Nynorsk dictionary knows (round 39n: the articles in "jobb i ein bank", "praksis i eit byrå")."""
    out = []
    for i, (start, end, word) in enumerate(words):
        if not word.islower() or len(word) < 2:
            continue
        low = word.casefold()
        if not _employer_before(text, words, i):
            # "i helgene på kiwi", "ved ntnu": a listed employer after på/hos/ved, unless an everyday word ("på posten")
            if i and words[i - 1][2].casefold() in ("på", "hos", "ved") and text[words[i - 1][1]:start] == " " \
                    and rules.listed(word, gaz.EMPLOYERS) and not (rules.frequent(low, 4.5) and rules.known_word(low)):
                out.append((start, end, "org", "rule:employer-context"))
            continue
        if rules.listed(word, gaz.EMPLOYERS) or (not rules.known_word(low) and not rules.english(low)
                                                and rules.compound_head(low) is None
                                                and not trade_nouns.workshop_noun(low)  # "seilmakeriet"
                                                and low not in gaz.NEVER and not rules.public(low)
                                                and not nynorsk.lowercase_word(text, start, end)):  # 39n: "jobb i ein bank"
            number = rules.NUMBER_AFTER.match(text, end)
            out.append((start, number.end() if number else end, "org", "rule:employer-context"))
        elif rules.org_word(word) and i + 1 < len(words) and text[end:words[i + 1][0]] == " " \
                and _lowercase_region(words[i + 1][2]) \
                and not re.match(r" (?:for|av)\b", text[words[i + 1][1]:words[i + 1][1] + 4]):
            out.append((start, words[i + 1][1], "org", "rule:employer-context"))  # "søkte i sparebanken vest"
    return out


_COMPASS = frozenset("nord sør øst vest midt nordvest nordøst sørvest sørøst innlandet midt-norge nord-norge".split())


def _lowercase_region(word: str) -> bool:
    """A lower-case word that names where an institution is: a compass word or a listed place."""
    return word.islower() and (word in _COMPASS or rules.listed(word, gaz.PLACES))


_LABEL = re.compile(r"(?m)^[ \t]*([^\n:.!?«»]{1,50}?)[ \t]*:(?=[ \t])")


def _names_in_speaker_labels(text: str) -> list[tuple[int, int, str, str]]:
    """Capitalised words in a speaker label beside a role ("Mentor (Lykke):", "Sol – programleder:")."""
    out = []
    for m in _LABEL.finditer(text):
        label_words = list(rules.WORD.finditer(text, m.start(1), m.end(1)))
        if len(label_words) < 2 or len(label_words) > 5 \
                or not any(w.group(0).casefold() in rules.SPEAKER_WORDS for w in label_words):
            continue  # a label of one word is judged by the rules ("Mentee:", "Amal:", "Mai:"); no role, no label
        label = text[m.start(1):m.end(1)]
        if any(w.group(0).islower() and w.group(0) not in rules.SPEAKER_WORDS and w.group(0) not in gaz.ROLE_NOUNS
               and "(" not in label[:w.start() - m.start(1)] for w in label_words):
            continue  # a sentence before a colon ("En deltaker sa det rett ut:"), not a label
        for w in label_words:
            word, low = w.group(0), w.group(0).casefold()
            role = low in gaz.ROLE_NOUNS and not rules.listed(word, gaz.GIVEN_NAMES)
            if word[:1].isupper() and low not in rules.SPEAKER_WORDS and not role \
                    and low not in gaz.NEVER and not rules.public(low) and not word.isupper():
                out.append((w.start(), w.end(), "person", "rule:name"))
    return out


_OG_WORD = re.compile(r" og ([A-ZÆØÅ][\w'’-]*)")


def _og_tail(text: str, end: int, found) -> int:
    """End of an organisation name that goes on with `og` and a capitalised word ("Lakk og Karosseri")."""
    m = _OG_WORD.match(text, end)
    if not m:
        return end
    word = m.group(1)
    if any(f[0] < m.end(1) and m.start(1) < f[1] and f[3] != "rule:capital" for f in found) or _plain(word) \
            or not rules.known_word(word.casefold()):
        return end  # a name of its own ("DNB og Telenor") stays a replacement of its own
    return m.end(1)


def _names_before_person_verbs(text: str, words, starts) -> list[tuple[int, int, str, str]]:
    """An ambiguous first name at a sentence start followed by a verb only people do ("Per sa"),
    or spoken to ("Mai, kan du ...")."""
    out = []
    for i, (start, end, word) in enumerate(words[:-1]):
        if not starts[i] or not word[:1].isupper():
            continue
        low, verb, gap = word.casefold(), words[i + 1][2], text[end:words[i + 1][0]]
        if low in gaz.NEVER or low in FUNCTION_WORDS or low in gaz.ROLE_NOUNS or nynorsk.ordinary_opener(text, start, end):
            continue  # round 32v: "Ho sa at …" in a Nynorsk turn is "she said"
        if gap == ", " and rules.listed(word, gaz.GIVEN_NAMES) and verb.islower() and verb in _ADDRESSED:
            out.append((start, end, "person", "rule:name"))  # "Mai, kan du si litt om det?"
            continue
        if starts[i + 1] or gap != " ":
            continue
        if rules.listed(word, gaz.GIVEN_NAMES) and verb in ("sin", "si", "sitt", "sine"):
            out.append((start, end, "person", "rule:name"))  # "Mai sin mann"
            continue
        if rules.listed(word, gaz.GIVEN_NAMES) and _role_predicate(text, words, i + 1):
            out.append((start, end, "person", "rule:name"))  # "Sol er mentoren min", "Per og jeg møttes"
            continue
        if (rules.listed(word, gaz.GIVEN_NAMES) and verb in PERSON_VERBS) or (
                verb in SPEECH_VERBS and rules.english(low) and _rare_in_norwegian(low)):
            out.append((start, end, "person", "rule:name"))  # "Per sa", "Sol ringte"; "Grace sa", "Hope spurte"
    return out


def _role_predicate(text: str, words, j: int) -> bool:
    """Whether words from j say who the subject before them is: "er mentoren min", "var en kollega",
    "er min veileder", or "og jeg" / "og meg"."""
    nxt = [w[2].casefold() for w in words[j:j + 3]]
    if len(nxt) >= 2 and nxt[0] == "og" and nxt[1] in ("jeg", "meg"):
        return True
    if not nxt or nxt[0] not in ("er", "var", "blir", "ble") or len(nxt) < 2:
        return False
    if nxt[1] in gaz.ROLE_NOUNS:
        return True
    return len(nxt) == 3 and nxt[1] in (gaz.POSSESSIVES | {"en", "ei", "et"}) and nxt[2] in gaz.ROLE_NOUNS


# Words that follow a name someone is spoken to ("Mai, kan du ...", "Per, hva tenker du?").
_ADDRESSED = frozenset("kan kunne vil hva hvordan hvorfor hvor når har er du tror takk fortell si".split())


def _rare_in_norwegian(low: str) -> bool:
    """Not an everyday Norwegian word ("Man sier", "Mamma sa" stay)."""
    return not rules.frequent(low, 4.5)
