"""Norwegian court case numbers and published decisions (round 32i).

`identifiers.CASE_NUMBER` reads an archive number (`23/118406`, `24/31877-6`) and `LABELLED` a number after
`saksnummer`. A court gives its cases a number of its own, which people read off a letter or a summons:

* a case number of a tingrett or lagmannsrett: the year's two digits, a hyphen, the running number, the case
  type in three capitals glued to it (`TVI` tvist, `ENE` enedommer, `MED` meddomsrett, `AST`, `ASD`, `ASK` and
  other anke types) and, after a hyphen, the court's code in four or five capitals (`TOSL`, `TBER`, `TOFI`,
  `BORG`, `GULA`), with an optional department after a slash: `23-148207TVI-TOFI`, `24-117604TVI-TOSL/05`;
* a decision as it is published: the court's prefix (`HR` Høyesterett, `LA`/`LB`/`LE`/`LF`/`LG`/`LH` the
  lagmannsretter, `T` and the tingrett's letters), the year and a number, for Høyesterett a letter after it:
  `LB-2023-12345`, `HR-2021-1234-A`, `TOSLO-2022-98765`.

Both are `[nummer]`, like any case number. Codes of other things stay: a law or regulation as Lovdata names
it (`LOV-2005-06-17-62`, `FOR-2011-12-16-1358`) is kept from the acronym rules, and an item number, a form
number, a room number or a code of letters and a short number (`TVI-400`) has no court form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A court's own case number: year, running number, case type, court code, department.
COURT_CASE = re.compile(
    r"(?<![\w/.-])\d{2}-\d{4,6}[A-ZÆØÅ]{3}-[A-ZÆØÅ]{4,5}(?:/\d{1,2}[A-Z]?|/[A-Z]{1,4}\d{0,2})?(?![\w/-])")
# A published decision: the court's prefix, the year, the number and, for Høyesterett, a letter.
PUBLISHED_DECISION = re.compile(
    r"(?<![\w/.-])(?:HR|L[ABEFGH]|T[A-ZÆØÅ]{3,4})-(?:19|20)\d{2}-\d{1,6}(?:-[A-Z])?(?![\w/-])")
# A law or regulation by its Lovdata reference: no one's case.
LAW_REFERENCE = re.compile(r"(?<![\w/.-])(?:LOV|FOR|LOV-?FOR)-(?:18|19|20)\d{2}-\d{2}-\d{2}-\d{1,5}(?![\w/-])")


def court_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of court case numbers and published decisions (`number`), and of law references
    (`keep`, protected from the acronym rules)."""
    for pattern in (COURT_CASE, PUBLISHED_DECISION):
        for m in pattern.finditer(text):
            yield m.start(), m.end(), "number"
    for m in LAW_REFERENCE.finditer(text):
        yield m.start(), m.end(), "keep"
