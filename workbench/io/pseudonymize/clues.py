"""Names the word rules cannot see alone, found by a clue around them: agency names, nicknames.

* A municipal agency named by two coordinated words ("Plan- og miljøetaten",
  "Flyktning- og inkluderingskontoret") is one organisation where it is a workplace: after
  an employer context ("jobber i", "søkte i", "praksis i") or near a `kommune`. The word
  rules leave the truncated first part ("Plan-") and the lower-case rest alone, and
  national bodies written that way ("Helse- og omsorgsdepartementet") stay. So is a department named by
  two fields in full words ("på Vann og avløp", `function_departments`, round 33o) where someone works.
* A municipal service named with its district or zone ("Hjemmetjenesten sone Sentrum") is
  one workplace: the district narrows the public service to a unit.
* A short name or nickname given with a naming verb after it ("Max, kaller de meg",
  "Ale, kaller vi ham", "Nata, som hun kaller seg"), or after a name and "kalt" or "kjent som"
  ("Tomasz, kalt Tom", round 30o), is a name though it is also a word; once found, the
  pseudonymiser finds it again everywhere ("Max ringte meg"). After `sier vi` only a
  listed first name or a word the dictionary does not know counts ("Flott, sier vi" stays).
* The short form of a first name found for sure elsewhere in the text ("Ale" of
  "Alejandro", "Kris" of "Kristoffer") is that person at a sentence start before a verb
  only people do ("Ale ringte meg"), though it is also a word; everyday words ("Han",
  "Mat") never are. So is it as a vocative or a name asked about (`short_vocatives`, round 33o), and, where it
  is no word at all, wherever it stands ("Vale er seks", "henter Santi", "Catas lærer": `short_names`, round 34o).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import foreign_speech, look_alikes, rules
from workbench.io.pseudonymize.called_names import called_names
from workbench.io.pseudonymize.function_departments import function_departments
from workbench.io.pseudonymize.naming_frames import framed_nicknames
from workbench.io.pseudonymize.keep import employer_before
from workbench.io.pseudonymize.short_names import short_name_uses
from workbench.io.pseudonymize.short_vocatives import vocative_forms
from workbench.io.pseudonymize.short_ages import short_subjects

# Heads of a municipal agency's or office's name ("-etaten", "-kontoret"); directorates and
# ministries are national and public, services (`-tjenesten`) stay as in the word rules.
_AGENCY_HEADS = r"etaten|kontoret|avdelingen|seksjonen|enheten|senteret|forvaltningen"
COORDINATED_AGENCY = re.compile(
    rf"(?<![\w-])[A-ZÆØÅ][a-zæøå]+-(?:,[ \t]+[a-zæøå]+-)*[ \t]+(?:og|eller)[ \t]+[a-zæøå]{{2,}}(?:{_AGENCY_HEADS})"
    r"(?![\w-])")
_KOMMUNE = re.compile(r"(?<![\w-])(?:fylkes)?kommunen?s?(?![\w-])", re.I)


def coordinated_agencies(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", source) for coordinated agency names where they are a workplace."""
    out = []
    for m in COORDINATED_AGENCY.finditer(text):
        if m.group(0).split()[-1].casefold() in gaz.PUBLIC:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        near = text[max(line_start, m.start() - 60):min(line_end, m.end() + 60)]
        if employer_before(text, m.start()) or _KOMMUNE.search(near):
            out.append((m.start(), m.end(), "org", "rule:employer-context"))
    return out + function_departments(text)  # round 33o: "jobber i kommunen, på Vann og avløp"


# A municipal service's unit by its district or zone ("Hjemmetjenesten sone Sentrum", "hjemmesykepleien
# distrikt Nord", "Helsestasjonen bydel Gamle Oslo"): the district narrows a public service to one workplace.
_SERVICES = (r"hjemmetjenesten|hjemmetjeneste|hjemmesykepleien|hjemmesykepleie|helsestasjonen|barnevernet"
             r"|barneverntjenesten|legevakten|legevakta|hjemmebaserte[ \t]+tjenester|omsorgstjenesten"
             r"|rehabiliteringstjenesten|psykisk[ \t]+helsetjeneste|tildelingskontoret|flyktningtjenesten"
             r"|boligtjenesten")
SERVICE_DISTRICT = re.compile(
    rf"(?<![\w-])(?i:{_SERVICES})[ \t]+(?i:sone|distrikt|område|bydel|team|krets|rode|sektor)"
    r"[ \t]+[A-ZÆØÅ][\w-]*(?:[ \t]+[A-ZÆØÅ][\w-]*)?(?![\w-])")


def service_districts(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", source) for a municipal service named with its district or zone."""
    return [(m.start(), m.end(), "org", "rule:employer-context") for m in SERVICE_DISTRICT.finditer(text)]


# "Max, kaller de meg", "Ale, kaller vi ham", "Fred kaller vi ham", "Thandi, sier vi.", "Sasha, kalt"
_SUBJECTS = r"vi|de|dere|alle|folk|mange|jeg|han|hun|noen|venner|vennene|kollegaene"
_OBJECTS = r"ham|han|henne|hun|meg|deg|oss|dem|seg"
NICKNAME_GIVEN = re.compile(
    rf"(?:^[ \t]*|(?<=[.!?:])[ \t]+)([A-ZÆØÅ][a-zæøåäöüéè]{{1,11}})(?:(?P<comma>,)[ \t]*|[ \t]+)"
    rf"(?:(?:kaller|kalte|kalles|kaltes)[ \t]+(?:(?:{_SUBJECTS})[ \t]+)?(?:{_OBJECTS})(?![\w])"
    rf"|som[ \t]+(?:{_SUBJECTS})[ \t]+(?:kaller|kalte)[ \t]+(?:{_OBJECTS})(?![\w])"  # "Nata, som hun kaller seg," (round 30o)
    rf"|(?P<say>sier)[ \t]+(?:{_SUBJECTS})[ \t]*[.!?,])", re.M)
# A nickname after a name and "kalt" or "kjent som" (round 30o): "Tomasz Wrona, kalt Tom", "Patricia, kjent som Pat".
NICKNAME_AS = re.compile(r"(?<![\w@.-])([A-ZÆØÅ][\wæøå-]+(?:[ \t]+[A-ZÆØÅ][\wæøå-]+){0,2}),[ \t]+(?i:kalt|kjent[ \t]+som)"
                         r"[ \t]+[«\"]?([A-ZÆØÅ][a-zæøåäöüéè]{1,11})(?![\w-])")


# Adverbs of place and time that open a clause before its verb (V2): "Hjemme kaller de ham ...", "Ute kaller folk
# meg ...". A closed class; a word of it before a naming verb with no comma between is no nickname (round 43c).
_FRONTED_ADVERBS = frozenset("""
hjemme ute inne borte oppe nede framme fremme hjemmefra utenfor innenfor
ofte alltid aldri sjelden gjerne vanligvis egentlig fortsatt plutselig senere tidligere etterpå først siden
""".split())


# Words that stand as the subject of a naming verb: never the nickname ("Folk kaller meg Aski").
_SUBJECT_WORDS = frozenset(_SUBJECTS.split("|"))


# "alle kaller ham Tes", "Vi kaller henne Grethe", "de kalte meg bare Sasha": the name after the object.
NICKNAME_AFTER = re.compile(
    rf"(?<![\w-])(?i:kaller|kalte|kalles|kaltes|kalla)[ \t]+(?:(?:{_SUBJECTS})[ \t]+)?(?:(?:{_OBJECTS})[ \t]+)?"
    rf"(?:(?:bare|for|alltid|gjerne)[ \t]+)?([A-ZÆØÅ][a-zæøåäöüéè]{{1,11}}(?:-[A-ZÆØÅa-zæøå][a-zæøå]{{1,8}})?)(?![\w-])")


def _naming_word(word: str) -> bool:
    low = word.casefold()
    return not (low in gaz.NEVER or low in gaz.FUNCTION_WORDS or low in gaz.ROLE_NOUNS or low in gaz.POSSESSIVES
                or rules.public(low) or low in rules.FILLERS or look_alikes.role_noun(low))  # r53f: "Lagleder kaller meg"


def nicknames_given(text: str) -> list[tuple[int, int, str, str]]:
    """A short name with a naming verb before or after it ("Max, kaller de meg", "alle kaller ham Tes"):
    a person."""
    out = []
    for m in NICKNAME_GIVEN.finditer(text):
        word = m.group(1)
        if not _naming_word(word):
            continue
        if word.casefold() in _SUBJECT_WORDS:
            continue  # "Folk kaller meg Aski", "Alle kaller ham Tes": the subject; the name comes after
        if not m.group("comma") and word.casefold() in _FRONTED_ADVERBS:
            continue  # round 43c: "Hjemme kaller de ham noe annet": a fronted adverbial (V2), not "Fred kaller vi ham"
        if m.group("say") and ((rules.known_word(word.casefold()) and not rules.listed(word, gaz.GIVEN_NAMES))
                               or foreign_speech.foreign_word(word)):  # round 36x: "Mahadsanid, sier hun"
            continue  # "Flott, sier vi": a word said, not a name; "kaller vi ham" names someone
        out.append((m.start(1), m.end(1), "person", "rule:name"))
    for m in NICKNAME_AS.finditer(text):
        name, word = m.group(1), m.group(2)
        people = all(rules.listed(w, gaz.GIVEN_NAMES) or rules.listed(w, gaz.SURNAMES)
                     or not rules.frequent(w.casefold(), 3.5) for w in name.split())  # not "Huset, kalt Villa"
        if _naming_word(word) and people and not any(rules.listed(w, gaz.PLACES) for w in name.split()) \
                and not rules.frequent(word.casefold(), 4.5):
            out.append((m.start(2), m.end(2), "person", "rule:name"))
    for m in NICKNAME_AFTER.finditer(text):
        word = m.group(1)
        low = word.casefold()
        if not _naming_word(word) or (rules.frequent(low, 4.5) and not rules.listed(word, gaz.GIVEN_NAMES)):
            continue  # "de kaller det Jobbsjansen", "vi kaller ham Sjefen" are no names
        out.append((m.start(1), m.end(1), "person", "rule:name"))
    for m in NICKNAME_LOWER.finditer(text):
        word = m.group("nick")
        end = _NICKNAME_END.match(text, m.end("nick"))
        if m.group("passive") is not None and not (_PASSIVE_SUBJECT.match(m.group("passive")) or (end and end.group("among"))):
            continue  # "noe som heter introlån", "Det kalles introstønad": a thing named, no person
        if _nickname_word(word) and end:
            out.append((m.start("nick"), m.end("nick"), "person", "rule:name"))
    return out + called_names(text) \
        + framed_nicknames(text)  # round 45n: "Hun kalles «Lu» av barna", "er kjent som «Ravn»"


# A nickname in lower case after a naming verb and its object ("alle kaller ham bata"), after "sier"
# with a subject that names people ("alle sier kobby", "han sier bare sasja") or before "blant venner"
# ("heter hamoudi blant venner"): the transcriber did not know it was a name.
# `heter` and `kalles` name a person only after a personal subject ("han heter bata") or "blant venner".
_PERSON_SUBJECTS = r"han|hun|jeg|du"
NICKNAME_LOWER = re.compile(
    rf"(?<![\w-])(?i:(?:kaller|kalte|kalla)[ \t]+(?:(?:{_SUBJECTS})[ \t]+)?(?:{_OBJECTS})"
    rf"|(?:{_SUBJECTS})[ \t]+sier|(?P<passive>(?:(?:{_PERSON_SUBJECTS})[ \t]+)?(?:kalles|kaltes|heter)))"
    rf"(?:[ \t]+(?:bare|for|alltid|gjerne))?[ \t]+[«\"]?(?P<nick>[a-zæøåäöüéè]{{2,12}}(?:-[a-zæøå]{{2,8}})?)(?![\w-])")
# What may follow the nickname: the end of the clause or "blant venner"/"på jobben" ("heter bata blant venner").
_NICKNAME_END = re.compile(
    r"[»\"]?(?:[ \t]*(?:[.,!?;:)]|$)|(?P<among>[ \t]+(?:blant|av|på)[ \t]+(?:venner|vennene|alle|jobben|skolen)))", re.M)
_PASSIVE_SUBJECT = re.compile(rf"(?i:{_PERSON_SUBJECTS})[ \t]")


def _nickname_word(word: str) -> bool:
    """A lower-case word that is a nickname: no common word ("sjefen", "bare", "hei" stay): unknown to the
    dictionary, rare in Norwegian text ("bata"), or a listed first name seldom used as a word."""
    low = word.casefold()
    if not _naming_word(word) or low in _SUBJECT_WORDS or low in gaz.FUNCTION_WORDS:
        return False
    if any(low.endswith(s) and len(low) > len(s) + 3 and rules.known_word(low[:-len(s)]) for s in ("en", "et", "a", "ene")):
        return False  # "kalte meg «georgieren»": a noun made definite, what someone is called, no name
    if rules.compound_of_known(low) and not rules.known_word(low):
        return False  # "introlån", "bokvote": a compound of words names a thing
    if rules.known_word(low):  # "bata": a rare word, a name here
        return not rules.frequent(low, 3.0) or (rules.listed(word.capitalize(), gaz.GIVEN_NAMES)
                                                 and not rules.frequent(low, 4.0))
    return not rules.english(low) or rules.listed(word.capitalize(), gaz.GIVEN_NAMES)


_STRONG_PEOPLE = frozenset({"list", "ner", "rule:title", "rule:name", "rule:initials", "rule:unknown"})
_FIRST_WORD = re.compile(r"(?:^[ \t]*|(?<=[.!?:])[ \t]+)([A-ZÆØÅ][a-zæøåäöüéè]{2,8})[ \t]+([a-zæøå]+)", re.M)


def short_forms(text: str, found) -> list[tuple[int, int, str, str, None]]:
    """A word at a sentence start before a verb only people do that is the start of a first name found
    elsewhere ("Ale ringte meg" beside "Alejandro Quispe"): that person."""
    from workbench.io.pseudonymize.orgs import PERSON_VERBS

    names = {m.group(0) for f in found if f[2] == "person" and f[3] in _STRONG_PEOPLE
             for m in rules.WORD.finditer(text, f[0], f[1]) if m.group(0)[:1].isupper()}
    out: list[tuple[int, int, str, str, None]] = []
    if not names:
        return out
    for m in _FIRST_WORD.finditer(text):
        word, verb = m.group(1), m.group(2)
        low = word.casefold()
        if verb not in PERSON_VERBS or low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in gaz.ROLE_NOUNS \
                or low in gaz.POSSESSIVES or rules.public(low) or rules.frequent(low, 5.0):
            continue
        if any(n.startswith(word) and len(n) >= len(word) + 2 and n[len(word)].islower() for n in names):
            out.append((m.start(1), m.end(1), "person", "rule:name", None))
    given = {m.group(0) for f in found if f[2] == "person" and f[3] in _STRONG_PEOPLE  # round 34o: "Vale er seks"
             for m in [rules.WORD.search(text, f[0], f[1])] if m is not None and m.group(0)[:1].isupper()}
    return out + vocative_forms(text, names, frozenset(given)) + short_name_uses(text, given) \
        + short_subjects(text, names)  # round 38o: "Parisa, … Pari er seks, hun kan alt."


# A given name of two syllables joined by a hyphen, the second in lower case, before a capitalised
# surname ("Jun-ho Park", "Seo-yeon Kim", "Xiao-ming Li"): Korean and Chinese given names are written so.
HYPHEN_GIVEN = re.compile(
    r"(?<![\w-])([A-ZÆØÅ][a-zæøå]{1,5}-[a-zæøå]{1,5})[ \t]+([A-ZÆØÅ][a-zæøåäöüéè]{1,15})(?![\w-])")


def hyphenated_given_names(text: str) -> list[tuple[int, int, str, str]]:
    """A hyphenated given name with a lower-case second syllable before a surname: a person."""
    out = []
    for m in HYPHEN_GIVEN.finditer(text):
        given, surname = m.group(1), m.group(2)
        first, second = given.casefold().split("-")
        if (first in gaz.REGION_PREFIXES or rules.known_word(given.casefold())
                or rules.compound_of_known(given.casefold().replace("-", ""))
                or any(len(p) >= 4 and rules.known_word(p) for p in (first, second))):
            continue  # "Sør-vest Norge", "Ad-hoc Gruppe": words, not a name
        low = surname.casefold()
        if low in gaz.FUNCTION_WORDS or low in gaz.NEVER or rules.public(low) or \
                (rules.frequent(low, 4.0) and not rules.listed(surname, gaz.SURNAMES)):
            continue
        out.append((m.start(), m.end(), "person", "rule:name"))
    return out


# Kinship and role words for an apposition after a name, with a possessive before or after them
# ("Faith, storesøsteren, er ti", "Amir, mentoren min, sa"); compounds of them count ("lillebroren").
_KIN = frozenset("""
minstemann eldstemann yngstemann tante tanten onkel onkelen fetter fetteren kusine kusinen svoger svogeren
svigerinne svigerinnen svigerfar svigerfaren svigermor svigermora svigermoren mor moren mora far faren
barnebarnet nevø nevøen niese niesen besteforelder bestemor bestemora bestefar bestefaren
""".split()) | gaz.ROLE_NOUNS
_APPOSITION = re.compile(
    r"(?:^[ \t]*|(?<=[.!?:\]])[ \t]+)([A-ZÆØÅ][\w'’-]{1,20}),[ \t]+(?:(?:min|mi|mitt|hans|hennes|vår|deres)[ \t]+)?"
    r"([a-zæøå]{3,25})(?:[ \t]+(?:min|mi|mitt|hans|hennes|vår|deres|til[ \t]+[A-ZÆØÅ][\w'’-]+))?,", re.M)
# A name set before its sentence and taken up by a pronoun, as people speak: "Bjørn, han fra Tromsø, ringte",
# "Kari, hun jobber i banken". Things are taken up by `den`/`det`, so only `han`/`hun` count.
_DISLOCATED = re.compile(r"(?:^[ \t]*|(?<=[.!?:\]])[ \t]+)([A-ZÆØÅ][\w'’-]{1,20}),[ \t]+(?:han|hun)(?![\w])", re.M)


def apposition_names(text: str) -> list[tuple[int, int, str, str]]:
    """A word at a sentence start with a kinship or role word set off after it ("Faith, storesøsteren,
    er ti", "Stein, mannen til Gro, er ...") or taken up by han/hun ("Bjørn, han fra Tromsø, ringte"): a
    person, unless it is a dictionary word that is no listed first name ("Heldigvis, sjefen, ...", "Sjefen, han ...")."""
    out = []
    for m in [*_APPOSITION.finditer(text), *_DISLOCATED.finditer(text)]:
        word, role = m.group(1), (m.group(2) if m.re is _APPOSITION else "han")
        low = word.casefold()
        if not (role in _KIN or role == "han"
                or any(role.endswith(k) and len(role) > len(k) + 2 for k in _KIN if len(k) > 3)):
            continue
        if low in gaz.FUNCTION_WORDS or low in gaz.NEVER or low in rules.FILLERS or rules.public(low) \
                or ((rules.known_word(low) or rules.compound_of_known(low) or low in gaz.ROLE_NOUNS)
                    and not rules.listed(word, gaz.GIVEN_NAMES)) or foreign_speech.foreign_word(word):
            continue  # "Heldigvis, ...", "Programrådgiveren, hun ...": a word or a role, no name; "Dziękuję, han …"
        out.append((m.start(1), m.end(1), "person", "rule:name"))
    return out
