"""The frames a name stands in, and the list it is an item of, for the reference keep (`references`).

Whether a name identifies someone depends on the words before it: watched, heard, read, played,
voted for, supported or talked about ("ser på", "leser", "heier på", "snakker om"), or a place
someone works, studies or lives ("jobber i", "studerer ved", "bor i", "hos"). A name also takes
the frame of the list it stands in ("på BBC og Al Jazeera"). These patterns, the clause and list
they are read over (`Chain`), and the frames of joining a club or using a job site live here, apart
from the tests of what a name looks like (`reference_names`) and the verdict (`references`), so
that a new frame is added in one place.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules
from workbench.io.pseudonymize.associations import joined_before, work_there_before
from workbench.io.pseudonymize.keep import employer_before
from workbench.io.pseudonymize.public_bodies import work_before

# Words that may stand between a verb and its particle: adverbs and the subject after an inverted verb
# ("Om kvelden ser vi på", "følger også med på", "ser bare på").
_GAP = (r"(?:[ \t]+(?:også|mest|mye|bare|ofte|alltid|aldri|sjelden|gjerne|stadig|fortsatt|litt|helst|daglig|alt"
        r"|av|og|til|vi|jeg|de|han|hun|dere|du|man|noen|mange|alle|hele|familien|barna|mannen|kona)){0,2}")
# Something printed in a paper ("en artikkel i Kapital"), and a title after its kind ("podkasten Aftenpodden",
# "spillet Wordfeud"): what follows is a title, whatever word it is.
_PRINTED_IN = (r"(?:artikkel|artikkelen|artikler|innlegg|innlegget|kronikk|kronikken|reportasje|reportasjen|leserbrev)"
               r"[ \t]+(?:i|på)")
_KIND = (r"(?:podkasten|podcasten|serien|tv-serien|avisa|avisen|bladet|magasinet|ukebladet|tidsskriftet|spillet"
         r"|dataspillet|brettspillet|appen|boka|boken|romanen|filmen|sangen|låta|låten|kanalen|showet)")
TITLE_BEFORE = re.compile(rf"(?<![\w-])(?i:{_PRINTED_IN}|{_KIND})[ \t]+$")
_REFERENCE = re.compile(
    r"(?<![\w-])(?i:"
    rf"(?:følger|fulgte|fulgt|følge){_GAP}[ \t]+med[ \t]+på"
    rf"|(?:ser|sett|se|titter|tittet|hører|hørte|hørt|høre|lytter|lyttet|lytte){_GAP}[ \t]+(?:på|til)"
    # "så" is also "then" ("bodde i X, så på Y"): the past of "se" only beside its subject
    rf"|(?:(?:jeg|vi|du|han|hun|de|dere|man|noen|alle|mange)[ \t]+så|så[ \t]+(?:jeg|vi|du|han|hun|de|dere|man))"
    rf"{_GAP}[ \t]+på"
    rf"|(?:leser|leste|lest|lese){_GAP}(?:[ \t]+(?:i|på|om))?"
    rf"|(?:abonnerer|abonnerte|abonnert){_GAP}[ \t]+på"
    rf"|(?:står|sto|stod|stått){_GAP}[ \t]+(?:i|på)"
    rf"|(?:stemmer|stemte|stemt|stemme){_GAP}[ \t]+på"
    # a team supported ("fan av X", "holder med X", "heier på X")
    rf"|(?:fan|fans|supporter|supporterne|tilhenger){_GAP}[ \t]+av"
    rf"|(?:holder|holdt|heier|heiet|heia|heiar){_GAP}[ \t]+(?:med|på)"
    rf"|(?:spiller|spilte|spilt|spille){_GAP}"
    # loved, liked or watched as a direct object ("Barna elsker Fantorangen", "Om kvelden ser vi Farmen")
    rf"|(?:elsker|elska|elsket|liker|likte|digger|digget|ser|titter){_GAP}"
    rf"|(?:(?:jeg|vi|du|han|hun|de|dere|man|noen|alle|mange)[ \t]+så|så[ \t]+(?:jeg|vi|du|han|hun|de|dere|man)){_GAP}"
    # a part of a programme ("et klipp fra Debattkveld", "en episode av Ukeslutten"), a way to pay ("betaler med")
    r"|(?:episode|episoden|episoder|episodene|sesong|sesongen|sesonger|klipp|klippet|klippene|innslag|innslaget"
    r"|avsnitt|avsnittet)[ \t]+(?:av|fra|i|på)"
    rf"|{_PRINTED_IN}|{_KIND}"
    rf"|(?:betaler|betalte|betalt|betale){_GAP}[ \t]+(?:med|via))[ \t]+$")
# Playing, reading or subscribing to something, as a direct object: games, papers and magazines, never a
# person ("spiller Alias", "leser Allers", "abonnerer på Kapital"), and a team supported; any name no list
# gives a person stays.
PLAYED_OR_READ = re.compile(
    r"(?<![\w-])(?i:"
    rf"(?:spiller|spilte|spilt|spille|leser|leste|lest|lese){_GAP}"
    rf"|(?:abonnerer|abonnerte|abonnert){_GAP}[ \t]+på"
    # a team one is a fan of or cheers on ("fan av Juventus", "heier på Arsenal"); not "holder med", said of people
    rf"|(?:fan|fans|supporter|supporterne|tilhenger){_GAP}[ \t]+av|(?:heier|heiet|heia|heiar){_GAP}[ \t]+på)[ \t]+$")
# Talking or writing about something: a list after these may mix people and things ("snakket om NAV og Kari").
_TOPIC = re.compile(
    r"(?<![\w-])(?i:"
    rf"(?:snakker|snakket|snakka|prater|pratet|prata|handler|handlet|handla|diskuterer|diskuterte"
    rf"|skriver|skrev|skrevet|maser|masa|maset){_GAP}[ \t]+om)[ \t]+$")
# "ser på X som ...": regards X as something; the frame of a judgement, which may be of a person or employer.
_AS = re.compile(r"[ \t]+som(?![\w])")
_LOOKS = re.compile(r"(?<![\w-])(?i:ser|så|sett|se|(?:jeg|vi|du|han|hun|de|dere|man|noen|alle|mange)[ \t]+så)(?![\w-])")
# Someone sent by a body ("noen fra Spekter og fra NHO snakket"): for a listed association, no workplace of ours.
_SENT_FROM = re.compile(r"(?<![\w-])(?i:noen|folk|representant(?:en|er|ene)?|foredragsholder(?:en|e|ne)?|gjest(?:en|er)?)"
                        r"[ \t]+fra[ \t]+$")
# Where someone is: "mentoren er fra DNV", "praksis ved X", "hos Y" (someone sent by a listed body aside).
_AT = re.compile(r"(?<![\w-])(?i:hos|ved|fra)[ \t]+$")
# Studying or living there: an affiliation the work frames do not cover.
_STUDY_OR_HOME = re.compile(
    r"(?<![\w-])(?i:(?:studerer|studerte|studert|student|studenten|studenter|elev|eleven|elever|utdannet|utdanning"
    r"|utdanningen|master|masteren|bachelor|bacheloren|grad|graden|doktorgrad|forsker|forskeren|stipendiat)"
    r"(?:[ \t]+[\wæøå-]+){0,2}[ \t]+(?:ved|på|fra|i)"
    r"|(?:bor|bodde|bur|budde|bosatt|vokste[ \t]+opp)(?:[ \t]+[\wæøå-]+)?[ \t]+(?:i|på))[ \t]+$")
# Run of capitalised words and numbers ("TV 2 Nyhetene", "Al Jazeera") ending right before a position.
NAME_WORD = r"[A-ZÆØÅ](?:[\w'’&+-]|\.(?=\w))*"  # "finn.no", "Al-Jazeera"; no full stop at its end
_RUN_END = re.compile(rf"(?<![\w.'’&+-]){NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|\d{{1,4}}))*$")
_RUN_AT = re.compile(rf"{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|\d{{1,4}}(?![\d.,:]\d)))*")
# A link between two items of a list, the preposition said again or not ("BBC og Al Jazeera", ", eller i").
_WORD_BEFORE = re.compile(rf"(?<![\w.'’&+-])(?:{NAME_WORD}|\d{{1,4}})$")
_LINK = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:og|eller)[ \t]+)?|[ \t]+(?:og|eller|samt)[ \t]+)"
                   r"(?:(?:i|på|til|om|hos|fra|med)[ \t]+)?$")
_LINK_AFTER = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:og|eller)[ \t]+)?|[ \t]+(?:og|eller|samt)[ \t]+)"
                         r"(?:(?:i|på|til|om|hos|fra|med)[ \t]+)?")
# Openers of a sentence after which a word still stands first in its clause ("Men Programmet var ...").
OPENERS = frozenset("men og så eller for".split())


# Watching or hearing right before a name: its `på` is the verb's, not a workplace's ("begynt å høre på X");
# and a part of a programme before it ("et klipp fra X"): its `fra` says where the clip is from, not someone.
_WATCHED_RIGHT_BEFORE = re.compile(
    rf"(?<![\w-])(?i:ser|sett|se|titter|tittet|titte|hører|hørte|hørt|høre|lytter|lyttet|lytte){_GAP}"
    r"[ \t]+(?i:på|til)[ \t]+$"
    # a part of a programme owns its `fra` too ("et klipp fra X", "et innslag fra X")
    r"|(?<![\w-])(?i:episode|episoden|episoder|klipp|klippet|klippene|innslag|innslaget|avsnitt|avsnittet|sesong"
    r"|sesongen)[ \t]+(?i:av|fra)[ \t]+$")


def _affiliated(text: str, at: int) -> bool:
    """Whether a frame that puts someone there ends right before `at`; a watching or hearing verb right
    before it owns the preposition, whatever work verb comes earlier ("har begynt å høre på ...")."""
    clause = clause_start(text, at)
    before = text[clause:at]
    if _WATCHED_RIGHT_BEFORE.search(before):
        return False
    title = TITLE_BEFORE.search(before)
    if title:  # "jobber i avisa X": the frame before its kind
        return _affiliated(text, clause + title.start()) if title.start() > 0 else False
    return (employer_before(text, at) or work_before(text, at) or work_there_before(before)
            or bool(_STUDY_OR_HOME.search(before))
            or (bool(_AT.search(before)) and not _SENT_FROM.search(before)))


def clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` starts: after a line break or sentence mark, at most 100 characters back."""
    lo = max(0, at - 100)  # bounded: a transcript on one long line must not cost a scan per mention
    return max(text.rfind("\n", lo, at) + 1, *(text.rfind(c, lo, at) + 1 for c in ".!?;:"), lo)


class Chain:
    """A mention, the capitalised run it stands in, and the list it is an item of."""

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        run_start = start
        while run_start > 1 and text[run_start - 1] == " ":  # widen to the capitalised words before ("TV 2 Nyhetene")
            prev = _WORD_BEFORE.search(text, max(0, run_start - 40), run_start - 1)
            if not prev or (starts(text, prev.start()) and prev.group(0).casefold() in gaz.FUNCTION_WORDS | OPENERS):
                break
            run_start = prev.start()
        run = _RUN_AT.match(text, run_start)
        self.run = (run_start, max(end, run.end() if run else end))
        self.items = [self.run]
        head = run_start
        for _ in range(6):  # items before it in the same list
            link = _LINK.search(text, max(0, head - 30), head)
            if not link:
                break
            prev = _RUN_END.search(text, max(0, link.start() - 60), link.start())
            if not prev:
                break
            head = prev.start()
            self.items.insert(0, (prev.start(), prev.end()))
        tail = self.run[1]
        for _ in range(6):  # and after it
            link = _LINK_AFTER.match(text, tail)
            nxt = _RUN_AT.match(text, link.end()) if link else None
            if not nxt:
                break
            self.items.append((nxt.start(), nxt.end()))
            tail = nxt.end()
        self.head = self.items[0][0]

    def frame(self) -> str | None:
        """`reference`, `affiliation`, `sent` (someone from a listed body) or None, from the head of the list."""
        text = self.text
        if any(_affiliated(text, s) for s, _e in self.items[:1] + [self.run]):
            return "affiliation"
        clause = clause_start(text, self.head)
        before = text[clause:self.head]
        ref = _REFERENCE.search(before)
        if ref and not (_LOOKS.match(ref.group(0).lstrip()) and _AS.match(text, self.run[1])):
            return "reference"
        if _TOPIC.search(before):
            return "topic"
        if joined_before(before):
            return "joined"
        if _SENT_FROM.search(before):
            return "sent"
        return None

    def partners(self) -> list[str]:
        """The other items of the list, as written."""
        return [" ".join(self.text[s:e].split()) for s, e in self.items if (s, e) != self.run]


def starts(text: str, at: int) -> bool:
    """Whether `at` stands first in its sentence."""
    before = text[:at].rstrip(" \t")
    return not before or bool(rules.SENTENCE_BREAK.search(before[-1]))


# Job ads on a site before its name ("stillinger på Finn", "annonsen på Finn").
JOB_SITE_BEFORE = re.compile(r"(?<![\w-])(?i:stilling\w*|annonse\w*|utlysning\w*|jobbannonse\w*|ledige[ \t]+jobber"
                              r"|jobber)(?:[ \t]+[\wæøå]+){0,2}?[ \t]+(?i:på)[ \t]+$")
# Applying: what follows may be the workplace applied to ("søkte på ledige stillinger på ..."), as round 14 ruled.
APPLIED = re.compile(r"(?<![\w-])(?i:søkte|søker|søkt|søke)[ \t]+(?i:på)(?![\w-])")
# Applying or looking for work through a site ("søknader gjennom Finn", "søkt på to stillinger via Finn"):
# a listed platform after `gjennom`/`via` in a clause about applications, ads or jobs is the site, not a person.
APPLIED_THROUGH = re.compile(r"(?<![\w-])(?i:søknad\w*|søkte|søker|søkt|søke|stilling\w*|annonse\w*|utlysning\w*"
                              r"|jobb|jobber|jobbene|jobbsøking\w*|cv-?\w*)(?:[ \t,]+[\wæøå.]+){0,6}?[ \t]+"
                              r"(?i:gjennom|via)[ \t]+$")


# Joining a club, strictly: becoming or being a member, or playing in it ("ble med i", "medlem av", "meldte
# meg inn i", "spiller håndball i"); not "med ham i", "kjenner en i" or "på", which may name a workplace.
CLUB_JOINED = re.compile(
    r"(?<![\w-])(?i:(?:ble|blitt|bli|blir|er|var|vært)(?:[ \t]+(?:også|med|nå|aktiv))?[ \t]+med[ \t]+i"
    r"|medlem(?:[ \t]+(?:i|av))|meldt[ \t]+inn[ \t]+i|meldte[ \t]+(?:meg|seg|oss|ham|henne|dem)[ \t]+inn[ \t]+i"
    r"|(?:spiller|spilte|spilt|spille)(?:[ \t]+[a-zæøå]+){0,2}?[ \t]+i)[ \t]+$")
