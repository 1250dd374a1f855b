"""How a `.qdpx` file's variables become document fields, speaker maps and participants.

A part of workbench.io.refi.qdpx_import, kept apart because it is the one place that
reads REFI-QDA variables: a source's variables give a document its wave, mode, date and
speaker map; a case's variables give a participant a role, programme and free attributes,
and its `SourceRef`s and `SelectionRef`s say which documents belong to it. Variable names
are read in English or Norwegian (`_ALIASES`).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from workbench.core.errors import InputError
from workbench.core.exchange import normalise_guid
from workbench.core.models import Document, Participant
from workbench.core.speakers import SPEAKER_ROLES, decode_speaker_map, role_from_text
from workbench.io.refi.qdpx_notes import _kids, _local
from workbench.io.transcripts.load import validate_metadata


_ALIASES = {  # variable name (lower case) -> workbench field
    "role": "role", "rolle": "role",
    "programme": "program", "program": "program", "programmet": "program", "mentorprogram": "program",
    "wave": "wave", "bølge": "wave", "runde": "wave", "intervjurunde": "wave",
    "mode": "mode", "intervjuform": "mode",
    "date": "date", "dato": "date", "intervjudato": "date",
    "speakers": "speakers", "talere": "speakers", "talerkart": "speakers",
}
_VALUE_TAGS = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")


class VariablesMixin:
    """Variable and case handling for the `.qdpx` reader; expects the reader's attributes."""

    # -- variables ---------------------------------------------------------------

    def _source_variable(self, value: ET.Element, doc: Document) -> None:
        name, text = self._variable_value(value)
        field = _ALIASES.get(name.lower())
        if field in ("wave", "mode", "date") and text:
            checked = self._checked(field, text, doc.name)
            if checked:
                setattr(doc, field, checked)
        elif field == "speakers" and text:
            self._speaker_map(value, doc, text)
        elif text:
            self.warnings.append(f"source '{doc.name}': variable '{name}' = '{text}' not brought in "
                                 "(documents hold only wave, mode, date and speakers)")

    def _speaker_map(self, value: ET.Element, doc: Document, text: str) -> None:
        """A source's `speakers` variable: its sound entries for labels in the text; a warning for each other."""
        where = f"{self._where(value)}: source '{doc.name}': speakers '{text}'"
        entries, problems = decode_speaker_map(text, where)
        self.warnings.extend(problems)
        labels = {s.speaker.casefold() for s in doc.segments if s.speaker}
        for entry in entries:
            if entry.label.casefold() not in labels:
                self.warnings.append(f"{where}: speaker label '{entry.label}' does not occur in the text; left out")
                continue
            self.bundle.speakers.setdefault(doc.name, []).append(entry)

    def _speaker_labels(self, labels: object) -> None:
        """The project's own speaker labels, from the workbench's processing instruction."""
        if not isinstance(labels, dict):
            return
        for label, role in labels.items():
            checked = role_from_text(role) if isinstance(role, str) else None
            if isinstance(label, str) and label.strip() and checked:
                self.bundle.speaker_labels[" ".join(label.split())] = checked
            else:
                self.warnings.append(f"{self.qde_name}: project speaker label '{label}' = '{role}' left out "
                                     f"(roles: {', '.join(SPEAKER_ROLES)})")

    def _speaker_participants(self) -> None:
        """Warn about participants that speaker maps name but no case of the file is (they are created)."""
        cases = {p.id for p in self.bundle.participants}
        for name, entries in self.bundle.speakers.items():
            for e in entries:
                if e.participant and e.participant not in cases:
                    self.warnings.append(f"source '{name}': speaker '{e.label}' names participant "
                                         f"'{e.participant}', who is no case in the file; created if new")

    def _variable_value(self, value: ET.Element) -> tuple[str, str | None]:
        ref = next(iter(_kids(value, "VariableRef")), None)
        name = self.variables.get(normalise_guid(ref.get("targetGUID")) if ref is not None else None) or "?"
        el = next((x for x in value if _local(x.tag) in _VALUE_TAGS), None)
        text = (el.text or "").strip() if el is not None else ""
        return name, text or None

    def _checked(self, field: str, value: str, where: str) -> str | None:
        if field == "date" and re.match(r"\d{4}-\d{2}-\d{2}T", value):
            value = value[:10]  # a DateTimeValue
        try:
            return validate_metadata({field: value}, where).get(field)
        except InputError as exc:
            self.warnings.append(f"'{where}': {exc.reason}; left empty")
            return None

    # -- cases -------------------------------------------------------------------

    def _cases(self, cases: ET.Element | None) -> None:
        participants: dict[str, Participant] = {}
        owner: dict[str, str] = {}
        for case in _kids(cases, "Case"):
            pid = (case.get("name") or "").strip() or f"case-{(normalise_guid(case.get('guid')) or '?')[:8]}"
            p = participants.setdefault(pid, Participant(pid))
            wave = None
            for value in _kids(case, "VariableValue"):
                name, text = self._variable_value(value)
                field = _ALIASES.get(name.lower())
                if not text:
                    continue
                if field == "role":
                    p.role = self._checked("role", text, f"case {pid}") or p.role
                elif field == "program":
                    p.program = text
                elif field == "wave":
                    wave = self._checked("wave", text, f"case {pid}")
                else:
                    p.attributes[name] = text
            if _kids(case, "CodeRef"):
                self.warnings.append(f"case '{pid}': codes on the case itself not brought in")
            refs = [normalise_guid(r.get("targetGUID")) for r in _kids(case, "SourceRef")]
            selections = [normalise_guid(r.get("targetGUID")) for r in _kids(case, "SelectionRef")]
            if selections:
                self.warnings.append(f"case '{pid}' holds parts of sources; the whole sources are given to it")
            refs += [self.source_of_selection.get(s) for s in selections]
            for doc_name in dict.fromkeys(self.doc_by_source[g] for g in refs if g in self.doc_by_source):
                if doc_name in owner and owner[doc_name] != pid:
                    self.warnings.append(f"document '{doc_name}' belongs to cases '{owner[doc_name]}' and "
                                         f"'{pid}'; kept with '{owner[doc_name]}'")
                    continue
                owner[doc_name] = pid
                doc = next(d for d in self.bundle.documents if d.name == doc_name)
                doc.participant = pid
                doc.wave = doc.wave or wave
        self.bundle.participants = list(participants.values())
