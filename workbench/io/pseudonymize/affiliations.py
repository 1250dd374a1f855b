"""Organisations where someone belongs, volunteers, learns or works, cased and caseless (round 54o).

Why: blind writers list the body where the participant personally volunteers, learns or is a member as an
organisation (`frivillig på Trebåtfestivalen`, `lærte på Kirkens Bymisjon sin kafé`, `første samling er på
Frivilligsentralen`, `Gjennom Næringsforeningen i Drammensregionen, jeg er medlem`, a membership answer list
`Ja, Norsk Feierforbund, og NHO Byggenæringen`), and caseless speech names employers and unions as cased text
does (`frilans for nrk [NRK] trøndelag`, `ja i fagforbundet [Fagforbundet]`). Older rules read such names only in
work frames or dropped them as bodies named in passing.

Policies stated here:

1. A participant's own affiliation with a small or local body, or a site, is identifying. A capitalised name (or an
   association-shaped name: a capitalised word and lower-case words ending in `forening`, `forbund`, `lag`, …) is
   an organisation right after a personal frame of volunteering at an event or site (`jeg er frivillig på`, `som
   frivillig på`), learning (`lærte norsk hos`), a course meeting there (`kurset møttes på`, `samling er på`) or a
   union named in apposition (`fagforeningen NITO`); after a frame of joining (`jeg er med i`, `medlem av`,
   `innmeldt i`, `meldte meg inn i`) only a local body (named by an adjective of origin, `Jordansk-norsk
   kvinneforening`, or by a place, `… i Midt-Norge`) or, after one's own membership, a union; a name that a sentence
   with `jeg/han/hun er medlem` says was the way to something (`Gjennom X, jeg er medlem`); and each name listed in
   a `Ja, …` answer to a membership question. The older convention stays (its tests and controls, rounds 10 to
   38o): volunteering in or for a nationwide charity (`frivillig i Røde Kors`, `for Kirkens Bymisjon`) and
   membership of a nationwide association or club (`Naturvernforbundet`, `Huseierne`, `Frivilligsentralen`,
   `Strikkeklubben`) identify nobody. A public body or national service named so (`NAV`, `UDI`, the public list),
   a committee's bare acronym (`AMU`, `FAU`), a numbered room (`Rom 12`), a membership someone else has (`naboen
   min`, `mange`) or denies (`ikke medlem`) and a body given to or talked about stay: no personal frame, no find.
2. In caseless speech (a caseless passage, lower case, or a word with its own bracket note) a broadcaster (`nrk`,
   `tv 2`, `p4`) after a work frame (`frilans for`, `jobber i`, `oppdrag for`) or before `er (som) arbeidsgiver/oppdragsgiver` is an employer, and found once it is found again in the
   same transcript, except where it is listened to or watched (`hører på nrk`).
3. In caseless speech one's own membership answer names the union: a union followed by its own bracket note
   (`fagforbundet [Fagforbundet]`) is no second union making the sentence policy talk; both are found. In a
   cased text a union name written in lower case that is also a compound of common words (`fagforbundet`,
   `fellesforbundet`) is the common noun its writer meant, and stays.
4. University shapes: a capitalised adjective of origin before a lower-case institution noun (`Tadsjikisk
   nasjonaluniversitet`, `Eritreisk teknologiinstitutt`; not after an article or opening a sentence), and in caseless speech an unknown word before
   `universitetet` (`pavlov universitetet`), are organisations, with their bracket notes.
5. A firm found with a firm word (`nordløft kran [Nordløft Kran AS]`, `x as`) is found again where its first word,
   no dictionary word, is said alone in lower case (`det er nordløft ni fire null …`).

National services and software named as things used (`via Vigo`, `skjemaene i Visma`) stay: see `used_services`.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import capitals, lexicon
from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import org_policies, used_services

Find = tuple[int, int, str, str, str | None]

_CAP = r"[A-ZÆØÅÄÖÜÉ][\wæøåÆØÅäöüéèáàóçñ'’&-]*"
_LOW = r"[a-zæøåäöüéèáàóçñ][\wæøåäöüéèáàóçñ'’-]*"
# The last word of an association-shaped name: "kvinneforening", "Feierforbund", "kystlag", "Frivilligsentral".
_ASSOC_END = (r"(?:\w*(?:forening|foreningen|forbund|forbundet|laget|lag|menighet|menigheten|sentral|sentralen"
              r"|rådet|råd|nettverk|nettverket|forum|kafé|kafe|kafeen|kaféen|institutt|instituttet))")
# A lower-case word inside an association's name ("Jordansk-norsk kvinneforening"), no function word or adverb.
_MIDDLE = rf"(?!(?:og|i|på|nå|for|med|til|fra|av|som|også|der|her|men|eller)(?![\w-])){_LOW}"
# A capitalised name: capitalised words, joined by "og", "i", "på", "for", "&" only to another capitalised word;
# or a capitalised word, lower-case words and an association word (then perhaps a capitalised place).
_NAME = re.compile(
    rf"(?:{_CAP}(?:[ \t]+{_MIDDLE}){{0,2}}[ \t]+(?=[a-zæøå]){_ASSOC_END}(?:[ \t]+{_CAP})?"
    rf"|{_CAP}(?:[ \t]+(?:(?:og|i|på|for|&)[ \t]+)?{_CAP})*)(?![\w-])")

# The one who belongs: a pronoun or a name (a capitalised word checked by `_subject_ok`), not "mange", "de",
# "naboen min" or "barna".
_PRONOUN = r"(?:jeg|eg|han|hun|ho|vi)"
_SUBJECT = rf"(?P<who>(?i:{_PRONOUN})|[A-ZÆØÅ][a-zæøå]+)"
_JOINER = rf"(?P<joiner>(?i:{_PRONOUN})|[A-ZÆØÅ][a-zæøå]+)"
_BEING = r"(?i:er|var|ble|blei|vart|blir|har[ \t]+vært|hadde[ \t]+vært)"
_STILL = r"(?:(?i:også|nå|fortsatt|alltid)[ \t]+)?"
_FRAMES = re.compile(
    r"(?<![\w-])(?:"
    rf"(?:{_SUBJECT}[ \t]+{_BEING}|{_BEING}[ \t]+(?i:{_PRONOUN})|(?i:som))[ \t]+{_STILL}(?i:frivillig)[ \t]+(?i:på)"
    r"|(?i:lærte|lærer|lært)(?:[ \t]+(?i:jeg|han|hun|vi|norsk|språket|mest|det))*[ \t]+(?i:på|hos|ved)"
    r"|(?i:samling\w*|\w*kurs(?:et|ene)?|møtene|timene)(?:[ \t]+\w+)?[ \t]+(?i:er|var|holdes|møtes|møttes|foregår"
    r"|foregikk|ble[ \t]+holdt)(?:[ \t]+(?i:alltid|hver\w*|om[ \t]+kvelden\w*))?[ \t]+(?i:på|hos)"
    rf"|{_JOINER}[ \t]+{_BEING}[ \t]+{_STILL}(?P<member>(?i:med|medlem|innmeldt)[ \t]+)?(?i:i|av)"
    r"|(?P<enrolled>(?i:meldte|meldt)[ \t]+(?i:meg|seg|oss)[ \t]+(?i:inn))[ \t]+(?i:i)"
    r"|(?P<apposed>(?i:fagforeningen|fagforeninga|foreningen|forbundet|organisasjonen)(?=[ \t]+[A-ZÆØÅ]))"
    r")[ \t]+")
# Another name in the same list: ", X", " og X", " og i X", " nå og X".
_MORE = re.compile(r"(?:[ \t]*,[ \t]*(?:og[ \t]+)?|(?:[ \t]+(?i:nå|også|fortsatt))?[ \t]+og[ \t]+)(?:(?:i|av)[ \t]+)?"
                   r"(?=[A-ZÆØÅ])")
# A listed name that opens a clause of its own ("…, og Norges Jeger- og Fiskerforbund har kurs"): no membership.
_OWN_CLAUSE = re.compile(r"[ \t]+(?i:har|hadde|er|var|mener|mente|sier|sa|gir|ga|holder|arrangerer|arrangerte|tilbyr"
                         r"|hjelper|hjalp|sendte|skrev)(?![\w-])")
_NEGATED = re.compile(r"(?<![\w-])(?i:ikke|ikkje|aldri|ingen)(?![\w-])")
_OWN_MEMBER = re.compile(r"(?<![\w-])(?i:jeg|han|hun|vi)[ \t]+(?i:er|var|ble)[ \t]+(?:(?i:også|nå)[ \t]+)?"
                         r"(?i:medlem)(?![\w-])|(?<![\w-])(?i:medlemsmøte\w*)(?![\w-])")
_WAY = re.compile(r"(?<![\w-])(?i:gjennom|via)[ \t]+")
_ASSOC_WORD = re.compile(rf"{_ASSOC_END}$", re.IGNORECASE)
_MEMBERSHIP_QUESTION = re.compile(r"(?i:medlem|organisasjon|organisert|forening|fagforening|forbund)")
_LABEL = re.compile(r"[^\n:]{1,30}:[ \t]*")
_YES = re.compile(r"(?i:ja)[ \t]*[,.]?[ \t]+(?:(?i:i|av)[ \t]+)?")
_LIST_END = re.compile(r"[ \t]*(?:[,.;!]|[ \t]og[ \t]|$)")
_STOP_WORDS = frozenset("jeg du han hun vi de det den der her ja nei og men så da når hvis fordi som".split())


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    hi = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
    return lo, hi


def _public(name: str) -> bool:
    """A public body, national service, holiday or never-name: named so it identifies nobody."""
    low = " ".join(name.split()).casefold()
    words = low.split()
    return (low in gaz.PUBLIC or low in gaz.NEVER or low in gaz.GENERIC_ACRONYMS or lexicon.public(low) or lexicon.national_body(name.split())
            or all(w in gaz.PUBLIC or w in gaz.NEVER or w in _STOP_WORDS for w in words))


def _ordinary(name: str) -> bool:
    """Every word a dictionary word or compound ("Bare fagforeningen", "En"): no name at a sentence start."""
    return all(lexicon.known_word(w.casefold()) or lexicon.compound_of_known(w.casefold()) for w in name.split())


def _union(name: str) -> bool:
    low = " ".join(name.split()).casefold()
    return low in org_policies.UNIONS or low in org_policies.CASED_UNIONS or name in org_policies.UNION_ACRONYMS


def _trim(name: str) -> str:
    """The name without a trailing genitive particle or a clause word taken in."""
    words = name.split()
    while words and words[-1].casefold() in ("sin", "sitt", "sine", "og", "i", "på", "for", "&"):
        words.pop()
    return name[:name.rfind(words[-1]) + len(words[-1])] if words else ""


def _local(name: str) -> bool:
    """A small, local body: named by an adjective of origin (`Jordansk-norsk kvinneforening`, not `Norsk …`) or
    by a place (`… i Midt-Norge`, `Eritreisk kulturforening Haugalandet`, `Næringsrådet på Haugalandet`)."""
    words = name.split()
    first = words[0].casefold()
    origin = bool(re.fullmatch(r"[a-zæøå]{3,}sk(?:-norsk)?", first)) and first not in ("norsk", "nordisk") \
        and lexicon.known_word(first)
    placed = bool(re.search(r"[ \t](?:i|på)[ \t]+[A-ZÆØÅ]", name))
    tail_place = len(words) >= 2 and words[-1][:1].isupper() and any(
        w[:1].islower() and _ASSOC_WORD.search(w) for w in words[1:-1])  # "kulturforening Haugalandet"
    return origin or placed or tail_place


def _names_after(text: str, pos: int, unions: bool = False, shaped: bool = False,
                 local: bool = False) -> list[tuple[int, int]]:
    """The name at `pos` and those listed after it (", Y og i Z"). Unions are left to `org_policies` unless
    `unions`; with `shaped` only association-shaped names and unions count ("jeg er i …" names places too); with
    `local` only small, local bodies (`_local`) and unions (nationwide associations joined stay)."""
    out = []
    first = True
    while True:
        m = _NAME.match(text, pos)
        if not m:
            return out
        name = _trim(m.group(0))
        if not name or _public(name) or (org_policies._sentence_start(text, m.start()) and _ordinary(name)):
            return out
        end = m.start() + len(name)
        if not first and _OWN_CLAUSE.match(text, end):
            return out
        if name.isupper() and " " not in name and len(name) <= 4 and not _union(name):
            return out  # "med i AMU", "med i FAU": a workplace or school committee, a role
        if re.match(r"[ \t]+\d", text[end:end + 3]):
            return out  # "Kurset var på Rom 12": a numbered room, hall or route
        if (unions or not _union(name)) and (not shaped or any(_ASSOC_WORD.search(w) for w in name.split()) or _union(name)) \
                and (not local or _local(name) or (unions and _union(name))):
            out.append((m.start(), end))
        more = _MORE.match(text, end)
        if not more:
            return out
        pos, first = more.end(), False


def _subject_ok(m: re.Match) -> bool:
    """A frame's subject is a pronoun or a name, not a capitalised common noun ("Barna er med i")."""
    who = m.group("who") or m.group("joiner")
    return who is None or who.casefold() in ("jeg", "eg", "han", "hun", "ho", "vi") or not lexicon.known_word(who.casefold())


def personal_bodies(text: str) -> list[tuple[int, int]]:
    """Spans of bodies named in a personal frame of volunteering, learning, meeting or joining (policy 1)."""
    out: list[tuple[int, int]] = []
    for m in _FRAMES.finditer(text):
        if not _subject_ok(m) or _NEGATED.search(text[max(0, m.start() - 12):m.end()]):
            continue  # "Jeg er ikke medlem av …", "Naboen min er frivillig i …"
        joining = m.group("joiner") is not None or m.group("enrolled") is not None
        plain_being = joining and m.group("joiner") is not None and m.group("member") is None
        own = m.group("member") is not None and (m.group("joiner") or "").casefold() in ("jeg", "eg", "han", "hun", "ho")
        out += _names_after(text, m.end(), unions=m.group("apposed") is not None or own, shaped=plain_being,
                            local=joining)
    for m in _WAY.finditer(text):  # "Gjennom Næringsforeningen i Drammensregionen, jeg er medlem."
        lo, hi = _sentence(text, m.start(), m.end())
        if _OWN_MEMBER.search(text, lo, hi):
            out += _names_after(text, m.end())[:1]
    out += _answer_lists(text)
    return out


def _answer_lists(text: str) -> list[tuple[int, int]]:
    """Names listed in a "Ja, X, og Y" answer right after a membership question."""
    out: list[tuple[int, int]] = []
    lines = text.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    for i in range(1, len(lines)):
        asked = lines[i - 1].rstrip()
        if not asked.endswith("?") or not _MEMBERSHIP_QUESTION.search(asked):
            continue
        label = _LABEL.match(lines[i])
        pos = label.end() if label else 0
        yes = _YES.match(lines[i], pos)
        if yes:
            names = _names_after(text, starts[i] + yes.end())
            out += [(s, e) for s, e in names if _LIST_END.match(text, e)]
    return out


_BROADCASTER = r"(?:nrk|tv[ \t]?2|tv[ \t]?norge|p4|radio[ \t]+norge)"
_WORK_BEFORE = re.compile(r"(?<![\w-])(?i:frilans|frilanser|frilansar|jobber|jobbet|jobba|ansatt|oppdrag|vikar|vikariat|vakter"
                          r"|praksis|fast|stilling|arbeidsgiver(?:en)?[ \t]+(?:min|mi|mitt|er|var))[ \t]+"
                          r"(?:(?i:fortsatt|nå|også|mest)[ \t]+)?(?i:for|i|hos|på|er)[ \t]+$")
_WORK_AFTER = re.compile(r"(?:[ \t]+\[[^\]\n]{1,40}\])?[ \t]+(?i:er|var)[ \t]+(?:(?i:som|min|mi|din)[ \t]+)?(?i:arbeidsgiver\w*|oppdragsgiver\w*)")
_LISTENED = re.compile(r"(?<![\w-])(?i:hører|hørte|ser|leste|leser|lytter|på[ \t]+tv)[ \t]+(?i:på[ \t]+)?$")
_BROADCAST_ANY = re.compile(rf"(?<![\w@.\[-])(?i:{_BROADCASTER})(?![\w\]-])")


def _inside(spans: list[tuple[int, int]], start: int) -> bool:
    return any(s <= start < e for s, e in spans)


def broadcasters(text: str, speech: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Broadcasters in caseless speech named as an employer, and their later mentions (policy 2)."""
    spans = [(m.start(), m.end()) for m in _BROADCAST_ANY.finditer(text)
             if _inside(speech, m.start()) or m.group(0).islower() or _twinned(text, m.start(), m.end())]
    hired = {text[s:e].casefold().replace(" ", "") for s, e in spans
             if _WORK_BEFORE.search(text[max(0, s - 50):s]) or _WORK_AFTER.match(text, e)}
    return [(s, e) for s, e in spans if text[s:e].casefold().replace(" ", "") in hired
            and not _LISTENED.search(text[max(0, s - 20):s])]


_NOTE_AFTER = re.compile(r"[ \t]+\[([^\]\n]{1,80})\]")


def _note(text: str, end: int) -> tuple[int, int] | None:
    m = _NOTE_AFTER.match(text, end)
    if m and m.group(1)[:1].isupper():
        return m.start(1), m.end(1)
    return None


def _twinned(text: str, start: int, end: int) -> bool:
    """Whether the words are followed by their own bracket note ("nrk [NRK]"): caseless speech, corrected."""
    note = _note(text, end)
    return note is not None and text[note[0]:note[1]].casefold() == text[start:end].casefold()


def twin_unions(text: str) -> list[tuple[int, int]]:
    """Unions in caseless speech with their own bracket note, found as if the note were not there (policy 3)."""
    if "[" not in text:
        return []  # no note, no twin: spare the whole-text policy pass
    masked = re.sub(r"\[[^\]\n]{1,80}\]", lambda m: " " * len(m.group(0)), text)
    out = []
    for s, e, _k, _r in org_policies.policy_orgs(masked):
        if text[s:e].casefold() in org_policies.UNIONS:
            note = _note(text, e)
            if note and _twinned(text, s, e):
                out += [(s, e), note]
    return out


_ORIGIN_INSTITUTION = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøå]+isk[e]?[ \t]+(?:nasjonal|stats|teknisk[ \t]+|teknologi)?"
                                 r"(?:universitet|institutt|høgskole|akademi)(?![\w-])")
_DETERMINER = re.compile(r"(?<![\w-])(?i:en|et|ei|ett|det|den|de|et|noe|noen|hvert|hver)[ \t]+$")
_UNKNOWN_UNIVERSITY = re.compile(r"(?<![\w-])([a-zæøå]{3,})[ \t]+universitetet(?![\w-])")


def universities(text: str) -> list[tuple[int, int]]:
    """Institutions by shape: an adjective of origin before an institution noun, and in caseless speech an
    unknown word before `universitetet` (policy 4)."""
    out = []
    for m in _ORIGIN_INSTITUTION.finditer(text):
        if org_policies._sentence_start(text, m.start()) or _DETERMINER.search(text[max(0, m.start() - 8):m.start()]):
            continue  # "Teknisk universitet er …", "et Geofysisk institutt i byen": no name
        out.append((m.start(), m.end()))
    for m in _UNKNOWN_UNIVERSITY.finditer(text):
        word = m.group(1)
        if word in gaz.FUNCTION_WORDS or word in _STOP_WORDS or lexicon.known_word(word) \
                or lexicon.compound_of_known(word):
            continue
        out.append((m.start(), m.end()))
    return out


_LOW_FIRM = re.compile(r"(?<![\w-])((?i:[a-zæøå]{4,}))[ \t]+(?i:kran|bygg|elektro|transport|maskin|rør|as)(?![\w-])")


def firms_again(text: str, found: list[Find]) -> list[tuple[int, int]]:
    """A caseless firm's first word said alone, once the firm was found (policy 5)."""
    heads = set()
    for m in _LOW_FIRM.finditer(text):
        word = m.group(1).casefold()
        if lexicon.known_word(word) or word in gaz.FUNCTION_WORDS or word in _STOP_WORDS:
            continue
        orgs = [f for f in found if f[2] == "org" and f[0] <= m.start() < f[1]]
        if orgs and all(f[0] == m.start() for f in orgs):  # the first word of every name found there
            heads.add(word)
    return [(m.start(), m.end()) for w in heads for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)
            if m.group(0).islower()]


def _cased_lower_union(text: str, f: Find, speech: list[tuple[int, int]]) -> bool:
    """A lower-case union name in a cased text that is a compound of common words: the common noun (policy 3)."""
    word = text[f[0]:f[1]]
    return (not _inside(speech, f[0]) and f[2] == "org" and word.islower() and " " not in word and word.casefold() in org_policies.UNIONS
            and lexicon.compound_of_known(word) and _note(text, f[1]) is None)


def affiliations(text: str, found: list[Find], keep: list[tuple[int, int]]) -> list[Find]:
    """`found` with the organisations of policies 1 to 5 added (each with its bracket note), the lower-case
    common nouns of policy 3 dropped, and services and software named as used (`used_services`) dropped."""
    speech = capitals.lower_stretches(text)
    found = [f for f in used_services.drop_used(text, found) if not _cased_lower_union(text, f, speech)]
    spans = personal_bodies(text) + twin_unions(text) + universities(text) + broadcasters(text, speech)
    spans += firms_again(text, found)
    spans += [n for s, e in spans if (n := _note(text, e)) is not None]
    new = [(s, e, "org", "rule:affiliation", None) for s, e in sorted(set(spans))
           if not any(a < e and s < b for a, b in keep)
           and not any(f[0] <= s and e <= f[1] and f[2] == "org" for f in found)]
    return found + new
