"""Files in and out: every format the workbench reads or writes, one package per kind.

- `transcripts`: transcript readers per format, the CSV manifest, batch import;
- `codebooks`: codebook files (the workbench's YAML, Taguette-style CSV);
- `refi`: REFI-QDA exchange, `.qdc` codebooks and `.qdpx` projects, both ways;
- `reports`: the report model and its Markdown, HTML and Word writers, charts, codings tables;
- `pseudonymize`: replacing names, places and identifiers in text that leaves the project;
- `taguette.py` (a Taguette project file in), `codings_csv.py` (codings as CSV),
  `export_paths.py` (where every export goes), `demo.py` (the bundled demo project).

Everything here turns a messy file into clean, normalised data or refuses it with an
InputError that names the file, line and field — never a library traceback. io reads
and writes through the project object it is handed; it never imports the store.
"""
