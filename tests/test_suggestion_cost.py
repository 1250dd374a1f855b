"""What keeps training cheap on a large project: stored rule evidence, lean fitting, indexes.

Synthetic data (the topic sentences of test_nlp_service). No timings here: the cost
figures come from benchmarks/suggest_cost_bench.py; these tests check that each shortcut
gives the same result as the long way and is invalidated when it should be.
"""

from __future__ import annotations

import numpy as np
import pytest

from tests.test_nlp_service import CODES, add_document, code_topics, transcript
from workbench.core.models import Code
from workbench.nlp.service import SuggestionService
from workbench.settings import Settings
from workbench.store import Project


@pytest.fixture
def study(tmp_path):
    """Three coded documents and one uncoded, analysed and with evidence prepared."""
    path = tmp_path / "study.db"
    project = Project.open(path)
    project.import_codebook([*CODES, Code("trust", "Tillit", keywords=["tillit"])])
    ids = [add_document(project, f"D{i}", transcript(5, offset=i)) for i in range(4)]
    for doc_id in ids[:3]:
        code_topics(project, doc_id)
    for seg in project.segments(ids[0])[1:9:2]:  # a code too rare for its regression to be trusted
        project.add_coding(ids[0], seg.start, seg.end, "trust", "kari")
    service = SuggestionService(project, Settings(db=path), background=False)
    service.load()
    service.prepare_all()
    yield project, service, ids
    project.close()


def fresh_service(project) -> SuggestionService:
    service = SuggestionService(project, Settings(db=project.path), background=False)
    service.load()
    return service


def test_evidence_encoding_round_trips():
    from workbench.nlp.training import decode_evidence, encode_evidence

    stored = {(0, 12): (({"network/weak_ties": 1.25, "network": 0.1}, {"network": 1.5, "trust": 3.0000001}),
                        ["nabo", "visste_om"]),
              (12, 30): (({}, {}), []),
              (30, 41): (({"competence/language": 2.0}, {}), ["norskkurs"])}
    data = encode_evidence(stored)
    assert decode_evidence(data) == stored  # values exactly, code and branch keys apart
    assert decode_evidence(data, {(12, 30)}) == {(12, 30): stored[(12, 30)]}
    assert decode_evidence(encode_evidence({})) == {}


def test_prepared_evidence_means_training_never_runs_the_rules_or_analyses(study):
    project, service, ids = study
    assert service.rule_cache.prepared_documents() == set(ids)
    fresh = fresh_service(project)
    fresh.rules.evidence = lambda *a, **k: pytest.fail("rules ran although the evidence was stored")
    fresh.analyses.get = lambda doc_id: pytest.fail(f"document {doc_id} analysed again for training")
    from workbench.nlp.trainer import training_examples

    examples, _paths = training_examples(project, fresh.analyses, fresh.rule_cache)
    recomputed, _ = training_examples(project, service.analyses, type(service.rule_cache)(service.rules))
    key = lambda e: (e.document, e.start, e.end)  # noqa: E731
    assert sorted(map(key, examples)) == sorted(map(key, recomputed))
    by_key = {key(e): e for e in recomputed}
    for e in examples:
        other = by_key[key(e)]
        assert (e.code_raw, e.group_raw, e.terms, e.labels, e.snippet) == \
            (other.code_raw, other.group_raw, other.terms, other.labels, other.snippet)


def test_evidence_is_recomputed_when_codebook_rules_pipeline_or_text_change(study, monkeypatch):
    project, service, ids = study
    assert fresh_service(project).rule_cache.prepared_documents() == set(ids)

    import workbench.nlp.rules as rules

    monkeypatch.setattr(rules, "RULES_VERSION", rules.RULES_VERSION + "-changed")
    assert fresh_service(project).rule_cache.prepared_documents() == set()
    monkeypatch.undo()

    from workbench.nlp.rule_store import RuleStore

    other_pipeline = RuleStore(project, service._lock, "nb_core_news_sm/3.8", service._fingerprint)
    assert other_pipeline.complete_documents() == set()

    project.db.execute("UPDATE documents SET sha256 = 'edited' WHERE id = ?", [ids[0]])
    assert fresh_service(project).rule_cache.prepared_documents() == set(ids[1:])

    project.import_codebook([Code("trust", "Tillit", keywords=["tillit", "stole på"])])
    edited = fresh_service(project)
    assert edited._fingerprint != service._fingerprint
    assert edited.rule_cache.prepared_documents() == set()
    edited.prepare_evidence()
    assert edited.rule_cache.prepared_documents() == set(ids)


def test_lean_fitting_skips_only_regressions_nobody_uses(study):
    from workbench.nlp.learned import RULES, LearnedModel
    from workbench.nlp.trainer import training_examples

    project, service, _ids = study
    examples, paths = training_examples(project, service.analyses, service.rule_cache)
    full = LearnedModel.fit(examples, paths)
    lean = LearnedModel.fit(examples, paths, lean=True)
    assert lean.modes == full.modes and lean.modelled == full.modelled
    assert lean.stats.get("choice") == full.stats.get("choice")
    used = [p for p in full.modelled if full.modes[p] != RULES]
    assert used and set(used) != set(full.modelled)  # both kinds are there
    for p in full.modelled:
        if p in used:
            assert np.allclose(lean.coef[lean.row[p]], full.coef[full.row[p]])
        else:
            assert not lean.coef[lean.row[p]].any()
    # so every score is the same
    from workbench.nlp.evaluate import predict_examples

    assert np.allclose(predict_examples(full, examples, paths), predict_examples(lean, examples, paths))


def test_grouped_training_rows_give_the_same_examples(study):
    from workbench.nlp.training import build_examples

    project, service, _ids = study
    paths = {c.path for c in project.codes()}
    grouped = build_examples(project.suggester_training_rows(grouped=True), service.analyses.get,
                             service.rule_cache, paths, sample=(1, 10))
    plain = build_examples(project.suggester_training_rows(), service.analyses.get,
                           service.rule_cache, paths, sample=(1, 10))
    assert [(e.document, e.start, e.end, e.labels, e.weight) for e in grouped] == \
        [(e.document, e.start, e.end, e.labels, e.weight) for e in plain]


def test_label_sets_are_shared_between_segments_and_equal_to_unshared_ones():
    from workbench.nlp.training import _labels

    segments = [(0, 10), (10, 20), (20, 30), (30, 40)]
    marks = [(0, 10, "a/x", "coded", "kari"), (10, 20, "a/x", "coded", "kari"), (20, 30, "a/x", "coded", "ola"),
             (30, 40, "b", "rejected", "")]
    plain = _labels(segments, marks, {"a", "a/x", "b"})
    shared: dict = {}
    both = _labels(segments, marks, {"a", "a/x", "b"}, shared)
    assert both == plain and both[0][0] == {"a", "a/x"} and both[1] == {3: {"b"}} and both[2][2] == {"ola"}
    assert both[0][0] is both[0][1] is both[0][2]  # one object for the three equal label sets
    again = _labels(segments, marks, {"a", "a/x", "b"}, shared)
    assert again[0][0] is both[0][0]  # and across documents


def test_a_small_page_cache_is_only_for_the_bulk_read(study):
    project, _service, _ids = study
    before = project.db.execute("PRAGMA cache_size").fetchone()[0]
    with project.small_page_cache(1024):
        assert project.db.execute("PRAGMA cache_size").fetchone()[0] == -1024
    assert project.db.execute("PRAGMA cache_size").fetchone()[0] == before


TEXTS = [
    "Mentoren min kjente mange i bransjen og tok meg med på et møte.",
    "Da kjente mentoren en leder som trengte folk, og jeg fikk lov til å søke.",
    "Jeg skrev søknaden og CV-en på nytt, og fikk et jobbintervju.",
    "Arbeidsgiveren stolte ikke på utdanningen min fra hjemlandet.",
    "Vi snakket om norsk arbeidskultur, å svare raskt på e-post og ringe etter intervjuet.",
    "Det er samme person.",
]


def test_pattern_and_description_indexes_find_what_checking_every_code_finds():
    from workbench.io.demo import DEMO_CODEBOOK
    from workbench.io.codebooks.yaml_format import load_codebook
    from workbench.nlp.analysis import analyse_text
    from workbench.nlp.pipeline import choose_pipeline, load_pipeline
    from workbench.nlp.rules import RuleSuggester

    pipeline = load_pipeline(choose_pipeline("none"))
    codes = load_codebook(DEMO_CODEBOOK)
    indexed = RuleSuggester(codes, pipeline.nlp.vocab)
    brute = RuleSuggester(codes, pipeline.nlp.vocab)
    brute._pattern_index, brute._unindexed = {}, list(range(len(brute._patterns)))  # every pattern tried

    class Everything(dict):
        def get(self, key, default=None):
            return list(brute._profiles)

    brute._profile_index = Everything()  # every code's description checked
    assert indexed._patterns  # the shipped codebook has patterns
    for text in TEXTS:
        seg = analyse_text(pipeline, text)
        a = indexed.evidence(seg.words(text), seg.lemmas, seg.pos)
        b = brute.evidence(seg.words(text), seg.lemmas, seg.pos)
        assert {p: (e.raw, sorted(e.reasons())) for p, e in a.items()} == \
            {p: (e.raw, sorted(e.reasons())) for p, e in b.items()}


def test_an_incremental_update_rebuilds_only_what_changed_and_suggests_as_a_full_retrain(study):
    from workbench.nlp.trainer import training_examples

    project, service, ids = study
    service.incremental = True  # as in the terminal UI, which keeps running
    service.retrain()
    reuse = service._examples[None]
    assert set(reuse) == set(ids[:3])  # the coded documents
    # new coding in the uncoded document and in one coded one
    segs = project.segments(ids[3])
    for seg in segs[2:8]:
        project.add_coding(ids[3], seg.start, seg.end, "network/weak_ties", "kari")
    seg = project.segments(ids[1])[3]
    project.add_coding(ids[1], seg.start, seg.end, "trust", "kari")

    read = []
    lookup = service.rule_cache.lookup
    service.rule_cache.lookup = lambda doc_id, *a: read.append(doc_id) or lookup(doc_id, *a)
    version = service.retrain()
    assert sorted(set(read)) == sorted([ids[1], ids[3]])  # the others came from the last training

    full, _paths = training_examples(project, fresh_service(project).analyses, service.rule_cache, sample=True)
    again, _ = training_examples(project, service.analyses, service.rule_cache, sample=True,
                                 reuse=service._examples[None])
    fields = lambda e: (e.document, e.start, e.end, e.labels, e.rejected, e.coders, e.weight, e.terms,  # noqa: E731
                        e.code_raw, e.group_raw, e.snippet)
    assert [fields(e) for e in again] == [fields(e) for e in full]

    retrained = fresh_service(project)  # no reuse: everything read again
    retrained._examples = {}
    assert retrained.retrain() == version  # the same model, byte for byte (the version is its hash)
    for doc_id in ids:
        for seg in project.segments(doc_id)[:6]:
            a = service.suggest(doc_id, seg.start, seg.end)
            b = retrained.suggest(doc_id, seg.start, seg.end)
            assert [s.code for s in a] == [s.code for s in b]
            assert [s.score for s in a] == pytest.approx([s.score for s in b], abs=1e-9)


def test_the_sampling_rate_moves_in_steps_so_a_little_more_coding_keeps_the_sample():
    from workbench.nlp.training import RATE_STEPS, _on_grid

    assert _on_grid(1.5) == 1.0 and _on_grid(1.0) == 1.0
    for rate in (0.01, 0.05, 0.2, 0.5, 0.97):
        grid = _on_grid(rate)
        assert rate <= grid <= min(1.0, rate * 2 ** (1 / RATE_STEPS) + 1e-12)
    rates = [0.02 * 1.003 ** k for k in range(1000)]  # 0.02 .. 0.4
    same = sum(_on_grid(r) == _on_grid(r * 1.01) for r in rates)  # 1% more coding
    assert same > 0.85 * len(rates)


def test_a_rejected_suggestion_weighs_as_before_for_that_code_only(study):
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    from workbench.nlp.learned import C_VALUE, REJECTION_WEIGHT, LearnedModel, rule_matrix
    from workbench.nlp.trainer import training_examples

    project, service, ids = study
    seg = project.segments(ids[2])[4]
    service.record_decision(ids[2], seg.start, seg.end, "network", "kari", accepted=False)
    examples, paths = training_examples(project, service.analyses, service.rule_cache)
    assert any(e.rejected for e in examples)
    model = LearnedModel.fit(examples, paths, choose=False)
    # the same regression with the weights written out as one table, as it was done before
    X_text = model.vocabulary.transform([e.terms for e in examples])
    R = rule_matrix([(e.code_raw, e.group_raw) for e in examples], paths, model.groups)
    X = sparse.hstack([X_text, sparse.csr_matrix(R)], format="csr")
    for path in ("network", "signalling"):
        weight = np.array([REJECTION_WEIGHT if path in e.rejected - e.labels else e.weight for e in examples])
        y = np.array([path in e.labels for e in examples])
        clf = LogisticRegression(C=C_VALUE, solver="liblinear", tol=1e-4, intercept_scaling=5.0, max_iter=200)
        clf.fit(X, y, sample_weight=weight)
        assert np.allclose(model.coef[model.row[path]], clf.coef_[0].astype(np.float32))


def test_coded_segments_beyond_the_cap_are_sampled_and_weigh_for_the_rest():
    from workbench.nlp.training import RuleCache, build_examples

    spans = [(i * 10, i * 10 + 9) for i in range(5000)]
    rows = {"spans": {1: ("D", spans)},  # every other segment coded, then ten rejected suggestions
            "codings": [(1, a, b, "x", "kari") for a, b in spans[:4000:2]],
            "decisions": [(1, a, b, "x", "rejected", "kari") for a, b in spans[4001:4021:2]]}

    class NoRules:
        def evidence(self, *args):
            return {}

        def group_raw(self, found):
            return {}

    class Plain:  # an analysis whose segments have no tokens
        text = " " * 50000
        segments = ()

        def span(self, a, b):
            from workbench.nlp.analysis import SegmentAnalysis

            return SegmentAnalysis(a, b)

    examples = build_examples(rows, lambda d: Plain(), RuleCache(NoRules()), {"x"}, sample=(1, 50, 500))
    coded = [e for e in examples if e.labels]
    refused = [e for e in examples if e.rejected]
    uncoded = [e for e in examples if not e.labels and not e.rejected]
    assert 400 < len(coded) < 650 and len({e.weight for e in coded}) == 1
    assert sum(e.weight for e in coded) == pytest.approx(2000, rel=0.2)  # they stand for all coded ones
    assert len(refused) == 10 and all(e.weight == 1.0 for e in refused)  # decisions are always kept
    assert 400 < len(uncoded) < 800  # about one per coded segment kept
    again = build_examples(rows, lambda d: Plain(), RuleCache(NoRules()), {"x"}, sample=(1, 50, 500))
    assert [(e.start, e.weight) for e in again] == [(e.start, e.weight) for e in examples]


def test_preparing_evidence_stops_when_the_codebook_changes_meanwhile(tmp_path):
    project = Project.open(tmp_path / "p.db")
    project.import_codebook(CODES)
    for i in range(3):
        add_document(project, f"D{i}", transcript(2, offset=i))
    service = SuggestionService(project, Settings(db=project.path), background=False)
    service.load()
    old = service.rule_cache
    prepared = []

    def prepare(doc_id, analysis):
        prepared.append(doc_id)
        service.rule_cache = type(old)(old.rules)  # as when the codebook screen saves an edit
        return 0

    old.prepare = prepare
    service.prepare_evidence()
    assert len(prepared) == 1
    project.close()


def _transform_term_by_term(vocabulary, documents):
    """The tf-idf rows as `Vocabulary.transform` made them before it counted with numpy."""
    import math

    from scipy import sparse

    indptr, indices, data = [0], [], []
    for terms in documents:
        counts: dict[int, int] = {}
        for term in terms:
            col = vocabulary.index.get(term)
            if col is not None:
                counts[col] = counts.get(col, 0) + 1
        cols = sorted(counts)
        values = [(1.0 + math.log(counts[c])) * vocabulary.idf[c] for c in cols]
        norm = math.sqrt(sum(v * v for v in values)) or 1.0
        indices.extend(cols)
        data.extend(v / norm for v in values)
        indptr.append(len(indices))
    return sparse.csr_matrix((np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int32),
                              np.asarray(indptr, dtype=np.int64)), shape=(len(documents), len(vocabulary.terms)))


def test_tf_idf_rows_and_the_stored_model_are_byte_for_byte_as_counted_term_by_term(study, monkeypatch):
    from workbench.nlp.features import Vocabulary
    from workbench.nlp.learned import LearnedModel
    from workbench.nlp.trainer import training_examples

    project, service, _ids = study
    examples, paths = training_examples(project, service.analyses, service.rule_cache)
    documents = [e.terms for e in examples]
    vocabulary = Vocabulary.fit(documents)
    odd = [[], ["not-a-term"], [vocabulary.terms[0]] * 70 + [vocabulary.terms[-1], "not-a-term"]]
    for rows in (documents, odd, []):
        new, old = vocabulary.transform(rows), _transform_term_by_term(vocabulary, rows)
        assert new.shape == old.shape
        for part in ("data", "indices", "indptr"):
            assert getattr(new, part).dtype == getattr(old, part).dtype
            assert getattr(new, part).tobytes() == getattr(old, part).tobytes()
    empty = Vocabulary([], [])
    assert empty.transform([["x"], []]).shape == (2, 0)
    model = LearnedModel.fit(examples, paths)
    monkeypatch.setattr(Vocabulary, "transform", _transform_term_by_term)
    before = LearnedModel.fit(examples, paths)
    assert model.modes == before.modes and model.stats == before.stats
    assert model.to_bytes() == before.to_bytes()
