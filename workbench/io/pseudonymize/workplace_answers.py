"""A workplace given as a bare answer: "Hvor jobber du nå? – Nordkvartalet. Det er et kontorbygg."

An interview asks where someone works, cleans or has practice, and the answer names the place alone, with
no verb or preposition for the word rules or the employer frames to read. A building, a shopping centre or
a firm named so is often a compound of dictionary words ("Nordkvartalet", "Glassmagasinet", "Tårnhuset"),
which the word rules leave as a common noun. Here the first sentence of a turn right after such a question
(its label aside, a filler or `ja`/`nå` allowed before it) that is only a capitalised run is one
organisation, unless it is:

* a frequent word ("Hjemme.", "Kommunen.", "Lageret.", "Sykehjemmet.") or a dictionary word in the indefinite
  ("Renhold.", "Vikarbyrå."): the kind of place or work, not its name (a rare definite compound is a name:
  "Glassmagasinet"), and so a compound whose last part is a generic
  workplace ("Renholdsfirmaet", "Fiskebutikken", "Jernbanestasjonen");
* a listed place or given name (the place and name rules have those);
* an occupation ("Sykepleieassistent."), a function word, a pronoun or a number said in words; nor is a question of degree one about the workplace
  ("Hvor mange timer jobber du?"), nor (round 63b) one about whom someone works with ("Hvem jobber du sammen
  med?"), which asks for people: the name rules read the answer's names as persons.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.national_workplaces import national_workplaces

# A question about someone's workplace: a question word and a work word in the same question, either order
# ("Hvor jobber du?", "Og den faste jobben, hvor er den?").
_QUESTION = re.compile(r"[^.!?\n]*\?")
_ASKING = re.compile(r"(?<![\w-])(?i:hvor(?![ \t]+(?:mange|lenge|ofte|mye|langt|gammel|stor|tidlig|sent)(?![\w-]))"
                     r"|hvilk\w+[ \t]+(?:firma|bedrift|arbeidsgiver|arbeidsplass|sted|senter|bygg|kunde|kontrakt)\w*"
                     r"|hva[ \t]+heter|hvem)(?![\w-])")  # not "hvor mange timer jobber du?", not "hvilken jobb har du?"
_WORK = re.compile(r"(?<![\w-])(?i:[a-zæøå]*jobb\w*|arbeid\w*|ansatt|[a-zæøå]*praksis\w*|vasker|vasket"
                   r"|[a-zæøå]*kontrakt\w*|firma\w*|bedrift\w*|arbeidsgiver\w*|arbeidsplass\w*|[a-zæøå]*oppdrag\w*"
                   r"|[a-zæøå]*vakt\w*|skift\w*)(?![\w-])")
# round 63b: a question about whom someone works with asks for people ("Hvem jobber du sammen med?"), no workplace.
_COWORKERS = re.compile(r"(?<![\w-])(?i:hvem[ \t]+(?:jobber|jobbet|arbeider|arbeidet)[ \t]+(?:du|dere)[ \t]+"
                        r"(?:(?:nå|mest|ellers)[ \t]+)?(?:sammen[ \t]+)?med(?:[ \t]+(?:der|da|nå|her))?[ \t]*\?)")
# A turn's label: "Mentee: ", "[00:04:34] Mentee: ", "I: ".
_LABEL = re.compile(r"(?:\[[^\]\n]{1,20}\][ \t]*)?[^\s:][^:\n]{0,40}:[ \t]+")
_FILLER = re.compile(r"(?:(?i:eh|ehm|øh|ja|nå|altså|hm|mm)[,.]?[ \t]+)*")
_ANSWER = re.compile(r"([A-ZÆØÅ][\w&-]*(?:[ \t]+(?:[A-ZÆØÅ][\w&-]*|senter|storsenter|kjøpesenter|bygg|bygget"
                     r"|huset|gården|kvartalet|torget|brygge)){0,3})[ \t]*(?=[.!,]|$)")
# Generic workplaces as the last part of a compound: the kind, not the name.
_GENERIC_HEADS = ("firmaet", "firma", "bedriften", "butikken", "butikk", "kontoret", "lageret", "fabrikken",
                  "sykehjemmet", "hjemmet", "barnehagen", "skolen", "sykehuset", "kafeen", "kjøkkenet", "hotellet",
                  "restauranten", "verkstedet", "bakeriet", "vaskeriet", "senteret", "kommunen", "etaten", "stasjonen",
                  "havna", "havnen", "terminalen", "flyplassen", "byrået", "byrå")


def _name(answer: str) -> bool:
    from workbench.io.pseudonymize.spoken_numbers import _DIGIT_WORD

    if re.fullmatch(_DIGIT_WORD, answer.split()[0].casefold()):
        return False  # "Tjueseks, tjuesju timer": a number said in words
    words = answer.split()
    first = words[0]
    low = first.casefold()
    if low in gaz.FUNCTION_WORDS or low in gaz.OBJECT_PRONOUNS or low in lexicon.CALENDAR:
        return False
    if len(words) == 1 and any(lexicon.listed(first, names) for names in (gaz.PLACES, gaz.GIVEN_NAMES)):
        return False
    if len(words) > 1:
        return True  # "Fjordporten senter", "Sirkus Shopping"
    # a frequent word is the kind of place ("Lageret", "Sykehjemmet"); a rare compound is a name ("Glassmagasinet")
    from workbench.io.pseudonymize.history_frames import _occupation

    if _occupation(first):
        return False  # "Sykepleieassistent.": what someone works as
    if lexicon.known_word(low) and not lexicon.definite(low):
        return False  # "Renhold.", "Lager, mest.": the kind of work, not a place's name
    return not lexicon.frequent(low, 3.3) and not low.endswith(_GENERIC_HEADS)


def workplace_answers(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:workplace-answer") for a turn that answers a workplace question by a name alone."""
    out = []
    offset = 0
    asked = False
    for line in text.split("\n"):
        if not line.strip():
            offset += len(line) + 1
            continue
        label = _LABEL.match(line)
        if asked and label:
            _answer(line, label.end(), offset, out)
        question = None
        for q in _QUESTION.finditer(line):
            if _ASKING.search(q.group(0)) and _WORK.search(q.group(0)) and not _COWORKERS.search(q.group(0)):
                question = q
        asked = question is not None and not line[question.end():].strip()
        if question is not None and line[question.end():].strip():  # "Hvor jobber du? Mentee: Kvadrat."
            at = question.end()
            at += len(line[at:]) - len(line[at:].lstrip())
            inner = _LABEL.match(line, at)
            _answer(line, inner.end() if inner else at, offset, out)
        offset += len(line) + 1
    return out + national_workplaces(text)  # round 30o: "Posten. Jeg sorterte pakker.", "på Posten-terminalen"


def _answer(line: str, at: int, offset: int, out: list) -> None:
    at = _FILLER.match(line, at).end()
    m = _ANSWER.match(line, at)
    if m and _name(m.group(1)):
        out.append((offset + m.start(1), offset + m.end(1), "org", "rule:workplace-answer"))
