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

The frames live in `reference_frames`, the tests of a name's shape in `reference_names`; this module
weighs them into one verdict per mention and per name.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import lexicon, mentions, rules
from workbench.io.pseudonymize.appositions import FARM_ELEMENTS, apposition, next_sentence_person
from workbench.io.pseudonymize.keep import before_verb
from workbench.io.pseudonymize.reference_frames import (
    APPLIED, APPLIED_THROUGH, CLUB_JOINED, JOB_SITE_BEFORE, NAME_WORD, Chain, clause_start,
)
from workbench.io.pseudonymize.reference_names import (
    PLATFORMS, Span, bare_form, common_noun_here, distinctive, form_cue, full_name, generic_body, listed_around,
    listed_name, listed_thing, lower_words, merge_spans, possessed_noun, span_key, thing_shaped, titled_thing, words_in,
)

# Verbs right after a name that make it someone who spoke or acted towards the speaker.
_PERSON_AFTER = re.compile(r"[ \t]+(?:sa|sier|spurte|spør|svarte|fortalte|mente|ringte|smilte|lo|hjalp|lovet"
                           r"|og[ \t]+(?:jeg|meg|vi|oss))(?![\w])")  # "..., Temesgen og jeg": someone
_PERSON_SOURCES = frozenset({"rule:title", "rule:initials", "rule:lowercase"})
# Sources that name a person: a word of theirs is no common noun anywhere in the text ("Bjørk", "bjørk").
_NAMED = frozenset({"rule:title", "rule:initials", "rule:name", "ner", "list"})


# A channel: capitalised words and a number ("France 24", "Kanal 9", "Radio 1").
_CHANNEL = re.compile(rf"(?:{NAME_WORD}[ \t]+){{1,3}}\d{{1,4}}")
# A place after the last item of a list ("Rana Gruber i Mo i Rana"): the list is of local things.
_PLACE_AFTER = re.compile(r"[ \t]+(?:i|på)[ \t]+[A-ZÆØÅ][a-zæøåäöüé]")  # an acronym after it is no place ("på TV")
# A lower-case word and a hyphen right before an acronym ("vinter-OL", "junior-NM", "fotball-EM").
_PREFIXED_ACRONYM = re.compile(r"(?<![\w-])[a-zæøå]{3,}-$")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(på|i|ved|hos|fra|til|med|om|nær|utenfor|rundt|via|gjennom)[ \t]+$")


def _verdict(text: str, span: Span, chain: Chain, person_words: set[str], lower: frozenset[str]) -> str:
    """`person`, `local`, `affiliation`, `reference` or `neutral` for one mention; `person_words` are the
    words of other names that the text gives a person ("Kari Sletten" ... "snakket om Sletten"); `lower` the
    words it writes in lower case outside addresses."""
    start, end = span.start, span.end
    words = words_in(text, start, end)
    if any(bare_form(w.casefold()) in person_words for w in words if w[:1].isupper()):
        return "person"
    if any(f[3] in _PERSON_SOURCES or (f[3] == "rule:name" and text[f[1]:f[1] + 1] == ":") for f in span.finds):
        return "person"
    if any(f[2] == "person" and f[3] == "rule:name" for f in span.finds) and not any(
            listed_name(w) for w in words if w[:1].isupper()):
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
    if bare_form(words[0].casefold()) in PLATFORMS and len(words) == 1 \
            and JOB_SITE_BEFORE.search(text, clause_start(text, start), start) \
            and not APPLIED.search(text, clause_start(text, start), start):
        return "reference"  # "finner stillinger på Finn": a job site, though a first name too
    if bare_form(words[0].casefold()) in PLATFORMS and len(words) == 1 \
            and APPLIED_THROUGH.search(text, clause_start(text, chain.head), chain.head) \
            and not any(listed_name(p) and bare_form(p.casefold()) not in PLATFORMS for p in chain.partners()):
        return "reference"  # "sendte søknader gjennom Finn og ...", "søkt på to stillinger via Finn"
    if len(words) == 1 and possessed_noun(text, span, words[0]):
        return "reference"  # "Nettverket mitt", "Tolketjenesten deres": the common noun, owned by someone
    frame = chain.frame()
    if frame == "affiliation":
        return "affiliation"
    listed = listed_around(text, chain)
    if frame == "reference" and _CHANNEL.fullmatch(" ".join(text[chain.run[0]:chain.run[1]].split())):
        return "reference"  # "ser på France 2", "hører på Radio 102": a name and a number watched is a channel
    if not listed and (any(form_cue(text, s, e, words_in(text, s, e)) for s, e in chain.items)
                       or _PLACE_AFTER.match(text, chain.items[-1][1])):
        return "local"  # a company form, a listed place or employer, an organisation word in the list
    if mentions.kept(text, start, end, words, chain.head):
        return "reference"  # a song sung, a league, a term asked about, a dish, a job site, a charity given to
    names = [w for w in words if w[:1].isupper() and listed_name(w)]
    partners = chain.partners()
    if frame == "sent" and not listed:
        return "affiliation"  # "en fra KPMG": a body that only a list says is national is someone's workplace
    if listed and frame in ("reference", "topic", "joined", "sent"):
        return "reference"
    if frame in ("reference", "topic") and thing_shaped(words):
        return "reference"
    if frame == "reference" and not names and titled_thing(text, chain, words):
        return "reference"
    if frame == "joined" and not names and generic_body(words) \
            and CLUB_JOINED.search(text, clause_start(text, chain.head), chain.head):
        return "reference"  # "blitt med i Sjakklubben", "spiller i Skolekorpset": one club of many
    if partners and not _PERSON_AFTER.match(text, chain.items[-1][1]):
        platforms = any(bare_form(p.casefold()) in PLATFORMS for p in partners)
        prep = _PREPOSITION_BEFORE.search(text, max(0, chain.head - 12), chain.head)
        own = bare_form(words[0].casefold()) in PLATFORMS or not any(listed_name(w) for w in words)
        if platforms and own and prep is not None and prep.group(1) in ("på", "via", "gjennom") and frame is None \
                and not before_verb(text, chain.items[-1][1]):
            return "reference"  # "stillinger på Finn og LinkedIn": a list of platforms
        if before_verb(text, span.end) and len([w for w in words if w[:1].isupper()]) == 1 \
                and not thing_shaped(words):
            return "neutral"  # "ser på Dagsrevyen, og Kvamme ser på ...": the subject of a clause of its own
        family = len(words) == 1 and words[0].casefold().split("-")[0].endswith(FARM_ELEMENTS) \
            and not rules.dictionary_proper_noun(words[0].casefold().split("-")[0])
        if frame in ("reference", "joined") and not names and not family and any(
                listed_thing(p.casefold()) or (frame == "reference" and (thing_shaped(p.split()) or _CHANNEL.fullmatch(p)))
                for p in partners):
            return "reference"  # "følger med på BBC og Al Jazeera", "med i Byggfag eller i Samfunnsviterne"
    if common_noun_here(text, span, words, lower):
        return "reference"
    if _PREFIXED_ACRONYM.search(text, max(0, start - 30), start) and len(words) == 1 and words[0].isupper():
        return "reference"  # "vinter-OL", "junior-NM": an acronym a common noun narrows names an event or a kind
    return "neutral"


def drop_references(text: str, found: list) -> list:
    """`found` without the names the text only refers to as things (see the module docstring)."""
    spans = [s for s in merge_spans(text, found)]
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
        links = {span_key(text, span)} | {k for w in words_in(text, span.start, span.end) if (k := distinctive(w))}
        for k in links:
            if k in owner:
                parent[root(i)] = root(owner[k])
            else:
                owner[k] = i
    keys = [span_key(text, span) for span in spans]
    named: dict[str, set[str]] = {}  # a word of a person's name -> the names it is part of
    for span, key in zip(spans, keys, strict=True):
        if any(f[2] == "person" and f[3] in _NAMED for f in span.finds) or full_name(text, span):
            for w in words_in(text, span.start, span.end):
                if w[:1].isupper():
                    named.setdefault(bare_form(w.casefold()), set()).add(key)
    verdicts: dict[int, list[str]] = {}
    lower = lower_words(text, found)
    for i, span in enumerate(spans):
        if any(f[3] in ("list", "identifier") or f[2] not in ("person", "place", "org") for f in span.finds):
            verdict = "protected"
        else:
            person_words = {w for w, names in named.items() if names - {keys[i]}}
            verdict = _verdict(text, span, Chain(text, span.start, span.end), person_words, lower)
        verdicts.setdefault(root(i), []).append(verdict)
    drop = {r for r, vs in verdicts.items() if "reference" in vs and set(vs) <= {"reference", "neutral"}}
    dropped = {id(f) for i, span in enumerate(spans) if root(i) in drop for f in span.finds}
    return [f for f in found if id(f) not in dropped]
