"""`disagreements --pseudonymize --consistent`, as `quotes` and `compare-waves` take it.

A new user's walk of issue 10 found the three commands that print transcript text alike but
for this: `disagreements` had `--pseudonymize` and no `--consistent`, so coders discussing
their passages could not follow who is who. Synthetic transcript (tests/test_pseudonymize_exports.py).
"""

from __future__ import annotations

import json

from tests.pseudonymize_project import run
from tests.test_pseudonymize_exports import LEAKS, proj  # noqa: F401


def test_disagreements_number_the_people(proj):  # noqa: F811
    out = json.loads(run(proj, "disagreements", "--pseudonymize", "--consistent", "--json", "--min-coverage", "0"))
    texts = " ".join(r["text"] for r in out)
    assert "[Person 1] kollega i [Sted 1]" in texts
    assert not [leak for leak in LEAKS if leak in texts]
