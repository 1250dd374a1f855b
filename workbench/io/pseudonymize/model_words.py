"""Question words after an option letter and English words in an English turn, taken by the model for names (round 33b).

The full pipeline's model tags capitalised words it has not seen in that place as names, and controls lost two
kinds of ordinary words to it. A single capital letter with a full stop (an answer option, a level or a licence
class) ends a sentence, and the word after it opens the next: the model joins them ("svaralternativ A. og B. Hva
krysset du av?", "klasse C. Det er mange ledige jobber") and the name rules then find the question word again
alone ("Hva med kursene?"). And in a turn said in English, its common words are capitalised at a sentence start
("How many were you in the class?", "What was it like", "Quiet.") and in a phrase ("speak English today").

A find of the model (or found again from one, where no rule of its own took the word) is dropped here when, an
option letter before it aside, every word of it is a question word or pronoun that no list gives as a name (`Hva`,
`Det`, `How`, `What`; not `Hans`, `Vår`, `Jo`), or, inside a turn whose words are mostly English, every word is an
everyday English word (Zipf 4.5 or more) that is no listed given name, surname or place (not "Vale", "Ontario"). An English idiom inside a Norwegian turn
("Blessing in disguise, som de sier på engelsk") is dropped whichever rule took it: an English first word, two or
more lower-case English words after it, one of them a word Norwegian does not have and no English preposition
("disguise", "than"; not "Kenya for to år", "Ion er for sjenert"), then a comma, a Norwegian function
word or a word English does not have ("…, som", "… at jeg"; not "med ahmad og said i går", "i Rom i to år"), in a turn not said in English ("I expected that Per would get me a job at Ahus" keeps `Per`). A listed name in an English sentence
("Grace is my colleague", "Hope called") and any word the model alone does not take stay as the other rules judge
them.

Round 34o: a turn said mostly in Norwegian also quotes English sentences ("Det er veldig norsk. Very structured.",
"Everybody here walks on Sunday, it's like a religion"). A model's find that opens a sentence with an everyday
English word (no listed name, place or employer), any more words of it English and in lower case, is dropped too
when the turn holds two more English words that Norwegian does not have, unless the word is found elsewhere in the
text where no sentence starts ("jobbet i Shell … Shell paid well" keeps both).

Round 35p: a pasted e-mail keeps its header lines and greeting ("> Sendt: mandag 07:52", "> Emne: SV: Praksis",
"> Hei, takk for svaret"), and a chat its messages ("[fredag 19:02] Mentee: Hei."). The model takes the labels and
the greeting for places, persons and organisations: after the quoting mark `>` no sentence starts for the filter
of the model's finds, so `Sendt` and `Emne` stay, and every copy of them is then found again. So the model's
entities are trimmed as they come in (`drop_mail_words`): a header label (`Fra`, `Til`, `Kopi`, `Sendt`, `Dato`,
`Emne`, `Vedlegg`, `SV`, `VS`, `Re`, `Fwd`, `From`, `To`, `Sent`, `Subject`, `Cc` …) at a line start, after
optional quoting and other labels, with its colon after it is no entity, nor is a greeting (`Hei`, `Hallo`,
`Heisann`, `Hi`, `Hello`) at the front of one ("Hei Stig" keeps `Stig`). The names and addresses after `Fra:` and
`Til:` are other entities and stay. The name rules take a subject's prefix for an acronym or unknown name
("> Subject: Fwd: …", "Emne: VS: …"): at the end every find that is only such a label in such a place is dropped,
and so is a greeting found again alone from a name run that took it in ("Hei Stig, …" … "> Hei! Vi kan …").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import foreign_speech, lexicon
from workbench.core.turns import find_label

# Question words, pronouns and auxiliaries that are nobody's name (not `hans`, `vår`, `per`, `jo`: names too).
_QUESTION_WORDS = frozenset("""
hva hvem hvor hvordan hvorfor hvilken hvilke hvilket når det den dette disse de der her
how what where who whom whose why when which was were is are it its the this that these those there here
""".split())
# English function words, for telling an English turn.
_ENGLISH_FUNCTION = _QUESTION_WORDS | frozenset("""
a an and or but if so do does did can could would should will shall may might i you he she we they me him her us
them my your his our their not no yes
""".split())
_OPTION = re.compile(r"^[A-ZÆØÅ]\.[ \t]+")
_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SAYS = frozenset("is was has had said says called calls will can does did told and".split())
_TAIL_WORD = re.compile(r"([ \t]*,?[ \t]+|[ \t]*[.!?:;]+[ \t]*)([a-zæøå]+)")
_SAID = frozenset("som sa sier sagt".split())  # Norwegian words English also has ("sa"), after an idiom
_SMALL = frozenset("in of the a on by to for".split())


def _function_word(word: str) -> bool:
    return word.casefold() in _QUESTION_WORDS and not lexicon.listed(word, gaz.GIVEN_NAMES)


def _english_word(word: str) -> bool:
    return (lexicon.english(word.casefold()) or word.casefold() in _ENGLISH_FUNCTION) \
        and not lexicon.listed(word, gaz.GIVEN_NAMES) and not lexicon.listed(word, gaz.SURNAMES) \
        and not lexicon.listed(word, gaz.PLACES)


def _everyday_english(word: str) -> bool:
    """A word of everyday English ("Quiet", "today"), far commoner than a name or place that is also a word
    ("Vale", "Ontario", "Tamil")."""
    return _english_word(word) and (lexicon.english_zipf(word.casefold()) or 0.0) >= 4.5


def _norwegian(word: str) -> bool:
    low = word.casefold()
    return lexicon.known_word(low) and not lexicon.english(low)


def _turn(text: str, start: int) -> str:
    """The line holding `start`, without a speaker label."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    line = text[lo:hi if hi >= 0 else len(text)]
    label = find_label(line)
    return line[label.content:] if label is not None else line


def _english_turn(text: str, start: int) -> bool:
    """Whether the turn holding `start` is said in English: more of its words are English only than Norwegian only."""
    words = [w.casefold() for w in _LETTERS.findall(_turn(text, start))]
    english = sum(1 for w in words if (lexicon.english(w) or w in _ENGLISH_FUNCTION) and not lexicon.known_word(w))
    return english > sum(1 for w in words if _norwegian(w))


def _idiom(text: str, start: int, end: int) -> bool:
    """An English phrase inside a Norwegian sentence: "Blessing in disguise, som de sier", "en blessing in disguise at"."""
    first = text[start:end].split()[0]
    if not lexicon.english(first.casefold()):
        return False
    after_first = start + len(first)  # "Blessing in disguise" may be one find: its lower-case words are the tail
    if text[after_first:end].strip() and not text[after_first:end].islower():
        return False
    words = list(_TAIL_WORD.finditer(text, after_first, min(len(text), end + 80)))
    tail: list[str] = []
    at = after_first
    for m in words:
        w = m.group(2)
        if m.start() != at:
            return False  # a capital, a digit or a mark between: no run of English words
        at = m.end()
        if m.group(1).strip(" \t") or not (lexicon.english(w) or w in _ENGLISH_FUNCTION) \
                or (w in gaz.FUNCTION_WORDS and w not in _SMALL):
            break  # a comma, a word English does not have or a Norwegian function word ("og", "i", "at") ends it
        tail.append(w)
    if len(tail) < 2 or tail[0] in _SAYS or all(lexicon.known_word(w) or w in _SMALL for w in tail) \
            or lexicon.listed(first, gaz.PLACES):  # "Kenya for to år siden", "Ion er for sjenert": Norwegian after a name
        return False  # "Grace is here, sa hun": a person's sentence quoted
    after = words[len(tail)].group(2) if len(words) > len(tail) else ""
    return (_norwegian(after) or after in _SAID or after in gaz.FUNCTION_WORDS) and not _english_turn(text, start)  # "…, som de sier", not "Per would get me a job at"


def _ordinary(text: str, f: tuple, named: set[str], inside: set[str]) -> bool:
    words = _LETTERS.findall(_OPTION.sub("", text[f[0]:f[1]]))
    if not words:
        return False
    if len(text[f[0]:f[1]].split()) <= 3 and _idiom(text, f[0], f[1]):
        return True  # "Blessing in disguise, som de sier", whichever rule took it
    if f[3] != "ner" and not (f[3] == "rule:again" and text[f[0]:f[1]].casefold() not in named):
        return False  # the model's finds, and their finds again where no rule of its own took the word
    if all(_function_word(w) for w in words):
        return True  # "B. Hva", "C. Det", "How"
    if all(_everyday_english(w) for w in words) and _english_turn(text, f[0]):
        return True
    return words[0].casefold() not in inside and _english_opener(text, f, words)  # round 34o: "Very structured."


def _english_opener(text: str, f: tuple, words: list[str]) -> bool:
    """A common English word opening a sentence, the lower-case English words after it in the same find, in a
    turn that has two more English words (the find's own after the first count), though it is said mostly in Norwegian ("Det er veldig norsk. Very
    structured. Og de sier …", "Nobody told me it would be so much paperwork, men det går")."""
    if not _opens_sentence(text, f[0]) or not _everyday_english(words[0]) or words[0].casefold() in gaz.EMPLOYERS \
            or not all(w.islower() and _english_word(w) for w in words[1:]):
        return False  # "Grace is", "Shell", "Very Good Fish": a name may open the sentence
    lo = text.rfind("\n", 0, f[0]) + 1
    hi = text.find("\n", f[1])
    rest = _LETTERS.findall(text[lo:f[0]] + " " + text[f[1]:hi if hi >= 0 else len(text)]) + words[1:]
    return sum(1 for w in rest if (lexicon.english(w.casefold()) or w.casefold() in _ENGLISH_FUNCTION)
               and not lexicon.known_word(w.casefold()) and not lexicon.listed(w, gaz.GIVEN_NAMES)) >= 2


def _opens_sentence(text: str, start: int) -> bool:
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start == 0 or text[start - 1] in ".!?:\n»\"«"


def drop_model_words(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without the function words after an option letter and the common words of English speech."""
    from workbench.io.pseudonymize.english_clauses import english_clause  # round 37; imports this module
    named = {text[f[0]:f[1]].casefold() for f in found if f[3] not in ("ner", "rule:again")}
    inside = {w.casefold() for f in found if not _opens_sentence(text, f[0])  # "i Shell … Shell paid"
              for w in _LETTERS.findall(text[f[0]:f[1]])}
    return [f for f in found if f[2] not in ("person", "place", "org") or f[3] in ("list", "identifier")
            or not (_ordinary(text, f, named, inside) or _header_label(text, f[0], f[1]) or english_clause(text, f[0], f[1])
                    or (f[3] == "rule:again" and text[f[0]:f[1]].casefold() in _GREETINGS))]  # "Hei" of "Hei Stig"


# Labels of an e-mail's or message's header lines and a subject's prefixes, in Norwegian and English.
_HEADER_LABELS = ("fra|til|kopi|blindkopi|sendt|dato|emne|vedlegg|sv|vs|re|fwd|fw|from|to|sent|date"
                  "|subject|cc|bcc|attachments?")
# Before a label: a line start, quoting marks, and labels already passed ("> Emne: SV: ").
_HEADER_BEFORE = re.compile(rf"[ \t]*(?:>[ \t]*)*(?:(?i:{_HEADER_LABELS})[ \t]*:[ \t]*)*")
_HEADER_WORD = re.compile(rf"(?i:{_HEADER_LABELS})(?=[ \t]*:)")
_GREETINGS = frozenset("hei hallo heisann hi hello hey".split())
_GREETING = re.compile(r"([^\W\d_]+)[ \t]*[,!.]?[ \t]*")


def _header_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one header label at a line start with its colon ("> Sendt:", "Emne: SV:")."""
    line = text.rfind("\n", 0, start) + 1
    m = _HEADER_WORD.match(text, start)
    return m is not None and m.end() >= end - 1 and not text[m.end():end].strip(" \t:") \
        and start - line <= 40 and _HEADER_BEFORE.fullmatch(text, line, start) is not None


def drop_mail_words(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's entities without a header label of a pasted e-mail or message ("> Sendt:", "> Emne:") and
    without a greeting at their front ("Hei", "Hei Stig" -> "Stig")."""
    from workbench.io.pseudonymize.english_clauses import english_clause  # round 37; imports this module
    out = []
    for start, end, kind in ents:
        if _header_label(text, start, end) or foreign_speech.greeting_find(text, start, end) \
                or english_clause(text, start, end):
            continue  # round 36x: "Dziękuję.", "Daj Boże", "Shukran for at du ringte!"
        m = _GREETING.match(text, start)
        if m and m.group(1).casefold() in _GREETINGS and not lexicon.listed(m.group(1), gaz.GIVEN_NAMES):
            start = min(m.end(), end)
            if not any(w[:1].isupper() for w in _LETTERS.findall(text[start:end])):
                continue  # "Hei", "Hei." alone: the greeting, no name
        out.append((start, end, kind))
    return out
