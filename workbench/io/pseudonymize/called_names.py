"""Nicknames given as what someone is called, though the nickname is a common word (round 33n).

A mentor who talks about a mentee by a nickname usually says once that it is one: "Storm. Han heter egentlig
Amir …", "Storm er et kallenavn fra fotballen", "Mohammed heter han egentlig, men alle sier Mo", or, after
the person's other names, "[ler] Sasha, sier jeg". The nickname may be a Norwegian word ("Storm", "Lyn",
"Gull", "Mo"), which the word rules leave as ordinary language and the model often does too. Here such a
frame makes the capitalised word a person (`rule:name`), and the pseudonymiser then finds it again at its
other capitalised mentions and in the genitive ("Storms", "Mos"); the lower-case word ("løper som en
storm") stays.

The frames:

* `X er et kallenavn` / `X var kallenavnet hans` / `kallenavnet hennes er X`;
* a one-word sentence `X.` right before `Han/Hun heter egentlig …` (the nickname given first, the real name
  after it);
* `alle/vi/de/folk sier X` (`seier` in Nynorsk) at the end of a clause, where the sentence also says what
  the person is called (`heter`, `navn`, `egentlig`): "… heter han egentlig, men alle sier Mo.";
* `X, sier jeg/vi.` at a sentence start or after a bracketed note (`[ler]`), where the turn has just talked
  about a person's names (`navn`, `heter`, `kaller ham`), whether or not the dictionary knows the word;
  "Nei, sier jeg.", a greeting ("Salam, sa han.") and "Flott, sier vi." after "Dugnad, kaller vi det" stay.

Function words, fillers, role nouns, possessives and public bodies are never nicknames (`clues._naming_word`).

Round 43a: a name part said to be one is a name as much as a nickname is, though it is a word: `Ha er etternavnet
hennes`, `Park er familienavnet`, `Storm er fornavnet hans`, `etternavnet mitt er Vik` (also `slektsnavnet`,
`mellomnavnet`, `pikenavnet` and the Nynorsk `-namnet`). A definite noun before `er` is the part of a name
talked of, not the name ("Resten er etternavnet", "Navnet er …"), unless it is a listed name ("Jensen").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.lexicon import definite, listed

_NICK = r"[A-ZÆØÅ][a-zæøåäöüéè]{1,11}"
# "Storm er et kallenavn", "Lyn var bare et kallenavn", "Gull er kallenavnet hans".
_IS_NICKNAME = re.compile(
    rf"(?<![\w-])({_NICK})[ \t]+(?i:er|var|blei|ble|vart)[ \t]+(?i:(?:bare|jo|egentlig|eigentleg)[ \t]+)?"
    r"(?i:et[ \t]+kallenavn|eit[ \t]+kallenamn|kallenavnet|kallenamnet)(?![\w-])")
_NICKNAME_IS = re.compile(
    rf"(?<![\w-])(?i:kallenavnet|kallenamnet)(?:[ \t]+(?i:hans|hennes|hennar|deres|dykkar|mitt|ditt|vårt))?"
    rf"[ \t]+(?i:er|var|blei|ble|vart)[ \t]+[«\"]?({_NICK})(?![\w-])")
# Round 71b: "Sasha, det er hans kallenavn, er glad", "Vova, det er kallenavnet hans, jobber": the nickname named
# as one in an aside right after it, at a sentence start.
_NICK_ASIDE = re.compile(
    rf"(?:^[ \t]*|(?<=[.!?:\]])[ \t]+)({_NICK}),[ \t]+(?i:det|dette)[ \t]+(?i:er|var)[ \t]+"
    r"(?:(?i:hans|hennes|hennar|deres|dykkar|mitt|ditt|vårt)[ \t]+(?i:kallenavn|kallenamn)"
    r"|(?i:kallenavnet|kallenamnet)[ \t]+(?i:hans|hennes|hennar|deres|dykkar|mitt|ditt|vårt))(?![\w-])", re.M)
# Round 43a: "Ha er etternavnet hennes", "Park er familienavnet", "fornavnet mitt er Storm".
_PART = r"(?i:etter|for|føre|familie|slekts|mellom|pike)(?i:navnet|namnet)"
_IS_NAME_PART = re.compile(rf"(?<![\w-])({_NICK})[ \t]+(?i:er|var|blei|ble|vart)[ \t]+(?i:(?:bare|jo|egentlig|eigentleg)[ \t]+)?"
                           rf"{_PART}(?![\w-])")
_NAME_PART_IS = re.compile(
    rf"(?<![\w-]){_PART}(?:[ \t]+(?i:hans|hennes|hennar|deres|dykkar|mitt|ditt|vårt|sitt))?"
    rf"[ \t]+(?i:er|var|blei|ble|vart)[ \t]+[«\"]?({_NICK})(?![\w-])")
# "Storm. Han heter egentlig Amir Hosseini": the nickname as a sentence of its own, the real name after it.
_NICK_THEN_REAL = re.compile(
    rf"(?:^|(?<=[.!?:\]])[ \t]+)({_NICK})[.!][ \t]+(?:Han|Hun|Hen|Ho)[ \t]+(?:heter|heiter|het|heitte)[ \t]+"
    r"(?i:egentlig|eigentleg|eigentlig|egentleg|i[ \t]+virkeligheten|på[ \t]+ordentlig)(?![\w-])", re.M)
# "alle sier Mo.", "men vi sier bare Gull,": the nickname at the end of its clause.
_SUBJECTS = r"alle|vi|me|de|dei|folk|mange|venner|vennene|venene|kollegaene|kollegane|jeg|eg"
_SAY_NICK = re.compile(
    rf"(?<![\w-])(?i:{_SUBJECTS})[ \t]+(?i:sier|seier|sa|sei)[ \t]+(?i:(?:bare|berre|alltid|heller)[ \t]+)?"
    rf"[«\"]?({_NICK})[»\"]?(?=[ \t]*[.,!?;:]|[ \t]*$)", re.M)
# "[ler] Sasha, sier jeg.", "Bolle, sier vi.": the nickname said, at a sentence start or after a note.
_NICK_SAID = re.compile(
    rf"(?:^[ \t]*|(?<=[.!?:\]])[ \t]+)({_NICK}),[ \t]*(?i:sier|seier|sa)[ \t]+(?i:jeg|eg|vi|me|han|hun|ho)[ \t]*[.!,]",
    re.M)
# Talk of a person's names before "X, sier jeg": `kaller` only with a person as its object, since
# "Dugnad, kaller vi det" names a thing.
_PERSON_NAME_TALK = re.compile(r"(?<![\w-])(?:(?i:navn\w*|namn\w*|heter|heiter|het|kallenavn\w*|kallenamn\w*"
                               r"|egentlig|eigentleg|døpt)|(?i:kaller|kalte|kalla)[ \t]+(?i:ham|han|henne|ho|hen|meg"
                               r"|deg|dem|dei|oss))(?![\w-])")
# Talk of names in the sentence or turn: what makes a capitalised common word there a name.
_NAME_TALK = re.compile(r"(?<![\w-])(?i:navn\w*|namn\w*|heter|heiter|het|kaller|kalte|kalla|kallenavn\w*"
                        r"|kallenamn\w*|egentlig|eigentleg|døpt)(?![\w-])")


def _nickname(word: str) -> bool:
    from workbench.io.pseudonymize.clues import _naming_word

    low = word.casefold()
    return _naming_word(word) and low not in gaz.POSSESSIVES and low not in _SUBJECT_WORDS


def _name_part(word: str) -> bool:
    """Whether a word said to be a first or family name may be one: a naming word, and no definite noun unless a
    listed name ("Resten er etternavnet" stays, "Jensen er etternavnet" does not)."""
    from workbench.io.pseudonymize.clues import _naming_word

    low = word.casefold()  # "Ho er familienavnet": no pronoun there, as a nickname's subject may be
    return _naming_word(word) and low not in gaz.POSSESSIVES \
        and (not definite(low) or listed(word, gaz.SURNAMES) or listed(word, gaz.GIVEN_NAMES))


def _aside_nickname(word: str) -> bool:
    """Whether a word named a nickname in an aside after it may be one (round 71b): a naming word that is no
    kinship or role word and, if the dictionary knows it, neither a definite noun nor a frequent word (Zipf 3),
    unless a listed given name; so "Sjefen, det er hans kallenavn" and "Bestemor, …" stay, a rare word ("Vova") not."""
    from workbench.io.pseudonymize import rules
    from workbench.io.pseudonymize.clues import _KIN

    low = word.casefold()
    common = low in _KIN or (rules.known_word(low) and (definite(low) or rules.frequent(low, 3.0)))
    return _nickname(word) and (not common or listed(word, gaz.GIVEN_NAMES))


_SUBJECT_WORDS = frozenset(_SUBJECTS.split("|")) | {"han", "hun", "ho", "hen", "det", "den", "ja", "nei"}


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1


def _turn_before(text: str, pos: int, back: int = 240) -> str:
    line = text.rfind("\n", 0, pos) + 1
    return text[max(line, pos - back):pos]


def called_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "person", "rule:name") for a nickname given as what someone is called."""
    out: list[tuple[int, int, str, str]] = []
    for pattern in (_IS_NICKNAME, _NICKNAME_IS, _NICK_THEN_REAL):
        out += [(m.start(1), m.end(1), "person", "rule:name") for m in pattern.finditer(text) if _nickname(m.group(1))]
    out += [(m.start(1), m.end(1), "person", "rule:name") for m in _NICK_ASIDE.finditer(text) if _aside_nickname(m.group(1))]
    for pattern in (_IS_NAME_PART, _NAME_PART_IS):
        out += [(m.start(1), m.end(1), "person", "rule:name") for m in pattern.finditer(text) if _name_part(m.group(1))]
    for m in _SAY_NICK.finditer(text):
        if _nickname(m.group(1)) and _NAME_TALK.search(text, _sentence_start(text, m.start()), m.start()):
            out.append((m.start(1), m.end(1), "person", "rule:name"))
    for m in _NICK_SAID.finditer(text):
        word = m.group(1)
        if not _nickname(word):
            continue
        if not _PERSON_NAME_TALK.search(_turn_before(text, m.start(1))):
            continue  # "Nei, sier jeg.", "Salam, sa han.", "Flott, sier vi." after "kaller vi det": a word said
        out.append((m.start(1), m.end(1), "person", "rule:name"))
    return out
