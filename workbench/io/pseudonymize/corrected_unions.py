"""A union or association put right in the same breath, in a recogniser's lower-case text (round 50c).

Asked about membership, people often name the wrong body first and correct themselves: "ja i fellesforbundet
nei unnskyld norsk arbeidsmandsforbund", "i fagforbundet nei vent fellesforbundet", "jeg er i econa eller
rettere sagt handel og kontor", "meldte meg inn i sykepleierforbundet nei unnskyld … så det ble fagforbundet".
Both bodies tell the reader something about the person (membership of a union is special-category data), and
every half lists both. In lower case the membership rules see the first body in its frame but not the second,
which stands after the correction with no frame, and a name of several words ("norsk arbeidsmandsforbund", "el
og it forbundet") has no capitals to mark where it ends.

Here, in a text or passage without case, a correction (`nei unnskyld`, `nei vent`, `eller rettere sagt`, `jeg
mener`) after a union or association joined with `i` names a body: the words right after it that the
checker's note in square brackets spells (`bracket_twins`: "norsk arbeidsmandsforbund [Norsk
Arbeidsmandsforbund]"), else one listed union or one compound of `forbund`/`forening` (also after `det ble`
later in the clause). The first body is one too when it is a listed union or such a compound. Generic nouns
(`fagforeningen`, `forbundet`, `foreningen`) are no body, and a correction of a month or an ordinary word
("nei unnskyld jeg meldte meg inn i mars eller rettere sagt i april") names none.
"""

from __future__ import annotations

import re

_GENERIC = frozenset("""fagforening fagforeningen fagforeninga forbund forbundet forening foreningen foreninga lag laget
idrettslag idrettslaget klubb klubben""".split())
_BODY = r"[^\W\d_][\w-]*"
_CORRECTION = r"(?:nei[ \t]+unnskyld|nei[ \t]+vent|eller[ \t]+rettere[ \t]+sagt|rettere[ \t]+sagt|nei[ \t]+jeg[ \t]+mener|jeg[ \t]+mener)"
_OPENING = rf"(?i)(?<![\w-])(?:i|av)[ \t]+(?P<first>{_BODY}(?:[ \t]+{_BODY}){{0,2}})[ \t]*,?[ \t]+{_CORRECTION}[ \t]*,?[ \t]+"
_FRAMES = (re.compile(rf"{_OPENING}(?:i[ \t]+)?(?P<second>{_BODY})(?![\w-])"),  # "nei vent (i) fellesforbundet"
           re.compile(rf"{_OPENING}(?:[^\W\d_]+[ \t]+){{0,9}}?(?:så[ \t]+)?det[ \t]+(?:ble|er|het|heter)[ \t]+"
                      rf"(?P<second>{_BODY})(?![\w-])"))  # "… så det ble fagforbundet"


def _body_word(word: str) -> bool:
    """A listed union or association, or a compound of `forbund`/`forening`, that is no generic noun."""
    from workbench.io.pseudonymize.union_members import _union

    if word in _GENERIC:
        return False
    return _union(word) or bool(re.search(r".{3}(?:forbund|forbundet|forening|foreningen)$", word))


def corrected_unions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", source) of both bodies of a union or association corrected in the same breath."""
    from workbench.io.pseudonymize.bracket_twins import _twins

    twins = {start: end for start, end, _said in _twins(text)}
    out: list[tuple[int, int, str, str]] = []
    for frame in _FRAMES:
        for m in frame.finditer(text):
            start = m.start("second")
            end = twins.get(start)
            if end is None and _body_word(m.group("second").casefold()):
                end = m.end("second")
            if end is None:
                continue
            out.append((start, end, "org", "rule:corrected-union"))
            if _body_word(m.group("first").split()[-1].casefold()):
                last = m.group("first").split()[-1]  # the body itself, not the words before it
                out.append((m.end("first") - len(last), m.end("first"), "org", "rule:corrected-union"))
    return out
