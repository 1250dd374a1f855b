"""Whatever is found once, found again: every form of a name throughout a text, and names beside names.

A name that one rule or the model finds in one place is often written elsewhere in a
form no rule would take alone: at the start of a sentence, in lower case, with a
genitive -s, inside a hyphenated compound ("Rahimi-familien"). These helpers turn the
finds of every source into patterns for all those forms, and take the words right
beside a person (a surname, a name joined by `og`, a nickname standing alone in the
next sentence) as names too. A name that is also a possessive ("Hans", "Vår") is found
again only where no possessive can stand. The pseudonymiser runs them after its other
sources. Round 43a: a two-letter part of a name of three or more parts ("Ha" of "Mrs. Ha Thi
Nga", a family name first) is found again in the same guarded way: inside a sentence, or at
its start before a verb ("Ha er etternavnet"), never before a word it governs ("Ha det bra").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import brands, form_labels, lexicon, person_frames, rules, subjects
from workbench.io.pseudonymize.foreign_speech import foreign_word  # round 36x: "Selam. Yekenyeley." is no nickname
from workbench.io.pseudonymize.name_shapes import PARTICLES
from workbench.io.pseudonymize.notes_lines import bullet_start

_WORD = rules.WORD
_SENTENCE_BREAK = rules.SENTENCE_BREAK


def form_patterns(forms: Iterable[str], capital_only: frozenset[str] = frozenset()) -> tuple[re.Pattern | None, re.Pattern | None]:
    """Patterns for forms in any case, and for forms that are ordinary words (capitalised only), and for
    the forms in `capital_only` (casefolded) too.

    Both take a genitive -s and match inside hyphenated compounds.
    """
    any_case, capital = set(), set()
    for form in forms:
        form = " ".join(form.split())
        if not form:
            continue
        low = form.casefold()
        if low in capital_only or all(rules.known_word(part) for part in low.split()):  # "Per", "Grønn Vekst"
            capital.add(form[:1].upper() + form[1:])
            capital.add(form.upper())
        else:
            any_case.add(form)

    def compile_(items: set[str], flags: int) -> re.Pattern | None:
        if not items:
            return None
        alternatives = "|".join(re.escape(f).replace("\\ ", r"\s+") for f in sorted(items, key=len, reverse=True))
        return re.compile(rf"(?<![\w@.])({alternatives})(?:s|'s|’s|')?(?![\w@]|\.\w)", flags)

    return compile_(any_case, re.I), compile_(capital, 0)


def iter_forms(patterns: tuple[re.Pattern | None, re.Pattern | None], text: str):
    for pattern in patterns:
        if pattern is not None:
            for m in pattern.finditer(text):
                yield m.start(), m.end(), m.group(1)


def at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or bool(_SENTENCE_BREAK.search(before[-1])) or form_labels.opens_question(text, start) \
        or bullet_start(text, start)  # round 38o: "- Matbilen står fortsatt."


_GLUED_DIGITS = re.compile(r"[^\W\d_]\d")  # "Fjord1": found again as a whole, digits and all
_NOT_FORMS = gaz.NEVER | gaz.PUBLIC | gaz.GENERIC_ACRONYMS | gaz.ORG_TAILS | gaz.ORG_HEADS | gaz.POSSESSIVES


# A verb after a capitalised word at a sentence start: the firm acting ("Buss har ringt"), not the noun.
_FOLLOWER = re.compile(r"[ \t]+(?:" + "|".join(sorted(gaz.NAME_FOLLOWERS - frozenset({"og", "eller"}))) + r")(?![\w-])")


def found_again(text: str, found, keep) -> list[tuple[int, int, str, str, None]]:
    """Every other occurrence of a name, place or organisation word found somewhere in the text."""
    kinds: dict[str, Counter] = {}
    guarded: set[str] = set()
    ordinary: set[str] = set()  # the common noun ending a firm's or place's name: not again at a sentence start
    tails = {(f[0], f[1]): f[1] for f in found if f[2] in ("place", "org") and " " in text[f[0]:f[1]].strip()}
    compounds: set[str] = set()  # common-noun compounds inside an organisation's name: found again capitalised only
    orgs = [(f[0], f[1]) for f in found if f[2] == "org"]
    person_words = {m.group(0).casefold() for f in found if f[2] == "person"
                    and not any(s < f[1] and f[0] < e for s, e in orgs)  # the model's person over a firm's name
                    for m in _WORD.finditer(text, f[0], f[1])
                    if f[3] in _NAMING or rules.listed(m.group(0), gaz.SURNAMES) or rules.listed(m.group(0), gaz.GIVEN_NAMES)}
    runs = [(f[0], f[1]) for f in found if f[2] == "org" and f[3] in ("rule:run", "rule:employer-context")]
    for start, end, kind, source, _r in found:
        if kind not in ("person", "place", "org"):
            continue
        if source == "rule:capital" and any(s <= start and end <= e for s, e in runs):
            continue  # a dictionary word inside an organisation's name is found again with the name only
        whole = (kind == "org" and source in ("rule:run", "rule:employer-context", "rule:local-body")) or source in ("rule:place-run", "rule:world-place")
        if (whole and " " in text[start:end]) or (kind == "org" and _GLUED_DIGITS.search(text, start, end)):  # "Grønn Vekst": the whole name again, not each ordinary word
            kinds.setdefault(" ".join(text[start:end].split()), Counter())[kind] += 1
        if kind == "org" and whole and (short := brands.short_name(text, start, end)):
            kinds.setdefault(short, Counter())[kind] += 1  # "jobber på Tannhjul", "Lyspunkt Regnskap": the noun alone
        for m in _WORD.finditer(text, start, end):
            word = m.group(0)
            low = word.casefold()
            if whole and rules.known_word(low) and not (kind == "org" and brands.brand_form(word)):
                continue  # "HOFF", "K-Frukt" come again in their own form (capitals, never the lower-case word)
            if low in gaz.POSSESSIVES and kind == "person" and source in _STRONG and word.istitle() \
                    and rules.listed(word, gaz.GIVEN_NAMES):
                guarded.add(word)  # "Hans", "Vår": a name here, a possessive elsewhere
                continue
            if low in gaz.ROLE_NOUNS and not (kind == "org" and whole and brands.brand_form(word)):
                continue  # "kone", "sjef" as words; "KONE" found as an employer in capitals comes again as one
            if len(low) < 2 or low in _NOT_FORMS or (not word[:1].isupper() and source != "list"):
                continue
            if len(low) < 3 and not word.isupper() and not (kind == "person" and source in _STRONG and word.istitle()):
                if kind == "person" and word.istitle() and _part_of_full_name(text, start, end, low):
                    guarded.add(word)  # round 43a: "Mrs. Ha Thi Nga" ... "Nå jobber Ha", not "Ha det bra."
                continue  # a two-letter word comes again only as a name found for sure ("Li Wen" ... "Li sa")
            kinds.setdefault(word, Counter())[kind] += 1
            if any(s < m.start() and m.end() == e for s, e in tails) and rules.known_word(low) and not word.isupper() \
                    and not any(rules.listed(word, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES)):
                ordinary.add(low)  # "Buss" of "Vy Buss": the common word at a sentence start is the word
            if kind == "org" and word[:1].isupper() and not word.isupper() and rules.compound_of_known(low) \
                    and not low.endswith(gaz.NAME_ELEMENTS) and low not in person_words and not any(rules.listed(word, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES)):
                compounds.add(low)  # "Tesfa Skadedyrkontroll": "skadedyrkontroll" in lower case is the trade
            head, _, tail = word.partition("-")
            if tail and tail.islower() and len(head) > 1 and rules.known_word(tail) and head.casefold() not in _NOT_FORMS:
                kinds.setdefault(head, Counter())[kind] += 1  # "Telenor-jobben": Telenor alone too
            if low.endswith("s") and len(low) > 4 and (rules.listed(low[:-1], gaz.GIVEN_NAMES)
                                                        or rules.listed(low[:-1], gaz.SURNAMES)):
                kinds.setdefault(word[:-1], Counter())[kind] += 1
    for name in _full_names(text, found):  # "Li Wei" ... "Li Weis sjef": a short part comes again with the rest
        kinds.setdefault(name, Counter())["person"] += 1
    out = _guarded_again(text, guarded, keep)
    if not kinds:
        return out
    by_low: dict[str, Counter] = {}
    for w, c in kinds.items():
        by_low.setdefault(w.casefold(), Counter()).update(c)
    by_low = {w: c.most_common(1)[0][0] for w, c in by_low.items()}
    for start, end, form in iter_forms(form_patterns(kinds, frozenset(compounds)), text):
        if any(s < end and start < e for s, e in keep) or "\n" in text[start:end]:
            continue  # a name of several words never runs over a line break (a list of names, a speaker label)
        if brands.shouted_occurrence(text, start, end):
            continue  # "HUSK Å TINE FISKEN": a shouted word, not the employer in capitals
        if form.casefold() in ordinary and at_sentence_start(text, start) and not _FOLLOWER.match(text, end):
            continue  # "Buss og lastebil." beside "Vy Buss": the word, capitalised as a sentence starts
        out.append((start, end, by_low.get(" ".join(form.split()).casefold(), "person"), "rule:again", None))
    return out



def _part_of_full_name(text: str, start: int, end: int, low: str) -> bool:
    """Whether a found person of three or more capitalised words holds a two-letter part that may come back alone
    ("Ha" of "Mrs. Ha Thi Nga", "Jeg møtte Ha Thi Nga"): no function word and no particle ("De" of "De la Cruz")."""
    words = [w for w in text[start:end].split() if w.rstrip(".") not in rules.NAME_ABBREVIATIONS]
    return len(words) >= 3 and all(w[:1].isupper() for w in words) and low not in gaz.FUNCTION_WORDS \
        and low not in _NOT_FORMS and low not in PARTICLES


def _full_names(text: str, found) -> set[str]:
    """Person finds side by side on one line, joined by one space, with a part too short to come back alone
    ("Li" + "Wei", "Wu", "Ho"): the whole name as written, found again as a whole, so that part comes back
    with the rest."""
    people = sorted((f[0], f[1]) for f in found if f[2] == "person")
    names: set[str] = set()
    run: list[tuple[int, int]] = []
    for start, end in people + [(len(text) + 2, len(text) + 2)]:
        if run and start <= run[-1][1]:
            run[-1] = (run[-1][0], max(run[-1][1], end))
            continue
        if run and start == run[-1][1] + 1 and text[run[-1][1]] == " ":
            run.append((start, end))
            continue
        if len(run) > 1:
            name = text[run[0][0]:run[-1][1]]
            parts = name.split()
            if all(p[:1].isupper() and not p.isupper() for p in parts) and any(len(p) < 3 for p in parts) and \
                    not any(p.casefold() in _NOT_FORMS or p.casefold() in gaz.ROLE_NOUNS for p in parts):
                names.add(name)
        run = [(start, end)]
    return names


def _guarded_again(text: str, forms: set[str], keep) -> list[tuple[int, int, str, str, None]]:
    """A name that is also a possessive ("Hans", "Vår"), found again where a possessive cannot stand:
    inside a sentence (a possessive is not capitalised there), or at its start before a verb, a
    conjunction or punctuation ("Vår ringte", "Hans, kan du ..."), never before a noun ("Vår sjef")."""
    out = []
    for form in forms:
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            if any(s < m.end() and m.start() < e for s, e in keep):
                continue
            if at_sentence_start(text, m.start()):
                nxt = re.match(r"[ \t]*([^\W\d_]+|[,.!?:;)]|$)", text[m.end():m.end() + 40])
                follower = nxt.group(1).casefold() if nxt else ""
                if not (follower in gaz.NAME_FOLLOWERS or follower in ",.!?:;)" ):
                    continue
            out.append((m.start(), m.end(), "person", "rule:again", None))
    return out

_STRONG = frozenset({"list", "ner", "rule:title", "rule:name", "rule:initials"})
# Sources that give a person a name by context or a list, not by a word's place after another name.
_NAMING = frozenset({"list", "ner", "rule:title", "rule:initials"})
# A sentence of one capitalised word ("... Kovalenko, fra Ukraina. Sasha. Han er ..."): a nickname after a name.
_NICKNAME = re.compile(r"[.!?][ \t]+([A-ZÆØÅ][a-zæøåäöüéèáàíóúñç]+)[.!?](?=[ \t\n]|$)")
_AND = re.compile(r"\s+(?:og|eller|,)\s+|,\s+")


_PARTICLES = re.compile(r"(?<![\w-])(?:(?:[Dd]e|[Vv]an|[Vv]on|[Dd]er|[Dd]en|[Ll]a|[Ll]e|[Dd]a|[Dd]os|[Dd]el|[Bb]in|[Bb]int|"
                        r"[Ii]bn|[Aa]l|[Ee]l|[Aa]bu|[Tt]er|[Tt]en) ){1,3}$")
# Particles that are also Norwegian words: at a sentence start only before another particle ("De la").
_WORD_PARTICLES = frozenset("de der den la le da di du".split())


def _particles_belong(text: str, m: re.Match, people) -> bool:
    """Whether particles before a name are part of it: after another part of the name, or
    starting a sentence ("De la Cruz"), unless a lone Norwegian word ("Da Per kom")."""
    before = text[:m.start()].rstrip(" ")
    if any(e == len(before) and e < m.start() for _s, e in people):
        return True
    words = m.group(0).split()
    if not words[0][:1].isupper() or not at_sentence_start(text, m.start()):
        return False
    return len(words) > 1 or words[0].casefold() not in _WORD_PARTICLES


def _nickname(word: str) -> bool:
    """A word that can be a nickname standing alone: no dictionary word or compound, no filler,
    no everyday English ("Exactly", "Sure")."""
    low = word.casefold()
    if rules.known_word(low) or rules.compound_of_known(low) or low in rules.FILLERS:
        return False
    value = lexicon.english_zipf(low)
    return value is not None and value < 4.5


def beside_people(text: str, found, keep) -> list[tuple[int, int, str, str, None]]:
    """Capitalised words right after a person (a surname: "Grethe Lind") or joined to one by
    `og`/`eller`/a comma ("Hamid og Rosa"), though they are dictionary words."""
    people = sorted((f[0], f[1]) for f in found if f[2] == "person")
    taken = [(f[0], f[1]) for f in found]
    out = []

    def candidate(m: re.Match) -> bool:
        word = m.group(0)
        low = word.casefold()
        return (word[:1].isupper() and not word.isupper() and low not in gaz.NEVER and not rules.public(low)
                and low not in gaz.ROLE_NOUNS and not rules.org_tail_word(word)
                and not any(s < m.end() and m.start() < e for s, e in taken + keep))

    for start, end in people:
        particles = _PARTICLES.search(text, max(0, start - 20), start)
        if particles and _particles_belong(text, particles, people):  # "Ramón de la Cruz", "Van der Meer"
            out.append((particles.start(), start, "person", "rule:name", None))
        first = list(_WORD.finditer(text, max(0, start - 40), start))
        if first and first[-1].end() == start - 1 and text[start - 1] == " " and candidate(first[-1]) \
                and not at_sentence_start(text, first[-1].start()):
            out.append((first[-1].start(), first[-1].end(), "person", "rule:name", None))  # "med Grace Mwangi"
        after = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        if after and candidate(after) and not (text[end - 1] == "." and rules.known_word(after.group(0).casefold())):
            out.append((after.start(), after.end(), "person", "rule:name", None))  # not "igjen, S. R. Sist snakket"
        nick = _NICKNAME.search(text, end, min(len(text), end + 60))
        if nick and candidate(nick_word := _WORD.match(text, nick.start(1))) and _nickname(nick.group(1)) \
                and not _SENTENCE_BREAK.search(text[end:nick.start()]) and not foreign_word(nick.group(1)):
            out.append((nick_word.start(), nick_word.end(), "person", "rule:name", None))  # "Oleksandr Kovalenko. Sasha."
        joined = _AND.match(text, end)
        if joined and (nxt := _WORD.match(text, joined.end())) and candidate(nxt):
            out.append((nxt.start(), nxt.end(), "person", "rule:name", None))
        before = re.search(r"(?:\s+(?:og|eller)\s+|,\s+)$", text[max(0, start - 12):start])
        if before:
            prev_end = start - len(before.group(0))
            prev = list(_WORD.finditer(text, max(0, prev_end - 40), prev_end))
            if prev and prev[-1].end() == prev_end and candidate(prev[-1]) and (
                    not at_sentence_start(text, prev[-1].start())
                    or rules.listed(prev[-1].group(0), gaz.GIVEN_NAMES)):  # "Ana, Bo og Li" at a sentence start
                out.append((prev[-1].start(), prev[-1].end(), "person", "rule:name", None))
    return out


# A naming verb and up to two words before a name: "kalte de meg Knott", "vi kaller henne Grete".
_NAMED_BEFORE = re.compile(r"(?<![\w-])(?i:kaller|kalte|kalles|kaltes|kalt|heter|het)(?:[ \t]+\w+){0,2}[ \t]+[«\"]?$")
# Sources that find a person for sure: a lower-case word that is this person's name in lower case is the name.
_PERSON_SOURCES = _STRONG | {"rule:name"}


def lowercase_again(text: str, found, keep) -> list[tuple[int, int, str, str, None]]:
    """A name written in lower case elsewhere ("pelle", genitive "bakkes") where the capitalised form was
    found as a person in the same document: a listed first name or surname, or a name given after a naming
    verb ("kalte meg Pelle"), not just any word the model took for a person ("Hesjevik Automasjon").
    A dictionary word comes again only so when it is rare in
    Norwegian text: under Zipf 3.5 as it stands, under 3.0 with a genitive -s ("bakke" and "til fjells"
    stay, "pelle" and "bakkes" go)."""
    names: set[str] = set()
    for start, end, kind, source, _r in found:
        if kind != "person" or source not in _PERSON_SOURCES:
            continue
        for m in _WORD.finditer(text, start, end):
            word = m.group(0)
            if not (word[:1].isupper() and not word.isupper() and len(word) > 3 and rules.known_word(word.casefold())):
                continue  # a name that is no dictionary word is found in any case already
            if source in ("rule:title", "list") or _NAMED_BEFORE.search(text, max(0, m.start() - 30), m.start()) or (
                    not rules.org_tail_word(word) and (
                    rules.listed(word, gaz.GIVEN_NAMES) or rules.listed(word, gaz.SURNAMES))):
                names.add(word.casefold())  # named so ("kalte meg Pelle"), or a listed name ("Bakke")
    names -= _NOT_FORMS | gaz.FUNCTION_WORDS | gaz.ROLE_NOUNS
    if not names:
        return []
    taken = [(f[0], f[1]) for f in found] + list(keep)
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w@.-])({alternatives})(s?)(?![\w@-])", text):
        word = m.group(0)
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if rules.frequent(word, 3.0 if m.group(2) else 3.5) and not _english_name_in_norwegian(text, m):
            continue
        out.append((m.start(), m.end(), "person", "rule:again", None))
    return out


def lowercase_person_slot(text: str, found, keep) -> list[tuple[int, int, str, str, None]]:
    """A person's name written in lower case where only a person can stand, right after a verb of meeting,
    calling or greeting someone ("møtte leiv", "hils til siv"), when the same text names that person with a
    capital: a dictionary word ("siv", "leiv") or a common one is the name there all the same. A listed
    first name found for sure is the name also as a clause's bare subject ("så kanskje hilde kan", see
    `subjects`), a cleft's focus ("det var rune som ringte"), after `spør etter`/`hos`/`bror til` and beside
    other people (`person_frames`), unless the text also uses it as a word ("plantene gro")."""
    names: set[str] = set()
    bare: set[str] = set()  # first names found for sure: in lower case also as a clause's bare subject
    named_at: dict[str, list[int]] = {}  # where each of them was named with a capital
    for start, end, kind, source, _r in found:
        if kind != "person" or source == "rule:capital":
            continue
        for m in _WORD.finditer(text, start, end):
            word = m.group(0)
            if word[:1].isupper() and not word.isupper() and len(word) >= 3:
                names.add(word.casefold())
                if source in _PERSON_SOURCES and rules.listed(word, gaz.GIVEN_NAMES) \
                        and not lexicon.everyday(word.casefold()):
                    bare.add(word.casefold())
                    named_at.setdefault(word.casefold(), []).append(m.end())
    names -= _NOT_FORMS | gaz.FUNCTION_WORDS | gaz.ROLE_NOUNS | gaz.POSSESSIVES
    if not names:
        return []
    taken = [(f[0], f[1]) for f in found] + list(keep)
    people = [(f[0], f[1]) for f in found if f[2] == "person"]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    out: list[tuple[int, int, str, str, None]] = []
    for m in re.finditer(rf"(?<![\w@.-])({alternatives})(?![\w@-])", text):
        if m.group(0).islower() and not any(s < m.end() and m.start() < e for s, e in taken) \
                and (lexicon.person_before(text, m.start())
                     or (m.group(0) in bare and person_frames.person_frame(text, m.start(), m.end(), people)
                         and not person_frames.used_as_word(text, m.group(0), taken, people))
                     or (m.group(0) in bare and _named_just_before(named_at[m.group(0)], m.start())
                         and subjects.copula_subject_slot(text, m.start(), m.end())
                         and not _noun_forms_in_text(text, m.group(0))
                         and not subjects.word_in_text(text, m.group(0), taken, copulas=True))):
            out.append((m.start(), m.end(), "person", "rule:again", None))
    return out


# How far back a person named with a capital makes the lower-case name the subject of a copula
# ("Lærerinnen, Hilde Aas, sier ... hilde er veldig snill"): the sentences just before.
_NAMED_BEFORE_COPULA = 300


def _named_just_before(ends: list[int], start: int) -> bool:
    """Whether a capitalised naming of the person ends within the sentences just before `start`."""
    return any(0 <= start - e <= _NAMED_BEFORE_COPULA for e in ends)


def _noun_forms_in_text(text: str, low: str) -> bool:
    """Whether the text uses the word as a common noun in an inflected form ("Sola skinte" beside "sol er
    fint"): then its bare form before a copula is the thing, not the person."""
    return re.search(rf"(?<![\w@.-]){re.escape(low)}(?:a|en|et|er|ene)(?![\w@-])", text, re.I) is not None


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def _english_name_in_norwegian(text: str, m: re.Match) -> bool:
    """A listed given name that is an English word ("hope", "grace") among Norwegian words ("hope sier
    mye"): common in Norwegian text only through English, so the name it is here; "I hope so" stays."""
    low = m.group(1)
    if m.group(2) or not rules.listed(low, gaz.GIVEN_NAMES) or not rules.english(low):
        return False
    from workbench.nlp.lexicon import zipf as norwegian_zipf

    if (lexicon.english_zipf(low) or 0.0) <= (norwegian_zipf(low) or 0.0):
        return False  # a Norwegian word first ("per", "liv")
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    after = _WORD_AFTER.match(text, m.end())
    neighbours = [w.group(1).casefold() for w in (before, after) if w]
    return bool(after) and all(rules.known_word(w) and (norwegian_zipf(w) or 0.0) >= (lexicon.english_zipf(w) or 0.0)
                               for w in neighbours)


# Joining a person and a lower-case word: "og"/"eller" with the preposition said again, or a comma.
_AND_AGAIN = re.compile(r"[ \t]+(?:og|eller)[ \t]+(?:(?:til|med|hos|fra|for|av|om|på)[ \t]+)?|,[ \t]+")


def lowercase_beside(text: str, found, keep) -> list[tuple[int, int, str, str, None]]:
    """A listed first name or surname in lower case joined to a name by `og`/`eller`/a comma ("til Marius
    og til jonas"), where the dictionary knows the word only as a name or not at all ("per", "liv" stay)."""
    taken = [(f[0], f[1]) for f in found] + list(keep)
    out: list[tuple[int, int, str, str, None]] = []
    for _start, end, kind, _source, _r in sorted(found):
        if kind not in ("person", "place"):  # "til Marius" may be taken for a place
            continue
        joined = _AND_AGAIN.match(text, end)
        nxt = _WORD.match(text, joined.end()) if joined else None
        if nxt is None or not nxt.group(0).islower() or any(s < nxt.end() and nxt.start() < e for s, e in taken):
            continue
        word = nxt.group(0)
        if (rules.listed(word, gaz.GIVEN_NAMES) or rules.listed(word, gaz.SURNAMES)) and len(word) > 2 \
                and word not in gaz.FUNCTION_WORDS and word not in gaz.POSSESSIVES and not lexicon.everyday(word) \
                and (not rules.known_word(word) or rules.dictionary_proper_noun(word)):
            out.append((nxt.start(), nxt.end(), "person", "rule:again", None))
            taken.append((nxt.start(), nxt.end()))
    return out
