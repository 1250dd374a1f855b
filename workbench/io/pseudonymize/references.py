"""Names that a text only watches, reads, talks about, votes for or lists beside such: they identify nobody.

Word lists can say that `Aftenposten` is a newspaper and `Parat` a union, but every new
interview names media, programmes, parties and associations in forms no list holds
("følger med på BBC og Al Jazeera", "snakker om Melodi Grand Prix", "stemte på
Senterpartiet"). What makes such a name harmless is not the name but its link to a
person: a workplace, school, home or named person identifies someone; a name that only
appears as something watched, heard, read, talked about or voted for identifies nobody.

So this module judges each find by the frame it stands in, over the whole document:

* **affiliation frames** put someone there ("jobber i", "praksis hos", "redaktør i",
  "studerer ved", "bor i", or just "hos", "ved", "fra"); one such mention anywhere keeps
  every mention of the name replaced;
* **reference frames** name it as a thing: watched, heard, followed, read, subscribed to,
  voted for, played ("ser på", "hører på", "følger med på", "leser", "står i", "stemte på",
  "spiller"), or talked or written about ("snakker om"); a listed association or medium
  also as something joined or sending a speaker ("medlem av", "med i", "noen fra");
* alone in a frame, only a **thing-shaped** name stays: an acronym, a compound of dictionary
  words, or several dictionary or English words ("BBC", "Statsbudsjettet", "Melodi Grand
  Prix"); one word a person may bear ("Bright", "Bjørk", "Sletten") stays a name;
* a **coordinated list** is of one kind ("på BBC og Al Jazeera", "med i Handel og Kontor
  eller i Parat"): after a watching, reading or joining frame its items take the frame of the
  first and stay beside a thing that stays; a list of listed platforms after "på" stays ("på
  Finn og LinkedIn"); a list after a talking frame may mix people and things and passes
  nothing on;
* a **capitalised common noun** is the ordinary word where the same text also writes it in
  lower case ("programmet" ... "Men Programmet var"), or right after a conjunction that
  opens a sentence, where it stands first in its clause.

A name is kept (not replaced) when some mention of it is kept so, none is in an affiliation
frame, and nothing marks it as a person or a local body: a listed given name or surname
(except in a list of listed platforms), a name the context gives someone ("heter", a surname
after a first name), a word of another name the text gives a person, a verb of meeting or
talking to someone before it; a company form, listed place or employer, organisation word or
place-name ending, or a place after it ("Rana Gruber i Mo i Rana"); an apposition or next sentence that
says who or what it is (`appositions`: ", han er ny", ", kafeen til onkelen min"). A word written in lower
case only inside an address (an e-mail) is no common noun, and a first name beside a surname ("Raja
Subramaniam") is a person's wherever it stands; an acronym a common noun narrows ("vinter-OL") is an
event. Mentions that share a word
no dictionary knows belong to one name, so the decision holds everywhere in the document, and a
name found once is still replaced everywhere or nowhere.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, mentions, rules
from workbench.io.pseudonymize.appositions import FARM_ELEMENTS, apposition, next_sentence_person
from workbench.io.pseudonymize.associations import ASSOCIATION_SUFFIXES, association, joined_before, listed_association, work_there_before
from workbench.io.pseudonymize.keep import TOOLS, before_verb, employer_before
from workbench.io.pseudonymize.public_bodies import work_before

# Words that may stand between a verb and its particle: adverbs and the subject after an inverted verb
# ("Om kvelden ser vi på", "følger også med på", "ser bare på").
_GAP = (r"(?:[ \t]+(?:også|mest|mye|bare|ofte|alltid|aldri|sjelden|gjerne|stadig|fortsatt|litt|helst|daglig|alt"
        r"|av|og|til|vi|jeg|de|han|hun|dere|du|man|noen|mange|alle|hele|familien|barna|mannen|kona)){0,2}")
# Something printed in a paper ("en artikkel i Kapital"), and a title after its kind ("podkasten Aftenpodden",
# "spillet Wordfeud"): what follows is a title, whatever word it is.
_PRINTED_IN = (r"(?:artikkel|artikkelen|artikler|innlegg|innlegget|kronikk|kronikken|reportasje|reportasjen|leserbrev)"
               r"[ \t]+(?:i|på)")
_KIND = (r"(?:podkasten|podcasten|serien|tv-serien|avisa|avisen|bladet|magasinet|ukebladet|tidsskriftet|spillet"
         r"|dataspillet|brettspillet|appen|boka|boken|romanen|filmen|sangen|låta|låten|kanalen|showet)")
_TITLE_BEFORE = re.compile(rf"(?<![\w-])(?i:{_PRINTED_IN}|{_KIND})[ \t]+$")
_REFERENCE = re.compile(
    r"(?<![\w-])(?i:"
    rf"(?:følger|fulgte|fulgt|følge){_GAP}[ \t]+med[ \t]+på"
    rf"|(?:ser|sett|se|titter|tittet|hører|hørte|hørt|høre|lytter|lyttet|lytte){_GAP}[ \t]+(?:på|til)"
    # "så" is also "then" ("bodde i X, så på Y"): the past of "se" only beside its subject
    rf"|(?:(?:jeg|vi|du|han|hun|de|dere|man|noen|alle|mange)[ \t]+så|så[ \t]+(?:jeg|vi|du|han|hun|de|dere|man))"
    rf"{_GAP}[ \t]+på"
    rf"|(?:leser|leste|lest|lese){_GAP}(?:[ \t]+(?:i|på|om))?"
    rf"|(?:abonnerer|abonnerte|abonnert){_GAP}[ \t]+på"
    rf"|(?:står|sto|stod|stått){_GAP}[ \t]+(?:i|på)"
    rf"|(?:stemmer|stemte|stemt|stemme){_GAP}[ \t]+på"
    # a team supported ("fan av X", "holder med X", "heier på X")
    rf"|(?:fan|fans|supporter|supporterne|tilhenger){_GAP}[ \t]+av"
    rf"|(?:holder|holdt|heier|heiet|heia|heiar){_GAP}[ \t]+(?:med|på)"
    rf"|(?:spiller|spilte|spilt|spille){_GAP}"
    # loved, liked or watched as a direct object ("Barna elsker Fantorangen", "Om kvelden ser vi Farmen")
    rf"|(?:elsker|elska|elsket|liker|likte|digger|digget|ser|titter){_GAP}"
    rf"|(?:(?:jeg|vi|du|han|hun|de|dere|man|noen|alle|mange)[ \t]+så|så[ \t]+(?:jeg|vi|du|han|hun|de|dere|man)){_GAP}"
    # a part of a programme ("et klipp fra Debattkveld", "en episode av Ukeslutten"), a way to pay ("betaler med")
    r"|(?:episode|episoden|episoder|episodene|sesong|sesongen|sesonger|klipp|klippet|klippene|innslag|innslaget"
    r"|avsnitt|avsnittet)[ \t]+(?:av|fra|i|på)"
    rf"|{_PRINTED_IN}|{_KIND}"
    rf"|(?:betaler|betalte|betalt|betale){_GAP}[ \t]+(?:med|via))[ \t]+$")
# Playing, reading or subscribing to something, as a direct object: games, papers and magazines, never a
# person ("spiller Alias", "leser Allers", "abonnerer på Kapital"), and a team supported; any name no list
# gives a person stays.
_PLAYED_OR_READ = re.compile(
    r"(?<![\w-])(?i:"
    rf"(?:spiller|spilte|spilt|spille|leser|leste|lest|lese){_GAP}"
    rf"|(?:abonnerer|abonnerte|abonnert){_GAP}[ \t]+på"
    # a team one is a fan of or cheers on ("fan av Juventus", "heier på Arsenal"); not "holder med", said of people
    rf"|(?:fan|fans|supporter|supporterne|tilhenger){_GAP}[ \t]+av|(?:heier|heiet|heia|heiar){_GAP}[ \t]+på)[ \t]+$")
# Talking or writing about something: a list after these may mix people and things ("snakket om NAV og Kari").
_TOPIC = re.compile(
    r"(?<![\w-])(?i:"
    rf"(?:snakker|snakket|snakka|prater|pratet|prata|handler|handlet|handla|diskuterer|diskuterte"
    rf"|skriver|skrev|skrevet|maser|masa|maset){_GAP}[ \t]+om)[ \t]+$")
# "ser på X som ...": regards X as something; the frame of a judgement, which may be of a person or employer.
_AS = re.compile(r"[ \t]+som(?![\w])")
_LOOKS = re.compile(r"(?<![\w-])(?i:ser|så|sett|se|(?:jeg|vi|du|han|hun|de|dere|man|noen|alle|mange)[ \t]+så)(?![\w-])")
# Someone sent by a body ("noen fra Spekter og fra NHO snakket"): for a listed association, no workplace of ours.
_SENT_FROM = re.compile(r"(?<![\w-])(?i:noen|folk|representant(?:en|er|ene)?|foredragsholder(?:en|e|ne)?|gjest(?:en|er)?)"
                        r"[ \t]+fra[ \t]+$")
# Where someone is: "mentoren er fra DNV", "praksis ved X", "hos Y" (someone sent by a listed body aside).
_AT = re.compile(r"(?<![\w-])(?i:hos|ved|fra)[ \t]+$")
# Studying or living there: an affiliation the work frames do not cover.
_STUDY_OR_HOME = re.compile(
    r"(?<![\w-])(?i:(?:studerer|studerte|studert|student|studenten|studenter|elev|eleven|elever|utdannet|utdanning"
    r"|utdanningen|master|masteren|bachelor|bacheloren|grad|graden|doktorgrad|forsker|forskeren|stipendiat)"
    r"(?:[ \t]+[\wæøå-]+){0,2}[ \t]+(?:ved|på|fra|i)"
    r"|(?:bor|bodde|bur|budde|bosatt|vokste[ \t]+opp)(?:[ \t]+[\wæøå-]+)?[ \t]+(?:i|på))[ \t]+$")
# Run of capitalised words and numbers ("TV 2 Nyhetene", "Al Jazeera") ending right before a position.
_NAME_WORD = r"[A-ZÆØÅ](?:[\w'’&+-]|\.(?=\w))*"  # "finn.no", "Al-Jazeera"; no full stop at its end
_RUN_END = re.compile(rf"(?<![\w.'’&+-]){_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|\d{{1,4}}))*$")
_RUN_AT = re.compile(rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|\d{{1,4}}(?![\d.,:]\d)))*")
# A link between two items of a list, the preposition said again or not ("BBC og Al Jazeera", ", eller i").
_WORD_BEFORE = re.compile(rf"(?<![\w.'’&+-])(?:{_NAME_WORD}|\d{{1,4}})$")
_LINK = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:og|eller)[ \t]+)?|[ \t]+(?:og|eller|samt)[ \t]+)"
                   r"(?:(?:i|på|til|om|hos|fra|med)[ \t]+)?$")
_LINK_AFTER = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:og|eller)[ \t]+)?|[ \t]+(?:og|eller|samt)[ \t]+)"
                         r"(?:(?:i|på|til|om|hos|fra|med)[ \t]+)?")
# Openers of a sentence after which a word still stands first in its clause ("Men Programmet var ...").
_OPENERS = frozenset("men og så eller for".split())
# Verbs right after a name that make it someone who spoke or acted towards the speaker.
_PERSON_AFTER = re.compile(r"[ \t]+(?:sa|sier|spurte|spør|svarte|fortalte|mente|ringte|smilte|lo|hjalp|lovet"
                           r"|og[ \t]+(?:jeg|meg|vi|oss))(?![\w])")  # "..., Temesgen og jeg": someone
_PERSON_SOURCES = frozenset({"rule:title", "rule:initials", "rule:lowercase"})
# Sources that name a person: a word of theirs is no common noun anywhere in the text ("Bjørk", "bjørk").
_NAMED = frozenset({"rule:title", "rule:initials", "rule:name", "ner", "list"})
# Listed platforms, media and tools: an item in a list beside one of them is a platform too ("Finn og LinkedIn").
_PLATFORMS = frozenset("""
teams canvas linkedin facebook whatsapp messenger zoom google instagram tiktok snapchat twitter youtube vipps
finn.no
""".split()) | TOOLS | gaz.PUBLIC_DOMAINS


class _Span:
    """Overlapping finds merged as the pseudonymiser will merge them, with the words they cover."""

    def __init__(self, start: int, end: int, finds: list):
        self.start, self.end, self.finds = start, end, finds

    def text(self, text: str) -> str:
        return text[self.start:self.end]


def _spans(text: str, found) -> list[_Span]:
    spans: list[_Span] = []
    for f in sorted(found, key=lambda f: (f[0], -f[1])):
        last = spans[-1] if spans else None
        adjacent = (last is not None and f[2] in ("person", "place")
                    and all(x[2] in ("person", "place") for x in last.finds) and text[last.end:f[0]] in ("", " "))
        if last is not None and (f[0] < last.end or adjacent):
            last.finds.append(f)
            last.end = max(last.end, f[1])
        else:
            spans.append(_Span(f[0], f[1], [f]))
    return spans


def _bare(low: str) -> str:
    return re.sub(r"(?:'s|’s|'|’)$", "", low)


def _words(text: str, start: int, end: int) -> list[str]:
    return [m.group(0) for m in rules.WORD.finditer(text, start, end)]


def _distinctive(word: str) -> str | None:
    """A word no dictionary knows, casefolded without a genitive: mentions sharing it are one name."""
    low = _bare(word.casefold())
    if len(low) < 3 or low in gaz.NEVER or rules.known_word(low) or low in gaz.NAME_PARTICLES:
        return None
    if low.endswith("s") and not rules.known_word(low[:-1]) and len(low) > 4:
        return low[:-1]  # "Skavlans": the genitive of the same name
    return low


def _listed_name(word: str) -> bool:
    return rules.listed(word, gaz.GIVEN_NAMES) or rules.listed(word, gaz.SURNAMES)


def _thing_shaped(words: list[str]) -> bool:
    """A name no person bears: an acronym ("BBC"), a compound of dictionary words not ending like a place
    or family name ("Stjernekamp", "Statsbudsjettet"), or several words that are all dictionary or English words
    ("Melodi Grand Prix", "Paw Patrol"). A single dictionary or English word may be a given name
    ("Bright", "Bjørk"), and a word no dictionary knows may be a surname ("Mensah")."""
    caps = [w for w in words if w[:1].isupper()]
    if not caps or any(_listed_name(w) for w in caps):
        return False
    if len(caps) == 1:
        w = caps[0]
        low = w.casefold()
        if w.isupper() and len(w) > 1:
            return True
        head = low.split("-")[0]  # "Fjellheim-bloggen": named after its first part, as the rules judge it
        if "-" in low and head.endswith(FARM_ELEMENTS) and not w.split("-")[0].isupper():
            return False
        # a single root may be a farm-name surname ("Sletten", "Bråten"), and so may a compound ending in
        # a farm-name element ("Fjellvang", "Skogholt", "Lysgaard")
        return rules.compound_of_known(low) and not low.endswith(FARM_ELEMENTS)
    return all((w.isupper() and len(w) > 1) or rules.known_word(w.casefold()) or rules.english(w.casefold())
               for w in caps)


def _form_cue(text: str, start: int, end: int, words: list[str]) -> bool:
    """A company form, listed place or employer, or an organisation word: a local body, not a national one."""
    for w in words:
        if rules.listed(w, gaz.PLACES) or rules.listed(w, gaz.EMPLOYERS) or w.casefold() in rules.COMPANY_FORMS:
            return True
        if w[:1].isupper() and not w.isupper() and _place_like(w.casefold()):  # acronyms are proper nouns too
            return True
        if w[:1].isupper() and (rules.org_tail_word(w) or w.casefold() in gaz.ORG_HEADS):
            return True
    after = text[end:end + 30]
    return bool(re.match(r"[ \t]+(?:AS|ASA|SA|ANS|DA|BA|kommune|fylkeskommune|bydel)(?![\w])", after))


def _place_like(low: str) -> bool:
    """A proper noun to the dictionary ("Sortland"), or a word ending like a place name ("Storfjorden", "Lysaker")."""
    if rules.dictionary_proper_noun(low):
        return True
    stem = low[:-2] if low.endswith("en") and len(low) > 6 else low
    return any(stem.endswith(e) and len(stem) > len(e) + 2 for e in gaz.NAME_ELEMENTS if len(e) >= 3)


# Watching or hearing right before a name: its `på` is the verb's, not a workplace's ("begynt å høre på X");
# and a part of a programme before it ("et klipp fra X"): its `fra` says where the clip is from, not someone.
_WATCHED_RIGHT_BEFORE = re.compile(
    rf"(?<![\w-])(?i:ser|sett|se|titter|tittet|titte|hører|hørte|hørt|høre|lytter|lyttet|lytte){_GAP}"
    r"[ \t]+(?i:på|til)[ \t]+$"
    # a part of a programme owns its `fra` too ("et klipp fra X", "et innslag fra X")
    r"|(?<![\w-])(?i:episode|episoden|episoder|klipp|klippet|klippene|innslag|innslaget|avsnitt|avsnittet|sesong"
    r"|sesongen)[ \t]+(?i:av|fra)[ \t]+$")


def _affiliated(text: str, at: int) -> bool:
    """Whether a frame that puts someone there ends right before `at`; a watching or hearing verb right
    before it owns the preposition, whatever work verb comes earlier ("har begynt å høre på ...")."""
    clause = _clause_start(text, at)
    before = text[clause:at]
    if _WATCHED_RIGHT_BEFORE.search(before):
        return False
    title = _TITLE_BEFORE.search(before)
    if title:  # "jobber i avisa X": the frame before its kind
        return _affiliated(text, clause + title.start()) if title.start() > 0 else False
    return (employer_before(text, at) or work_before(text, at) or work_there_before(before)
            or bool(_STUDY_OR_HOME.search(before))
            or (bool(_AT.search(before)) and not _SENT_FROM.search(before)))


def _clause_start(text: str, at: int) -> int:
    lo = max(0, at - 100)  # bounded: a transcript on one long line must not cost a scan per mention
    return max(text.rfind("\n", lo, at) + 1, *(text.rfind(c, lo, at) + 1 for c in ".!?;:"), lo)


class _Chain:
    """A mention, the capitalised run it stands in, and the list it is an item of."""

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        run_start = start
        while run_start > 1 and text[run_start - 1] == " ":  # widen to the capitalised words before ("TV 2 Nyhetene")
            prev = _WORD_BEFORE.search(text, max(0, run_start - 40), run_start - 1)
            if not prev or (_starts(text, prev.start()) and prev.group(0).casefold() in gaz.FUNCTION_WORDS | _OPENERS):
                break
            run_start = prev.start()
        run = _RUN_AT.match(text, run_start)
        self.run = (run_start, max(end, run.end() if run else end))
        self.items = [self.run]
        head = run_start
        for _ in range(6):  # items before it in the same list
            link = _LINK.search(text, max(0, head - 30), head)
            if not link:
                break
            prev = _RUN_END.search(text, max(0, link.start() - 60), link.start())
            if not prev:
                break
            head = prev.start()
            self.items.insert(0, (prev.start(), prev.end()))
        tail = self.run[1]
        for _ in range(6):  # and after it
            link = _LINK_AFTER.match(text, tail)
            nxt = _RUN_AT.match(text, link.end()) if link else None
            if not nxt:
                break
            self.items.append((nxt.start(), nxt.end()))
            tail = nxt.end()
        self.head = self.items[0][0]

    def frame(self) -> str | None:
        """`reference`, `affiliation`, `sent` (someone from a listed body) or None, from the head of the list."""
        text = self.text
        if any(_affiliated(text, s) for s, _e in self.items[:1] + [self.run]):
            return "affiliation"
        clause = _clause_start(text, self.head)
        before = text[clause:self.head]
        ref = _REFERENCE.search(before)
        if ref and not (_LOOKS.match(ref.group(0).lstrip()) and _AS.match(text, self.run[1])):
            return "reference"
        if _TOPIC.search(before):
            return "topic"
        if joined_before(before):
            return "joined"
        if _SENT_FROM.search(before):
            return "sent"
        return None

    def partners(self) -> list[str]:
        """The other items of the list, as written."""
        return [" ".join(self.text[s:e].split()) for s, e in self.items if (s, e) != self.run]


def _starts(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or bool(rules.SENTENCE_BREAK.search(before[-1]))


def _listed_thing(name: str) -> bool:
    """A listed association, medium or platform, in its genitive too."""
    bare = _bare(name)
    return association(name) or bare in _PLATFORMS or name in _PLATFORMS or rules.public(bare)


def _listed_around(text: str, chain: _Chain) -> bool:
    """Whether the run, or the run joined by `og`/`&` to its neighbour ("Handel og Kontor"), is listed."""
    names = [" ".join(text[chain.run[0]:chain.run[1]].split()).casefold()]
    for a, b in zip(chain.items, chain.items[1:], strict=False):
        if chain.run in (a, b) and re.fullmatch(r"[ \t]+(?:og|&)[ \t]+", text[a[1]:b[0]]):
            names.append(" ".join(text[a[0]:b[1]].split()).casefold())
    words = names[0].split()
    names += [" ".join(words[i:]) for i in range(1, len(words))]  # "TV 2 Nyhetene" inside a longer run
    return any(listed_association(n) or listed_association(_bare(n)) or _bare(n) in _PLATFORMS for n in names)


# An address writes a name in lower case by convention ("emir.hadzic@gmail.com", "kari.no"): no ordinary use.
_ADDRESS_SHAPED = re.compile(r"\S*@\S*|\S*\w\.\w\S*")


def _lower_words(text: str, found) -> frozenset[str]:
    """The words the text writes in lower case outside addresses (e-mail, web, spoken ones the rules found)."""
    masked = list(text)
    for f in found:
        if f[3] == "identifier" and f[2] in ("email", "url"):
            masked[f[0]:f[1]] = " " * (f[1] - f[0])
    masked_text = _ADDRESS_SHAPED.sub(lambda m: " " * len(m.group(0)), "".join(masked))
    return frozenset(m.group(0) for m in re.finditer(r"(?<![\w-])[a-zæøåäöü]+(?![\w-])", masked_text))


def _common_noun_here(text: str, span: _Span, words: list[str], lower: frozenset[str]) -> bool:
    """A capitalised common noun that is the ordinary word here: the text also writes it in lower case
    (`lower`, outside addresses),
    or it stands first in its clause after a conjunction that opens the sentence ("Men Programmet var")."""
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
        return False
    word = words[0]
    low = word.casefold()
    if not rules.known_word(low) or rules.dictionary_proper_noun(low) or any(
            rules.listed(word, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES, gaz.EMPLOYERS)):
        return False
    joined = _JOINED_TO_NAME.search(text, max(0, span.start - 40), span.start)
    if joined and not _starts(text, joined.start(1)):
        return False  # "Ceesay Tolk og Språk", "Lakk og Karosseri": a word joined to a name is part of it
    if low in lower:
        return True
    prev = list(rules.WORD.finditer(text, max(0, span.start - 20), span.start))
    return bool(prev) and prev[-1].group(0).casefold() in _OPENERS and text[prev[-1].end():span.start] == " " \
        and _starts(text, prev[-1].start()) and lexicon.definite(low)


# A capitalised word and `og`/`&` right before a word: the word may end a name of several ("Tolk og Språk").
_JOINED_TO_NAME = re.compile(r"(?<![\w-])([A-ZÆØÅ][\wæøå'’-]*)[ \t]+(?:og|&)[ \t]+$")


# Job ads on a site before its name ("stillinger på Finn", "annonsen på Finn").
_JOB_SITE_BEFORE = re.compile(r"(?<![\w-])(?i:stilling\w*|annonse\w*|utlysning\w*|jobbannonse\w*|ledige[ \t]+jobber"
                              r"|jobber)(?:[ \t]+[\wæøå]+){0,2}?[ \t]+(?i:på)[ \t]+$")
# Applying: what follows may be the workplace applied to ("søkte på ledige stillinger på ..."), as round 14 ruled.
_APPLIED = re.compile(r"(?<![\w-])(?i:søkte|søker|søkt|søke)[ \t]+(?i:på)(?![\w-])")
# Applying or looking for work through a site ("søknader gjennom Finn", "søkt på to stillinger via Finn"):
# a listed platform after `gjennom`/`via` in a clause about applications, ads or jobs is the site, not a person.
_APPLIED_THROUGH = re.compile(r"(?<![\w-])(?i:søknad\w*|søkte|søker|søkt|søke|stilling\w*|annonse\w*|utlysning\w*"
                              r"|jobb|jobber|jobbene|jobbsøking\w*|cv-?\w*)(?:[ \t,]+[\wæøå.]+){0,6}?[ \t]+"
                              r"(?i:gjennom|via)[ \t]+$")
_POSSESSIVE_AFTER = re.compile(r"[ \t]+(?:min|mitt|mine|din|ditt|dine|hans|hennes|vår|vårt|våre|deres|sin|sitt|sine)"
                               r"(?![\w])")


def _possessed_noun(text: str, span: _Span, word: str) -> bool:
    """A capitalised definite common noun before a possessive ("Nettverket mitt"): no name takes one."""
    low = word.casefold()
    return word[:1].isupper() and not word.isupper() and _POSSESSIVE_AFTER.match(text, span.end) is not None \
        and rules.known_word(low) and lexicon.definite(low) and not rules.dictionary_proper_noun(low) \
        and not any(rules.listed(word, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES, gaz.EMPLOYERS))


# A channel: capitalised words and a number ("France 24", "Kanal 9", "Radio 1").
_CHANNEL = re.compile(rf"(?:{_NAME_WORD}[ \t]+){{1,3}}\d{{1,4}}")
# A place after the last item of a list ("Rana Gruber i Mo i Rana"): the list is of local things.
_PLACE_AFTER = re.compile(r"[ \t]+(?:i|på)[ \t]+[A-ZÆØÅ][a-zæøåäöüé]")  # an acronym after it is no place ("på TV")
# A lower-case word and a hyphen right before an acronym ("vinter-OL", "junior-NM", "fotball-EM").
_PREFIXED_ACRONYM = re.compile(r"(?<![\w-])[a-zæøå]{3,}-$")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(på|i|ved|hos|fra|til|med|om|nær|utenfor|rundt|via|gjennom)[ \t]+$")


def _verdict(text: str, span: _Span, chain: _Chain, person_words: set[str], lower: frozenset[str]) -> str:
    """`person`, `local`, `affiliation`, `reference` or `neutral` for one mention; `person_words` are the
    words of other names that the text gives a person ("Kari Sletten" ... "snakket om Sletten"); `lower` the
    words it writes in lower case outside addresses."""
    start, end = span.start, span.end
    words = _words(text, start, end)
    if any(_bare(w.casefold()) in person_words for w in words if w[:1].isupper()):
        return "person"
    if any(f[3] in _PERSON_SOURCES or (f[3] == "rule:name" and text[f[1]:f[1] + 1] == ":") for f in span.finds):
        return "person"
    if any(f[2] == "person" and f[3] == "rule:name" for f in span.finds) and not any(
            _listed_name(w) for w in words if w[:1].isupper()):
        return "person"  # a name the context gives, not a list: "kalte de meg Knott", "Grethe Lind"
    if mentions.said_site(text, start, end, words):
        return "reference"  # "jeg sa Finn.": the site answered, not someone spoken to
    if lexicon.person_before(text, start) or lexicon.person_before(text, chain.head) \
            or _PERSON_AFTER.match(text, end):
        return "person"
    if any(f[3] == "rule:employer-context" for f in span.finds):
        return "affiliation"  # a public body or a business the rules already found where someone works
    said = apposition(text, chain.items[-1][1])
    if said is not None:
        return said
    if next_sentence_person(text, chain.items[-1][1]):
        return "person"
    if _bare(words[0].casefold()) in _PLATFORMS and len(words) == 1 \
            and _JOB_SITE_BEFORE.search(text, _clause_start(text, start), start) \
            and not _APPLIED.search(text, _clause_start(text, start), start):
        return "reference"  # "finner stillinger på Finn": a job site, though a first name too
    if _bare(words[0].casefold()) in _PLATFORMS and len(words) == 1 \
            and _APPLIED_THROUGH.search(text, _clause_start(text, chain.head), chain.head) \
            and not any(_listed_name(p) and _bare(p.casefold()) not in _PLATFORMS for p in chain.partners()):
        return "reference"  # "sendte søknader gjennom Finn og ...", "søkt på to stillinger via Finn"
    if len(words) == 1 and _possessed_noun(text, span, words[0]):
        return "reference"  # "Nettverket mitt", "Tolketjenesten deres": the common noun, owned by someone
    frame = chain.frame()
    if frame == "affiliation":
        return "affiliation"
    listed = _listed_around(text, chain)
    if frame == "reference" and _CHANNEL.fullmatch(" ".join(text[chain.run[0]:chain.run[1]].split())):
        return "reference"  # "ser på France 2", "hører på Radio 102": a name and a number watched is a channel
    if not listed and (any(_form_cue(text, s, e, _words(text, s, e)) for s, e in chain.items)
                       or _PLACE_AFTER.match(text, chain.items[-1][1])):
        return "local"  # a company form, a listed place or employer, an organisation word in the list
    if mentions.kept(text, start, end, words, chain.head):
        return "reference"  # a song sung, a league, a term asked about, a dish, a job site, a charity given to
    names = [w for w in words if w[:1].isupper() and _listed_name(w)]
    partners = chain.partners()
    if frame == "sent" and not listed:
        return "affiliation"  # "en fra KPMG": a body that only a list says is national is someone's workplace
    if listed and frame in ("reference", "topic", "joined", "sent"):
        return "reference"
    if frame in ("reference", "topic") and _thing_shaped(words):
        return "reference"
    if frame == "reference" and not names and _titled_thing(text, chain, words):
        return "reference"
    if frame == "joined" and not names and _generic_body(words) \
            and _CLUB_JOINED.search(text, _clause_start(text, chain.head), chain.head):
        return "reference"  # "blitt med i Sjakklubben", "spiller i Skolekorpset": one club of many
    if partners and not _PERSON_AFTER.match(text, chain.items[-1][1]):
        platforms = any(_bare(p.casefold()) in _PLATFORMS for p in partners)
        prep = _PREPOSITION_BEFORE.search(text, max(0, chain.head - 12), chain.head)
        own = _bare(words[0].casefold()) in _PLATFORMS or not any(_listed_name(w) for w in words)
        if platforms and own and prep is not None and prep.group(1) in ("på", "via", "gjennom") and frame is None \
                and not before_verb(text, chain.items[-1][1]):
            return "reference"  # "stillinger på Finn og LinkedIn": a list of platforms
        if before_verb(text, span.end) and len([w for w in words if w[:1].isupper()]) == 1 \
                and not _thing_shaped(words):
            return "neutral"  # "ser på Dagsrevyen, og Kvamme ser på ...": the subject of a clause of its own
        family = len(words) == 1 and words[0].casefold().split("-")[0].endswith(FARM_ELEMENTS) \
            and not rules.dictionary_proper_noun(words[0].casefold().split("-")[0])
        if frame in ("reference", "joined") and not names and not family and any(
                _listed_thing(p.casefold()) or (frame == "reference" and (_thing_shaped(p.split()) or _CHANNEL.fullmatch(p)))
                for p in partners):
            return "reference"  # "følger med på BBC og Al Jazeera", "med i Byggfag eller i Samfunnsviterne"
    if _common_noun_here(text, span, words, lower):
        return "reference"
    if _PREFIXED_ACRONYM.search(text, max(0, start - 30), start) and len(words) == 1 and words[0].isupper():
        return "reference"  # "vinter-OL", "junior-NM": an acronym a common noun narrows names an event or a kind
    return "neutral"


def _titled_thing(text: str, chain: _Chain, words: list[str]) -> bool:
    """One word, in a reference frame, that names a title rather than someone: after playing, reading or
    subscribing any word ("spiller Yatzy", "leser Allers"); after watching or hearing a definite common
    noun ("ser på Farmen"), never one shaped like a farm-name surname ("så på Sletten")."""
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) != 1 or caps[0].isupper() or len(words) != 1:
        return False
    low = _bare(caps[0].casefold())
    if "-" in low or rules.dictionary_proper_noun(low):
        return False  # "Solbakken-bloggen": named after its first part, which may be a family's
    clause = _clause_start(text, chain.head)
    if _PLAYED_OR_READ.search(text, clause, chain.head) or _TITLE_BEFORE.search(text, clause, chain.head):
        return True
    return not low.endswith(FARM_ELEMENTS) and rules.known_word(low) and lexicon.definite(low)


# Joining a club, strictly: becoming or being a member, or playing in it ("ble med i", "medlem av", "meldte
# meg inn i", "spiller håndball i"); not "med ham i", "kjenner en i" or "på", which may name a workplace.
_CLUB_JOINED = re.compile(
    r"(?<![\w-])(?i:(?:ble|blitt|bli|blir|er|var|vært)(?:[ \t]+(?:også|med|nå|aktiv))?[ \t]+med[ \t]+i"
    r"|medlem(?:[ \t]+(?:i|av))|meldt[ \t]+inn[ \t]+i|meldte[ \t]+(?:meg|seg|oss|ham|henne|dem)[ \t]+inn[ \t]+i"
    r"|(?:spiller|spilte|spilt|spille)(?:[ \t]+[a-zæøå]+){0,2}?[ \t]+i)[ \t]+$")


def _generic_body(words: list[str]) -> bool:
    """One capitalised definite common noun, or a compound ending in one, that no list gives a person, place
    or employer ("Sjakklubben", "Idrettslaget"): joined, it is a kind of club, not one someone can be traced to.
    A name ending like a union or association ("Tolkeforeningen") is one body, and stays a find."""
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper() or "-" in words[0]:
        return False
    word = words[0]
    low = _bare(word.casefold())
    if rules.dictionary_proper_noun(low) or low.endswith(FARM_ELEMENTS + ASSOCIATION_SUFFIXES) or any(
            rules.listed(word, names) for names in (gaz.PLACES, gaz.EMPLOYERS)):
        return False
    head = rules.compound_head(low) or (low if rules.known_word(low) else None)
    return head is not None and lexicon.definite(head)


def _full_name(text: str, span: _Span) -> bool:
    """Person finds side by side, a first name and a surname no dictionary knows or a listed one ("Emir
    Hadžić", "Raja Subramaniam"):
    the first word names this person wherever else it stands, though it is a dictionary word or a title."""
    words = [w for w in _words(text, span.start, span.end) if w[:1].isupper()]
    if len(words) < 2 or text[span.start:span.end].count("\n"):
        return False
    last = _bare(words[-1].casefold())
    return all(f[2] == "person" for f in span.finds) and (
        not rules.known_word(last) or rules.listed(words[-1], gaz.SURNAMES)) and not any(
        w.isupper() or rules.org_tail_word(w) for w in words)


def _key(text: str, span: _Span) -> str:
    return " ".join(_bare(span.text(text).casefold()).split())


def drop_references(text: str, found: list) -> list:
    """`found` without the names the text only refers to as things (see the module docstring)."""
    spans = [s for s in _spans(text, found)]
    if not spans:
        return found
    parent = list(range(len(spans)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, span in enumerate(spans):
        links = {_key(text, span)} | {k for w in _words(text, span.start, span.end) if (k := _distinctive(w))}
        for k in links:
            if k in owner:
                parent[root(i)] = root(owner[k])
            else:
                owner[k] = i
    keys = [_key(text, span) for span in spans]
    named: dict[str, set[str]] = {}  # a word of a person's name -> the names it is part of
    for span, key in zip(spans, keys, strict=True):
        if any(f[2] == "person" and f[3] in _NAMED for f in span.finds) or _full_name(text, span):
            for w in _words(text, span.start, span.end):
                if w[:1].isupper():
                    named.setdefault(_bare(w.casefold()), set()).add(key)
    verdicts: dict[int, list[str]] = {}
    lower = _lower_words(text, found)
    for i, span in enumerate(spans):
        if any(f[3] in ("list", "identifier") or f[2] not in ("person", "place", "org") for f in span.finds):
            verdict = "protected"
        else:
            person_words = {w for w, names in named.items() if names - {keys[i]}}
            verdict = _verdict(text, span, _Chain(text, span.start, span.end), person_words, lower)
        verdicts.setdefault(root(i), []).append(verdict)
    drop = {r for r, vs in verdicts.items() if "reference" in vs and set(vs) <= {"reference", "neutral"}}
    dropped = {id(f) for i, span in enumerate(spans) if root(i) in drop for f in span.finds}
    return [f for f in found if id(f) not in dropped]
