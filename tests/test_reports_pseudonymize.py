"""Pseudonymisation: the rules, the project's term list, and the demo corpus (no name survives)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.core.errors import InputError
from workbench.core.models import Coding
from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer, read_pseudonym_csv, unreplaced_capitals

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "corpora" / "demo"
FULL_MODEL = next((p / "shared" / "models" / "nb_udnorne_sm" for p in REPO.parents
                   if (p / "shared" / "models" / "nb_udnorne_sm").is_dir()), REPO / "no-full-model")


def clean(text: str, terms=(), nlp=None) -> str:
    return Pseudonymizer(terms, nlp=nlp).apply(text)[0]


@pytest.mark.parametrize("text, expected", [
    ("Mentoren min Kari ringte en venn.", "Mentoren min [X] ringte en venn."),
    ("Mentoren hennes, Gunnhild Nordmann-Li, var flink.", "Mentoren hennes, [X], var flink."),
    ("Hun heter Zewdinesh og jobber i Vågsbygd.", "Hun heter [X] og jobber i […]."),
    ("Vi møttes med Per Olsen i Tromsø.", "Vi møttes med [X] i […]."),
    ("Det var Karis idé.", "Det var [X] idé."),
    ("AH: Ja, det stemmer.\nI: Takk.", "[X]: Ja, det stemmer.\nI: Takk."),
    ("Khaled, har du fått jobb?", "[X], har du fått jobb?"),
    ("Tomasz var sjefen.", "[X] var sjefen."),
])
def test_rules_find_people_and_places(text, expected):
    assert clean(text) == expected


@pytest.mark.parametrize("text", [
    "Per time tjener jeg mer nå.",
    "Jo, det var bra. Even om det var vanskelig.",
    "Jeg bor i Norge og bruker NAV, CV-en og LinkedIn.",
    "Kanskje det går bra. Språket er vanskelig.",
])
def test_rules_leave_ordinary_words(text):
    assert clean(text) == text


def test_term_list_matches_any_case_genitive_and_compounds_but_ordinary_words_only_capitalised():
    terms = [("Syria", "[hjemlandet]"), ("Mentorløftet", "[mentorprogrammet]"), ("veiviser", "[mentorprogrammet]")]
    text = ("Jeg kom fra Syria til Mentorløftet. Syrias kultur. Veiviser og VEIVISER. mentorløftet. "
            "Syria-reisen. En veiviser hjelper.")
    assert clean(text, terms) == ("Jeg kom fra [hjemlandet] til [mentorprogrammet]. [hjemlandet] kultur. "
                                  "[mentorprogrammet] og [mentorprogrammet]. [mentorprogrammet]. "
                                  "[hjemlandet]-reisen. En veiviser hjelper.")


def test_replacements_say_where_and_why():
    text, reps = Pseudonymizer([("Syria", "[hjemlandet]")]).apply("Fra Syria, sa Kari.")
    assert text == "Fra [hjemlandet], sa [X]."
    assert [(r.start, r.end, r.original, r.kind, r.source) for r in reps] == [
        (4, 9, "Syria", "term", "list"), (14, 18, "Kari", "person", "rule:name")]
    assert unreplaced_capitals("Han jobber i Equinor med Kari.", reps[1:]) == ["Equinor", "Kari"]


def test_read_pseudonym_csv(tmp_path):
    good = tmp_path / "p.csv"
    good.write_text("term,replacement\nSomalia,[hjemlandet]\n# comment,x\n\nGründerbro ,[mentorprogrammet]\n",
                    encoding="utf-8")
    assert read_pseudonym_csv(good) == [("Somalia", "[hjemlandet]"), ("Gründerbro", "[mentorprogrammet]")]
    bad = tmp_path / "bad.csv"
    bad.write_text("term,replacement\nSomalia\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.csv:2"):
        read_pseudonym_csv(bad)
    (tmp_path / "nohead.csv").write_text("Somalia,[x]\n", encoding="utf-8")
    with pytest.raises(InputError, match="header"):
        read_pseudonym_csv(tmp_path / "nohead.csv")


def test_term_list_is_stored_and_audited(project):
    result = project.save_pseudonym_terms([("Syria", "[hjemlandet]"), ("Oslo", "[…]")], "kari")
    assert result == {"added": 2, "updated": 0, "total": 2}
    assert project.save_pseudonym_terms([("syria", "[landet]")], "kari")["updated"] == 1
    assert project.pseudonym_terms() == [("syria", "[landet]"), ("Oslo", "[…]")]
    assert project.audit_log(1)[0]["action"] == "pseudonyms.import"
    assert project.remove_pseudonym_term("OSLO", "kari") and not project.remove_pseudonym_term("Oslo", "kari")
    project.save_pseudonym_terms([("Bergen", "[…]")], "kari", replace=True)
    assert project.pseudonym_terms() == [("Bergen", "[…]")]


# -- the demo corpus ------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo project with every transcript segment coded, so 'all quotes' is all of the text."""
    if not (DEMO / "manifest.csv").is_file() or not (DEMO / "NAMES.txt").is_file():
        pytest.skip("demo corpus not present")
    from workbench.io.demo import build_demo
    from workbench.store import Project

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    project = Project.open(path)
    build_demo(project, coder="demo")
    codings = [Coding(d["id"], s.start, s.end, "competence", "alle")
               for d in project.documents() for s in project.segments(d["id"])]
    project.import_codings(codings, actor="test")
    yield project
    project.close()


def demo_names() -> list[str]:
    return [n.strip() for n in (DEMO / "NAMES.txt").read_text(encoding="utf-8").splitlines() if n.strip()]


def survivors(text: str) -> list[str]:
    return [n for n in demo_names() if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)]


def test_no_demo_name_survives_a_report_of_all_quotes(demo, tmp_path):
    """Only the list's home countries, programmes and employers: names must be found by NER and rules."""
    full_list = demo.pseudonym_terms()
    assert full_list, "build_demo loads corpora/demo/pseudonyms.csv"
    demo.save_pseudonym_terms([(t, r) for t, r in full_list if r not in ("[X]", "[…]")], "test", replace=True)
    try:
        out = CliRunner().invoke(main, ["--db", str(demo.path), "--spacy-model", "blank:none", "export", "report",
                                        "--out", "alle.md", "--dir", str(tmp_path), "--code", "competence",
                                        "--no-chart"])
        assert out.exit_code == 0, out.output
        text = (tmp_path / "alle.md").read_text(encoding="utf-8")
    finally:
        demo.save_pseudonym_terms(full_list, "test", replace=True)
    assert survivors(text) == []
    assert "[hjemlandet]" in text and "[mentorprogrammet]" in text and "[X]" in text and "[…]" in text


@pytest.mark.full_model
def test_no_demo_name_survives_with_the_full_pipeline(demo):
    if not FULL_MODEL.is_dir():
        pytest.skip("full Norwegian pipeline not present")
    from workbench.analysis.quotes import QuoteFilter
    from workbench.io.reports.build import make_pseudonymizer
    from workbench.io.reports.model import ReportOptions, build_report

    pseudonymizer, name = make_pseudonymizer(demo, str(FULL_MODEL))
    pseudonymizer.pseudonymizer = Pseudonymizer((), nlp=pseudonymizer.pseudonymizer.nlp)  # NER and rules alone
    assert name and "full" in name
    flt = QuoteFilter(participants=["P05", "G01"])
    report = build_report(demo, flt, ReportOptions(chart=False), pseudonymizer, name)
    text = "\n".join(q.text for s in report.sections for q in s.quotes)
    assert len(text) > 5_000
    assert survivors(text) == []
