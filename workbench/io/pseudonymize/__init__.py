"""Pseudonymisation of text that leaves the project: identifiers, names, places, organisations."""
