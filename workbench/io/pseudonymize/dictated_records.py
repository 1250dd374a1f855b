"""Numbers and words of spoken addresses and dictated notes that the other rules misread (round 66b).

Each is judged by its shape and by the words around it, never by a list of names:

* in caseless speech, a postcode said in words with its last two digits as one number ("seks null tolv",
  "fem null tjueåtte") right after a street's house number, with its four figures in a bracket note and the
  town with its note after it ("skansevegen [Skansevegen] tolv, seks null tolv [6012] ålesund [Ålesund]"),
  where the line talks of an address or of living somewhere. `postcode_words` reads the run "tolv, seks null
  tolv" as one five-digit number and finds nothing; here the part after the comma that says the note's four
  digits is the postcode, and the note is too. A year or a count before its note ("siden tjue tjueen [2021],
  da") has no town after it and stays;
* an organisation number in dotted groups ("971.813.083") whose label opens the sentence further away than
  the label rules reach ("Organisasjonsnummeret til X, som dere ba om til rapporten, er …"): valid by the
  register's mod-11 check and with no unit after it. A dotted amount with no label stays;
* an imperative with an accent on its ending opening a sentence of a dictated note ("Notér at …",
  "Kontrollér at …") is the verb (`notere`), not a name the recogniser does not know;
* an acronym the document uses as a qualification, joined to an occupation after `utdannet`/`sertifisert`
  ("utdannet ACCA-regnskapsfører"), names a certificate, not an employer: kept there and at its other
  mentions, unless the lists know it as a name (a school, "NTNU-ingeniør") or one of its mentions stands
  where someone works (`keep.employer_before`).

A degree approved at a body ("fått godkjent mastergraden hos HK-dir") is judged in `history_frames`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.checksums import valid_orgnr
from workbench.io.pseudonymize.history_frames import _occupation
from workbench.io.pseudonymize.postcode_words import _four
from workbench.io.pseudonymize.spans import droppable
from workbench.io.pseudonymize.spoken_numbers import _runs

_NOTE = re.compile(r"[ \t]*\[(\d{4})\]")
_TOWN_AFTER = re.compile(r",?[ \t]+([a-zæøåA-ZÆØÅ][\wæøå-]*)[ \t]+\[([A-ZÆØÅ][\wæøåÆØÅ-]*)\]")
ADDRESS_CUE = re.compile(r"(?<![\w-])(?i:adresse\w*|postnummer\w*|postnr\.?|bor|bodde|bodd|bott)(?![\w-])")
_DOTTED = re.compile(r"(?<![\w.,])[89]\d{2}\.\d{3}\.\d{3}(?![\w]|[.,]\d)")
_ORG_LABEL = re.compile(r"(?<![\w-])(?i:org(?:anisasjons)?\.?[ -]?(?:nummer(?:et)?|nr\.?)|foretaksnummer(?:et)?)")
_SENTENCE_END = re.compile(r"[.!?][ \t]+(?=[A-ZÆØÅ])|\n")
_UNIT_AFTER = re.compile(r"[ \t]*(?i:kr\b|kroner|nok\b|euro|dollar|%|prosent)")
_IMPERATIVE = re.compile(r"([A-ZÆØÅ][a-zæøå]{2,})ér(?![\w-])")
_QUALIFIED = re.compile(r"(?<![\w-])(?i:utdannet|utdanna|sertifisert|autorisert)[ \t]+(?:som[ \t]+)?"
                        r"([A-ZÆØÅ]{2,6})-([a-zæøå]{4,})(?![\w-])")


def noted_postcodes(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of postcodes said in words after a house number, and of their four figures in a note."""
    offset = 0
    for line in text.split("\n"):
        for run in _runs(line, offset):
            for i in range(len(run)):
                if i and "," not in text[run[i - 1].end:run[i].start]:
                    continue  # the postcode starts the run or follows the house number's comma
                note = _NOTE.match(text, run[-1].end)
                town = _TOWN_AFTER.match(text, note.end()) if note else None
                if note is None or town is None or town.group(1).casefold() != town.group(2).casefold() \
                        or _four(run[i:]) != note.group(1) or not ADDRESS_CUE.search(text, offset, run[i].start):
                    continue
                yield run[i].start, run[-1].end
                yield note.start(1), note.end(1)
                break
        offset += len(line) + 1


def dotted_org_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of valid organisation numbers in dotted groups with their label earlier in the sentence."""
    for m in _DOTTED.finditer(text):
        starts = [s.end() for s in _SENTENCE_END.finditer(text, 0, m.start())]
        sentence = starts[-1] if starts else 0
        if valid_orgnr(m.group(0).replace(".", "")) and _ORG_LABEL.search(text, sentence, m.start()) \
                and not _UNIT_AFTER.match(text, m.end()):
            yield m.start(), m.end()


def _imperative(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an accented imperative opening a sentence ("Notér at")."""
    m = _IMPERATIVE.fullmatch(text, start, end)
    before = text[:start].rstrip(" \t")
    return m is not None and (not before or before[-1] in ".!?:\n") \
        and rules.known_word(m.group(1).casefold() + "ere")


def _qualifications(text: str) -> set[str]:
    """Acronyms the text uses as a qualification joined to an occupation ("utdannet ACCA-regnskapsfører")."""
    from workbench.io.pseudonymize.keep import Tools

    return {m.group(1) for m in _QUALIFIED.finditer(text)  # not a school or employer the lists know ("NTNU-ingeniør")
            if (_occupation(m.group(2)) or rules.known_word(m.group(2))) and not Tools._listed(m.group(1))}


def apply(text: str, found: list) -> list:
    """`found` with noted postcodes and dotted org numbers added, accented imperatives and qualifications dropped."""
    from workbench.io.pseudonymize.keep import employer_before

    new = [(s, e, "postcode", "identifier", None) for s, e in noted_postcodes(text)]
    new += [(s, e, "number", "identifier", None) for s, e in dotted_org_numbers(text)]
    marks = {a for a in _qualifications(text)  # a workplace at any mention: the acronym is an employer too
             if not any(employer_before(text, m.start()) for m in re.finditer(rf"(?<![\w-]){a}(?![\w])", text))}

    def kept(f: tuple) -> bool:
        word = re.match(r"[A-ZÆØÅ]{2,6}(?=$|-)", text[f[0]:f[1]])
        return droppable(f) and (_imperative(text, f[0], f[1]) or (word is not None and word.group(0) in marks))

    return [f for f in found if not kept(f)] + new
