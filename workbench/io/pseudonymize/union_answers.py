"""A union given as the bare answer to a question about one, or named beside "my union".

Round 30o made a trade union an organisation where someone in the text is a member of it, because membership is
special-category data (GDPR art. 9). Two forms of membership carry no membership verb before the name:

* The interviewer asks about a union (`Er du med i en fagforening?`, `Noen som er organisert?`, `Hva med
  fagforening?`) and the next turn answers yes with the union's name alone: `Ja, Tekna.`, `Ja, NITO.`, `Ja, Delta,
  tror jeg.`, `Jepp. Negotia.` The answer is the member's union. The name is a listed union, an acronym, or, after
  `Ja,` (where Norwegian writes a common noun in lower case), a capitalised word the dictionary does not know. In a
  group interview each respondent's turn that answers so before the interviewer speaks again counts. Since round
  35o the answer may also open with the union's name and go on after a comma (`Norsk Sykepleierforbund, fra første
  dag.`, `Fellesforbundet, siden jeg var lærling.`): without a yes the name must be a listed union or association
  or an acronym, never merely a word the dictionary does not know.
* A possessive union noun with the name in apposition: `fagforeningen min, Tekna, ...`, `fagforeningen vår,
  Fellesforbundet, har spurt ...`, `forbundet hennes, NSF, ...`.

Since round 50p a question about organisations or membership in general (`Organisasjoner?`, `Er du medlem noe sted?`)
counts as well, so `Fagforbundet, fordi alle på jobben er der.` answers it; the name's tests are the same, and a
capitalised compound of `forbundet` (`Yrkestrafikkforbundet, for de kan alt om sjåførsaker.`) is a union too.

Since round 44o a question about an association in general (`Har du meldt deg inn i noen forening?`, `Er du medlem av
en forening på jobben?`, since round 47o `en bransjeforening`) or about joining (`meldt deg inn`) counts too, and the answer may name the union after `i`,
as the question's frame does (`I FO, Fellesorganisasjonen.`, `Ja, i Parat.`); the name must still be a listed union
or association, an acronym or, after `Ja,`, a word the dictionary does not know, so `I Oslo? Nei.` stays.

Since round 63b a question about networks (`Og firmaet, er det med i noe nettverk?`) counts too: a firm's federation
is named there as bare (`Gartnerforbundet.`); the name's tests are the same, so `Nei. Naboene, kanskje.` stays.

The union is then replaced there and at its other mentions. What stays: `Ja, fagforening.` and `Ja, gjerne.` (a common
word, lower case or not a name), `Nei, ...` and any answer that does not open with yes or the name, a definite
common noun (`Ja. Fagforeningen på jobben.`), a dictionary word written with a capital after `Ja.`
(`Ja. Absolutt.`), `fagforeningen min` with no name after it, and a turn after a question that is not about a union.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, look_alikes, rules
from workbench.io.pseudonymize.associations import listed_association
from workbench.io.pseudonymize.union_frames import shaped_union
from workbench.io.pseudonymize.union_members import _trade_union

# A question about belonging to a union, in the turn before.
_UNION_QUESTION = re.compile(
    r"(?<![\w-])(?i:fag(?:lig[ \t]+)?foren\w*|[a-zæøå]*forbund\w*|(?:fag)?organisert\w*|fagorganiser\w*|union\w*"
    r"|tillitsvalgt\w*|[a-zæøå]*forening\w*|meld\w*[ \t]+(?:deg|dere|seg)[ \t]+inn"
    r"|organisasjon\w*|medlem\w*|nettverk\w*)(?![\w-])")  # round 44o: "noen forening"; round 50p: "Organisasjoner?"
# round 63b: "er det med i noe nettverk?" asks about a federation as well
_QUESTION = re.compile(r"[^.!?\n]*\?")
# A turn's label ("Mentee 4: ", "[00:12] B: ") or a form's answer mark ("» ", "– ").
_LABEL = re.compile(r"(?:\[[^\]\n]{1,20}\][ \t]*)?[^\s:][^:\n]{0,40}:[ \t]+|[»–-][ \t]*")
# Yes, and the name: "Ja, Tekna.", "Jepp. NITO.", "Ja da, Delta, tror jeg."
_YES = re.compile(r"(?i:ja|jo|jepp|japp|ja[ \t]+da|ja[ \t]+visst|selvfølgelig|klart)(?:([,])|[.!])[ \t]+")
# round 44o: the answer names the union after `i`, as the question's frame does ("I FO, Fellesorganisasjonen.").
_IN = re.compile(r"[Ii][ \t]+(?=[A-ZÆØÅ])")
_NAME = re.compile(r"([A-ZÆØÅ][\wæøåÆØÅ&-]*(?:[ \t]+og[ \t]+[A-ZÆØÅ][\wæøå-]*|[ \t]+[A-ZÆØÅ][\wæøå-]*){0,2})"
                   r"(?=[ \t]*(?:[.,!;]|$|[ \t]+(?:tror|vel|også|nå|selvfølgelig|siden|fra|i)(?![\w-])))")
_ACRONYM = re.compile(r"[A-ZÆØÅ]{2,6}")
# A compound of `forbundet` given as the answer's name: a union the lists may not hold.
_UNION_COMPOUND = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}forbundet")
# round 45u: "Det er Handel og Kontor.", and what may follow a shaped name in an answer.
_IT_IS = re.compile(r"(?:[Dd]et|[Dd]en)[ \t]+er[ \t]+(?=[A-ZÆØÅ])")
_AFTER_NAME = re.compile(r"[ \t]*(?:[.,!;]|$|[ \t]+(?:tror|vel|også|nå|selvfølgelig|siden|fra|i)(?![\w-]))")
# Acronyms that are no union: public bodies and the like an answer may name ("Ja, NAV.").
_NOT_UNIONS = frozenset({"nav", "udi", "imdi", "nho", "ok", "ja", "tv", "pc", "cv", "hms"})


def _union_name(name: str, after_comma: bool) -> bool:
    low = " ".join(name.split()).casefold()
    if low in _NOT_UNIONS or look_alikes.generic_body(low):
        return False  # r53f: "Fagforeningen, ja": the common noun
    if _trade_union(name) or (listed_association(low) and " " not in low and not lexicon.frequent(low, 4.5)):
        return True
    if _UNION_COMPOUND.fullmatch(name):  # round 50p: "Yrkestrafikkforbundet, for de kan alt om sjåførsaker."
        return True
    if " " in low or rules.listed(name, gaz.GIVEN_NAMES) or rules.listed(name, gaz.PLACES):
        return False  # "Ja, Ahmed, han er med": the one who is
    if _ACRONYM.fullmatch(name):
        return True
    # "Ja, Negotia.": a word the dictionary does not know, capitalised where a common noun would be lower case
    return after_comma and not lexicon.known_word(low) and lexicon.compound_head(low) is None


def union_answers(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a union named as the yes-answer to a question about one."""
    out: list[tuple[int, int, str, str]] = []
    offset = 0
    asked = False
    for line in text.split("\n"):
        if not line.strip():
            offset += len(line) + 1
            continue
        answered = False
        label = _LABEL.match(line)
        if asked:
            at = label.end() if label else 0
            yes = _YES.match(line, at)
            start = yes.end() if yes else at
            start = _IN.match(line, start).end() if _IN.match(line, start) else start
            start = _IT_IS.match(line, start).end() if _IT_IS.match(line, start) else start  # round 45u: "Det er X."
            shaped = shaped_union(line, start)  # round 45u: "Musikernes fellesorganisasjon."
            if shaped > 0 and (yes or line[shaped:].lstrip()[:1] in ".!,") \
                    and _AFTER_NAME.match(line, shaped):
                out.append((offset + start, offset + shaped, "org", "rule:definite-body"))
                answered = True
            m = None if answered else _NAME.match(line, start)
            if m and (yes or line[m.end(1):].lstrip()[:1] in ".!,") \
                    and _union_name(m.group(1), bool(yes and yes.group(1))):
                out.append((offset + m.start(1), offset + m.end(1), "org", "rule:definite-body"))
                answered = True
        questions = [q.group(0) for q in _QUESTION.finditer(line)]
        if questions:
            asked = bool(_UNION_QUESTION.search(questions[-1])) and not line[line.rindex("?") + 1:].strip()
        elif not answered:
            asked = False  # the next respondent may still answer the same question after an answer like this
        offset += len(line) + 1
    return out + union_appositions(text)


# "fagforeningen min, Tekna,": a possessive union noun, a comma, the name, and a comma or the end of the sentence.
_APPOSITION = re.compile(
    r"(?<![\w-])(?i:fagforening(?:en|a)|forbundet|fagforbundet)[ \t]+(?i:min|mi|mitt|vår|våres|hans|hennes|deres"
    r"|dems)[ \t]*,[ \t]+([A-ZÆØÅ][\wæøåÆØÅ&-]*(?:[ \t]+og[ \t]+[A-ZÆØÅ][\wæøå-]*)?)(?=[ \t]*[,.!?])")


def union_appositions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a union named in apposition to `fagforeningen min` and the like."""
    out = []
    for m in _APPOSITION.finditer(text):
        if _union_name(m.group(1), True):
            out.append((m.start(1), m.end(1), "org", "rule:definite-body"))
    return out
