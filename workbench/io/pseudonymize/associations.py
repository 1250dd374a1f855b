"""Associations, unions and humanitarian bodies: named by people who join them, they identify no one.

An interview about work names the union one pays dues to or the charity one volunteers
with as often as an employer. `keep` drops such finds unless the text puts someone's work
or course there.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import rules

# Associations, unions and humanitarian bodies that people join, pay dues to or volunteer with: naming
# one identifies no one, unless the text says someone works there ("jobber i Tekna").
ASSOCIATIONS = frozenset("""
tekna econa nito parat fagforbundet delta unio lo ys akademikerne nsf sykepleierforbundet legeforeningen
tannlegeforeningen psykologforeningen juristforbundet advokatforeningen utdanningsforbundet fellesforbundet
forskerforbundet fysioterapeutforbundet ergoterapeutene farmasiforbundet negotia lederne nho virke spekter
abelia naturviterne samfunnsviterne elogit el&it norsk-teknologi eba hk hsh fagforeningen fagforeningene
redd-barna amnesty leger-uten-grenser norsk-folkehjelp
finansforbundet lektorlaget postkom creo samfunnsøkonomene bibliotekarforbundet presteforeningen
akademikerforbundet fellesorganisasjonen sjømannsforbundet transportarbeiderforbundet journalistlaget
fagforbund landsforbundet landsforeningen kreftforeningen blindeforbundet handikapforbundet
astma-og-allergiforbundet frelsesarmeen caritas unicef flyktninghjelpen noas jussbuss juss-buss
dnt turistforeningen idrettslaget
fo ntl bfo nof mff nelfo bnl mef hraf arbeidsmandsforbundet landsorganisasjonen
tjenestemannslaget kommuneforbundet
tannhelsesekretærforbundet barnehageforbundet
""".split()) | {"røde kors", "norsk teknologi", "redd barna", "leger uten grenser", "norsk folkehjelp",
                 "el og it forbundet", "handel og kontor", "norges røde kors", "kirkens nødhjelp", "den norske turistforening", "sos barnebyer", "fn-sambandet", "mental helse",
                 "industri energi", "norsk lektorlag", "skolenes landsforbund", "norsk journalistlag",
                 "den norske legeforening", "norsk sykepleierforbund", "frivillighet norge", "norsk p.e.n.",
                 # unions and employers' organisations by their full names, confederations included
                 "landsorganisasjonen i norge", "yrkesorganisasjonenes sentralforbund", "næringslivets hovedorganisasjon",
                 "hovedorganisasjonen virke", "arbeidsgiverforeningen spekter", "norsk arbeidsmandsforbund",
                 "norsk tjenestemannslag", "befalets fellesorganisasjon", "norsk offisersforbund",
                 "politiets fellesforbund", "musikernes fellesorganisasjon", "norsk industri", "sjømat norge",
                 "nho service", "nho service og handel", "nho reiseliv", "nho mat og drikke", "nho logistikk og transport",
                 "nho byggenæringen", "nho elektro", "nho geneo", "byggenæringens landsforening",
                 "maskinentreprenørenes forbund", "norsk sjømannsforbund", "norsk transportarbeiderforbund",
                 "hotell- og restaurantarbeiderforbundet", "fagforbundet", "norsk lokomotivmannsforbund",
                 "kommunesektorens organisasjon", "arbeidsgiverforeningen", "unio", "akademikerne næringsliv",
                 # charities and humanitarian bodies named as such
                 "amnesty international",
                 # professional bodies of archivists (round 22b): seminars, courses and members, no one's employer
                 "arkivforbundet", "norsk arkivråd", "arkivforeningen",
                 "frelsesarmeen", "blå kors", "sos-barnebyer", "plan norge", "care norge", "unicef norge",
                 "norges blindeforbund", "norsk revmatikerforbund", "landsforeningen for hjerte- og lungesyke",
                 # service clubs, scouts, rescue and youth bodies with branches everywhere: joined, given to
                 "lions", "lions club", "lions clubs", "lions norge", "kiwanis", "rotary", "rotary club", "rotaract",
                 "soroptimist", "soroptimist international", "inner wheel", "redningsselskapet", "speiderne",
                 "speideren", "norges speiderforbund", "kfuk-kfum", "kfum-kfuk", "kfum", "kfuk", "natur og ungdom",
                 "sanitetskvinnene", "norske kvinners sanitetsforening", "sjømannskirken", "nasjonalforeningen",
                 "nasjonalforeningen for folkehelsen", "home-start", "4h", "4h norge", "norsk sykehjelpsforening",
                 "kirkens sosialtjeneste", "norsk luthersk misjonssamband", "bondeungdomslaget", "ungdomslaget",
                 "norges bygdeungdomslag", "norsk folkehjelp sanitet", "røde kors ungdom", "nabohjelp",
                 # volunteer patrols and aid bodies (round 23b)
                 "natteravnene", "natteravn", "kirkens sos", "mental helse ungdom",
                 "røde kors hjelpekorps", "foreningen for barnevernsbarn", "voksne for barn"}
# (Round 23b) Large volunteer organisations with branches everywhere, which the project's data writers treat
# as identifying nobody: a bare preposition before one ("i Blå Kors, på søndager", "kafeen til Frelsesarmeen",
# "kurs hos Røde Kors") is volunteering, a visit or a course, not a workplace. Only a work frame makes one an
# employer ("ansatt i Blå Kors", "deltidsjobb i Kirkens Bymisjon"), and that keeps every mention replaced.
VOLUNTEER_BODIES = frozenset({
    "røde kors", "norges røde kors", "røde kors ungdom", "røde kors hjelpekorps", "blå kors", "blå-kors", "blåkors",
    "kirkens bymisjon", "kirkens-bymisjon", "bymisjonen", "frelsesarmeen", "natteravnene", "natteravn",
    "kirkens sos", "kirkens-sos", "norsk folkehjelp", "redd barna", "redd-barna", "amnesty", "amnesty international",
    "sanitetskvinnene", "norske kvinners sanitetsforening", "sanitetsforeningen", "matsentralen", "fontenehuset",
    "leger uten grenser", "flyktninghjelpen", "kirkens nødhjelp", "sos barnebyer", "sos-barnebyer", "lions",
    "lions club", "rotary", "speiderne", "home-start", "mental helse", "unicef", "caritas", "kirkens sosialtjeneste",
    "sjømannskirken", "nabohjelp", "frivillighet norge"})
# Charities and volunteer centres that also run programmes, courses and meeting places, mentoring programmes
# among them: naming one as the host identifies the programme, so one stays only where the text has someone
# join it or volunteer there ("frivillig i Kirkens Bymisjon", "med i Frivillighetssentralen").
HOSTS = frozenset("""
bymisjonen kirkens-bymisjon frivillighetssentralen frivillighetssentral frivilligsentral frivilligsentralen
frivilligsentralene sanitetsforeningen matsentralen fontenehuset blåkors blå-kors kirkens-sos plan-international
care-norge
""".split())
# National media and trade journals: read, quoted, subscribed to; a workplace only where the text says so.
MEDIA = frozenset("""
aftenposten vg dagbladet nettavisen klassekampen morgenbladet dagsavisen finansavisen e24 nrk tv2
adresseavisen adressa khrono forskerforum sykepleien utdanningsnytt computerworld kode24 digi.no tu.no
forskning.no p4 itromsø bistandsaktuelt utrop
""".split()) | {"teknisk ukeblad", "dagens næringsliv", "vårt land", "bergens tidende", "stavanger aftenblad",
                 "dagens medisin", "tv 2", "nrk p1", "nrk p2", "nrk p3", "radio norge", "klar tale",
                 "dagens perspektiv", "tidsskrift for den norske legeforening", "tidsskriftet",
                 "abc nyheter", "nrk tv",
                 # NRK's and TV 2's channels and news programmes, heard and watched by everyone
                 "nrk super", "nrk1", "nrk 1", "nrk2", "nrk 2", "nrk3", "nrk 3", "nrk p13", "nrk mp3", "nrk sport",
                 "nrk nyheter", "nrk alltid nyheter", "nrk radio", "nrk p1+", "p1", "p2", "p3", "p13", "mp3", "p5",
                 "dagsnytt", "dagsnytt 18", "dagsnytt atten", "dagsrevyen", "dagsrevyen 21", "kveldsnytt",
                 "lørdagsrevyen", "søndagsrevyen", "distriktsnyheter", "debatten", "urix", "brennpunkt",
                 "folkeopplysningen", "supernytt", "barne-tv", "politisk kvarter", "ukeslutt", "nytt på nytt",
                 "norge rundt", "tv 2 nyhetene", "tv2 nyhetene", "god morgen norge", "tvnorge", "tv norge",
                 "p4 lyden av norge", "nyhetsmorgen", "studio 2", "her og nå",
                 # international channels, streaming services, games and lotteries, watched, played or bet on
                 "bbc", "bbc world", "bbc world news", "bbc world service", "bbc news", "bbc arabic", "cnn",
                 "al jazeera", "al-jazeera", "al arabiya", "al-arabiya", "deutsche welle", "dw", "euronews",
                 "france 24", "tv5monde", "tv5 monde", "trt", "trt world", "sky news", "fox news", "cnbc",
                 "bloomberg", "eurosport", "discovery", "discovery+", "national geographic", "netflix", "hbo",
                 "hbo max", "viaplay", "disney+", "tv 2 play", "tv2 play", "kanal 5", "kanal5", "tv3", "tv 3",
                 "eurovision", "melodi grand prix", "mgp", "donald duck", "donald duck & co", "lotto", "keno",
                 "eurojackpot", "vikinglotto", "norsk tipping", "rikstoto", "oddsen", "fortnite", "minecraft",
                 "roblox", "fifa", "premier league", "champions league", "formel 1", "formula 1"}
# Before an association's name these make it where someone is: "kurs fra Røde Kors", "med i Tekna".
_AT_ASSOCIATION = re.compile(r"(?<![\w-])(?i:ved|hos|fra|på|i|til)[ \t]+$")
# Joining, belonging and reading: the name after these is one of many members or readers, not a workplace
# ("medlem i Tekna", "meldte meg inn i Tekna", "med i LO eller i Akademikerne", "frivillig i Røde Kors", "leser Aftenposten",
# "abonnerer på Sykepleien", "det sto i VG"). Any of these up to six words back in the same clause.
_JOINED = re.compile(
    r"(?<![\w-])(?:(?i:medlem(?:mer|skap|skapet)?|medlemmene|organisert|organiserte|meldt|meldte|melde|melder"
    r"|frivillig|frivillige|frivilligarbeid|frivillighetsarbeid|dugnad|dugnaden|deltar|deltok|deltatt"
    r"|innmeldt|kontingent(?:en)?|leser|leste|lest|lese|abonnerer|abonnerte|abonnement(?:et)?"
    r"|representant(?:en|er|ene)?|aktiv|aktive|engasjert|støtter|støttet|donerer|donerte"
    r"|penger|pengene|bidrag|gave|gaver|innsamling(?:en|er)?|(?:hjelper|hjalp|hjulpet|hjelpe)[ \t]+til"
    r"|kjenner|kjente)"
    r"(?![\w-])(?:[ \t,]+[\wæøåÆØÅ]+){0,6}?"
    r"|(?i:er|var|vært)[ \t]+(?i:i)"  # "han er i Fellesforbundet": a member
    r"|(?i:spiller|spilte|spilt|spille)(?:[ \t]+[a-zæøå]+){0,2}?[ \t]+(?i:i)"  # "spiller fotball i": a team or band
    r"|(?i:folk|noen|mange|andre|flere|venner|vennene)[ \t]+(?i:i)"  # "folk i Rotary": its members
    r"|(?i:med|står|sto|stod|stått|skrev|skriver|skrevet|publisert|intervjuet|hører|hørte|ser|så|se|sett)"
    r"(?:[ \t]+[\wæøåÆØÅ]+){0,3}?[ \t]+(?i:i|på)(?:[ \t]+[\wæøåÆØÅ]+[ \t]+(?i:eller|og)[ \t]+(?i:i|på))?)[ \t]+$")
# After the name, its premises or its course: a venue, named by everyone who went there ("i Røde Kors sitt lokale").
_VENUE_AFTER = re.compile(
    r"[ \t]+(?i:sitt|sine|si|sin)[ \t]+(?i:lokale|lokaler|lokalet|lokalene|hus|huset|bygg|bygget|kurs|kurset"
    r"|kafé|kafeen|møte|møtet|arrangement|arrangementet|stand|standen)(?![\w-])")
# Work at the association: "tillitsvalgt for Tekna", "sjefen i Akademikerne", "leder i Delta".
_WORK_THERE = re.compile(
    r"(?<![\w-])(?i:tillitsvalgt|tillitsvalgte|sjef|sjefen|leder|lederen|direktør|rådgiver|sekretær"
    r"|generalsekretær|journalist|redaktør|frikjøpt)(?:[ \t]+\w+)?[ \t]+(?i:i|for|hos|ved|på)[ \t]+$")
# Endings of the names of unions and professional associations ("Sykepleierforbundet", "Elektroforeningen").
ASSOCIATION_SUFFIXES = ("forbundet", "foreningen", "forbund", "forening", "organisasjonen")
_GENITIVE = re.compile(r"(?:'s|’s|'|’|s)$")


def association(span: str) -> bool:
    """Whether a casefolded name is a union, professional association, humanitarian body or national
    medium, in its genitive too ("Teknas", "Røde Kors'"); a name of several words ending in an
    association's word ("Den Norske Turistforening") is one."""
    if listed_association(span):
        return True
    bare = _GENITIVE.sub("", span)
    if bare != span and len(bare) > 1 and listed_association(bare):
        return True
    return _by_suffix(bare)


def _by_suffix(bare: str) -> bool:
    """A union or association by its ending; in a name of several words only after dictionary words
    ("Den Norske Turistforening"), never after a place ("Bodø Sanitetsforening" is a local branch)."""
    parts = bare.split()
    if not parts or any(not rules.known_word(p) or rules.listed(p, gaz.PLACES) for p in parts[:-1]):
        return False
    last = parts[-1]
    for s in ASSOCIATION_SUFFIXES:
        stem = last[:-len(s)]
        if last.endswith(s) and len(stem) > 3 and (rules.known_word(stem) or rules.compound_head(stem)
                                                   or (stem[-1:] in "se" and rules.known_word(stem[:-1]))):
            return True  # a profession or trade before the ending: "Sykepleierforbundet", "Elektroforeningen"
    return False


def listed_association(span: str) -> bool:
    """Whether a casefolded name is a listed association, medium or host, as written (no genitive, no ending),
    or a volunteer body by its form ("Frivilligbørsen")."""
    return any(span in names or span.replace(" ", "-") in names for names in (ASSOCIATIONS, MEDIA, HOSTS)) \
        or volunteer_body(span)


# A compound that starts with the volunteer word: a volunteer centre, exchange or office of the kind every
# municipality has ("Frivilligbørsen", "Frivillighetshuset", "Frivilligkontoret"), no one's employer by name.
_VOLUNTEER = re.compile(r"frivillig(?:hets?)?-?([a-zæøå]{3,})")


def volunteer_body(span: str) -> bool:
    """Whether a casefolded single word is a volunteer body by its form: `frivillig-` and a dictionary noun."""
    m = _VOLUNTEER.fullmatch(span) or _VOLUNTEER.fullmatch(_GENITIVE.sub("", span))
    return m is not None and (rules.known_word(m.group(1)) or rules.compound_head(m.group(1)) is not None)


def joined_before(before: str) -> bool:
    """Whether `before` (the clause up to a name) ends in joining, belonging or reading it ("medlem i ")."""
    return _JOINED.search(before) is not None


def work_there_before(before: str) -> bool:
    """Whether `before` (the clause up to a name) ends in working at it ("tillitsvalgt for ", "leder i ")."""
    return _WORK_THERE.search(before) is not None


def host(span: str) -> bool:
    """Whether a casefolded name (or its genitive) is a charity or volunteer centre that hosts programmes."""
    return any(form in HOSTS or form.replace(" ", "-") in HOSTS or volunteer_body(form)
               for form in (span, _GENITIVE.sub("", span)))


def named_as_member_or_reader(text: str, start: int) -> bool | None:
    """For an association or medium starting at `start`: True where the text joins, belongs to or reads
    it, False where it puts someone's work or course there (after ved/hos/fra/på/i/til otherwise),
    None where nothing before it says."""
    clause = max(text.rfind("\n", 0, start) + 1, *(text.rfind(c, 0, start) + 1 for c in ".!?;:"), start - 80)
    before = text[clause:start]
    if _WORK_THERE.search(before):
        return False
    name = _name_at(text, start)
    if _JOINED.search(before) and (listed_association(name) or listed_association(_GENITIVE.sub("", name))):  # "Røde Kors" ends in s
        return True  # a national body with many members; a small one known only by its ending stays a find
    if _VENUE_AFTER.match(text, start + len(name)) and listed_association(name):
        return True
    if _WATCHED_ON.search(text, max(0, start - 6), start) and _medium(name):
        return True  # "barne-TV på NRK Super", "det sto i Dagsavisen": a channel or paper, work aside (keep checks it)
    if _AT_ASSOCIATION.search(text, max(0, start - 6), start):
        # a course or training at a branch named by its place is that branch's programme ("kurs på Kirkens
        # Bymisjon, på norsktreningen deres på Saupstad", "et kurs fra Røde Kors der"); at the body as such it is
        # one of many ("førstehjelpskurs hos Røde Kors")
        local = _COURSE_BEFORE.search(before) and _BRANCH_AFTER.match(text, start + len(name))
        return None if volunteer(name) and not local else False
    return None


_BRANCH_AFTER = re.compile(r"(?:[ \t]+der(?![\w-])|,?[ \t]+(?:i|på)[ \t]+[A-ZÆØÅ]"
                           r"|,[ \t]+(?:på|i)[ \t]+[\wæøå]+(?:[ \t]+[\wæøå]+)?[ \t]+(?:på|i)[ \t]+[A-ZÆØÅ])")
_COURSE_BEFORE = re.compile(r"(?<![\w-])(?i:\w*kurs\w*|\w*opplæring\w*|\w*trening\w*|\w*program\w*|praksis\w*"
                            r"|utdanning\w*|sertifikat\w*)(?![\w-])")


def volunteer(span: str) -> bool:
    """Whether a casefolded name (or its genitive) is a large volunteer organisation or a volunteer centre."""
    return any(form in VOLUNTEER_BODIES or volunteer_body(form) for form in (span, _GENITIVE.sub("", span)))


_WATCHED_ON = re.compile(r"(?<![\w-])(?i:på|i)[ \t]+$")


def _medium(name: str) -> bool:
    """Whether a casefolded name (or its genitive) is a listed medium, channel or programme."""
    return any(form in MEDIA or form.replace(" ", "-") in MEDIA for form in (name, _GENITIVE.sub("", name)))


_NAME_AT = re.compile(r"[A-ZÆØÅ][\w&'’-]*(?:\.\w+)*(?:[ \t][A-ZÆØÅ][\w&'’-]*(?:\.\w+)*){0,4}")


def _name_at(text: str, start: int) -> str:
    """The capitalised words from `start` on, casefolded, the longest listed run of them if any."""
    m = _NAME_AT.match(text, start)
    words = m.group(0).split() if m else []
    for n in range(len(words), 0, -1):
        span = " ".join(words[:n]).casefold()
        if listed_association(_GENITIVE.sub("", span)) or listed_association(span):
            return span
    return " ".join(words).casefold()
