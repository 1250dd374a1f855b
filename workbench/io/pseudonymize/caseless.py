"""Names, places and firms in text without case: raw speech-recognition output (round 27a).

A recogniser (Whisper, Nuance, Microsoft) that is not asked to punctuate writes everything in lower case,
so the capital that marks a name in Norwegian is missing and most word rules never fire. `caseless`
decides per document that case carries no information: a text of some length with no capitalised word
inside a sentence (a capital only after a full stop or at a line's start, if at all). Only there:

* people by their frames (`heter`, `jeg er`, `navnet er`, a role or family noun with a possessive:
  `mentoren min`, `min kone`, `sønnen vår`) and the name-like words after them; by listed first names
  that are no everyday word; by two or more listed names side by side (`tor inge`, `geir arne hammari`);
  by a listed first name opening a clause before a verb of speech or help (`når rune sier`);
* places by a word the dictionary does not know after a place preposition (`i leiren shagarab`, `fra
  mendefera`) or a place noun (`byen`, `leiren`), and firms by the same after a work frame (`praksis hos
  bravida`, `jobber på nortura`), by a company form (`nordlys elektro as`), and by a name-like word before
  an institution noun (`kanebogen skole`, `harstad voksenopplæring`);
* every word found so comes again in the document (with a genitive -s); a listed first name that is also a
  word (`rune`, `stein`) comes again only at a clause's start before a verb, and a firm of several words
  as a whole.

Ordinary words that are also names (`per` before a unit, `sol`, `storm`, `finn ut`, `vil`) stay: they are
taken only in a frame, and a frame wants a word the dictionary does not know or a listed name that is no
everyday word.
"""

from __future__ import annotations

import itertools
import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.everyday import CHAINS
from workbench.io.pseudonymize.everyday_names import ALL as EVERYDAY_NAMES
from workbench.io.pseudonymize.keep import TOOLS
from workbench.io.pseudonymize.pastime_names import CLUBS, JOB_SITES, PROVIDERS, SCHEMES

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_BREAK = re.compile(r"[.!?:;\n«»\"“”()\[\]–]")
# After a word: a hyphen, an at, a slash, or a full stop inside an address ("finn.no"); a full stop that ends a
# sentence ("jobber på alnabru. vi …") is none (round 50n).
_ADDRESS_PART = re.compile(r"[-@/]|\.\w")
# A number said in words and written as one ("nittennittito", "totusenogti"): no name, though the dictionary
# lacks it (round 50n).
_NUMBER_WORD = re.compile(r"(?:null|en|ett|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten"
                          r"|femten|seksten|sytten|atten|nitten|tjue|tretti|førti|femti|seksti|sytti|åtti|nitti"
                          r"|hundre|tusen|og)+")
# An editor's note in square brackets ("[rettet for hånd: Torsnesveien 31]", "[latter]"): written by the person who
# checked a recogniser's text, not by the recogniser, so its capitals say nothing about the text's case (round 49c).
_NOTE = re.compile(r"\[[^\]\n]{1,200}\]")


def without_notes(text: str) -> str:
    """The text with the inside of each editor's note in square brackets blanked, at the same offsets."""
    from workbench.io.pseudonymize.bracket_twins import uncased  # round 50c: "på Ytrebygda [Ytrebygda]" judged as written

    return _NOTE.sub(lambda m: "[" + " " * (len(m.group(0)) - 2) + "]", uncased(text))
# Fewer interior words than this: too little text to tell that case carries nothing.
_MIN_INTERIOR = 25
_LABEL_AFTER = re.compile(r"[ \t]*\d{1,2}[ \t]*:")  # "speaker 1:", "taler 2:": a numbered speaker label

_NAMING = frozenset("heter het kalles kalt".split())
_NAME_INTROS = ("jeg er", "navnet mitt er", "navnet er", "navnet hans er", "navnet hennes er", "navnet ditt er",
                "det er meg", "snakker med", "jeg snakker med")
_FAMILY = frozenset("""
mentor mentoren mentee menteen kollega kollegaen kollegaer leder lederen sjef sjefen veileder veilederen
venn vennen venninne venninna venninnen nabo naboen naboene mann mannen kone kona konen samboer samboeren
sønn sønnen datter datteren dattera bror broren søster søsteren søstera onkel onkelen tante tanten fetter
fetteren kusine kusina svoger svogeren svigerinne svigerinna bestemor bestefar mor far mora faren moren
lærer læreren kontaktperson kontaktpersonen saksbehandler saksbehandleren arbeidsleder arbeidslederen
skiftleder skiftlederen formann formannen mester mesteren
""".split())
_POSSESSIVE = frozenset("min mi mitt mine din di ditt dine vår vårt våre hans hennes deres".split())
_PLACE_PREPS = frozenset("i fra til ved nær utenfor rundt mot gjennom".split())
_WORK_PREPS = frozenset("hos på i for".split())
_WORK_WORDS = frozenset("""
jobber jobbet jobb jobben jobbe jobba arbeider arbeidet arbeide praksis praksisplass lærling lærlingplass
ansatt ansettelse sommerjobb deltid vikar vikarierer vikariat kontrakt oppdrag sjef leder produksjonssjef
montør elektriker renholder assistent pensjonert pensjonist sluttet begynte søkte søke intervju stilling
""".split())
_PLACE_NOUNS = frozenset("""
leiren byen landsbyen bydelen øya området regionen provinsen fylket staten grenda bygda kommunen
leir by landsby bydel
""".split())
_INSTITUTIONS = frozenset("""
skole skule barneskole ungdomsskole videregående vgs barnehage helsetun sykehjem omsorgssenter sykehus
sjukehus kirke menighet bibliotek voksenopplæring voksenopplæringa læringssenter helsesenter legesenter
legekontor tannklinikk idrettslag il fotballklubb universitet høgskole høyskole bo- kulturhus
""".split())
_COMPANY = frozenset("as asa".split())
# Greetings, farewells and spoken forms a recogniser writes as one word the dictionary lacks ("takk hade").
_SPOKEN = frozenset("""hade hadet snakkes morn morna hallais heisann heisan ciao bye okei oki mhm mm aha jaa neei
neida joda jada nja åja åneida sånn sånt ikkesant liksom skjønner""".split())
# Endings of Norwegian nouns in the definite, the plural, the genitive and of agent and abstract nouns: an
# unknown word that ends so is an ordinary compound more often than a name.
_NOUN_ENDINGS = ("en", "et", "ene", "ens", "ets", "er", "ing", "het", "else", "tet", "ment")
# A firm's trade after its name ("fjellvik bygg", "nordvik marina", "trøndelag teater"): the gazetteer's
# organisation tails that are no company form, and a few more places of work.
_TRADE_TAILS = (gaz.ORG_TAILS - frozenset("as asa sa ans da ba bydel".split())) | frozenset(
    "teater gård gartneri marina hagelag kultursenter".split())
# Listed first names that are also Norwegian words said in lower case ("andres meninger", "lea på seg").
# Chains, apps, tools, clubs, providers and job sites everyone uses: in lower case no name of anyone's place
# or workplace, unless a work frame stands right before them.
_EVERYDAY = frozenset(n.split()[0] for n in CHAINS | EVERYDAY_NAMES | TOOLS | CLUBS | JOB_SITES | PROVIDERS | SCHEMES
                      if n.split())
_CHAIN_WORDS = frozenset(n.split()[0] for n in CHAINS if n.split())
# Round 63a: chains named by an ordinary noun and a second word ("apotek 1", "sport 1", "ark bokhandel"): the noun
# alone after a work frame is the kind of workplace ("hvordan det er å jobbe på apotek"), not the chain; it is the
# chain only when the chain's second word or a number (figures or a number word) follows it.
_NOUN_CHAINS = {first: frozenset(n.split()[1] for n in CHAINS if len(n.split()) > 1 and n.split()[0] == first)
                for first in {n.split()[0] for n in CHAINS if len(n.split()) > 1}
                if first not in CHAINS and rules.known_word(first)}
_CHAIN_NUMBER_WORDS = frozenset("en ett ei to tre fire fem seks sju syv åtte ni ti".split())


def _bare_chain_noun(word: str, following: str | None) -> bool:
    """Whether `word` is the ordinary noun of a noun-named chain with neither its second word nor a number after it."""
    rest = _NOUN_CHAINS.get(word)
    if rest is None or word in gaz.EMPLOYERS:
        return False
    return following is None or not (following in rest or following.isdigit() or following in _CHAIN_NUMBER_WORDS)
_WORD_NAMES = frozenset("andres lea rut mei hui else are sam salam rama helga lucia".split())
# Nouns that introduce a firm's name and are no part of it ("et lite firma nordlys elektro as").
_FIRM_NOUNS = frozenset("""firma firmaet bedrift bedriften selskap selskapet butikk butikken kunde kunden
arbeidsgiver arbeidsgiveren konsern konsernet""".split())
_CLAUSE_OPENERS = frozenset("og men når at så fordi hvis da der om enn".split())
_PERSON_VERBS = frozenset("""
sier sa spør spurte ringer ringte hjelper hjalp lærte lærer mener mente synes syntes forteller fortalte
forklarer forklarte viser viste smiler lo ler kjenner kjente snakker snakket skriver skrev sender sendte
""".split())
_CLAUSE_VERBS = _PERSON_VERBS | frozenset("er var har hadde kan kunne skal skulle vil ville må måtte jobber jobbet "
                                          "bor bodde kom kommer går gikk får fikk".split())


def caseless(text: str) -> bool:
    """Whether the text carries no case: enough words inside sentences and no capital among them, and a
    third or more of the sentences and turns open in lower case (a text in good case that names no one
    inside a sentence still opens its sentences with capitals)."""
    interior = capitals = 0
    starts = {True: [0, 0], False: [0, 0]}  # opening a line or turn / a sentence inside a line: [all, lower]
    prev_end = None
    text = without_notes(text)
    for m in _TOKEN.finditer(text):
        gap = text[prev_end:m.start()] if prev_end is not None else "\n"
        prev_end = m.end()
        if text[m.end():m.end() + 1] == ":" or (m.group(0).isalpha() and _LABEL_AFTER.match(text, m.end())):
            continue  # a speaker label ("Mentee:", "speaker 1:", "taler 2:")
        if _BREAK.search(gap):
            line = "\n" in gap or ":" in gap or "]" in gap
            starts[line][0] += 1
            starts[line][1] += m.group(0)[:1].islower()
            continue  # a sentence's or line's first word
        interior += 1
        if m.group(0)[:1].isupper() and m.group(0) != "I":
            capitals += 1
    lower_opening = any(n >= 3 and 3 * lower >= n for n, lower in starts.values())
    return interior >= _MIN_INTERIOR and capitals <= interior // 400 and lower_opening


def _unknown(word: str) -> bool:
    """A lower-case word the dictionary does not know and that is no English or filler word."""
    return (len(word) >= 3 and word.islower() and not rules.known_word(word) and not rules.english(word)
            and word not in rules.FILLERS and word not in gaz.FUNCTION_WORDS and word not in gaz.NEVER
            and word not in gaz.GENERIC_ACRONYMS and word not in _SPOKEN and not rules.public(word)
            and not rules.frequent(word, 4.5) and not (len(word) >= 6 and _NUMBER_WORD.fullmatch(word)))


def _thing_compound(word: str) -> bool:
    """A hyphenated word whose tail is an ordinary noun ("tibber-appen", "hms-kortet"): a thing, no place."""
    _head, _, tail = word.partition("-")
    return bool(tail) and rules.known_word(tail)


def common_compound(word: str) -> bool:
    """A compound whose last part is a common word (`søknadsprosessen`, `pauserommet`, `leksehjelp`): an
    ordinary noun the dictionary lacks. A name that only splits into rare parts (`kane|bogen`) is none."""
    head = rules.compound_head(word)
    return head is not None and head not in gaz.NAME_ELEMENTS and rules.frequent(head, 3.2)


def _given(word: str) -> bool:
    """A listed first name that is no everyday word (`solveig`, `kristin`; not `per`, `vil`, `stein`), nor a
    word in its own right that only happens to be listed (`andres`, `lea`, `hope`)."""
    if word not in gaz.GIVEN_NAMES and rules.known_word(word):
        return False  # "endres": a verb's form, though "endre" is listed
    if not rules.listed(word, gaz.GIVEN_NAMES) or word in gaz.AMBIGUOUS or word in gaz.FUNCTION_WORDS \
            or word in gaz.POSSESSIVES or rules.everyday(word) or word in gaz.NEVER or word in rules.SPEAKER_WORDS \
            or word in _WORD_NAMES:
        return False
    return not (rules.known_word(word) and not rules.dictionary_proper_noun(word) and rules.english(word))


def _name_word(word: str, strict: bool = False) -> bool:
    """A word that can be part of a name in a frame: unknown to the dictionary, or a listed name."""
    if word in gaz.FUNCTION_WORDS or word in gaz.POSSESSIVES or word in rules.FILLERS or word in gaz.NEVER:
        return False
    if _unknown(word) or _given(word):
        return True
    if strict:
        return False
    return rules.listed(word, gaz.SURNAMES) and word not in gaz.AMBIGUOUS and not rules.everyday(word)


def caseless_finds(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, source) of people, places and firms in a text without case (empty otherwise)."""
    if not caseless(text):
        return []
    words = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    low = [w[2].casefold() for w in words]
    out: list[tuple[int, int, str, str]] = []
    n = len(words)

    def joined(i: int, j: int) -> bool:  # words i and j side by side on one line, one space apart
        return text[words[i][1]:words[j][0]] == " "

    def run_from(i: int, limit: int = 4) -> int:
        """The last index of the name-like words from i on (i - 1 when none)."""
        j = i - 1
        while j + 1 < n and j + 1 - i < limit and (j + 1 == i or joined(j, j + 1)) and (
                _name_word(low[j + 1]) or (j >= i and _surname_like(low[j + 1]))):
            j += 1
        return j

    for i in range(n):
        word = low[i]
        if _ADDRESS_PART.match(text, words[i][1]):
            continue  # "arbeids- og …": a truncated compound; "finn.no", "kari@": part of an address
        prev = low[i - 1] if i else ""
        prev2 = " ".join(low[max(0, i - 2):i])
        prev3 = " ".join(low[max(0, i - 3):i])
        if i and not joined(i - 1, i):
            prev = prev2 = prev3 = ""
        # a person after a naming frame or a role or family noun with a possessive
        framed = (prev in _NAMING or prev2 in _NAME_INTROS or prev3 in _NAME_INTROS
                  or (i >= 2 and low[i - 2] in _FAMILY and prev in _POSSESSIVE)
                  or (i >= 2 and low[i - 2] in _POSSESSIVE and prev in _FAMILY))
        if prev in ("het", "heter") and word in gaz.NAME_PARTICLES and i + 1 < n and joined(i, i + 1) \
                and _unknown(low[i + 1]):  # "et firma som het al nasr electrical"
            j = i + 1
            while j + 1 < n and j - i < 4 and joined(j, j + 1) and (_unknown(low[j + 1]) or (
                    rules.english(low[j + 1]) and low[j + 1] not in gaz.FUNCTION_WORDS and not rules.known_word(low[j + 1]))):
                j += 1
            out.append((words[i][0], words[j][1], "org" if j > i + 1 else "person", "rule:caseless"))
            continue
        # a role or family noun right before a name, in apposition: "sjefen rune haugsbakk", "svigerinnen saima"
        if not framed and prev in _FAMILY and prev not in ("mann", "mor", "far") and (
                _strict_name(word) or (_listed_name(word) and i + 1 < n and joined(i, i + 1) and _unknown(low[i + 1]))):
            framed = True
        # a name opening a turn: the answer to "what is your name" ("olena kravets"), or a vocative ("lan du …")
        gap = text[words[i - 1][1]:words[i][0]] if i else "\n"
        if prev in ("ja", "jo") and i >= 2 and _BREAK.search(text[words[i - 2][1]:words[i - 1][0]]) \
                and _strict_name(word) and run_from(i) > i:
            framed = True  # "ja gunnvor lysne-bakke sekstitre år": the answer after a yes
        if not framed and _strict_name(word) and ("\n" in gap or ":" in gap or "]" in gap):
            nxt = low[i + 1] if i + 1 < n and joined(i, i + 1) else ""
            if run_from(i) > i or nxt in ("du", "fra", "her") or i + 1 >= n or not joined(i, i + 1):
                framed = True
        # a name closing a turn after thanks or a greeting: "takk habtom"
        if not framed and prev in ("takk", "hei", "hallo") and _strict_name(word) and (
                i + 1 >= n or not joined(i, i + 1)):
            framed = True
        if framed and not _name_word(word) and rules.listed(word, gaz.GIVEN_NAMES) and word not in _CLAUSE_VERBS \
                and word not in gaz.FUNCTION_WORDS and i + 1 < n and joined(i, i + 1) and low[i + 1] in _PERSON_VERBS:
            out.append((words[i][0], words[i][1], "person", "rule:caseless"))  # "min sønn ask sier"
            continue
        # an unknown name opening a clause before a verb of speech or of being: "kadri mener", "thiago tegner"
        if not framed and _strict_name(word) and _unknown(word) and "-" not in word \
                and _clause_start(text, words, low, i) \
                and i + 1 < n and joined(i, i + 1) and low[i + 1] in _PERSON_VERBS | {"er", "var", "har", "hadde"}:
            framed = True
        if framed and _name_word(word) and not (prev not in _NAMING and common_compound(word)) \
                and not (prev in _NAMING and i >= 2 and low[i - 2] == "det" and rules.compound_of_known(word)):
            j = run_from(i)
            if j >= i:
                out.append((words[i][0], words[j][1], "person", "rule:caseless"))
                continue
        # two or more listed names side by side ("tor inge", "geir arne hammari")
        if i + 1 < n and joined(i, i + 1) and _listed_name(word) and _listed_name(low[i + 1]) and (
                _given(word) or _given(low[i + 1])) and not (i and joined(i - 1, i) and _listed_name(prev)):
            j = i + 1
            while j + 1 < n and joined(j, j + 1) and (_listed_name(low[j + 1]) or _unknown(low[j + 1])
                                                      or (j - i < 2 and _surname_like(low[j + 1]))):
                j += 1  # round 30c: a surname that is also a word ("marte elisabeth <røyset>")
            out.append((words[i][0], words[j][1], "person", "rule:caseless"))
            continue
        if _given(word):
            j = i
            while j + 1 < n and joined(j, j + 1) and (_unknown(low[j + 1]) or
                                                      (rules.listed(low[j + 1], gaz.SURNAMES)
                                                       and low[j + 1] not in gaz.AMBIGUOUS)):
                j += 1
            out.append((words[i][0], words[j][1], "person", "rule:caseless"))
            continue
        # a listed first name that is also a word, opening a clause before a verb of speech ("når rune sier")
        if rules.listed(word, gaz.GIVEN_NAMES) and word not in gaz.FUNCTION_WORDS and word not in gaz.POSSESSIVES \
                and _clause_start(text, words, low, i) and i + 1 < n and joined(i, i + 1) \
                and low[i + 1] in _PERSON_VERBS:
            out.append((words[i][0], words[i][1], "person", "rule:caseless"))
            continue
        # an unknown word taken up by a pronoun before a verb: "der mehari han har vært", spoken left dislocation
        if _strict_name(word) and i + 2 < n and joined(i, i + 1) and low[i + 1] in ("han", "hun") \
                and low[i + 2] in _CLAUSE_VERBS and (prev in _CLAUSE_OPENERS or prev in ("der", "her", "bare")
                                                     or _clause_start(text, words, low, i)):
            out.append((words[i][0], words[i][1], "person", "rule:caseless"))
            continue
        # a firm with its company form ("nordlys elektro as")
        if word in _COMPANY and i and joined(i - 1, i) and (i + 1 >= n or not joined(i, i + 1)
                                                             or low[i + 1] not in ("a", "b")):
            k = i - 1
            while k >= 0 and i - k <= 3 and _firm_word(low[k]) and (k == i - 1 or joined(k, k + 1)):
                k -= 1
            if k < i - 1:
                out.append((words[k + 1][0], words[i][1], "org", "rule:caseless"))
            continue
        # a local NAV office by its place ("nav vestby")
        if word == "nav" and i + 1 < n and joined(i, i + 1) and _place_word(low[i + 1]):
            out.append((words[i][0], words[i + 1][1], "org", "rule:caseless"))
            continue
        # a name-like word before an institution noun or a firm's trade ("kanebogen skole", "fjellvik bygg")
        if i + 1 < n and joined(i, i + 1) and (low[i + 1] in _INSTITUTIONS or low[i + 1] in _TRADE_TAILS) \
                and _institution_name(word):
            out.append((words[i][0], words[i + 1][1], "org", "rule:caseless"))
            continue
        # an unknown word after a place preposition or noun, or a work frame
        # a listed place or a proper noun to the dictionary after a place preposition ("i skien", "på drøbak");
        # "på ski" is skiing
        if (prev in _PLACE_PREPS or prev == "på") and word.islower() and word not in gaz.NEVER \
                and word not in gaz.AMBIGUOUS and word not in _EVERYDAY and not rules.public(word) \
                and _place_word(word) and not _unknown(word) \
                and not (word == "ski" and prev == "på"):
            tail = i + 1 < n and joined(i, i + 1) and (low[i + 1] in _INSTITUTIONS or low[i + 1] in _TRADE_TAILS)
            j = i + 1 if tail else i
            out.append((words[i][0], words[j][1], "org" if tail else "place", "rule:caseless"))
            continue
        # a listed employer where someone works ("jobber i sikkerhetsavdelingen i telenor")
        # and a chain where someone works, right after the work word ("jobber på rema 1000 på lade")
        if (prev in _WORK_PREPS or prev == "fra") and (
                (word in gaz.EMPLOYERS and word not in _EVERYDAY
                 and any(w in _WORK_WORDS for w in low[max(0, i - 6):i - 1]))
                or ((word in gaz.EMPLOYERS or word in _CHAIN_WORDS) and i >= 2 and low[i - 2] in _WORK_WORDS
                    and not _bare_chain_noun(word, _next_word(text, words[i][1])))):
            number = re.match(r" \d{1,4}(?![\d])", text[words[i][1]:words[i][1] + 6])
            out.append((words[i][0], words[i][1] + (number.end() if number else 0), "org", "rule:caseless"))
            continue
        if _unknown(word) and (prev in _PLACE_PREPS or prev in _WORK_PREPS or prev in _PLACE_NOUNS or prev == "hos"):
            work = prev in _WORK_PREPS and any(w in _WORK_WORDS for w in low[max(0, i - 6):i - 1])
            if prev == "for" and not work:
                continue  # "takk for", "for tesfamariam": no place
            close_work = (prev in _WORK_PREPS or prev == "fra") and any(w in _WORK_WORDS for w in low[max(0, i - 3):i - 1])
            if common_compound(word) and not (close_work or prev == "hos"):
                continue  # "i søknadsprosessen", "på pauserommet": an ordinary compound the dictionary lacks
            if (word in _EVERYDAY or word.partition("-")[0] in _EVERYDAY or _thing_compound(word)) and not close_work:
                continue  # "handlet på cubus", "lager plakater i canva", "i tibber-appen"
            kind = "org" if work or close_work or prev == "hos" else "place"
            j = i
            while j + 1 < n and joined(j, j + 1) and _unknown(low[j + 1]) and j - i < 2:
                j += 1
            out.append((words[i][0], words[j][1], kind, "rule:caseless"))
    from workbench.io.pseudonymize.caseless_firms import firm_finds  # round 29a: "<name> bil og dekk", "kona mi rim"
    return firm_finds(text, words, low, out, _TRADE_TAILS, _FAMILY, _POSSESSIVE, _CLAUSE_VERBS)


def _surname_like(word: str) -> bool:
    """A word after a first name that reads as its surname though the dictionary knows it: a proper noun to
    it or a rare word ("dybvik", "skorpen"), no function word, English word or adjective."""
    if word in gaz.FUNCTION_WORDS or word in gaz.POSSESSIVES or word in gaz.NEVER or len(word) < 3 \
            or rules.english(word) or rules.adjective_like(word) or word in _CLAUSE_VERBS:
        return False
    return rules.known_word(word) and (rules.dictionary_proper_noun(word) or not rules.frequent(word, 3.0))


def _place_word(word: str) -> bool:
    """A listed place, a proper noun to the dictionary of four letters or more that is not common (`drøbak`,
    `yemen`; not `aftenposten`, `cnn`), or a word the dictionary does not know that is no ordinary compound."""
    if word in gaz.NEVER or word in gaz.AMBIGUOUS or word in _EVERYDAY or rules.public(word):
        return False
    return rules.listed(word, gaz.PLACES) or (rules.dictionary_proper_noun(word) and len(word) >= 4
                                              and not rules.frequent(word, 4.0)) or (
        _unknown(word) and not common_compound(word))


def _strict_name(word: str) -> bool:
    """A word that is a name by itself: unknown to the dictionary and no ordinary compound, or a listed first
    name that is no word."""
    if word in _EVERYDAY:
        return False  # "planday", "rema", "azure": a tool, chain or service opening a turn
    return (_unknown(word) and not common_compound(word) and not _noun_form(word)
            and not _thing_compound(word)) or _given(word)


def _noun_form(word: str) -> bool:
    """An inflected or derived form of a dictionary word or compound ("transkribentens", "bymisjonen",
    "mobilabonnementet"): a noun, though the dictionary lacks the form; "temesgen" has no such stem."""
    for ending in _NOUN_ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 4 and (rules.known_word(stem) or rules.compound_head(stem)):
            return True
    return False


def _listed_name(word: str) -> bool:
    return (rules.listed(word, gaz.GIVEN_NAMES) or rules.listed(word, gaz.SURNAMES)) and word not in gaz.FUNCTION_WORDS \
        and word not in gaz.POSSESSIVES and word not in gaz.NEVER and word not in rules.SPEAKER_WORDS


def _firm_word(word: str) -> bool:
    """A word of a firm's name before its company form: no function word, pronoun or verb-like frequent word."""
    if word in gaz.FUNCTION_WORDS or word in gaz.POSSESSIVES or word in _FAMILY or word in _WORK_WORDS \
            or word in _FIRM_NOUNS:
        return False
    return not rules.known_word(word) or not rules.frequent(word, 4.8)


def _institution_name(word: str) -> bool:
    """A word that names the school, home or centre after it: a listed place, a proper noun, or a rare word."""
    if word in gaz.FUNCTION_WORDS or word in gaz.POSSESSIVES or word in _EVERYDAY or rules.adjective_like(word) \
            or (rules.english(word) and not rules.listed(word, gaz.PLACES)):
        return False  # "customer service": English words, no name
    if len(word) < 3:
        return rules.listed(word, gaz.PLACES) and word not in gaz.NEVER  # "ås kirke"
    return rules.listed(word, gaz.PLACES) or rules.dictionary_proper_noun(word) or (
        not rules.frequent(word, 3.5) and not common_compound(word))


def _clause_start(text: str, words, low, i: int) -> bool:
    """Whether word i opens a clause: a line's or sentence's first word, or after a conjunction."""
    gap = text[words[i - 1][1]:words[i][0]] if i else "\n"
    if _BREAK.search(gap):
        return True
    return i > 0 and low[i - 1] in _CLAUSE_OPENERS


def caseless_again(text: str, found, keep) -> list[tuple[int, int, str, str, None]]:
    """Every other occurrence, in a text without case, of a lower-case name, place or firm found in it."""
    if not caseless(text):
        return []
    words = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    low = [w[2].casefold() for w in words]
    forms: dict[str, str] = {}
    slot_only: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for start, end, kind, _source, *_rest in found:
        if kind not in ("person", "place", "org"):
            continue
        span = text[start:end]
        if span != span.lower():
            continue
        parts = span.split()
        if parts and parts[-1] in _COMPANY:
            parts = parts[:-1]
        if len(parts) > 1:
            phrases[" ".join(parts)] = kind
            if kind == "person":  # "yonas tesfa mariam": the recogniser split a name the speaker then says whole
                for a, b in itertools.pairwise(parts):
                    if len(a + b) >= 6 and _unknown((a + b).casefold()):
                        forms[(a + b).casefold()] = kind
        for part in parts:
            w = part.casefold()
            if len(w) < 3 or w in gaz.FUNCTION_WORDS or w in gaz.POSSESSIVES or w in gaz.NEVER or w in _COMPANY \
                    or w in _INSTITUTIONS or w in rules.SPEAKER_WORDS or rules.public(w):
                continue
            if kind == "person" and (w in gaz.AMBIGUOUS or rules.everyday(w)
                                     or (rules.known_word(w) and rules.frequent(w, 3.5) and not _given(w))):
                slot_only[w] = kind
            elif kind == "person" or _unknown(w) or rules.listed(w, gaz.PLACES) or rules.dictionary_proper_noun(w):
                forms[w] = kind
    from workbench.io.pseudonymize.caseless_firms import again_forms  # a trade firm's name alone, "elamrani"
    more_forms, more_phrases = again_forms(text, found)
    forms.update({w: k for w, k in more_forms.items() if w not in forms})
    phrases.update(more_phrases)
    taken = [(f[0], f[1]) for f in found] + list(keep)
    out: list[tuple[int, int, str, str, None]] = []

    def add(start: int, end: int, kind: str) -> None:
        if not any(s < end and start < e for s, e in taken):
            out.append((start, end, kind, "rule:again", None))
            taken.append((start, end))

    for phrase, kind in phrases.items():
        for m in re.finditer(rf"(?<![\w@.-]){re.escape(phrase)}s?(?![\w@-])", text):
            add(m.start(), m.end(), kind)
    for i in range(len(low) - 1):  # "bra vida" beside "bravida": a found word the recogniser split in two
        joined_form = low[i] + low[i + 1]
        if joined_form in forms and len(joined_form) >= 6 and text[words[i][1]:words[i + 1][0]] == " ":
            add(words[i][0], words[i + 1][1], forms[joined_form])
    people = {w for w, k in forms.items() if k == "person"} | {w for w, k in slot_only.items() if k == "person"}
    for i in range(1, len(low) - 1):  # "mentees tereza og rami": a name joined to a name found
        if low[i] not in ("og", "eller") or text[words[i - 1][1]:words[i + 1][0]] != f" {low[i]} ":
            continue
        for a, b in ((i - 1, i + 1), (i + 1, i - 1)):
            if low[a] in people and _strict_name(low[b]) and low[b] not in forms:
                forms[low[b]] = "person"
    for i, w in enumerate(low):
        base = w[:-1] if w.endswith("s") and w[:-1] in forms | slot_only and w not in forms else w
        if base in forms:
            add(words[i][0], words[i][1], forms[base])
        elif base in slot_only and (_clause_start(text, words, low, i) or (i and low[i - 1] in ("ja", "nei"))) \
                and i + 1 < len(words) \
                and low[i + 1] in _CLAUSE_VERBS and text[words[i][1]:words[i + 1][0]] == " ":
            add(words[i][0], words[i][1], slot_only[base])
    return out


def _next_word(text: str, end: int) -> str | None:
    """The lower-case word or figures right after `end` on the same line, after a space."""
    m = re.match(r"[ \t]+([^\W_]+)", text[end:end + 40])
    return m.group(1).casefold() if m else None
