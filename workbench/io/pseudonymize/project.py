"""One path for everything that leaves the project: the project's pseudonymiser, used on whole documents.

Reports, the codings table, the `--pseudonymize` views (`quotes`, `disagreements`,
`compare-waves`) and the anonymised `.qdpx` all go through `ProjectPseudonymizer`; so do
participant attributes where an output carries them (see `attributes`). It
pseudonymises each document once, whole, and cuts quotes out of the result, so a
name found anywhere in a transcript is replaced in every quote from it, and a quote
that begins with a surname still loses it. The project's term list and its markers
(`workbench pseudonyms marker`) apply everywhere alike.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import Any

from workbench.core.exchange import ProjectBundle
from workbench.core.models import Code
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.attributes import AttributePseudonymizer
from workbench.io.pseudonymize.codebook_text import CodebookText
from workbench.io.pseudonymize.pseudonymizer import (
    Pseudonymizer, Replacement, load_ner, replace_spans, slice_replaced,
)
from workbench.io.pseudonymize.speakers import fix_label_replacements, label_map


class ProjectPseudonymizer:
    """The project's pseudonymiser, with whole-document finds cached by document."""

    def __init__(self, project, pseudonymizer: Pseudonymizer, ner_name: str | None = None,
                 keep_attributes: Iterable[str] = ()):
        self.project = project
        self.pseudonymizer = pseudonymizer
        self.ner_name = ner_name
        #: participant attributes, through the same pseudonymiser; those named in `keep_attributes` stay raw
        self.attributes = AttributePseudonymizer(pseudonymizer, keep_attributes)
        self._docs: dict[Any, tuple[str, list[Replacement]]] = {}
        self._labels: dict[Any, dict[str, str]] = {}
        self._names: dict[str, str] | None = None
        #: participant ids, decided once over the project's (see `ParticipantIds`)
        self.participants = ParticipantIds(pseudonymizer, self.attributes.people)
        self._codebook: CodebookText | None = None

    @property
    def uses_ner(self) -> bool:
        return self.pseudonymizer.uses_ner

    @property
    def consistent(self) -> bool:
        return self.pseudonymizer.numbering is not None

    def document(self, ref: int | str) -> tuple[str, list[Replacement]]:
        """A document's stored text and every replacement in it (computed once); speaker labels
        are replaced as in an anonymised `.qdpx`, so a quote over two turns names them alike."""
        if ref not in self._docs:
            doc = self.project.document(ref, with_segments=False)
            found = (doc.text, fix_label_replacements(doc.text, self.pseudonymizer.find(doc.text), self.pseudonymizer))
            self._docs[ref] = self._docs[doc.id] = self._docs[doc.name] = found
            self.attributes.learn(found[1])
        return self._docs[ref]

    def speaker_label(self, ref: int | str, label: str | None) -> str | None:
        """A speaker label of a document as it reads in the pseudonymised text (`Amina` -> `X 1`).

        A label that no longer reads as one label there becomes the person marker, never itself."""
        if label is None:
            return None
        if ref not in self._labels:
            text, reps = self.document(ref)
            self._labels[ref] = label_map(text, replace_spans(text, reps), _offset_map(reps))
        new = self._labels[ref].get(label.casefold())
        if new is not None:
            return new
        return self.pseudonymizer.markers["person"].strip("[]") if self.pseudonymizer.find(label) else label

    def document_name(self, name: str | None) -> str | None:
        """A document's name as pseudonymised output gives it (see `document_names`)."""
        if name is None:
            return None
        if self._names is None:
            self._names = document_names([d["name"] for d in self.project.documents()], self.pseudonymizer)
        return self._names.get(name, name)

    def participant(self, pid: str | None) -> str | None:
        """A participant id as this output gives it (see `ParticipantIds`); ask after the
        output's texts are pseudonymised, so a name they replaced is known."""
        if pid and not self.participants.used:
            self.participants.prepare(p.id for p in self.project.participants())
        return self.participants(pid)

    def span(self, ref: int | str, start: int, end: int) -> tuple[str, list[Replacement]]:
        """The pseudonymised text of [start, end) in a document, and the replacements in it (relative)."""
        text, reps = self.document(ref)
        return slice_replaced(text, reps, start, end)

    def cut(self, ref: int | str, start: int, end: int, text: str) -> tuple[str, list[Replacement]]:
        """Like `span`, for a quote whose `text` should be document[start:end]; a text that is not
        (edited since, or built otherwise) is pseudonymised on its own."""
        whole, _reps = self.document(ref)
        if whole[start:end] == text:
            return self.span(ref, start, end)
        return self.pseudonymizer.apply(text)

    def attribute(self, name: str, value: Any) -> Any:
        """A participant attribute's value as this output gives it (see `AttributePseudonymizer`);
        call it after the documents of the output are pseudonymised, so their markers carry over."""
        return self.attributes.value(name, value)

    def text(self, value: str | None) -> str | None:
        """A free text (a memo, a search): the forms the project's transcripts replaced, then the
        pseudonymiser (see `CodebookText.passage`), so `Kvalsvik ble nevnt.` loses the surname too."""
        if not value:
            return value
        return self._codebook_text().passage(value)

    def text_found(self, value: str) -> tuple[str, int]:
        """`text`, and how many replacements it made."""
        return self._codebook_text().passage_found(value) if value else (value, 0)

    def search(self, value: str | None) -> str | None:
        """Search words as a report's filter line prints them: pseudonymised on their own, and any
        word of a name the output's texts replaced by that name's marker (a search for `Hagen`
        names the employer `Hagen Regnskap AS` as surely as the quote did)."""
        if not value:
            return value
        text = self.text(value) or value
        words = self.attributes.word_markers()
        parts = re.split(r"(\[[^\]]*\])", text)  # markers already in place stay as they are
        return "".join(part if i % 2 else re.sub(r"[^\W\d_]{2,}", lambda m: words.get(m.group().casefold(), m.group()),
                                                 part) for i, part in enumerate(parts))

    def code(self, code: Code) -> Code:
        """A code with its own words (label, English label, definition, guidance, examples) as this
        output gives them (see `CodebookText`); call it after the output's texts are pseudonymised."""
        return self._codebook_text().code(code)

    def code_path(self, path: str | None) -> str | None:
        """A code's path as this output gives it: a key made of a name (`invivo_hagen`) loses it,
        alike in every row and in the anonymised `.qdpx` (see `CodebookText.paths`)."""
        if not path:
            return path
        paths = self._codebook_text().paths(self.project.codes(include_retired=True))
        if path in paths:
            return paths[path]
        by_key = [p for p in paths if p.rsplit("/", 1)[-1] == path]  # a key as typed (`--code invivo_hagen`)
        return paths[by_key[0]].rsplit("/", 1)[-1] if len(by_key) == 1 else path

    def _codebook_text(self) -> CodebookText:
        if self._codebook is None:
            self._codebook = CodebookText(self.pseudonymizer, self.attributes, self._learn_all)
        return self._codebook

    def code_label(self, label: str | None) -> str | None:
        """A code's label (or definition) as `code` gives it; also a heading made of one (a report's title)."""
        if not label:
            return label
        return self.code(Code("_", label)).label

    def _learn_all(self) -> None:
        for d in self.project.documents():
            self.document(d["id"])


def make_project_pseudonymizer(project, spacy_model: str | None = None, use_ner: bool = True,
                               consistent: bool = False, ner: tuple[Any, str | None] | None = None,
                               keep_attributes: Iterable[str] = ()) -> ProjectPseudonymizer:
    """The project's term list and markers, the full pipeline's entities when asked and present, the rules.

    `ner` is an already loaded (pipeline, name) pair, used instead of loading one. Participant
    attributes named in `keep_attributes` or in the project's list (`pseudonyms keep-attribute`)
    stay raw."""
    nlp, name = ner if ner is not None else (load_ner(spacy_model) if use_ner else (None, None))
    markers = project.pseudonym_markers() if hasattr(project, "pseudonym_markers") else {}
    pseudonymizer = Pseudonymizer(project.pseudonym_terms(), nlp=nlp, markers=markers, consistent=consistent)
    kept = list(project.kept_attributes()) if hasattr(project, "kept_attributes") else []
    return ProjectPseudonymizer(project, pseudonymizer, name, [*kept, *keep_attributes])


def document_names(names: Iterable[str], pseudonymizer: Pseudonymizer) -> dict[str, str]:
    """Each document name as pseudonymised output gives it. A name is often the file's
    (`Amina_Farah_intervju`); where the pseudonymiser finds a person, place or organisation in
    it (underscores read as spaces), it reads as a quote would, `[X] intervju`; a code such as
    `P01-nullpunkt` stays as it is. Names that would fall together are numbered, `[X] intervju (2)`,
    so documents stay apart."""
    names = list(dict.fromkeys(names))
    out: dict[str, str] = {}
    for name in names:
        spaced, lowered_first = _first_word_lowered(name.replace("_", " "))
        new, reps = pseudonymizer.apply(spaced)
        if lowered_first and new[:1].islower():
            new = new[:1].upper() + new[1:]
        new, lowered = _lower_case_names(new, pseudonymizer)
        out[name] = " ".join(new.split()) if reps or lowered else name
    return kept_apart(out)


def _first_word_lowered(name: str) -> tuple[str, bool]:
    """`name` with its first word in lower case where that word is a dictionary noun and no listed
    name or place, and whether it was lowered. A document name is no sentence: its first capital
    marks the kind of file (`Gruppe_Sandnes_nullpunkt`, `Fokusgruppe_Bergen`), and read as a
    sentence start it would join the place after it into one name."""
    from workbench.io.pseudonymize import lexicon

    first, sep, rest = name.partition(" ")
    low = first.casefold()
    if not (sep and first[:1].isupper() and first[1:].islower() and first.isalpha()):
        return name, False
    if any(lexicon.listed(first, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES)):
        return name, False
    if not (lexicon.known_word(low) or lexicon.compound_head(low)):
        return name, False
    return low + sep + rest, True


def _lower_case_names(name: str, pseudonymizer: Pseudonymizer) -> tuple[str, bool]:
    """`name` with each lower-case word that is a listed given name or surname and no everyday
    word replaced (`amina_farah_intervju`: a file name typed in lower case, where the name rules,
    reading it as running text, leave `amina`), and whether any was. Adjacent markers fall together."""
    from workbench.io.pseudonymize import rules

    marker = pseudonymizer.markers["person"]
    changed = False

    def swap(m: re.Match[str]) -> str:
        nonlocal changed
        word = m.group(0)
        if word != word.casefold() or rules.everyday(word) or not (word in gaz.GIVEN_NAMES or word in gaz.SURNAMES):
            return word
        changed = True
        numbering = pseudonymizer.numbering
        return numbering.label("person", word) if numbering is not None else marker

    new = re.sub(r"(?<![\w\[])[^\W\d_]{2,}(?![\w\]])", swap, name)
    if changed:
        new = re.sub(r"(\[[^\]]+\])(?:[ -]+\1)+", r"\1", new)
    return new, changed


def kept_apart(out: dict[str, str], taken: Iterable[str] = ()) -> dict[str, str]:
    """`out` (old -> new, in order) with the new names that would fall together numbered,
    `[X] intervju (2)`, so what was apart stays apart; a name left as it is (or in `taken`) keeps it."""
    taken = {*taken, *(new for old, new in out.items() if new == old)}
    for name, new in out.items():
        if new == name:
            continue
        candidate, n = new, 1
        while candidate in taken:
            n += 1
            candidate = f"{new} ({n})"
        out[name] = candidate
        taken.add(candidate)
    return out


#: A participant code, kept as it is: P01, M-03, D12, G31, 017, P2a (a few letters and a number).
_CODE = re.compile(r"[^\W\d_]{0,3}[-_. ]?\d+[^\W\d_]?")
_WORDS = re.compile(r"[^\W\d_]{2,}")


class ParticipantIds:
    """Participant ids as one pseudonymised output gives them.

    Most projects use codes (`P01`, `M-03`, `mentee7`), which a reader needs and which stay.
    An id that is a name (`Amina`, `amina_farah`, `Kari N.`) leaves the project in a codings
    table's `participant` column, an anonymised `.qdpx`'s cases and speaker maps and the
    `--pseudonymize` views. It reads as a name when the pseudonymiser finds a person (or a listed
    term) in it with `_`, `-` and `.` read as spaces, when a word of it is a listed given name or
    surname (also in lower case, `amina_farah`), or when the output's texts replaced that word as
    a person. Such an id becomes `[Deltaker 1]`, `[Deltaker 2]` ... (in the order of the ids),
    or with `--consistent` the number the text gives the name (`[Person 2]`), numbered apart when
    two would fall together. Ask once the output's texts are pseudonymised, so their finds count;
    the mapping is then fixed, so an id reads alike in every row (it stays a join key)."""

    def __init__(self, pseudonymizer: Pseudonymizer, people: dict[str, str] | None = None):
        self.pseudonymizer = pseudonymizer
        self.people = people if people is not None else {}  # name words the texts replaced -> marker
        self._map: dict[str, str] = {}
        self.used: set[str] = set()  # the ids this output gave out

    def prepare(self, ids: Iterable[str | None]) -> None:
        """Settle the pseudonym of every id in `ids` not settled yet (ids in sorted order)."""
        fresh = sorted({str(i) for i in ids if i} - set(self._map))
        found = {pid: self._pseudonym(pid) for pid in fresh}
        named = {pid: new for pid, new in found.items() if new is not None}
        if self.pseudonymizer.numbering is None:
            start = sum(1 for old, new in self._map.items() if new != old)
            named = {pid: f"[Deltaker {start + n}]" for n, pid in enumerate(named, 1)}
        self._map.update({pid: pid for pid in fresh if pid not in named})
        self._map.update(kept_apart(named, taken=self._map.values()))

    def __call__(self, pid: str | None) -> str | None:
        """`pid` as this output gives it (None stays None)."""
        if pid is None or pid == "":
            return pid
        self.prepare([pid])
        self.used.add(str(pid))
        return self._map[str(pid)]

    @property
    def replaced(self) -> int:
        """How many of the ids this output gave out were replaced."""
        return sum(1 for pid in self.used if self._map[pid] != pid)

    def _pseudonym(self, pid: str) -> str | None:
        """The id's marker when it reads as a name (the text's, with numbering), else None."""
        if _CODE.fullmatch(pid.strip()):
            return None
        spaced = " ".join(re.sub(r"[_\-.]+", " ", pid).split())
        words = [w.casefold() for w in _WORDS.findall(spaced)]
        learned = next((self.people[w] for w in words if w in self.people), None)
        if learned is not None:  # the texts' own marker for the name
            return learned
        reps = [r for r in self.pseudonymizer.find(spaced) if r.kind in ("person", "term")]
        if reps and reps[0].kind == "term":  # the project's list names its replacement
            return reps[0].replacement
        if reps or any(w in gaz.GIVEN_NAMES or w in gaz.SURNAMES for w in words):
            numbering = self.pseudonymizer.numbering
            return numbering.label("person", " ".join(words)) if numbering is not None else self.pseudonymizer.markers["person"]
        return None


def pseudonymize_bundle(bundle: ProjectBundle, pseudonymizer: Pseudonymizer,
                        warnings: list[str] | None = None,
                        attributes: AttributePseudonymizer | None = None,
                        participants: ParticipantIds | None = None,
                        notes: list[str] | None = None) -> tuple[ProjectBundle, int]:
    """A copy of `bundle` with pseudonymised sources, codings moved to match, memos and
    participant attributes pseudonymised.

    A coding that starts or ends inside a replaced word is widened to the whole marker,
    so each coding covers the same words as before (replaced words aside). Speaker labels
    that are names are replaced whole and kept apart, and each document's speaker map is
    rewritten to the labels as they now read (see workbench.io.pseudonymize.speakers);
    what could not be carried over is added to `warnings`. Participant attributes go
    through `attributes` (one that keeps none by default), which learns what the sources had
    replaced first and then counts what it changed. A participant id that is a name becomes a
    pseudonym (see `ParticipantIds`; pass one to count them) in the cases, the documents and the
    speaker maps alike, so each case still holds its sources. Returns the new bundle and the number
    of replacements made in the sources.
    """
    from workbench.core.text import text_sha256
    from workbench.io.pseudonymize.speakers import relabel_speaker_map

    attributes = attributes if attributes is not None else AttributePseudonymizer(pseudonymizer)
    documents, maps, replaced, speakers = [], {}, 0, {}
    for doc in bundle.documents:
        reps = fix_label_replacements(doc.text, pseudonymizer.find(doc.text), pseudonymizer)
        attributes.learn(reps)
        replaced += len(reps)
        new_text = replace_spans(doc.text, reps)
        maps[doc.name] = _offset_map(reps)
        documents.append(dataclasses.replace(doc, text=new_text, sha256=text_sha256(new_text), segments=[]))
        if bundle.speakers.get(doc.name):
            speakers[doc.name], problems = relabel_speaker_map(doc.text, new_text, maps[doc.name],
                                                               bundle.speakers[doc.name], doc.name)
            if warnings is not None:
                warnings.extend(problems)
    codings = []
    for c in bundle.codings:
        move = maps.get(c.document)
        start, end = (move(c.start, False), move(c.end, True)) if move else (c.start, c.end)
        codings.append(dataclasses.replace(c, start=start, end=max(end, start)))
    # memos and the codebook's own words, after every source (an in-vivo code named after someone's
    # employer; a memo that says `Kvalsvik ble nevnt.`): the forms the sources replaced, then the rules
    codebook = CodebookText(pseudonymizer, attributes)
    codings = [dataclasses.replace(c, memo=codebook.passage(c.memo) if c.memo else c.memo) for c in codings]
    memos = [dataclasses.replace(m, text=codebook.passage(m.text) if m.text else m.text,
                                 title=codebook.passage(m.title) if m.title else m.title)
             for m in bundle.memos]
    description = codebook.passage(bundle.description) if bundle.description else bundle.description
    paths = codebook.paths(bundle.codes)  # a key made of a name goes too, and every path below it
    codes = [dataclasses.replace(codebook.code(c), key=paths[c.path].rsplit("/", 1)[-1],
                                 parent=paths[c.parent] if c.parent else None) for c in bundle.codes]
    codings = [dataclasses.replace(c, code=paths.get(c.code, c.code)) for c in codings]
    memos = [dataclasses.replace(m, code=paths.get(m.code, m.code)) if m.code else m for m in memos]
    renamed = sum(1 for old, new in paths.items() if old.rsplit("/", 1)[-1] != new.rsplit("/", 1)[-1])
    if notes is not None and (renamed or codebook.left_out):
        notes.append(f"codebook: {renamed} code key{'s' * (renamed != 1)} renamed and {codebook.left_out} "
                     f"keyword{'s' * (codebook.left_out != 1)} or pattern{'s' * (codebook.left_out != 1)} left out, "
                     "for holding a name (`codebook show` lists the keys as they are in the project)")
    # the project's own labels are role words (Leder, Veileder); one that reads as a name stays behind
    labels = {label: role for label, role in bundle.speaker_labels.items() if not pseudonymizer.find(label)}
    # documents named after the person (a file's name kept as the document's) are renamed everywhere
    names = document_names([d.name for d in documents], pseudonymizer)
    documents = [dataclasses.replace(d, name=names[d.name], source=None) for d in documents]
    codings = [dataclasses.replace(c, document=names.get(c.document, c.document)) for c in codings]
    memos = [dataclasses.replace(m, document=names.get(m.document, m.document)) if m.document else m for m in memos]
    speakers = {names.get(doc, doc): entries for doc, entries in speakers.items()}
    people = participants if participants is not None else ParticipantIds(pseudonymizer, attributes.people)
    people.prepare([*(p.id for p in bundle.participants), *(d.participant for d in documents),
                    *(e.participant for entries in speakers.values() for e in entries)])
    documents = [dataclasses.replace(d, participant=people(d.participant)) for d in documents]
    speakers = {doc: [dataclasses.replace(e, participant=people(e.participant)) for e in entries]
                for doc, entries in speakers.items()}
    participants_out = [dataclasses.replace(p, id=people(p.id))
                        for p in attributes.participants(bundle.participants)]
    name = codebook.name(bundle.name) if bundle.name else bundle.name  # the project file's name: `sigrun_t.db`
    return dataclasses.replace(bundle, name=name, documents=documents, codings=codings, memos=memos,
                               participants=participants_out,
                               codes=codes, description=description, speakers=speakers, speaker_labels=labels), replaced


def _offset_map(reps: list[Replacement]):
    """old position -> new position after `reps`; inside a replacement: its start, or its end for an end."""
    shifts = []  # (old start, old end, new start, new end)
    delta = 0
    for r in reps:
        new_start = r.start + delta
        new_end = new_start + len(r.replacement)
        shifts.append((r.start, r.end, new_start, new_end))
        delta += len(r.replacement) - (r.end - r.start)

    def move(position: int, is_end: bool) -> int:
        offset = 0
        for old_start, old_end, new_start, new_end in shifts:
            if position <= old_start:
                break
            if position < old_end:
                return new_end if is_end else new_start
            offset = new_end - old_end
        return position + offset

    return move

