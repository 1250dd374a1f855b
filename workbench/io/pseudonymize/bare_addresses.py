"""An address with no street word and no premises: a name and a house number where an address is said (round 25n).

Many Norwegian addresses are a farm's, a hill's or a field's name and a number with no `vei` or `gate` in it
("Holtet 16 C", "Bakkely 23 B", "Skrenten 7"). `identifiers` reads them before a postcode, after `bor på` or
`adressen er`, and after premises ("verkstedet hans, Kjøita 18"). A transcript says them in more frames:

* followed by the place they are in, after a comma or `i`/`på` ("Holtet 16 C, på Lund", "Grønnli 4 i Hurdal",
  "Solhaug 12, Eidsvoll"), in a turn about where someone lives or works or the answer to a question about it
  (`bor`, `adresse`, `holder til`, `ligger`, `flyttet`);
* after an address verb with a word between ("vi bor nå på Bakkely 23", "hun bur framleis på …", "flyttet
  i fjor til …" is left) or an address noun with its owner or place ("adressen min er …", "adressa der er …",
  "adressen til verkstedet er …");
* opening the answer to a question about an address or where someone lives ("Hva er adressen?" / "Bakkely
  23, ja."; a question naming the address makes any name an address's, one about living a place-like one).

What stays: the name of a room, route, course part or group and its number (`_numbered_label` in the caller:
"Klasse 3 på Lund", "Buss 62 i Bergen"), a count or measure after the number ("Lund 3 år"), a score ("Brann 2,
Molde 1"), a town or country listed as a place ("Oslo 3, i Norge"), a given name and a number (an age: "Kari 12, på Lund"), a channel watched ("ser på Kanal 5 i
Bergen"), capitals alone ("TV 2"), and a name that is neither place-like nor a street's in a frame that does
not say address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.io.pseudonymize.dwellings import UNIT_SUFFIX
from workbench.io.pseudonymize.work_frames import line_around, line_before

_NAME = r"(?:[A-ZÆØÅ][\w'’-]*[ \t]){0,2}(?P<last>[A-ZÆØÅ][\w'’-]*[a-zæøå][\w'’-]*)"
# A house number, a letter glued or spaced after it ("16 C", "9a"), a flat code ("H0102"), then flats and floors.
_HOUSE = (rf"[ \t]\d{{1,3}}(?![\d.,:/–-]?\d)(?:(?:[A-Za-z]|[ \t][A-ZÆØÅ])(?![\w]))?"
          rf"(?:,?[ \t]?[HhUuKkLl]\d{{4}}(?![\w]))?{UNIT_SUFFIX}")
# The place after it: a comma and/or `i`/`på` (an adverb of place allowed), a capitalised name and no number.
_PREP = r"(?:(?:[ \t]+(?:oppe|nede|ute|inne|borte))?[ \t]+(?:i|på))"
NAME_THEN_PLACE = re.compile(
    rf"(?<![\w-])(?P<address>{_NAME}{_HOUSE})(?:,{_PREP}?|{_PREP})[ \t]+([A-ZÆØÅ][^\W\d_]+(?:[-'’][^\W\d_]+)*)(?![\w'’-]|[ \t]*\d)")
# An address verb and an adverb or two before `i`/`på`/`til` ("bor nå på", "bur framleis på", "bodde før i").
_VERB_ADVERB = (r"(?i:bor|bur|bodde|budde|holder[ \t]+til|held[ \t]+til|holdt[ \t]+til)"
                r"(?:[ \t]+(?i:nå|no|fortsatt|framleis|fremdeles|enda|ennå|oppe|nede|borte|ute|inne|der|her|hjemme"
                r"|sammen|også|og|jo|vel|egentlig|visst|faktisk|like|rett|før|tidligere|midlertidig|alle|begge"
                r"|jeg|vi|han|hun|de|dere|du|eg|me|ho|dei)){1,3}[ \t]+(?i:i|på)")
# An address noun with its owner or place before `er`/`var` ("adressen min er", "adressa der er", "adressen til
# verkstedet er", "den nye adressen er").
_NOUN_OWNER = (r"(?i:adress(?:e|en|a))(?:[ \t]+(?i:min|mi|mitt|vår|vårt|hans|hennes|hennar|deres|deira|din|di"
               r"|der|her|nå|no|hjemme|jo|vel|dit|dær|til[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+)?|på[ \t]+[\w'’-]+)){1,2}"
               r"[ \t]+(?i:er|var|blir|ble|e)[ \t:]+")
SAID_WITH = re.compile(rf"(?<![\w-])(?:{_VERB_ADVERB}[ \t]+|{_NOUN_OWNER})(?P<address>{_NAME}{_HOUSE})(?![ \t]*[\d:])")
# A turn about where someone lives or works, or a question about it in the turn before.
_ABOUT_ADDRESS = re.compile(r"(?<![\w-])(?i:bor|bur|bodde|budde|adress\w*|(?:holder|held|holdt)(?:[ \t]+\w+){0,2}[ \t]+til"
                            r"|ligger|lå|hjemme|flytt\w*|flytta|postnummer\w*)(?![\w-])")
# A number and a comma or dash right before the name: a list or a score ("Brann 2, Molde 1").
_AFTER_NUMBER = re.compile(r"\d[ \t]*[,–-][ \t]*$")
# A question asking for an address or a home.
_ADDRESS_QUESTION = re.compile(r"(?<![\w-])(?i:adress\w*|bor|bur|(?:holder|held)(?:[ \t]+\w+){0,2}[ \t]+til|ligger)(?![\w-])")
# What may stand in a turn before the address that answers: the speaker's label and a few words.
_ANSWER_START = re.compile(
    r"(?:^|\n)(?:[^\n:]{0,40}:)?[ \t]*(?:(?i:ja|jo|joda|eh|ehm|øh|æh|altså|det|den|er|e|var|nå|no|så|bare|vi|jeg"
    r"|eg|me|bor|bur|på|i)[,.]?[ \t]+){0,5}$")
_ANSWER = re.compile(rf"(?<![\w-])(?P<address>{_NAME}{_HOUSE})(?![\w]|[ \t]*[\d:])")  # not "Mentee 3:", a speaker


def _about_address(text: str, start: int) -> bool:
    line_start, _line_end = line_around(text, start)
    if _ABOUT_ADDRESS.search(text, line_start, start):
        return True
    before = text[slice(*line_before(text, line_start))]
    return "?" in before and _ABOUT_ADDRESS.search(before) is not None


def bare_addresses(text: str) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, the name's last word, whether the frame itself says address) for a name and a house number
    said as an address; the caller asks that the name is place-like or a street's unless the frame says it."""
    for m in NAME_THEN_PLACE.finditer(text):
        if _about_address(text, m.start()) and not _AFTER_NUMBER.search(text, max(0, m.start() - 6), m.start()):
            yield m.start("address"), m.end("address"), m.group("last"), False
    for m in SAID_WITH.finditer(text):
        yield m.start("address"), m.end("address"), m.group("last"), True
    line_start = 0
    for line in text.split("\n"):
        question = text[slice(*line_before(text, line_start))] if line_start else ""
        if "?" in question and _ADDRESS_QUESTION.search(question):
            m = _ANSWER.search(text, line_start, line_start + len(line))
            if m and _ANSWER_START.search(text, max(0, line_start - 1), m.start()):
                yield m.start(), m.end(), m.group("last"), re.search("(?i)adress", question) is not None
        line_start += len(line) + 1
