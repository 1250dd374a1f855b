"""Pseudonymisation of text before it leaves the project.

Reports, tables and anonymised project files replace what identifies a participant:
names (`[X]`), places (`[…]`), organisations (`[organisasjon]`), contact details and ID
numbers (`[telefon]`, `[e-post]`, `[fødselsnummer]`, `[adresse]`, `[dato]`, `[nummer]`),
and the study's own terms (home countries, programme names) as the project's list says.
The markers can be changed per project; `consistent=True` numbers people, places and
organisations instead (`[Person 1]` is the same person throughout).

Four sources find them, and any of them suffices:

* identifiers by their form (see `identifiers`), whatever the pipeline;
* the project's term list (`workbench pseudonyms import CSV`);
* the named entities of a full spaCy pipeline (PER, LOC/GPE_LOC, ORG/GPE_ORG), filtered like the rules for
  what identifies nobody; the offline pipeline's entities are the same rules as below, so they are not used twice;
* the rules of `rules` (names, places, organisations without a model); recogniser text in capitals is read in
  lower case at the same offsets, passages without case in cased text get the caseless rules (`capitals`).

Whatever is found once is then replaced everywhere in the same text (`propagate`; a whole document when a report or
export works from documents): in any case, with a genitive -s, and inside hyphenated compounds ("NAV-kontoret",
"Rahimi-familien"). A form that is also an ordinary word ("Per", "Sol") is replaced only where it is capitalised.

Last, finds that name only a tool, certificate, standard or portal that nothing marks as a
workplace ("Python", "GWO-kurset", "Arbeidsplassen") are dropped (`keep`); clues around a
word that no single-word rule sees (a coordinated agency name, a nickname given with
`kaller vi ham`) come from `clues`; where the grammar says a word is someone (a bare lower-case subject,
"X, en av de faste, sa") from `subjects`; employers written in capitals or as ordinary nouns from
`brands`; acronyms a text uses as terms ("en SJA") are dropped by `terms`; places of several words
abroad ("Den dominikanske republikk") come from `world_places`, and a local church or public body with
its place where someone works ("Kirkelig fellesråd i Sandefjord") from `local_bodies`; firms named with an
abbreviated given name ("Chr. Vikhammer Fisk") from `firm_abbreviations`; names the word rules cut in two ("Norges
Varemesse", "MØRK TRELAST") from `name_runs`; public bodies where someone studied or worked from `history_frames`,
or served some years from `tenure_frames`; course providers where someone took a course from `course_frames`,
kindergartens and schools named at a sentence start from `named_institutions`. Platforms driven for, firms applied
to in a list, associations worked at (`job_frames`), a workplace given as a bare answer (`workplace_answers`) and
a name put in place of a found one (`corrections`) are added after the keep rules, which would leave them.
Apps of known services, chains shopped at, public sites used, brands in comparisons and fairs visited
("NRK-appen", "handler på Rema", "på Chess.com") are dropped last (`everyday`), unless someone works there.
Clubs supported, providers and job sites used and approval schemes held ("holder med Tottenham", "byttet til
Talkmore", "Miljøfyrtårn") are dropped after them (`pastimes`), unless a mention ties them to someone.
Names the word rules miss by their form ("inn i Den norske jordmorforening", "eksamen ved Det teologiske
fakultet", "studerte ved KNUST i Kumasi", "Bygg og Tre forbundet") come late from `definite_bodies`; energy
companies in the news, unions set against each other as options and national bodies in passing ("Statkraft bygger
vindkraft", "med i Parat eller i NTL") are dropped by `passing_bodies`.

Every replacement is returned with where it was found and why, so a researcher can
check a preview before sharing anything; the span arithmetic (applying replacements, cutting a quote
out of a replaced text) lives in `spans`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from collections.abc import Iterable, Mapping, Sequence

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import brands, clubs, clues, everyday, expansions, pastimes, firm_abbreviations, local_bodies, name_runs, name_shapes, orgs, propagate, public_bodies, references, rules, subjects, terms, titles, world_places, course_frames, job_frames, workplace_answers, named_institutions, corrections
from workbench.io.pseudonymize import aid_bodies, body_employers, event_work, professional_bodies, transport_employers, union_acronyms, meeting_places, origin_places, place_bodies, region_places, product_names, refusals, role_appositions, spelled_names, kin_names, place_frames
from workbench.io.pseudonymize import asked_answers, stated_ties, capitals, said_again, caseless, caseless_numbers, definite_bodies, hand_names, nynorsk, passing_bodies
from workbench.io.pseudonymize import account_banks, code_switch, joined_bodies, model_words, named_firms, org_shapes, plain_talk, sentence_spans, signoffs
from workbench.io.pseudonymize import addressed_names, reference_shapes, titled_people
from workbench.io.pseudonymize import aloud_ids
from workbench.io.pseudonymize import late_steps  # rounds 50c on
from workbench.io.pseudonymize.identifiers import IDENTIFIER_MARKERS, find_identifiers
from workbench.io.pseudonymize.everyday_listed import applied_finds
from workbench.io.pseudonymize.keep import Tools
from workbench.io.pseudonymize.spans import Replacement as Replacement, replace_spans as replace_spans, keep_full_stops
from workbench.io.pseudonymize.term_file import read_pseudonym_csv as read_pseudonym_csv
from workbench.io.pseudonymize.spans import slice_replaced as slice_replaced, unreplaced_capitals as unreplaced_capitals

PERSON, PLACE, ORG = "[X]", "[…]", "[organisasjon]"
#: kind -> marker; a project may override any of them (`workbench pseudonyms marker KIND TEXT`).
DEFAULT_MARKERS = {"person": PERSON, "place": PLACE, "org": ORG, **IDENTIFIER_MARKERS}
MARKER_KINDS = tuple(DEFAULT_MARKERS)
_IDENTIFIER_KINDS = frozenset(IDENTIFIER_MARKERS)
_PRIORITY = {"identifier": 0, "list": 1, "rule:initials": 2, "rule:title": 2, "ner": 3, "rule:org": 3,
             "rule:acronym": 3, "rule:employer-context": 3, "rule:world-place": 3, "rule:local-body": 3, "rule:name": 4, "rule:run": 4, "rule:place": 4, "rule:place-run": 4, "rule:employer": 4, "rule:street": 4,
             "rule:unknown": 5, "rule:capital": 5, "rule:again": 6,
             # round 23o: organisations by their frame (a course taken, a job, an answer), a correction's kind
             "rule:course-provider": 3, "rule:institution": 3, "rule:association-work": 3, "rule:driven-for": 3,
             "rule:applied-list": 3, "rule:workplace-answer": 3, "rule:correction": 5,
             # round 24o: a body with its place, an event worked at, a firm that said no; a name spelled out
             "rule:place-body": 3, "rule:event-work": 3, "rule:refused": 3, "rule:spelled": 5,
             # round 25o: a public body, broadcaster, service or association in a work frame
             "rule:body-employer": 3, "rule:origin-place": 2, "rule:meeting-place": 3,
             # round 27a: names, places and firms in raw speech-to-text without case
             "rule:caseless": 4,
             # round 27o: "Den norske …forening", "Det … fakultet", "KNUST i Kumasi", "Bygg og Tre forbundet"
             "rule:definite-body": 3}
# Rules that name an organisation by its form or context; they decide the kind over the model's guess.
_ORG_RULES = frozenset({"rule:org", "rule:acronym", "rule:employer", "rule:employer-context", "rule:local-body",
                        "rule:course-provider", "rule:institution", "rule:association-work", "rule:driven-for",
                        "rule:applied-list", "rule:workplace-answer", "rule:place-body", "rule:event-work", "rule:refused",
                        "rule:body-employer", "rule:meeting-place", "rule:definite-body"})
_NER_LABELS = {"PER": "person", "PERSON": "person", "LOC": "place", "GPE_LOC": "place", "GPE": "place",
               "ORG": "org", "GPE_ORG": "org"}
_WORD = rules.WORD
_CONSISTENT_LABELS = {"person": "Person", "place": "Sted", "org": "Organisasjon"}


def load_ner(spacy_model: str | None = None) -> tuple[Any, str | None]:
    """The active full spaCy pipeline (for its entities) and a line naming it; (None, None) offline.

    The offline pipeline's entities come from the same kind of rules this module runs
    itself, so without a full model the rules alone are used.
    """
    try:
        from workbench.nlp.pipeline import choose_pipeline, load_pipeline
    except ImportError:  # pragma: no cover - the NLP layer is part of the package
        return None, None
    choice = choose_pipeline(spacy_model)
    if choice.kind != "full":
        return None, None
    try:
        loaded = load_pipeline(choice)
    except Exception:  # a missing or broken model must not stop an export; rules still run
        return None, None
    return loaded.nlp, getattr(loaded, "status", None) or "spaCy"


class Numbering:
    """Consistent pseudonyms: the same person, place or organisation gets the same number."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, str], int] = {}
        self._count: Counter[str] = Counter()

    def label(self, kind: str, original: str) -> str:
        """`[Person 2]` for `original`: a name sharing a word with an earlier one gets its number."""
        words = [w.casefold() for w in _WORD.findall(original) if w.casefold() not in gaz.NEVER]
        keys = [w for w in words if len(w) > 1] or [original.casefold()]
        number = None
        for w in keys:
            for key in (w, w[:-1] if w.endswith("s") else None, w[:-2] if w.endswith("'s") else None):
                if key and (kind, key) in self._ids:
                    number = self._ids[(kind, key)]
                    break
            if number:
                break
        if number is None:
            self._count[kind] += 1
            number = self._count[kind]
        for w in keys:
            self._ids.setdefault((kind, w), number)
        return f"[{_CONSISTENT_LABELS[kind]} {number}]"


class Pseudonymizer:
    """Finds and replaces identifying words in texts (identifiers, term list, NER, rules)."""

    def __init__(self, terms: Sequence[tuple[str, str]] = (), nlp: Any = None, rules: bool = True,
                 markers: Mapping[str, str] | None = None, consistent: bool = False):
        self.terms = {_key(t): r for t, r in terms}
        self.nlp = nlp
        self.rules = rules
        self.markers = {**DEFAULT_MARKERS, **(markers or {})}
        self.numbering = Numbering() if consistent else None
        self._term_res = propagate.form_patterns([t for t, _ in terms])

    @property
    def uses_ner(self) -> bool:
        return self.nlp is not None

    def find(self, text: str, doc: Any = None) -> list[Replacement]:
        """Every replacement for `text`, left to right, overlapping finds merged."""
        found: list[tuple[int, int, str, str, str | None]] = []  # start, end, kind, source, replacement
        keep: list[tuple[int, int]] = []
        original, text, spans = capitals.views(text)  # round 30c: capitals read in lower case; caseless passages
        for start, end, kind in find_identifiers(text):
            if kind == "keep":
                keep.append((start, end))
            elif kind == "streetname":
                found.append((start, end, "place", "rule:street", None))
            elif kind == "postplace":  # "5147 Fyllingsdalen": the district after a postcode is a place
                found.append((start, end, "place", "rule:place", None))
            else:
                found.append((start, end, kind, "identifier", None))
        # round 27a: numbers as a speech recogniser writes them ("4 3 1 1 9 1 ..."), lower-case addresses
        without_case = caseless.caseless(text)
        for start, end, kind in caseless_numbers.caseless_numbers(text, without_case) + capitals.numbers(text, spans):
            found.append((start, end, "place", "rule:place", None) if kind == "postplace"
                         else (start, end, kind, "identifier", None))
        if without_case:  # "406 77" ... "2 19" ... "406 77 219": parts of a number read back whole
            found.extend((s, e, k, "identifier", None) for s, e, k in caseless_numbers.phone_parts(text, found))
        found.extend((s, e, k, "identifier", None) for s, e, k in asked_answers.asked_answers(text))  # round 43i
        for m in propagate.iter_forms(self._term_res, text):
            found.append((m[0], m[1], "term", "list", self.terms.get(_key(m[2]))))
        if doc is None and self.nlp is not None:
            doc = self.nlp(original)
        if doc is not None:  # the model tags words in capitals at random ("VAR", "EGG"): none from a capitals passage
            found.extend((s, e, k, "ner", None) for s, e, k in capitals.outside(original, model_words.drop_mail_words(original, _ner_finds(original, doc))))
        if self.rules:
            found.extend((s, e, k, src, None) for s, e, k, src in rules.rule_finds(text))
        found.extend(said_again.said_again(text, found))  # round 49c: a number in words read back word for word
        found.extend(reference_shapes.shape_finds(text, found))  # round 52s: references, old dates, digit runs by shape
        found.extend(aloud_ids.aloud_finds(text, found))  # round 54i: e-mails said with på/alfa, IDs in words, short dates, house numbers in words
        found = [f for f in found if not any(s < f[1] and f[0] < e for s, e in keep)]
        if self.rules:  # whole capitalised runs, employers by context, names before person verbs
            found.extend((s, e, k, src, None) for s, e, k, src in orgs.run_finds(text, found)
                         if not any(a < e and s < b for a, b in keep))
            found.extend((s, e, k, src, None) for s, e, k, src in clues.coordinated_agencies(text)
                         + clues.service_districts(text) + clues.nicknames_given(text)
                         + clues.hyphenated_given_names(text) + clues.apposition_names(text)
                         + public_bodies.workplaces(text) + subjects.one_of_group_speaking(text)
                         + brands.brand_employers(text) + brands.noun_employers(text)
                         + world_places.place_phrases(text) + local_bodies.local_bodies(text) + place_frames.place_finds(text)
                         + firm_abbreviations.abbreviated_firms(text) + name_runs.capital_firms(text)
                         + expansions.expansion_finds(text) + clubs.club_finds(text) + applied_finds(text)
                         + account_banks.account_banks(text)  # round 49o: "Sparebank 1. Kontoen er …"
                         + course_frames.course_providers(text) + named_institutions.named_institutions(text)
                         + role_appositions.role_appositions(text)  # "Thorvald, programlederen i X, sa"
                         + kin_names.kin_names(text)  # round 42a: "Ruta og gutten", "Liv, søsteren min"
                         + hand_names.hand_names(text)  # round 32p: "igjen, S. R.", "Vår Engen fra Konnerud vil"
                         if not any(a < e and s < b for a, b in keep))
            surname_first = name_runs.surname_first(text)  # "OKAFOR, Chinonso": a person, not an acronym
            found = [f for f in found if f[3] != "rule:acronym" or not any(s <= f[0] and f[1] <= e for s, e, _k, _r
                                                                            in surname_first)]
            found.extend((s, e, k, src, None) for s, e, k, src in surname_first)
        found.extend(propagate.found_again(text, found, keep))
        if self.rules:
            more = propagate.beside_people(text, found, keep) + subjects.introduced_names(text, found) \
                + subjects.joined_places(text, found) + hand_names.initials_after_names(text, found) + [
                f for f in clues.short_forms(text, found) if not any(a < f[1] and f[0] < b for a, b in keep)]
            if more:  # a surname or a coordinated name found beside a person: find it again too
                found.extend(more)
                found.extend(propagate.found_again(text, more, keep))
            found.extend(propagate.lowercase_again(text, found, keep))  # "pelle", "bakkes"
            found.extend(propagate.lowercase_beside(text, found, keep))  # "til marius og til jonas"
            found.extend(propagate.lowercase_person_slot(text, found, keep))  # "møtte leiv", "hils til siv"
            found.extend(signoffs.signed_names(text, found, keep))  # round 39n: "Hilsen ingrid.", "Klem, siv"
        found = [f for f in found if not rules.preposition_per(text, f[0], f[1])]
        tools = Tools(text)  # tools, certificates and portals that nothing marks as a workplace
        providers = {text[f[0]:f[1]].casefold() for f in found if f[3] == "rule:course-provider"}
        found = [f for f in found if f[2] not in ("person", "place", "org") or f[3] in ("list", "identifier", "rule:local-body", "rule:course-provider", "rule:institution")
                 or (f[3] == "rule:again" and text[f[0]:f[1]].casefold() in providers)  # "Skogkurs" said again
                 or not tools.identifies_nobody(f[0], f[1]) or brands.business_run(text, f[0], f[1])]
        if self.rules:  # "Norges Varemesse": the head was found and kept, the word after it is the same name
            found.extend((s, e, k, src, None) for s, e, k, src in name_runs.national_runs(text, found))
        if self.rules:  # names only watched, read, joined or talked about, or listed beside such
            found = pastimes.trim_openers(text, found)  # "Mest Bunnpris.": the adverb is no part of the name
            found = references.drop_references(text, found)
            found = terms.drop_terms(text, found)  # "en SJA", "HACCP og kvalitetssystem": a term, no organisation
            found = everyday.drop_everyday(text, found)  # "NRK-appen", "handler på Rema", "på Chess.com"
            found = pastimes.drop_pastimes(text, found)  # "holder med Tottenham", "byttet til Talkmore", "Miljøfyrtårn"
            found = titles.drop_titles(text, found)  # "[Intervjuers notat", "Analyst, Financial Crime Operations"
            # workplaces the keep rules leave: "sykler for Wolt", "søkte på Mills", "ansatt i Innvandrerrådet"
            late = [(s, e, k, src, None) for s, e, k, src in job_frames.job_finds(text)
                    + workplace_answers.workplace_answers(text)  # "Hvor jobber du? – Nordkvartalet."
                    + event_work.event_workplaces(text) + refusals.refused_by(text)  # "selger på Bondens marked"
                    + body_employers.body_employers(text)  # "lydtekniker i TV 2", "kolleger fra Kartverket"
                    + transport_employers.transport_employers(text)  # "kjører buss for Boreal", "matros i Norled"
                    + aid_bodies.aid_bodies(text)  # "tolk for Kirkens Nødhjelp i Herat", "lokallaget til Redd Barna"
                    + professional_bodies.professional_bodies(text)  # "i kontakt med Norsk Tannteknikerforening"
                    + origin_places.origin_places(text)  # "bor i USA", "fra Karen-staten"
                    + region_places.region_places(text)  # 33g: "jobbet i Sentral-Asia"
                    + meeting_places.meeting_places(text)  # "Vi møtes på Espresso House", "vær på Elvefestivalen"
                    + capitals.caseless_finds(text, spans)  # raw speech-to-text in lower case: "mentoren min solveig"
                    + definite_bodies.definite_bodies(text)  # "inn i Den norske jordmorforening", "ved KNUST i Kumasi"
                    + passing_bodies.passing_finds(text)  # "leder i Norges Jeger- og Fiskerforbund"
                    + joined_bodies.joined_finds(text, found)  # round 40o: "møte i Tekna … meldte meg inn", "Drita, kona mi"
                    + titled_people.titled_people(text) + addressed_names.addressed_names(text)  # r50p: "Herr Moen", "Sigge, du …?"
                    + stated_ties.stated_ties(text)  # r51o: "Aristoteles-universitetet i Thessaloniki", "så i Bymiljøetaten"
                    if not any(a < e and s < b for a, b in keep)]
            late += [(s, e, k, src, None) for s, e, k, src in corrections.corrected_names(text, found + late)
                     if not any(a < e and s < b for a, b in keep)]  # "ikke Vestre Viken, det er Glassmagasinet"
            late += [(s, e, k, src, None) for s, e, k, src in union_acronyms.union_acronyms(text, found + late)
                     if not any(a < e and s < b for a, b in keep)]  # "tillitsvalgt i Parat, YS"
            late += [(s, e, k, src, None) for s, e, k, src in spelled_names.spelled_names(text, found + late)
                     + place_bodies.place_bodies(text, found + late)]  # "d-l-a-m-i-n-i", "Frivilligsentralen i Malvik"
            if late:
                found.extend(late)
                found.extend(propagate.found_again(text, late, keep))
            found.extend(capitals.caseless_again(text, found, keep, spans))  # "solveig" again, "nordlys elektro" without "as"
            # "var vi på Nasjonalmuseet", "penger til Leger uten grenser": visited, given to, no one's workplace
            found = aid_bodies.drop_parts(text, body_employers.drop_unworked_institutions(text, found))
            # "Statkraft bygger vindkraft", "med i Parat eller i NTL", "Handel og Kontor krever": in passing
            found = passing_bodies.drop_passing(text, found)
        if self.rules:  # "en gammel Grand Banks" is a model; "hos Kahoot! i Oslo" keeps its mark
            found = product_names.with_marks(text, product_names.drop_models(text, found))
            found = plain_talk.drop_plain_talk(text, found)  # round 33b: "leser Illustrert Vitenskap", "Oda leverer"
            found = name_shapes.widen_people(text, found)  # round 39s: "S. Rajendran", "Huda al-Khatib sa", "Li Wei sa"
            found = org_shapes.widen_orgs(text, found)  # round 41s: "HTK-kontoret", "Bygg 1", "Tannlege Berg ringte"
            found = code_switch.drop_english(text, found)  # round 40o: "I said yes", "R: Good. Jeg prøver norsk"
            found = named_firms.widen_named(text, found)  # round 43o: "et nettmagasin som het Nura Monthly"
        found = late_steps.run(text, found, keep, self.rules)  # rounds 50c to 69b, in order (late_steps.STEPS)
        found = [_with_number_before(text, f) if f[2] in ("org", "place", "person") else f for f in found]
        return keep_full_stops(original, capitals.originals(original, self._merge(text, found)))

    def apply(self, text: str, doc: Any = None) -> tuple[str, list[Replacement]]:
        """The pseudonymised text and the replacements made."""
        reps = self.find(text, doc)
        return replace_spans(text, reps), reps

    def apply_many(self, texts: Sequence[str]) -> list[tuple[str, list[Replacement]]]:
        """Pseudonymise many texts (NER runs batched through `nlp.pipe`)."""
        if self.nlp is None:
            return [self.apply(t) for t in texts]
        return [self.apply(t, d) for t, d in zip(texts, self.parse_many(texts), strict=True)]

    def parse_many(self, texts: Sequence[str], light: bool = True) -> Iterable[Any]:
        """The pipeline's docs for `texts`, batched (None each without a pipeline); `find(text, doc)`
        takes them. `light` runs only what the entities need, which can move an entity's edge (a
        full stop taken in); without it each doc is the one `find` would make."""
        if self.nlp is None:
            return [None] * len(texts)
        skip = {"parser", "morphologizer", "tagger", "attribute_ruler", "lemmatizer",
                "trainable_lemmatizer", "workbench_lemmatizer"} if light else set()
        disable = [name for name in self.nlp.pipe_names if name in skip]
        return self.nlp.pipe(texts, batch_size=16, disable=disable)

    def _marker(self, kind: str, original: str, replacement: str | None) -> str:
        if replacement is not None:
            if self.numbering is not None:  # a listed name with a plain marker is numbered too
                for plain_kind in _CONSISTENT_LABELS:
                    if replacement in (DEFAULT_MARKERS[plain_kind], self.markers.get(plain_kind)):
                        return self.numbering.label(plain_kind, original)
            return replacement
        if self.numbering is not None and kind in _CONSISTENT_LABELS:
            return self.numbering.label(kind, original)
        return self.markers.get(kind, PERSON)

    def _merge(self, text: str, found: list[tuple[int, int, str, str, str | None]]) -> list[Replacement]:
        """One replacement per overlapping group (and per run of adjacent names), strongest source first."""
        if not found:
            return []
        found.sort(key=lambda f: (f[0], -f[1]))
        groups: list[list[tuple]] = [[found[0]]]
        end = found[0][1]
        for f in found[1:]:
            last = groups[-1]
            adjacent_names = (f[2] in ("person", "place") and all(x[2] in ("person", "place") for x in last)
                              and text[end:f[0]] in ("", " "))
            if f[0] < end or adjacent_names:
                last.append(f)
                end = max(end, f[1])
            else:
                groups.append([f])
                end = f[1]
        merged = []
        for group in groups:
            best = min(group, key=lambda f: (_PRIORITY.get(f[3], 9), -(f[1] - f[0])))
            start, stop = min(f[0] for f in group), max(f[1] for f in group)
            original = text[start:stop]
            kind = best[2]
            if best[3] == "ner" and kind in ("person", "place") and any(
                    f[2] == "org" and f[3] in _ORG_RULES for f in group):
                kind = "org"  # "Kongsberg Maritime", "Lovisenberg Diakonale sykehus": the model's place or person
            merged.append(Replacement(start, stop, original, self._marker(kind, original, best[4]), kind, best[3]))
        return self._join_addresses(text, merged)

    def _join_addresses(self, text: str, reps: list[Replacement]) -> list[Replacement]:
        """A street address and the postcode and place right after it ("Storgata 12, 0155 Oslo") are one
        address: one marker, not "[adresse], [adresse]"."""
        out: list[Replacement] = []
        for r in reps:
            last = out[-1] if out else None
            if last is not None and last.kind == r.kind == "address" and last.source == r.source == "identifier" \
                    and _ADDRESS_GAP.fullmatch(text[last.end:r.start]):
                original = text[last.start:r.end]
                out[-1] = Replacement(last.start, r.end, original, self._marker("address", original, None),
                                      "address", "identifier")
                continue
            out.append(r)
        return out


# Between a street address and the postcode after it: a comma, a space, or both.
_ADDRESS_GAP = re.compile(r"[ \t]*,?[ \t]*")
_NUMBER_PREFIX = re.compile(r"(?<![\w-])\d{1,4}-$")


def _with_number_before(text: str, f: tuple) -> tuple:
    """A find that a number is glued to by a hyphen ("7-Eleven") takes the number too."""
    m = _NUMBER_PREFIX.search(text, max(0, f[0] - 6), f[0])
    return (m.start(), *f[1:]) if m else f


def _key(term: str) -> str:
    return " ".join(term.split()).casefold()


def _ner_finds(text: str, doc: Any) -> list[tuple[int, int, str]]:
    """The pipeline's persons, places and organisations, without what identifies nobody.

    An ordinary word at the start of a sentence is dropped from the front of an entity
    ("Under Ramadan", "Neste gang"); what is left must hold a capitalised word that is
    not an ordinary one at a sentence start, and must not be a public body or holiday.
    """
    out = []
    for ent in sentence_spans.split_ents(text, doc.ents):  # round 39n: "Tre ting. Jobb" is no name
        kind = _NER_LABELS.get(ent.label_)
        if not kind:
            continue
        words = list(_WORD.finditer(text, ent.start_char, ent.end_char))
        while words and (_ordinary(words[0].group(0)) or nynorsk.ordinary_opener(text, words[0].start(), words[0].end())) \
                and propagate.at_sentence_start(text, words[0].start()):  # round 32v: "Eg", "Ikkje" in a Nynorsk turn
            words.pop(0)
        if not words or not any(w.group(0)[:1].isupper() for w in words):
            continue
        start, end = words[0].start(), ent.end_char
        low = text[start:end].casefold().strip()
        if low in gaz.NEVER or rules.public(low) or low in gaz.GENERIC_ACRONYMS or low in rules.FILLERS:
            continue  # ... or a filler the model took for a name ("Altså, Hmm, vet ikke")
        if all(w.group(0).casefold() in gaz.NEVER or rules.public(w.group(0).casefold())
               or w.group(0).casefold() in gaz.ROLE_NOUNS for w in words if w.group(0)[:1].isupper()):
            continue  # "Statens vegvesen": its only capitalised words are public; "Programlederen": a role
        if all(rules.truncated(text, w.end()) for w in words if w.group(0)[:1].isupper()):
            continue  # "Barne-, ungdoms-": first parts of a coordinated compound
        if rules.national_body([w.group(0) for w in words]):
            continue  # "Innovasjon Norge"
        if len(words) == 1 and (rules.definite_genitive(words[0].group(0).casefold())
                                or rules.LABEL_WORD.fullmatch(words[0].group(0))):
            continue  # "Arbeidslivets": a common noun's genitive; "Saksnr": the label of a number
        if len(words) == 1 and rules.vessel_type(text, start, end):
            continue  # round 62b: "MF «Romsdalsfjord»": a vessel's type, not a firm
        if len(words) == 1 and words[0].group(0).isupper() and not rules.is_acronym(words[0].group(0)):
            continue  # a generic acronym (CV, HMS) or a word in capitals (SYNTETISK)
        if len(words) > 1 and all(w.group(0).isupper() for w in words) \
                and sum(rules.known_word(w.group(0).casefold()) for w in words) >= 2:
            continue  # a shouted sentence ("Å TINE FISKEN I KJØLESKAPET"), no name
        out.append((start, end, kind))
    return out


def _ordinary(word: str) -> bool:
    """A dictionary word that is not also a listed name or place."""
    low = word.casefold()
    return (rules.known_word(low) or rules.compound_of_known(low)) and (low in gaz.AMBIGUOUS or not (
        rules.listed(word, gaz.GIVEN_NAMES) or rules.listed(word, gaz.SURNAMES) or rules.listed(word, gaz.PLACES)))
