"""What a name looks like, for the reference keep (`references`): a thing, a person's, or a common noun.

A frame alone does not keep a name: "ser på Sletten" may be a person. So the reference keep also
asks what the name is shaped like: an acronym or compound of dictionary words ("BBC",
"Statsbudsjettet"), a listed association, medium or platform, a title after a reading or playing
verb, a capitalised common noun the text also writes in lower case, a kind of club
("Sjakklubben"); or a listed given name, surname, place or employer, a company form, a full name.
It also merges the finds into the spans the pseudonymiser will replace and keys them, so that
mentions of one name are judged together. These word tests live here, apart from the frames
(`reference_frames`) and the verdict that combines them (`references`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, rules
from workbench.io.pseudonymize.appositions import FARM_ELEMENTS
from workbench.io.pseudonymize.associations import ASSOCIATION_SUFFIXES, association, listed_association
from workbench.io.pseudonymize.keep import TOOLS
from workbench.io.pseudonymize.reference_frames import OPENERS, PLAYED_OR_READ, TITLE_BEFORE, Chain, clause_start, starts

# Listed platforms, media and tools: an item in a list beside one of them is a platform too ("Finn og LinkedIn").
PLATFORMS = frozenset("""
teams canvas linkedin facebook whatsapp messenger zoom google instagram tiktok snapchat twitter youtube vipps
finn.no
""".split()) | TOOLS | gaz.PUBLIC_DOMAINS


class Span:
    """Overlapping finds merged as the pseudonymiser will merge them, with the words they cover."""

    def __init__(self, start: int, end: int, finds: list):
        self.start, self.end, self.finds = start, end, finds

    def text(self, text: str) -> str:
        return text[self.start:self.end]


def merge_spans(text: str, found) -> list[Span]:
    """The finds merged into spans as the pseudonymiser will merge them; names side by side join."""
    spans: list[Span] = []
    for f in sorted(found, key=lambda f: (f[0], -f[1])):
        last = spans[-1] if spans else None
        adjacent = (last is not None and f[2] in ("person", "place")
                    and all(x[2] in ("person", "place") for x in last.finds) and text[last.end:f[0]] in ("", " "))
        if last is not None and (f[0] < last.end or adjacent):
            last.finds.append(f)
            last.end = max(last.end, f[1])
        else:
            spans.append(Span(f[0], f[1], [f]))
    return spans


def bare_form(low: str) -> str:
    """`low` without a genitive ending ("nrk's" -> "nrk")."""
    return re.sub(r"(?:'s|’s|'|’)$", "", low)


def words_in(text: str, start: int, end: int) -> list[str]:
    """The words of `text[start:end]`, as the rules split them."""
    return [m.group(0) for m in rules.WORD.finditer(text, start, end)]


def distinctive(word: str) -> str | None:
    """A word no dictionary knows, casefolded without a genitive: mentions sharing it are one name."""
    low = bare_form(word.casefold())
    if len(low) < 3 or low in gaz.NEVER or rules.known_word(low) or low in gaz.NAME_PARTICLES:
        return None
    if low.endswith("s") and not rules.known_word(low[:-1]) and len(low) > 4:
        return low[:-1]  # "Skavlans": the genitive of the same name
    return low


def listed_name(word: str) -> bool:
    """Whether a list gives `word` as a given name or surname."""
    return rules.listed(word, gaz.GIVEN_NAMES) or rules.listed(word, gaz.SURNAMES)


def thing_shaped(words: list[str]) -> bool:
    """A name no person bears: an acronym ("BBC"), a compound of dictionary words not ending like a place
    or family name ("Stjernekamp", "Statsbudsjettet"), or several words that are all dictionary or English words
    ("Melodi Grand Prix", "Paw Patrol"). A single dictionary or English word may be a given name
    ("Bright", "Bjørk"), and a word no dictionary knows may be a surname ("Mensah")."""
    caps = [w for w in words if w[:1].isupper()]
    if not caps or any(listed_name(w) for w in caps):
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


def form_cue(text: str, start: int, end: int, words: list[str]) -> bool:
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


def listed_thing(name: str) -> bool:
    """A listed association, medium or platform, in its genitive too."""
    bare = bare_form(name)
    return association(name) or bare in PLATFORMS or name in PLATFORMS or rules.public(bare)


def listed_around(text: str, chain: Chain) -> bool:
    """Whether the run, or the run joined by `og`/`&` to its neighbour ("Handel og Kontor"), is listed."""
    names = [" ".join(text[chain.run[0]:chain.run[1]].split()).casefold()]
    for a, b in zip(chain.items, chain.items[1:], strict=False):
        if chain.run in (a, b) and re.fullmatch(r"[ \t]+(?:og|&)[ \t]+", text[a[1]:b[0]]):
            names.append(" ".join(text[a[0]:b[1]].split()).casefold())
    words = names[0].split()
    names += [" ".join(words[i:]) for i in range(1, len(words))]  # "TV 2 Nyhetene" inside a longer run
    return any(listed_association(n) or listed_association(bare_form(n)) or bare_form(n) in PLATFORMS for n in names)


# An address writes a name in lower case by convention ("emir.hadzic@gmail.com", "kari.no"): no ordinary use.
_ADDRESS_SHAPED = re.compile(r"\S*@\S*|\S*\w\.\w\S*")


def lower_words(text: str, found) -> frozenset[str]:
    """The words the text writes in lower case outside addresses (e-mail, web, spoken ones the rules found)."""
    masked = list(text)
    for f in found:
        if f[3] == "identifier" and f[2] in ("email", "url"):
            masked[f[0]:f[1]] = " " * (f[1] - f[0])
    masked_text = _ADDRESS_SHAPED.sub(lambda m: " " * len(m.group(0)), "".join(masked))
    return frozenset(m.group(0) for m in re.finditer(r"(?<![\w-])[a-zæøåäöü]+(?![\w-])", masked_text))


def common_noun_here(text: str, span: Span, words: list[str], lower: frozenset[str]) -> bool:
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
    if joined and not starts(text, joined.start(1)):
        return False  # "Ceesay Tolk og Språk", "Lakk og Karosseri": a word joined to a name is part of it
    if low in lower:
        return True
    prev = list(rules.WORD.finditer(text, max(0, span.start - 20), span.start))
    return bool(prev) and prev[-1].group(0).casefold() in OPENERS and text[prev[-1].end():span.start] == " " \
        and starts(text, prev[-1].start()) and lexicon.definite(low)


# A capitalised word and `og`/`&` right before a word: the word may end a name of several ("Tolk og Språk").
_JOINED_TO_NAME = re.compile(r"(?<![\w-])([A-ZÆØÅ][\wæøå'’-]*)[ \t]+(?:og|&)[ \t]+$")


_POSSESSIVE_AFTER = re.compile(r"[ \t]+(?:min|mitt|mine|din|ditt|dine|hans|hennes|vår|vårt|våre|deres|sin|sitt|sine)"
                               r"(?![\w])")


def possessed_noun(text: str, span: Span, word: str) -> bool:
    """A capitalised definite common noun before a possessive ("Nettverket mitt"): no name takes one."""
    low = word.casefold()
    return word[:1].isupper() and not word.isupper() and _POSSESSIVE_AFTER.match(text, span.end) is not None \
        and rules.known_word(low) and lexicon.definite(low) and not rules.dictionary_proper_noun(low) \
        and not any(rules.listed(word, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES, gaz.EMPLOYERS))


def titled_thing(text: str, chain: Chain, words: list[str]) -> bool:
    """One word, in a reference frame, that names a title rather than someone: after playing, reading or
    subscribing any word ("spiller Yatzy", "leser Allers"); after watching or hearing a definite common
    noun ("ser på Farmen"), never one shaped like a farm-name surname ("så på Sletten")."""
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) != 1 or caps[0].isupper() or len(words) != 1:
        return False
    low = bare_form(caps[0].casefold())
    if "-" in low or rules.dictionary_proper_noun(low):
        return False  # "Solbakken-bloggen": named after its first part, which may be a family's
    clause = clause_start(text, chain.head)
    if PLAYED_OR_READ.search(text, clause, chain.head) or TITLE_BEFORE.search(text, clause, chain.head):
        return True
    return not low.endswith(FARM_ELEMENTS) and rules.known_word(low) and lexicon.definite(low)


def generic_body(words: list[str]) -> bool:
    """One capitalised definite common noun, or a compound ending in one, that no list gives a person, place
    or employer ("Sjakklubben", "Idrettslaget"): joined, it is a kind of club, not one someone can be traced to.
    A name ending like a union or association ("Tolkeforeningen") is one body, and stays a find."""
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper() or "-" in words[0]:
        return False
    word = words[0]
    low = bare_form(word.casefold())
    if rules.dictionary_proper_noun(low) or low.endswith(FARM_ELEMENTS + ASSOCIATION_SUFFIXES) or any(
            rules.listed(word, names) for names in (gaz.PLACES, gaz.EMPLOYERS)):
        return False
    head = rules.compound_head(low) or (low if rules.known_word(low) else None)
    return head is not None and lexicon.definite(head)


def full_name(text: str, span: Span) -> bool:
    """Person finds side by side, a first name and a surname no dictionary knows or a listed one ("Emir
    Hadžić", "Raja Subramaniam"):
    the first word names this person wherever else it stands, though it is a dictionary word or a title."""
    words = [w for w in words_in(text, span.start, span.end) if w[:1].isupper()]
    if len(words) < 2 or text[span.start:span.end].count("\n"):
        return False
    last = bare_form(words[-1].casefold())
    return all(f[2] == "person" for f in span.finds) and (
        not rules.known_word(last) or rules.listed(words[-1], gaz.SURNAMES)) and not any(
        w.isupper() or rules.org_tail_word(w) for w in words)


def span_key(text: str, span: Span) -> str:
    """The span's words, casefolded and without a genitive: mentions with the same key are one name."""
    return " ".join(bare_form(span.text(text).casefold()).split())
