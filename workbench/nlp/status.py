"""The suggester's one-line status: its phrases and their short forms, in one place.

The status line (`pipeline · model · problem`) is made here and read back here: a narrow
panel shows a shorter form of it (at 80x24 the whole line wrapped over four rows). It
crosses a process boundary as text (`workbench.nlp.remote`), so the short forms are found
by matching the phrases this module writes; keeping both in one module means a change of
wording changes its short form too (tests/test_status_phrases.py builds every phrase here
and checks each one shortens).
"""

from __future__ import annotations

import re

SEPARATOR = " · "


def pipeline_phrase(kind: str, name: str) -> str:
    """The active spaCy pipeline: `full` (a model folder or package) or the offline fallback."""
    return f"spaCy: {name} (full)" if kind == "full" else "spaCy: blank nb + rules (fallback)"


def rules_only_phrase() -> str:
    """No model trained and no example model: the codebook's rules alone."""
    return "rules only (no model trained yet)"


def examples_phrase(count: int) -> str:
    """No model trained: the rules and the codebook's example passages."""
    return f"rules and {count} example passages (no model trained yet)"


def behind_phrase(training: bool) -> str:
    """A model trained on the codebook before an edit: the codebook alone until it is retrained."""
    return ("model behind the edited codebook: suggestions from the codebook alone until it is retrained"
            + ("" if training else " (in the background as you code, or `workbench suggest --train`)"))


def model_phrase(version: str, labelled: int) -> str:
    """A trained model, its version and how many coded segments it learned from."""
    return f"model {version} ({labelled} coded segments)"


def blind_phrase(coder: str) -> str:
    """Blind mode: the model learned only from this coder's coding and the consensus."""
    return f"blind: learned from {coder}'s coding and the consensus only"


def layers_phrase(names: list[str]) -> str:
    """The optional layers suggested on request."""
    return f"with the optional layer {', '.join(names)}"


#: Parts of the suggester's status line (`pipeline · model · problem`, joined by " · ") in shorter
#: forms, one per level of shortening (`{name}` is the group of that name). None leaves the part
#: out at that level, keeping what follows it (", retraining…"). The pipeline is never left out:
#: the panel must always say which one is active. A part not listed (an error) is kept whole.
_SHORT_PARTS: tuple[tuple[re.Pattern[str], tuple[str | None, ...]], ...] = tuple(
    (re.compile(pattern), forms) for pattern, forms in (
        (r"spaCy: .*\((?P<kind>fallback|full)\)", ("spaCy {kind}",) * 4),
        (r"model (?P<v>m\d+)-\S+ \(\d+ coded segments\)(?P<rest>.*)", ("model {v}{rest}", "{v}{rest}", None, None)),
        (r"rules only \(no model trained yet\)(?P<rest>.*)", ("rules only{rest}", "rules only{rest}", None, None)),
        (r"rules and (?P<n>\d+) example passages \(no model trained yet\)(?P<rest>.*)",
         ("rules + {n} examples{rest}", "rules + {n} examples{rest}", None, None)),
        (r"model behind the edited codebook: suggestions from the codebook alone until it is retrained"
         r"(?: \(in the background[^)]*\))?(?P<rest>.*)",
         ("model behind the codebook{rest}", "behind the codebook{rest}", None, None)),
        (r"blind: learned from (?P<who>.+)'s coding and the consensus only",
         ("blind: {who} + consensus", "blind: {who}", "blind", None)),
        (r"with the optional layers? (?P<names>.+)", ("+ layer {names}", "+ layers", "+ layers", None)),
    ))


def short_status(status: str) -> list[str]:
    """Shorter forms of the suggester's status line, longest first, for a narrow panel's title
    (at 80x24 the whole line wrapped over four rows); [] when there is nothing to shorten. Each
    form still names the spaCy pipeline (fallback or full) when the status does; the shortest
    keeps only that, a state such as "retraining…" and what it does not know (an error)."""
    parts = status.split(SEPARATOR)
    forms: list[str] = []
    for level in range(len(_SHORT_PARTS[0][1])):
        shown = []
        for part in parts:
            for pattern, replacements in _SHORT_PARTS:
                match = pattern.fullmatch(part)
                if match is not None:
                    replacement = replacements[level]
                    if replacement is None:  # the part goes; a state after it (", retraining…") stays
                        rest = match.groupdict().get("rest", "").lstrip(", ")
                        if rest:
                            shown.append(rest)
                    else:
                        shown.append(replacement.format(**{k: v or "" for k, v in match.groupdict().items()}))
                    break
            else:
                shown.append(part)
        form = SEPARATOR.join(shown)
        if form != status and form not in forms:
            forms.append(form)
    return forms


def pipeline_part(status: str) -> str | None:
    """The spaCy pipeline as the status line names it ("spaCy: … (fallback)"), or None."""
    first = status.split(SEPARATOR, 1)[0]
    return first if first.startswith("spaCy:") else None
