"""Everything that leaves the project, beyond the transcript text: the memos printed with a quote
and the codebook's own words (an in-vivo code named after a participant's employer, a definition
naming the participant) go through the output's pseudonymiser too."""

from __future__ import annotations

import csv
import json
import zipfile

import pytest

from workbench.core.models import Code, Coding, Document, Participant
from workbench.store import Project
from tests.conftest import sample_segments
from tests.pseudonymize_project import run, span

# Synthetic: the people, the employer and the phone number are invented.
BASELINE = (
    "I: Hva håper du på?\n\n"
    "Mentee: Jeg heter Sigrun Tveitane og vil ha praksis hos Brattvoll Regnskap AS i Molde. "
    "Naboen min Oddbjørn Kvalsvik jobber der.\n\n"
    "I: Noe mer?\n\n"
    "Mentee: Nei, det er alt."
)
ENDPOINT = (
    "I: Hva skjedde?\n\n"
    "Mentee: Oddbjørn Kvalsvik ringte Brattvoll Regnskap AS for meg. Nå har jeg jobb der.\n\n"
    "I: Takk.\n\n"
    "Mentee: Takk selv."
)
MEMO = "Sigrun Tveitane ringte fra 934 56 781"
LEAKS = ("Sigrun", "Tveitane", "Brattvoll", "Oddbjørn", "Kvalsvik", "Molde", "934 56 781")


@pytest.fixture
def proj(tmp_path):
    p = Project.open(tmp_path / "p.db")
    p.import_codebook([
        Code("network", "Nettverk"),
        Code("brattvoll", "Praksis hos Brattvoll Regnskap AS", label_en="Placement at Brattvoll Regnskap AS",
             definition="Når Sigrun Tveitane snakker om praksisen Oddbjørn Kvalsvik skaffet i Molde.",
             when_to_use="Ring 934 56 781 ved tvil.", examples=["Oddbjørn Kvalsvik hjalp meg."]),
    ])
    person = Participant("P01", "mentee", "master")
    ids = []
    for name, text, wave in (("P01-nullpunkt", BASELINE, "baseline"), ("P01-sluttpunkt", ENDPOINT, "endpoint")):
        p.add_document(Document(name, text, sha256=name, participant="P01", wave=wave,
                                segments=sample_segments(text)), person)
        ids.append(p.resolve_document(name))
    a = span(BASELINE, "Jeg heter Sigrun Tveitane og vil ha praksis hos Brattvoll Regnskap AS i Molde.")
    b = span(ENDPOINT, "Oddbjørn Kvalsvik ringte Brattvoll Regnskap AS for meg.")
    p.import_codings([Coding(ids[0], *a, "network", "kari", memo=MEMO),
                      Coding(ids[0], *a, "brattvoll", "ola", memo=MEMO),
                      Coding(ids[1], *b, "network", "kari", memo=MEMO),
                      Coding(ids[1], *b, "brattvoll", "kari")], actor="test")
    yield p
    p.close()


def _leaks(text: str) -> list[str]:
    return [leak for leak in LEAKS if leak in text]


def test_quotes_json_pseudonymizes_memos_and_code_labels(proj):
    assert MEMO in run(proj, "quotes", "--json")  # raw without the flag
    out = run(proj, "quotes", "--json", "--pseudonymize")
    assert not _leaks(out), _leaks(out)
    quotes = json.loads(out)
    assert {"[X] ringte fra [telefon]"} <= {m for q in quotes for m in q["memos"]}
    assert "Praksis hos [organisasjon]" in {q["code_label"] for q in quotes}


def test_compare_waves_json_pseudonymizes_memos(proj):
    assert MEMO in run(proj, "compare-waves", "--json", "--code", "network")
    out = run(proj, "compare-waves", "--json", "--code", "network", "--pseudonymize")
    assert not _leaks(out), _leaks(out)
    assert "[X] ringte fra [telefon]" in out
