"""REFI-QDA exchange: `.qdc` codebooks and `.qdpx` projects, both ways."""
