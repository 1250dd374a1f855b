"""A code key made of a firm's name takes the firm's marker, also when that word is in the dictionary.

`Hagen` (of the invented `Hagen Regnskap AS`) is also `hagen`, "the garden"; the key `invivo_hagen`
must still read `invivo_organisasjon`, as the label reads `Praksis hos [organisasjon]`, not
`invivo_x`, which would call the firm a person.
"""

from __future__ import annotations

import json

from workbench.core.models import Code, Coding, Participant
from tests.pseudonymize_project import one_transcript, run, span

TEXT = ("I: Hvor har du praksis?\n\n"
        "Mentee: Jeg har praksis hos Hagen Regnskap AS i sentrum. Det går fint.")


def test_a_key_of_a_firm_whose_name_is_a_word_takes_the_firm_marker(tmp_path):
    proj, doc = one_transcript(tmp_path, TEXT, [Code("invivo_hagen", "Praksis hos Hagen Regnskap AS")],
                               "P01-nullpunkt", "hagen", Participant("P01", "mentee", "master"), "baseline")
    sentence = "Jeg har praksis hos Hagen Regnskap AS i sentrum."
    proj.import_codings([Coding(doc, *span(TEXT, sentence), "invivo_hagen", "kari")], actor="test")
    quotes = json.loads(run(proj, "quotes", "--pseudonymize", "--json"))
    assert [(q["code"], q["code_label"], q["text"]) for q in quotes] == [
        ("invivo_organisasjon", "Praksis hos [organisasjon]", "Jeg har praksis hos [organisasjon] i sentrum.")]
    proj.close()
