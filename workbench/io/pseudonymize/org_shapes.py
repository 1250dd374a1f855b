"""Organisation shapes that the word rules cut short (round 41s).

A sweep of generated small-firm and workplace names in ordinary interview frames (work, practice, supply,
ownership, a sentence subject, a list, a bare answer, an apposition, an English turn) found organisations
replaced only in part:

* an employer's acronym glued to an office or department word ("HTK-kontoret", "NBRA-avdelingen"): the
  acronym was found and the hyphen compound cut at the hyphen, so half a word was left (other tails stay
  outside, as before: "Telenor-jobben");
* a trade word and a number that name a firm ("Bygg 1", "Maling 2", "Bil 24"): the word was found, the
  number left;
* a number glued to a capital or two after a work, supply or ownership frame ("jobber i 3T", "ansatt hos
  4B", "leverer til 2K"), and a capitalised trade word with a number anywhere ("Rør 2000 ringte"): nothing
  found;
* a practice title or a family-firm word before a found name at a sentence start or in a list ("Tannlege
  Berg ringte", "Søstrene Aune har en butikk"): only the surname was found;
* an institution in the definite form before "i"/"på" and a found place, at a sentence start
  ("Sykehjemmet i Tjernvik ringte"): only the place was found.

Round 46i: a firm whose name ends in a number, named where someone works ("jobber i Eiendomsmegler 1 på et
kontor", "praksis hos Rørlegger 24"), was found without its number when its word is no trade word of the list
(a compound, a practice title): after a work frame (`keep.employer_before`) a found organisation takes the number
after it whatever its word, unless a count or a lower-case noun follows the number ("jobber på Kiwi 3 kvelder").

Round 57b: an institution named after a person, a name glued by a hyphen to an institution noun ("Imam
Reza-sykehuset", "Kwame Nkrumah-universitetet", "Magdi Yacoub-klinikken"): held-out 60 found the name as a
person's and left "-sykehuset" outside; a person's, place's or organisation's find right before such a hyphen takes
the compound with it, as one organisation (`person_named_institutions`, run after every other rule).

Round 62a: a firm named by a name word and two or more English words ("Widerøe Ground Handling", "Widerøe
Ground Handling Værnes" in a signature) was cut into a place and a person by the offline rules; a capitalised
run that opens with a found, non-English word followed by two or more English words is one organisation
(`_english_firms`), a place after the English words included.

Each rule but the numbered one widens an organisation or a name the other rules found; that one needs a
work frame right before the code.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.keep import employer_before

Found = tuple[int, int, str, str, str | None]

# "-kontoret", "-avdelingen": a workplace word glued by a hyphen to an employer's acronym names the workplace;
# other tails stay ("Telenor-jobben" keeps "-jobben").
_HYPHEN_TAIL = re.compile(r"-(?:hoved)?(?:kontor(?:et)?|avdeling(?:en)?|senter(?:et)?|lager(?:et)?|klinikk(?:en)?"
                          r"|verksted(?:et)?|filial(?:en)?|fabrikk(?:en)?|anlegg(?:et)?|sekretariat(?:et)?)(?![\w-])")
_ACRONYM = re.compile(r"[A-ZÆØÅ]{2,6}")
# "-sykehuset", "-universitetet", "-skolen": an institution noun glued to a name it is named after.
_NAMED_TAIL = re.compile(r"-(?:sykehus|sjukehus|hospital|klinikk|universitet|høgskole|høyskole|skole|skule|institutt"
                         r"|akademi|senter|moské|kirke|sykehjem|college)(?:et|en|a)?(?![\w-])")
# " 1", " 24", " 2000" after a firm's trade word, not a count ("3 år", "2 ganger") and not a longer number.
_NUMBER_TAIL = re.compile(r" \d{1,4}(?![\w.,:/-]\d|[\w-])(?! (?:år|måneder|måned|uker|uke|dager|dag|timer|time"
                          r"|ganger|gang|kroner|kr|prosent|stykker|mil|km|meter|minutter|års|dagers|ukers)\b)")
# The trade and legal words after which a number belongs to the name ("Bygg 1", "Rør 2000").
_TRADE_WORDS = frozenset("""
bygg rør maling elektro transport regnskap eiendom maskin data vask bil bilservice service renhold
frakt tak tre entreprenør anlegg montasje snekker mur flis glass auto dekk motor verksted consult
consulting gruppen holding invest media design reklame catering kjøkken mat bakeri kafé kafe pizza
""".split())
# Practice titles and family-firm words that open a firm's name ("Tannlege Berg", "Brødrene Dahl").
_OPENERS = frozenset("""
tannlege tannlegene tannlegekontoret fysioterapeut kiropraktor optiker fotterapeut dyrlege
brødrene brødr søstrene
""".split())
# Institutions named by their place ("Sykehjemmet i Tjernvik", "Omsorgssenteret på Rud").
_INSTITUTIONS = re.compile(
    r"(?<![\w-])(?:Sykehjemmet|Omsorgssenteret|Helsesenteret|Legesenteret|Legekontoret|Tannlegekontoret"
    r"|Bo- og behandlingssenteret|Behandlingssenteret|Rehabiliteringssenteret|Læringssenteret"
    r"|Voksenopplæringen|Helsestasjonen|Frisklivssentralen|Sykehuset) (?:i|på) $")
# A work frame right before a short code of a number and capitals ("jobber i 3T", "praksis hos 4B").
_CODE_FRAME = re.compile(
    r"(?i:(?<![\w-])(?:(?:jobb(?:er|et|a)?|arbeid(?:er|et)?|ansatt|praksis|sommerjobb|deltidsjobb|vikar(?:iat)?"
    r"|sluttet|daglig leder|styremedlem|underleverandør|kunde|søkte|søkt|lever(?:er|te)|konkurs) (?:i|på|hos|for|til|av)"
    r"|(?:eier|eide|startet|starta|driver|drev)|arbeidsgiveren min,|i work (?:at|for)|fra) )"
    r"(\d{1,2}[A-ZÆØÅ]{1,3})(?![\w-])(?! (?:trinn|klasse)\b)")
# A capitalised trade word and a number that name a firm wherever they stand ("Rør 2000", "Maling 2").
# Not "Bygg" (a building: "holder til i Bygg 3") and not after a word for where something is or lies.
_NUMBERED_TRADE = re.compile(
    r"(?<!holder til i )(?<!holdt til i )(?<!ligger i )(?<!ligger på )(?<!lå i )(?<!lå på )"
    r"(?<![\w-])(?:Rør|Maling|Elektro|Transport|Regnskap|Eiendom|Maskin|Vask|Bilservice|Renhold|Frakt"
    r"|Anlegg|Montasje|Entreprenør|Snekker|Auto|Dekk|Verksted|Catering|Bakeri)" + _NUMBER_TAIL.pattern)


def _hyphen_tails(text: str, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for s, e, kind, _src, _r in found:
        m = _HYPHEN_TAIL.match(text, e) if kind == "org" and _ACRONYM.fullmatch(text[s:e]) else None
        if m:
            out.append((s, m.end(), "org", "rule:org", None))
    return out


def person_named_institutions(text: str, found: list[Found]) -> list[Found]:
    """`found` with every name right before (or ending in) a hyphen and an institution noun widened to the compound,
    as an organisation ("Imam Reza-sykehuset"); run last, when every name in the text has been found."""
    out: list[Found] = []
    for s, e, kind, _src, _r in found:
        if kind not in ("person", "place", "org") or not text[s:s + 1].isupper():
            continue
        m = _NAMED_TAIL.match(text, e)
        inside = re.search(_NAMED_TAIL.pattern, text[s:e])  # "Kwame Nkrumah-universitetet" found whole as a name
        if m or (kind != "org" and inside and inside.end() == e - s and " " in text[s:s + inside.start()]):
            start = s
            while (prev := next((f for f in found if f[1] == start - 1 and text[start - 1] == " "
                                 and f[2] in ("person", "place") and text[f[0]:f[0] + 1].isupper()), None)):
                start = prev[0]  # "Sheikh" found apart from "Zayed": the whole name before the hyphen
            out.append((start, m.end() if m else e, "org", "rule:org", None))
    return found + out


def _number_tails(text: str, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for s, e, kind, _src, _r in found:
        if kind != "org" or text[s:e].split()[-1].casefold() not in _TRADE_WORDS:
            continue
        m = _NUMBER_TAIL.match(text, e)
        if m:
            out.append((s, m.end(), "org", "rule:org", None))
    return out


# After a firm's number: a function word, a verb of being or having, punctuation or a capital; not a noun.
_AFTER_NUMBER = re.compile(r"[ \t]+([a-zæøå]+)(?![\w-])")
_VERBS_AFTER = frozenset("er var har hadde ble blir".split())


def _framed_number_tails(text: str, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for s, e, kind, _src, _r in found:
        if kind != "org" or not text[s:s + 1].isupper() or not employer_before(text, s):
            continue
        m = _NUMBER_TAIL.match(text, e)
        after = _AFTER_NUMBER.match(text, m.end()) if m else None
        if m and (after is None or after.group(1) in gaz.FUNCTION_WORDS or after.group(1) in _VERBS_AFTER):
            out.append((s, m.end(), "org", "rule:org", None))
    return out


def _openers(text: str, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for s, e, kind, _src, _r in found:
        if kind not in ("person", "place", "org"):
            continue
        m = re.search(r"(?<![\w-])([A-ZÆØÅ][a-zæøå]+) $", text[max(0, s - 20):s])
        if m and m.group(1).casefold() in _OPENERS:
            out.append((s - len(m.group(0)), e, "org", "rule:org", None))
    return out


def _institutions(text: str, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for s, e, kind, _src, _r in found:
        if kind not in ("place", "org", "person"):
            continue
        m = _INSTITUTIONS.search(text[max(0, s - 40):s])
        if m:
            out.append((s - len(m.group(0)), e, "org", "rule:org", None))
    return out


def _codes(text: str) -> list[Found]:
    out = [(m.start(1), m.end(1), "org", "rule:org", None) for m in _CODE_FRAME.finditer(text)]
    return out + [(m.start(), m.end(), "org", "rule:org", None) for m in _NUMBERED_TRADE.finditer(text)]


# Round 62a: a run of capitalised words, single-spaced on one line.
_CAPITAL_RUN = re.compile(r"(?<![\w@.-])[A-ZÆØÅ][\wæøåÆØÅ'’-]*(?: [A-ZÆØÅ][\wæøåÆØÅ'’-]*)+(?![\w@-])")


def _english_firms(text: str, found: list[Found]) -> list[Found]:
    """A firm named by a name word and two or more English words, with a place after it or not ("Widerøe Ground
    Handling", "… Handling Værnes"): the word rules cut it into a place and a person. The first word is found, no
    English word and no given name; the English words are no listed name; a run that opens with English words
    ("Dangerous Goods Awareness", a course) stays to the other rules."""
    from workbench.io.pseudonymize import rules
    out = []
    for m in _CAPITAL_RUN.finditer(text):
        words = [(w.start() + m.start(), w.group(0)) for w in re.finditer(r"\S+", m.group(0))]
        first_at, first = words[0]
        if rules.english(first.casefold()) or rules.listed(first, gaz.GIVEN_NAMES) \
                or not any(f[0] <= first_at < f[1] and f[2] in ("person", "place", "org") for f in found):
            continue
        english = 0
        for _at, word in words[1:]:
            if not rules.english(word.casefold()) or rules.listed(word, gaz.GIVEN_NAMES) \
                    or rules.listed(word, gaz.SURNAMES):
                break
            english += 1
        if english >= 2:
            out.append((m.start(), m.end(), "org", "rule:org", None))
    return out


def widen_orgs(text: str, found: list[Found]) -> list[Found]:
    """`found` with the organisations above widened to their whole name, and numbered codes after work frames."""
    more = _hyphen_tails(text, found) + _number_tails(text, found) + _framed_number_tails(text, found)
    more += _openers(text, found)
    more += _institutions(text, found + more) + _codes(text)
    more += _english_firms(text, found)  # round 62a: "Widerøe Ground Handling"
    return found + more
