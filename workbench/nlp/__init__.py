"""Language processing: the spaCy pipeline (full Norwegian model or offline fallback) and suggesters.

spaCy and scikit-learn are imported lazily inside functions, so starting the CLI or the
UI does not pay for them.
"""
