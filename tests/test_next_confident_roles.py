"""`n` (next confident) skips the interviewer's questions by the speaker's resolved role, so an
interviewer written under a name label and mapped to the interviewer is skipped like `I:`."""

from __future__ import annotations

from workbench.core.speakers import SpeakerEntry
from workbench.nlp.service import SuggestionService
from workbench.settings import Settings
from workbench.store import Project
from tests.test_nlp_service import CODES, add_document

TEXT = ("Kari: Jeg tok norskkurs i to år, sier du, og besto bergenstesten i vår?\n\n"
        "Mentee: Ja. Det var fint.\n\n"
        "Kari: Og søknaden, skrev dere CV-en sammen?\n\n"
        "Mentee: Jeg tok norskkurs i to år og besto bergenstesten i vår.")


def test_a_name_label_mapped_to_the_interviewer_is_skipped(tmp_path):
    path = tmp_path / "roles.db"
    project = Project.open(path)
    project.import_codebook(CODES)
    doc = add_document(project, "R1", TEXT)
    service = SuggestionService(project, Settings(db=path), background=False)
    service.load()
    kari_turns = [(s.start, s.end) for s in project.segments(doc) if s.speaker == "Kari"]
    assert service.next_confident(doc, 0, threshold=0.2) in kari_turns  # unmapped, Kari is a respondent

    project.set_speakers("R1", [SpeakerEntry("Kari", "interviewer")])
    found = service.next_confident(doc, 0, threshold=0.2)
    assert found is not None
    assert found not in kari_turns
    assert project.document(doc).text[found[0]:found[1]].startswith("Jeg tok norskkurs")
