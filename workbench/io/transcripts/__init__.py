"""Transcript files in: readers per format, the manifest, and batch import."""
