"""A warm `suggest` (a model is stored) builds the keyword index without the word packages' tables.

What a fresh process pays before its first suggestion: it must not fit anything (no
scikit-learn), nor decode simplemma's dictionary or load wordfreq's frequencies (about a
second and 100 MB together), which the rules and the keyword index now read from the
stored tables of `nlp.word_tables`. Checked in a child process, as the CLI runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.test_suggestion_cost import study  # noqa: F401  (fixture)

REPO = Path(__file__).resolve().parents[1]
CHILD = """
import json, sys
from workbench.nlp.service import SuggestionService
from workbench.settings import Settings
from workbench.store import Project
project = Project.open(sys.argv[1])
service = SuggestionService(project, Settings(db=sys.argv[1]), background=False)
service.load()
assert not service.stale
found = service.suggest_text("Mentoren min kjente en leder i bedriften, og naboen visste om en jobb.")
from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY
print(json.dumps({"sklearn": "sklearn" in sys.modules, "wordfreq": "wordfreq" in sys.modules,
                  "simplemma_decoded": DEFAULT_DICTIONARY_FACTORY._get_dictionary.cache_info().currsize,
                  "version": service.model_version, "codes": [s.code for s in found]}))
"""


def test_a_warm_suggest_fits_nothing_and_reads_the_stored_word_tables(study):  # noqa: F811
    project, service, _ids = study
    assert service.retrain() is not None  # the stored model a warm call loads
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", CHILD, str(project.path)], capture_output=True, text=True,
                         env=env, check=True, timeout=120).stdout
    found = json.loads(out)
    assert found["version"] == service.model_version and found["codes"]
    assert found == {**found, "sklearn": False, "wordfreq": False, "simplemma_decoded": 0}
