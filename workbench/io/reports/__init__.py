"""Reports out: the report model, its Markdown, HTML and Word writers, charts, and the codings table."""
