"""Analysis of coded material: pure computation over what the store returns.

- `source.py`: the typed protocols naming what each analysis reads from a project;
- `quotes.py`, `retrieval.py`: coded passages and the filters that narrow them;
- `matrices.py` (with `matrix_counts.py`, `speaker_counts.py`): code × wave, role or
  programme tables and co-occurrence; `overlaps.py`: which segments or turns a span covers;
- `waves.py`: change from baseline to end-point, person by person;
- `coding_query.py`: where codes meet (AND, OR, NOT, NEAR) in a segment, turn or document;
- `agreement/`: inter-coder agreement, from units to coefficients, report and export.

No SQL and no user interface here.
"""
