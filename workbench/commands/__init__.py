"""Command modules of the CLI, one per area; each exposes `register(group)`."""
