"""E-mail addresses said aloud: the parts said as words, spelled letter by letter, or both, one after the other.

On a telephone line a participant gives an address the way it is understood: "hawa punktum jallow" and then,
to be sure, "h-a-w-a, punktum, j-a-l-l-o-w", then "krøllalfa, gmail punktum com". Each part may be said as a
word, spelled with hyphens ("a-m-a-r-a") or with spaces ("r e i d u n"), or said and then spelled ("wanjiru,
w-a-n-j-i-r-u"); parts are joined by `punktum`/`prikk`/`dot`/`dott`/`understrek`/`bindestrek`, and the
provider follows `krøllalfa`/`alfakrøll`/`snabel-a`/`at`, with its own parts (`stud punktum ntnu punktum no`)
and a top-level domain, or the domain as written ("gmail.com"). The whole span, from the first word of the name to the domain, is one `[e-post]`;
read back by the interviewer ("Hawa punktum Jallow krøllalfa gmail punktum com?") it is the same again.

A word before a spelled part belongs to the address only when it is joined to it (`punktum`) or the spelling
spells it ("wanjiru, w-a-n-j-i-r-u"): in "Ja, m-u-s-a, krøllalfa, …" the `Ja` stays.

Round 38c: `punkt` says the dot as `punktum` does ("amina punkt warsame snabel-a hotmail punkt no"), `strek`
joins the parts of a domain as `bindestrek` does, and a local part of one plain word counts before a Norwegian
at-word (`krøllalfa`, `alfakrøll`, `snabel-a`), which no sentence says otherwise: "rekruttering alfakrøll
oslotaxi bindestrek sjafor punktum no" (a word a sentence is made of, `er`, `til`, `adressen`, is no local part).

Round 57a (`spelled_twins`): a user part spelled with no at-word and no domain is an address when the same address
is written within a turn of it, before or after, in the text or in a bracket note, and the spelled letters are
those before its `@` ("anjali.deshmukh@…, det staves a-n-j-a-l-i punktum d-e-s-h-m-u-k-h"); a spelled word that
spells no address written near it is `spelled_names`' or stays.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# One letter or digit of a spelled word; a spelled word of three or more, with hyphens ("a-n-j-a", "H-A-W-A")
# or single spaces ("t e s f a y").
_LETTER = r"[a-zæøåA-ZÆØÅ0-9]"
SPELLED = (rf"(?:{_LETTER}(?:-{_LETTER}){{2,}}(?![\w-])"
           rf"|{_LETTER}(?:[ \t]{_LETTER}){{2,}}(?![\w-]))")
_WORD = r"[\w]+(?:-[\w]+)*"
_PART = rf"(?:{SPELLED}|{_WORD})"
_GAP = r"(?:[ \t]*,[ \t]*|[ \t]+)"
# Round 51s: `minus` and `dash` say the hyphen and the English `point` the dot ("wanjiku minus kamau at …",
# "thea point chhim at outlook point com"); `a med ring rundt` says the at-sign ("…, a med ring rundt, gmail, …").
_JOIN = r"(?i:punktum|punkt|prikk|dott|dot|point|bindestrek|understrek|strek|minus|dash)"
_AT = r"(?i:krøll[ -]?alfa|alfa[ -]?krøll|krøll(?![\w-])|snabel-a|a[ \t]+med[ \t]+ring[ \t]+rundt|æt|at|@)"
_DOMAIN_JOIN = r"(?i:punktum|punkt|prikk|dott|dot|point|bindestrek|strek|minus|dash)"
_DOT = r"(?i:punktum|punkt|prikk|dott|dot|point)"
_TLD = r"(?i:no|com|org|net|se|dk|fi|uk|de|edu|info|io)"
# Round 48c: the country domains of the participants' first countries, said after a dot word in an address
# ("… krøll inbox punkt ru", "… æt wp prikk pl"); not those that are Norwegian words (`er`, `so`, `is`, `by` …).
_COUNTRY_TLD = (r"(?i:ru|pl|ua|lt|lv|ee|es|fr|nl|be|ch|cz|sk|hu|ro|bg|gr|tr|ir|pk|ke|ng|gh|za|br|ar|mx|cl|cn|jp|kr"
                r"|vn|th|ph|my|af|sy|iq|ps|tn|eg|ly|kz|kg|uz|ge|az|rs|hr|ba|al|pt|ie|us|ca|au|nz|eu|pro|biz"
                r"|me|co|app|tv)")  # round 49c: generic domains said after a dot word ("… krøll proton punkt me")
# The local part: a first part (spelled, or a word joined to what follows or spelled right after it), then
# parts joined by a joining word, or a spelling right after a part ("wanjiru, w-a-n-j-i-r-u").
# Round 38c: one plain word alone before a Norwegian at-word ("rekruttering alfakrøll …").
_NORWEGIAN_AT = r"(?i:krøll[ -]?alfa|alfa[ -]?krøll|krøll|snabel-a|a[ \t]+med[ \t]+ring[ \t]+rundt|æt)(?![\w-])"
# Round 48c: a local part written with dots and read from a letter ("anne.kari punkt solberg alfakrøll …"), and one
# plain word before the English `at` when the turn is about an address ("e-posten er tomas at …").
_LOCAL_WORD = r"[\w]+(?:[.-][\w]+)*"
_ENGLISH_AT = r"(?i:at)(?![\w-])"
_LOCAL = (rf"(?:{SPELLED}|{_LOCAL_WORD}(?={_GAP}(?:{_JOIN}|{SPELLED}))"
          rf"|(?P<one>{_LOCAL_WORD})(?={_GAP}(?:{_NORWEGIAN_AT}|{_ENGLISH_AT})))"
          rf"(?:{_GAP}{_JOIN}{_GAP}{_PART}|{_GAP}{SPELLED}|{_GAP}{_JOIN}(?={_GAP}{_PART}))*")
SPELLED_EMAIL = re.compile(
    rf"(?<![\w@.-]){_LOCAL}{_GAP}{_AT}{_GAP}(?:{_PART}(?:{_GAP}{_DOMAIN_JOIN}{_GAP}{_PART})*"
    rf"{_GAP}{_DOT}{_GAP}(?:{_TLD}|{_COUNTRY_TLD})|[\w-]+(?:\.[\w-]+)*\.{_TLD})(?![\w@-])")
_FIRST = re.compile(rf"({_WORD}){_GAP}({SPELLED})")
_SPELLED_RE = re.compile(SPELLED)
# Words sentences are made of: never the first part of an address said aloud (also `number_emails`').
SENTENCE_WORDS = frozenset("""
er var blir ble står sto det den dette denne de dem jeg du han hun vi dere meg deg seg oss ja nei nå så altså
og eller men at til på i for med av fra om som her der da jo vel bare kanskje også mitt min mi mine ditt din
hans hennes deres vår sin sitt adresse adressen adressa e-post e-posten eposten mail mailen skriv send heter
het tror mener nummer ny nye gamle
""".split())


# Round 48c: a turn about an address or how to reach someone, where `at` may say the at-sign.
_ADDRESS_TALK = re.compile(r"(?i)e-?post|e-?mail|\bmail|adresse|adressa|privat|kontakt|skriv|nå (?:deg|meg|dere|henne|ham)")


def _about_address(text: str, at: int) -> bool:
    """Whether the turn up to `at`, or the turn before it, is about an address."""
    line_start = text.rfind("\n", 0, at) + 1
    before_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return _ADDRESS_TALK.search(text, before_start, at) is not None


def _letters(spelled: str) -> str:
    return re.sub(r"[ \t-]", "", spelled).casefold()


def spelled_emails(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of e-mail addresses said aloud with a spelled part, commas between the parts or a
    joining word a written address has no word for; the plain "kari punktum hansen krøllalfa gmail punktum
    com" is `identifiers.EMAIL_SPOKEN`'s (found here too when `dott`, `prikk` or `understrek` joins it)."""
    for m in SPELLED_EMAIL.finditer(text):
        start, found = m.start(), m.group(0)
        if m.group("one") is not None and m.group("one").casefold() in SENTENCE_WORDS:
            continue  # "adressen er krøllalfa …": no local part
        if m.group("one") is not None and re.match(rf"{_GAP}{_ENGLISH_AT}", text[m.end("one"):]) \
                and not _about_address(text, m.start()):
            continue  # "sa at …": the conjunction, unless the turn or the one before is about an address
        if not _SPELLED_RE.match(found):
            first = _FIRST.match(found)
            if first is not None and _letters(first.group(2)) != first.group(1).casefold():
                start += first.start(2)  # "Ja, m-u-s-a": the word before is no part of the address
        found = text[start:m.end()]
        if "," in found or _SPELLED_RE.search(found) or re.search(
                r"(?i)krøll|snabel|@|strek|prikk|dott|\bæt\b|\bpunkt\b|\bpoint\b|\bminus\b|\bdash\b|ring rundt", found) or m.group("one") is not None:
            yield start, m.end()


# Round 57a: an address spelled beside its written form, with no at-word ("anjali.deshmukh@… , det staves
# a-n-j-a-l-i punktum d-e-s-h-m-u-k-h"): spelled words of two letters or more, with hyphens or spaces, joined by
# dot, dash or underscore words.
_TWIN_PART = rf"(?:{_LETTER}(?:-{_LETTER})+(?![\w-])|{_LETTER}(?:[ \t]{_LETTER})+(?![\w-]))"
_TWIN_JOIN = r"(?i:punktum|punkt|prikk|dott|dot|point|bindestrek|understrek|strek|minus|dash)"
_SPELLED_TWIN = re.compile(rf"(?<![\w@.-]){_TWIN_PART}(?:{_GAP}{_TWIN_JOIN}{_GAP}{_TWIN_PART})*")
_WRITTEN = re.compile(r"(?<![\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
_FOLDS = ({"ø": "o", "æ": "ae", "å": "a"}, {"ø": "oe", "æ": "ae", "å": "aa"})


def _folded(letters: str, folds: dict[str, str]) -> str:
    low = "".join(folds.get(c, c) for c in letters.casefold() if c.isalnum())
    return unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()


def spelled_twins(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of an address's user part spelled letter by letter within a turn of an address written in the
    same, the turn before or the turn after (a bracket note counts as written): the spelled letters, joining words
    said for nothing, are those before the written address's `@`."""
    for m in _SPELLED_TWIN.finditer(text):
        spelled = re.sub(_TWIN_JOIN, "", m.group(0))
        if sum(c.isalnum() for c in spelled) < 4:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
        after = text.find("\n", m.end())
        after = len(text) if after == -1 else text.find("\n", after + 1)
        around = text[before:len(text) if after == -1 else after]
        users = {w.group(1) for w in _WRITTEN.finditer(around)}
        if any(_folded(spelled, f) == _folded(user, f) for user in users for f in _FOLDS):
            yield m.start(), m.end()
