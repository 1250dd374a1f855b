"""The codebook: pure tree functions, the YAML format and its errors, and mentoring.yaml."""

from __future__ import annotations

import colorsys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.codebook import (
    AmbiguousCode, DEFAULT_NAMESPACE, assign_colours, children, code_guid, find_code,
    palette_colour, relative_luminance, top_level, validate_codes,
)
from workbench.core.errors import InputError, NotFound
from workbench.core.models import Code
from workbench.io.codebooks.yaml_format import (
    dump_codebook, load_codebook, load_codebook_text, parse_codebook, save_codebook,
)

REPO = Path(__file__).resolve().parents[1]
MENTORING = REPO / "codebooks" / "mentoring.yaml"

MINIMAL = """\
codes:
  - key: network
    label: Nettverk            # a string, or {nb: Nettverk, en: Network}
    children:
      - key: weak_ties
        label: Svake bånd
"""


def tree() -> list[Code]:
    return [
        Code("competence", "Kompetanse", order=0),
        Code("formal", "Formell", parent="competence", order=0),
        Code("language", "Språk", parent="competence", order=1),
        Code("network", "Nettverk", order=1),
        Code("language", "Språk i nettverk", parent="network", order=0),
    ]


# ---------------------------------------------------------------- core functions

def test_tree_functions():
    codes = tree()
    validate_codes(codes)
    assert [c.key for c in top_level(codes)] == ["competence", "network"]
    assert [c.path for c in children(codes, "competence")] == ["competence/formal", "competence/language"]
    assert find_code(codes, "competence/language").parent == "competence"
    assert find_code(codes, "formal").path == "competence/formal"
    assert find_code(codes, "/network/").key == "network"
    with pytest.raises(AmbiguousCode) as err:
        find_code(codes, "language")
    assert err.value.candidates == ["competence/language", "network/language"]
    with pytest.raises(NotFound):
        find_code(codes, "trust")


@pytest.mark.parametrize("codes, field", [
    ([Code("a", "A"), Code("a", "A2")], "a"),
    ([Code("b", "B", parent="a")], "a/b"),
    ([Code("Bad", "B")], "Bad"),
    ([Code("-x", "B")], "-x"),
])
def test_validate_codes_errors(codes, field):
    with pytest.raises(InputError) as err:
        validate_codes(codes, "cb.yaml")
    assert err.value.field == field


def test_code_guid_is_stable_uuid5():
    a = code_guid("network/weak_ties")
    assert a == code_guid("network/weak_ties", DEFAULT_NAMESPACE) == code_guid("network/weak_ties")
    assert a != code_guid("network")
    assert code_guid("network", "project-x") == code_guid("network", "project-x")
    assert code_guid("network", "project-x") != code_guid("network", "project-y")
    assert a[14] == "5"  # version nibble of a uuid5


def _hue(colour: str) -> float:
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(r, g, b)[0]


def test_palette_distinct_readable_and_inherited():
    codes = load_codebook(MENTORING)
    coloured = assign_colours(codes)
    tops = top_level(coloured)
    assert len({c.colour for c in tops}) == len(tops)
    for code in coloured:
        assert code.colour and len(code.colour) == 7
        lum = relative_luminance(code.colour)
        assert (1.05 / (lum + 0.05)) >= 3.0, code.path  # against white
        assert ((lum + 0.05) / 0.05) >= 3.0, code.path  # against black
        top = next(t for t in tops if t.key == code.path.split("/")[0])
        assert abs(_hue(code.colour) - _hue(top.colour)) < 0.02, code.path
    assert len({palette_colour(i) for i in range(40)}) == 40
    explicit = assign_colours([Code("a", "A", colour="#123456"), Code("b", "B", parent="a")])
    assert explicit[0].colour == "#123456" and abs(_hue(explicit[1].colour) - _hue("#123456")) < 0.02


# ---------------------------------------------------------------- YAML format

def test_minimal_file_loads(tmp_path):
    path = tmp_path / "cb.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    codes = load_codebook(path)
    assert [c.path for c in codes] == ["network", "network/weak_ties"]
    assert codes[1].label == "Svake bånd" and codes[1].parent == "network"
    assert codes[0].label_en is None


def test_label_forms_and_text_scalars():
    codes = load_codebook_text("""
codes:
  - key: a
    label: {nb: Nettverk, en: Network}
    keywords: [no, 2020, B2, yes]
    patterns:
      - [{lemma: åpne}, {LOWER: {IN: [om, no]}}, {OP: "?"}, {LENGTH: 3}]
    color: "#ABC"
  - key: b
    label: Tillit
    label_en: Trust
    exclusive: yes
""")
    assert (codes[0].label, codes[0].label_en) == ("Nettverk", "Network")
    assert codes[0].keywords == ["no", "2020", "B2", "yes"]
    assert codes[0].patterns == [[{"LEMMA": "åpne"}, {"LOWER": {"IN": ["om", "no"]}},
                                  {"OP": "?"}, {"LENGTH": 3}]]
    assert codes[0].colour == "#aabbcc"
    assert (codes[1].label_en, codes[1].exclusive, codes[1].order) == ("Trust", True, 1)


MISSING_KEY_AT_12 = """\
name: test
codes:
  - key: a
    label: A
    children:
      - key: a1
        label: A1
      # a comment line
      - key: a2
        label: A2

      - label: A3
        definition: no key here
"""


@pytest.mark.parametrize("text, line, field, reason", [
    (MISSING_KEY_AT_12, 12, "codes[0].children[2].key", "missing required field"),
    ("codes:\n  - key: a\n    label: A\n  - key: b\n    label: B\n  - key: c\n    lable: C\n",
     7, "codes[2].lable", "did you mean 'label'"),
    ("codes:\n  - key: a\n    label: [A]\n", 3, "codes[0].label", "expected text"),
    ("codes:\n  - key: a\n    label: A\n    keywords: nettverk\n", 4, "codes[0].keywords",
     "expected a list of strings"),
    ("codes:\n  - key: a\n    label: A\n    exclusive: maybe\n", 4, "codes[0].exclusive",
     "expected true or false"),
    ("codes:\n  - key: a\n    label: A\n    patterns: [[lemma]]\n", 4, "codes[0].patterns[0][0]",
     "token mapping"),
    ("codes:\n  - key: a\n    label: A\n    patterns: [{LEMMA: x}]\n", 4, "codes[0].patterns[0]",
     "token pattern"),
    ("codes:\n  - key: a\n    label: A\n    patterns: [[{LEMA: x}]]\n", 4,
     "codes[0].patterns[0][0].LEMA", "did you mean 'LEMMA'"),
    ("codes:\n  - key: a\n    label: A\n    colour: red\n", 4, "codes[0].colour", "expected a colour"),
    ("codes:\n  - key: a\n    label: A\n    guid: 1234\n", 4, "codes[0].guid", "expected a GUID"),
    ("codes:\n  - key: Network\n    label: A\n", 2, "codes[0].key", "invalid key"),
    ("codes:\n  - key: a\n", 2, "codes[0].label", "missing required field"),
    ("codes:\n  - key: a\n    label: {nb: A, fr: B}\n", 3, "codes[0].label.fr", "unknown field"),
    ("codes:\n  - key: a\n    label: A\n    label: B\n", 4, "codes[0].label", "given twice"),
    ("codes: 3\n", 1, "codes", "expected a list of codes"),
    ("name: x\n", 1, "codes", "missing required field"),
    ("nmae: x\ncodes: []\n", 1, "nmae", "did you mean 'name'"),
    ("- a\n- b\n", 1, None, "expected a mapping"),
])
def test_validation_errors_name_line_and_field(text, line, field, reason):
    with pytest.raises(InputError) as err:
        load_codebook_text(text, "cb.yaml")
    e = err.value
    assert (e.source, e.line, e.field) == ("cb.yaml", line, field)
    assert reason in e.reason
    assert str(e).startswith(f"cb.yaml:{line}")


def test_duplicate_path_names_both_lines():
    text = "codes:\n  - key: a\n    label: A\n  - key: b\n    label: B\n  - key: a\n    label: A2\n"
    with pytest.raises(InputError) as err:
        load_codebook_text(text, "cb.yaml")
    assert err.value.line == 6 and err.value.field == "codes[2].key"
    assert "line 2" in err.value.reason


@pytest.mark.parametrize("text, line", [
    ("codes:\n  - key: a\n    label: [A\n", 4),
    ("codes:\n  - key: a\n   label: A\n", 3),
    ("codes:\n\t- key: a\n", 2),
    ("x: \x00\n", 1),
])
def test_yaml_syntax_errors_give_line(text, line):
    with pytest.raises(InputError) as err:
        load_codebook_text(text, "cb.yaml")
    assert err.value.line == line


@pytest.mark.parametrize("text", ["", "   \n", "# only a comment\n", "---\n"])
def test_empty_file_is_an_input_error(text, tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_codebook(path)
    assert err.value.source == str(path)


def test_unreadable_files(tmp_path):
    with pytest.raises(InputError):
        load_codebook(tmp_path / "missing.yaml")
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes(b"codes:\n  - key: a\n    label: N\xe6tt\n")
    with pytest.raises(InputError) as err:
        load_codebook(bad)
    assert err.value.line == 3


def test_aliases_cannot_loop_or_explode():
    loop = "codes: &c\n  - key: a\n    label: A\n    children: *c\n"
    with pytest.raises(InputError):
        load_codebook_text(loop)
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [*a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}]" for i in range(1, 9)]
    bomb = "\n".join(levels) + "\ncodes:\n  - key: a\n    label: A\n    patterns: [[{LOWER: {IN: *a8}}]]\n"
    with pytest.raises(InputError):
        load_codebook_text(bomb)


# ---------------------------------------------------------------- round trip

def test_round_trip_mentoring(tmp_path):
    meta, codes = parse_codebook(MENTORING.read_text(encoding="utf-8"), str(MENTORING))
    text = dump_codebook(codes, meta)
    meta2, codes2 = parse_codebook(text)
    # the examples file is not named in a written codebook: its passages go into the codes
    assert codes2 == codes and meta2 == {k: v for k, v in meta.items() if k != "examples_file"}
    path = tmp_path / "out.yaml"
    save_codebook(codes, path, meta)
    assert load_codebook(path) == codes
    loaded = load_codebook(MENTORING)  # with the examples file's passages as seed_examples
    assert sum(len(c.seed_examples) for c in loaded) > 100
    save_codebook(loaded, path, meta)
    assert load_codebook(path) == loaded


def test_round_trip_all_fields():
    codes = [
        Code("a", "Å", label_en="A", definition="Linje 1.\n\nLinje 2.", when_to_use="når",
             when_not_to_use="ikke", examples=["«Ja», sa hun."], keywords=["no", "on", "1"],
             patterns=[[{"LOWER": {"IN": ["no", "yes"]}}, {"OP": "?"}]], colour="#112233",
             exclusive=True, guid="0b6d3c1e-1111-4a4a-8b8b-123456789abc"),
        Code("b", "B: kolon", parent="a", retired=True),
        Code("c", "#hash", parent="a", order=1),
    ]
    assert load_codebook_text(dump_codebook(codes)) == codes


# ---------------------------------------------------------------- mentoring.yaml

def test_mentoring_codebook_shape():
    codes = load_codebook(MENTORING)
    assert [c.key for c in top_level(codes)] == [
        "competence", "signalling", "assessment", "trust", "network", "programme"]
    assert [c.key for c in children(codes, "programme")] == [
        "recruitment", "matching", "role_training", "group_sessions", "goal_attainment", "right_shelf"]
    assert {"formal", "competence_gap", "upskilling", "informal", "language"} <= {
        c.key for c in children(codes, "competence")}
    for code in codes:
        assert code.label and code.label_en and code.definition, code.path
        assert code.when_to_use and code.when_not_to_use, code.path
        assert 1 <= len(code.examples) <= 2, code.path
        assert code.keywords, code.path
    for top in top_level(codes):
        words = [k for c in codes if c.path == top.path or c.path.startswith(top.path + "/")
                 for k in c.keywords]
        assert len(words) >= 20, top.key
        assert len(words) == len({w.lower() for w in words}), top.key


def test_mentoring_keywords_avoid_words_that_fire_everywhere():
    words = {k.lower() for c in load_codebook(MENTORING) for k in c.keywords}
    assert not words & {"jobb", "arbeid", "mentor", "mentee", "norsk", "program", "programmet"}


def test_mentoring_patterns_are_valid_spacy_patterns():
    spacy = pytest.importorskip("spacy")
    from spacy.matcher import Matcher

    nlp = spacy.blank("nb")
    matcher = Matcher(nlp.vocab, validate=True)
    codes = load_codebook(MENTORING)
    for code in codes:
        if code.patterns:
            matcher.add(code.path, code.patterns)
    assert sum(len(c.patterns) for c in codes) >= 10
    simplemma = pytest.importorskip("simplemma")
    doc = nlp("Hun kunne åpne dører for meg, og jeg stoler på henne.")
    for token in doc:  # LEMMA patterns need lemmas; the offline path takes simplemma's
        token.lemma_ = simplemma.lemmatize(token.lower_, lang="nb")
    found = {nlp.vocab.strings[m] for m, _s, _e in matcher(doc)}
    assert {"trust", "network/mentor_network"} <= found


# ---------------------------------------------------------------- never a traceback

@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_only_raises_input_error(text):
    try:
        load_codebook_text(text, "fuzz.yaml")
    except InputError:
        pass


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8)
    | st.sampled_from(["key", "label", "children", "codes", "patterns", "nb", "en", "LEMMA"]),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["key", "label", "children", "codes", "patterns",
                                       "keywords", "exclusive", "colour", "nb", "en", "x"])
                      | st.text(max_size=5), inner, max_size=5),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(yaml_values)
def test_arbitrary_yaml_structures_only_raise_input_error(value):
    try:
        codes = load_codebook_text(yaml.safe_dump(value, allow_unicode=True), "fuzz.yaml")
    except InputError:
        return
    validate_codes(codes)
