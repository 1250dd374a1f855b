"""Speaker labels in a pseudonymised transcript: replaced whole, kept apart, and still mapped.

A label that is a name (`Amina:`, `[Yusuf Rahimi]:`, `A.H.:`) is replaced like any name,
but the result must still be a label, and two speakers must not become one: in a group
interview `Amina:` and `AH:` would otherwise both read `[X]:`, and a reader (or the
workbench importing the anonymised `.qdpx`) could no longer tell whose turn is whose.
So, for the labels of one document:

- a replaced label is replaced whole (`A.H.:` gives `[X]:`, not `[X].:`; inside brackets
  the marker loses its own brackets, `[Yusuf Rahimi]:` gives `[X]:`, not `[[X]]:`, which
  would not be a label at all), with the same marker at every turn of that speaker;
- a label that is plainly a person (initials, a listed or unknown name) is replaced even
  where the rules left it (a listed first name that is also a word, at a sentence start;
  dotted initials), and so are its mentions in the text; role words stay;
- replaced labels that would fall together with another speaker's label are numbered
  (`[X 1]:`, `[X 2]:`), with or without `--consistent`;
- the document's speaker map is rewritten to the labels as they now read, so each turn
  keeps its role and participant after the anonymised file is imported again.

Only labels change here; what the speakers say is replaced as before.
"""

from __future__ import annotations

import re
from dataclasses import replace as _replace

from workbench.core.speakers import SpeakerEntry
from workbench.core.speakers import label_default_role
from workbench.core.turns import KNOWN_LABELS, PLACEHOLDERS, find_label, label_spans, label_word, normalise_speaker
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer, Replacement


def fix_label_replacements(text: str, reps: list[Replacement], pseudonymizer: Pseudonymizer | None = None
                           ) -> list[Replacement]:
    """`reps` with every replaced speaker label replaced whole, the same way at each of its
    turns, and numbered where two speakers' labels would read alike.

    With `pseudonymizer`, a label that is plainly a name or initials but was left by the
    rules (a listed first name that is also a word at a sentence start, `Said:`; dotted
    initials, `A.H.:`) is replaced too, with its other mentions in the text, by that
    pseudonymiser's person marker."""
    spans = label_spans(text)
    if pseudonymizer is not None:
        reps = _name_labels(text, spans, reps, pseudonymizer)
    chosen: dict[str, str] = {}  # old label -> its marker, without brackets
    for line_start, content, speaker in spans:
        inside = [r for r in reps if line_start <= r.start and r.end <= content]
        if inside and speaker not in chosen:
            chosen[speaker] = inside[0].replacement.strip().strip("[]").strip() or "X"
    if not chosen:
        return reps
    occurrences: list[tuple[int, int, bool, str]] = []  # (start, end, bracketed, old label)
    for line_start, content, speaker in spans:
        where = label_word(text[line_start:content]) if speaker in chosen else None
        if where is not None:
            occurrences.append((line_start + where[0], line_start + where[1], where[2], speaker))
    final = _distinct(chosen, [s for _a, _b, s in spans])
    covered = [(s, e) for s, e, _b, _l in occurrences]
    kept = [r for r in reps if not any(r.start < e and s < r.end for s, e in covered)]
    for start, end, bracketed, speaker in occurrences:
        marker = final[speaker] if bracketed else f"[{final[speaker]}]"
        kept.append(Replacement(start, end, text[start:end], marker, "person", "label"))
    return sorted(kept, key=lambda r: r.start)


_MARKER_LABEL = re.compile(r"(?:Person|Sted|Organisasjon) \d+")


def _is_name_label(text: str, line_start: int, content: int, speaker: str) -> bool:
    """Whether a label left by the rules is plainly a person: initials, or a listed or unknown name."""
    found = find_label(text[line_start:content])
    if found is None or label_default_role(speaker) or _MARKER_LABEL.fullmatch(speaker):
        return False
    words = speaker.split()
    if found.kind == "initials":
        return "." in text[line_start:content] or (speaker.isalpha() and len(speaker) >= 2)
    if found.kind not in ("generic", "bracket") or words[0].casefold() in KNOWN_LABELS \
            or speaker.casefold() in PLACEHOLDERS or not all(w.isalpha() for w in words):
        return False
    return any(rules.listed(w, gaz.GIVEN_NAMES) or rules.listed(w, gaz.SURNAMES) or not rules.known_word(w.casefold())
               for w in words)


def _name_labels(text: str, spans: list[tuple[int, int, str]], reps: list[Replacement],
                 pseudonymizer: Pseudonymizer) -> list[Replacement]:
    """`reps` and a replacement for each name label the rules left, and for its mentions elsewhere."""
    covered = {speaker for ls, c, speaker in spans if any(ls <= r.start and r.end <= c for r in reps)}
    names: dict[str, str] = {}  # speaker -> the label as first written
    for line_start, content, speaker in spans:
        if speaker not in covered and speaker not in names and _is_name_label(text, line_start, content, speaker):
            where = label_word(text[line_start:content])
            if where is not None:
                names[speaker] = text[line_start + where[0]:line_start + where[1]]
    if not names:
        return reps
    added: list[Replacement] = []
    for speaker, written in names.items():
        marker = (pseudonymizer.numbering.label("person", speaker) if pseudonymizer.numbering is not None
                  else pseudonymizer.markers.get("person", "[X]"))
        forms = {written, *(w for w in speaker.split() if len(w) > 1 and w[0].isupper())}
        pattern = re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                             + r")(?:'?s)?(?![\w-])")
        for m in pattern.finditer(text):
            if not any(r.start < m.end() and m.start() < r.end for r in [*reps, *added]):
                added.append(Replacement(m.start(), m.end(), m.group(0), marker, "person", "label"))
    return sorted([*reps, *added], key=lambda r: r.start)


def _distinct(chosen: dict[str, str], labels: list[str]) -> dict[str, str]:
    """The marker of each replaced label, numbered where it would read like another speaker's label."""
    olds = list(dict.fromkeys(labels))
    unchanged = {normalise_speaker(lb).casefold() for lb in olds if lb not in chosen}
    groups: dict[str, list[str]] = {}
    for old in olds:
        if old in chosen:
            groups.setdefault(normalise_speaker(chosen[old]).casefold(), []).append(old)
    final: dict[str, str] = {}
    taken = set(unchanged)
    for key, members in groups.items():
        if len(members) == 1 and key not in unchanged:
            final[members[0]] = chosen[members[0]]
            taken.add(key)
    n = 0
    for members in groups.values():
        if len(members) == 1 and members[0] in final:
            continue
        for old in members:
            n += 1
            candidate = f"{chosen[old]} {n}"
            while normalise_speaker(candidate).casefold() in taken:
                n += 1
                candidate = f"{chosen[old]} {n}"
            final[old] = candidate
            taken.add(normalise_speaker(candidate).casefold())
    return final


def _became(old_text: str, new_text: str, move) -> dict[str, list[str]]:
    """Each label of the old text (case-folded) -> the labels its turns read as in the new text."""
    now = {start: speaker for start, _c, speaker in label_spans(new_text)}
    became: dict[str, list[str]] = {}
    for line_start, _content, speaker in label_spans(old_text):
        new = now.get(move(line_start, False))
        became.setdefault(speaker.casefold(), [])
        if new is not None and new not in became[speaker.casefold()]:
            became[speaker.casefold()].append(new)
    return became


def label_map(old_text: str, new_text: str, move) -> dict[str, str]:
    """Each label of the old text (case-folded) -> the one label its turns read as in the new text.

    What `quotes`, `compare-waves` and the codings table print as a quote's speaker when
    they pseudonymise, so they name a speaker as the anonymised `.qdpx` does."""
    return {old: new[0] for old, new in _became(old_text, new_text, move).items() if len(new) == 1}


def relabel_speaker_map(old_text: str, new_text: str, move, entries: list[SpeakerEntry],
                        document: str) -> tuple[list[SpeakerEntry], list[str]]:
    """A document's speaker map keyed by its labels as they read in the pseudonymised text.

    `move` maps old positions to new ones (see `pseudonymize_bundle`); each label's turns
    are found again at their new place. Returns the new entries and a warning for each
    entry that could not be carried over (its label no longer reads as one, say).
    """
    became = _became(old_text, new_text, move)
    out: list[SpeakerEntry] = []
    warnings: list[str] = []
    given: dict[str, SpeakerEntry] = {}
    for entry in entries:
        targets = became.get(entry.label.casefold(), [])
        if len(targets) != 1:
            reason = "no longer reads as a speaker label" if not targets else f"reads as {', '.join(targets)}"
            warnings.append(f"document '{document}': speaker '{entry.label}' {reason} in the pseudonymised "
                            "text; its map entry is left out of the file")
            continue
        label = targets[0]
        if label.casefold() in given and given[label.casefold()] != _replace(entry, label=given[label.casefold()].label):
            warnings.append(f"document '{document}': two speakers read as '{label}' in the pseudonymised text; "
                            f"the map entry of '{entry.label}' is left out of the file")
            continue
        if label.casefold() not in given:
            given[label.casefold()] = _replace(entry, label=label)
            out.append(given[label.casefold()])
    return out, warnings
