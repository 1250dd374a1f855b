"""Counted nouns read right for one and for many."""

from workbench.core.wording import plural


def test_plural_singular_plural_irregular_and_thousands():
    assert plural(1, "participant") == "1 participant"
    assert plural(0, "participant") == "0 participants"
    assert plural(2, "match", "matches") == "2 matches"
    assert plural(1, "match", "matches") == "1 match"
    assert plural(12500, "coding") == "12,500 codings"


def test_a_list_out_of_score_order_is_recognised():
    from workbench.core.wording import out_of_score_order

    assert out_of_score_order([0.58, 0.24, 0.76])
    assert not out_of_score_order([0.76, 0.58, 0.58, 0.1])
    assert not out_of_score_order([]) and not out_of_score_order([0.3])


def test_suggest_says_why_when_its_list_is_not_in_score_order(capsys):
    from types import SimpleNamespace

    from workbench.commands.suggest import _print_plain

    def listed(*scores):
        _print_plain([SimpleNamespace(score=s, code=f"c{i}", why=["x"]) for i, s in enumerate(scores)])
        return capsys.readouterr().out

    assert "order: the likeliest top-level codes lead" in listed(0.58, 0.24, 0.76)
    assert "order:" not in listed(0.76, 0.58, 0.24)
