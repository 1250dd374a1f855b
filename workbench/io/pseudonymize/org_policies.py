"""Organisations replaced as POLICIES, wherever they stand, not only inside a frame (round 52o).

Most organisation rules need a frame ("jobber i X", "medlem av X"), and text nobody here has written keeps
finding new frames: a union named alone in an answer, a bank in a list, a school in a correction. Three classes
are replaced here wherever they stand, cased or caseless, in the genitive and in hyphenated compounds:

1. Trade unions and professional associations. Membership of a trade union is special-category personal data
   (GDPR art. 9), so every Norwegian union and professional association (the member unions of LO, YS, Unio and
   Akademikerne, and the independent ones, with their usual short forms and acronyms) is an organisation
   wherever it is named ("Fellesforbundet.", "Tekna-medlem", "NITOs kurs", "norsk arbeidsmandsforbund").
   Exceptions: the confederations LO, YS, Unio and Akademikerne are left to the existing frame rules (named
   as such they are policy talk, not anyone's membership). Names that are also ordinary words (`Parat`,
   `Delta`, `Lederne`, `Creo`) count only written with a capital and not first in a sentence ("stå parat",
   "delta på møtet", "lederne må ansette" stay); acronyms of two or three letters (`FO`, `HK`, `NSF`, `NTL`)
   count only in capitals. Generic nouns ("fagforeningen", "forbundet") are no name. Policy talk stays: a union
   in a sentence about strikes, wage talks or the news, about what it says, claims, publishes or offers (a course,
   statistics, a web page), about many people or anyone as members, advice, an open choice, one's own
   non-membership or hearsay ("jeg kjenner NITO fra avisa"), unions described as such (`største`, `fagforening`,
   `organiserer`, another union's name), or a question ("Er du med i Parat?") names no one's membership and is left
   to the frame rules (`union_members` and its kin), unless one's own membership stands right before the name ("jeg
   er med i …") or the sentence corrects one union by another ("nei unnskyld"). The frozen controls of the older
   held-out halves name unions in such sentences; this keeps them, at the price of some own-membership sentences
   that also talk about statistics or a question put to someone ("Kontakter du Tekna om lønn?").
2. Real employers whose names are proper names and no ordinary words: banks and savings banks, the largest
   private and public employers (construction, engineering, industry, energy, retail chains, transport), the
   health trusts and hospitals, and the universities and university colleges. Names that are also ordinary
   words or first names (`Tine`, `Posten`, `Meny`, `Kiwi`, `Bring`, `Power`, `Normal`) keep needing a frame
   and are not listed; university acronyms that are words (`VID`, `UNN`) count only in capitals. Consumer brands
   people mostly name as customers or readers (retail chains, telecoms, airlines and ferries, power companies in the
   news, `Equinor`, `Statkraft`, `Statnett`, `Norges Bank`, `Visma`, `Kahoot`) are left out: the controls name them
   as shops, services and news, and their existing frame rules stay in charge.
3. Name shapes of organisations: `X videregående (skole)`, `Universitetet i X`, `X-universitetet (i Y)`,
   `University of X`, `X University`, `Institute of Technology of X`, `Universidad/Universidade/Université/
   Università X`, and a firm name ending in a firm word (`AS`, `Rør og Varme`, `Fysio`, `Mechanical`,
   `Services`, `Bygg`, `Elektro`, `Transport`, …) after one to three name words. In lower-case text a name
   word is any word that is no function word, pronoun, common verb or quantity ("gikk til fysio", "på
   videregående", "offentlig transport" stay).
4. Municipal agencies named as a compound of `-etaten` (`Bymiljøetaten`, `Plan- og bygningsetaten`) are
   workplaces and are replaced, unless the sentence names the agency as a service someone uses (an
   application, a complaint, a letter, a permit or a decision in the sentence before it), and except the
   national services that everyone deals with (`Skatteetaten`, `Tolletaten`, `Arbeids- og velferdsetaten`).
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import lexicon

Found = tuple[int, int, str, str]

# Member unions of LO, YS, Unio, Akademikerne and independent unions and professional associations, casefolded,
# full names and their usual short forms; safe in any case.
UNIONS = frozenset({
    # LO
    "fellesforbundet", "fagforbundet", "norsk arbeidsmandsforbund", "arbeidsmandsforbundet",
    "el og it forbundet", "el og it-forbundet", "el & it forbundet", "el&it forbundet", "el og it", "elogit",
    "handel og kontor", "handel og kontor i norge", "hk norge", "industri energi", "norsk transportarbeiderforbund",
    "transportarbeiderforbundet", "norsk jernbaneforbund", "jernbaneforbundet", "norsk lokomotivmannsforbund",
    "lokomotivmannsforbundet", "norsk tjenestemannslag", "tjenestemannslaget", "fellesorganisasjonen",
    "norsk sjømannsforbund", "sjømannsforbundet", "postkom", "norsk post- og kommunikasjonsforbund",
    "forbundet for ledelse og teknikk", "musikernes fellesorganisasjon", "norsk nærings- og nytelsesmiddelarbeiderforbund",
    "nnn", "norsk flygerforbund", "flygerforbundet", "kabinforeningen", "norsk kabinforening",
    "hotell- og restaurantarbeiderforbundet", "kommuneforbundet", "norsk kommuneforbund",
    # YS
    "negotia", "yrkestrafikkforbundet", "befalets fellesorganisasjon", "finansforbundet", "stat og kommune",
    "norsk tollerforbund", "tollerforbundet", "skolenes landsforbund", "styrke- og tjenesteforbundet", "krifa",
    # Unio
    "utdanningsforbundet", "norsk sykepleierforbund", "sykepleierforbundet", "forskerforbundet",
    "politiets fellesforbund", "norsk fysioterapeutforbund", "fysioterapeutforbundet", "det norske diakonforbund",
    "diakonforbundet", "norsk ergoterapeutforbund", "ergoterapeutforbundet",
    "norsk radiografforbund", "radiografforbundet", "presteforeningen", "den norske kirkes presteforening",
    "det norske maskinistforbund", "maskinistforbundet", "jordmorforeningen", "den norske jordmorforening",
    "bioingeniørfaglig institutt", "norsk sjukepleiarforbund", "sjukepleiarforbundet",
    # Akademikerne
    "legeforeningen", "den norske legeforening", "tekna", "econa", "juristforbundet", "norges juristforbund",
    "advokatforeningen", "den norske advokatforening", "tannlegeforeningen", "den norske tannlegeforening",
    "psykologforeningen", "norsk psykologforening", "akademikerforbundet",
    "arkitektenes fagforbund", "veterinærforeningen", "den norske veterinærforening",
    "farmasiforbundet", "norsk lektorlag", "lektorlaget", "norges farmaceutiske forening", "kirkeansattes forbund",
    # independent
    "nito", "norsk journalistlag", "journalistlaget", "bibliotekarforbundet",
    "norsk offisersforbund", "offisersforbundet",
    "norsk politiforbund", "politiforbundet", "norsk tannpleierforening", "tannhelsesekretærforbundet",
    "norsk bioingeniørforbund", "norsk manuellterapeutforening", "norsk kiropraktorforening",
    "norsk sykehus- og helsetjenesteforening", "fagforbundet teatersektoren", "norsk skuespillerforbund",
    "skuespillerforbundet", "norsk musikerforbund", "musikerforbundet", "norsk sjøoffisersforbund",
    "sjøoffisersforbundet", "norsk lærerlag", "fellesforbundet for sjøfolk",
})
# Union names that are also ordinary words: only capitalised and not first in a sentence.
CASED_UNIONS = frozenset({"parat", "delta", "lederne", "creo", "ergoterapeutene", "samfunnsviterne", "naturviterne",
                          "samfunnsøkonomene"})
# Union acronyms: only in capitals.
UNION_ACRONYMS = frozenset("FO HK NSF NTL NITO BFO YTF NJF NLF PF SL MFO FLT NFF NOF NFF NSF NNN EL&IT ELOGIT".split())

# Banks, the largest employers, health trusts and hospitals, universities and university colleges; no name here
# is an ordinary Norwegian word or a first name. Casefolded, safe in any case.
EMPLOYERS = frozenset({
    # banks and savings banks
    "dnb", "dnb bank", "nordea", "handelsbanken", "danske bank", "sbanken", "bulder bank", "storebrand bank",
    "sparebank 1", "sparebank en", "sparebank 1 smn", "sparebank en smn", "sparebank 1 sr-bank", "sr-bank",
    "sparebank 1 nord-norge", "sparebank en nord-norge", "sparebank 1 østlandet", "sparebank 1 sørøst-norge",
    "sparebank 1 østfold akershus", "sparebank 1 ringerike hadeland", "sparebank 1 helgeland",
    "sparebanken vest", "sparebanken sør", "sparebanken møre", "sparebanken øst", "sparebanken norge",
    "sandnes sparebank", "skue sparebank", "fana sparebank", "helgeland sparebank", "totens sparebank",
    "cultura bank", "bn bank", "komplett bank", "instabank", "santander consumer bank", "nordnet",
    "landkreditt bank", "klp banken", "eika", "eika gruppen", "sparebankstiftelsen", "gjensidige", "storebrand", "if skadeforsikring", "tryg", "fremtind", "klp",
    # energy, industry, engineering, construction
    "aker bp", "aker solutions", "kværner", "kvaerner", "aibel", "subsea 7",
    "technipfmc", "hydro", "norsk hydro", "yara", "elkem", "borregaard", "orkla", "mowi",
    "lerøy", "lerøy seafood", "salmar", "nortura", "kongsberg gruppen", "kongsberg maritime", "kongsberg defence",
    "nammo", "tomra", "veidekke", "skanska", "af gruppen", "betonmast", "implenia",
    "peab", "consto", "nrc group", "mesta", "selvaag", "block watne", "sweco", "multiconsult",
    "cowi", "norconsult", "asplan viak", "rambøll", "ramboll", "afry", "sintef", "dnv", "dnv gl",
    "tietoevry", "evry", "atea", "accenture",
    "deloitte", "kpmg", "pwc", "capgemini", "sopra steria", "bouvet", "netcompany", "norsk gjenvinning", "iss", "iss facility services", "sodexo", "securitas", "avarn", "coor", "compass group",
    "adecco", "manpower", "manpowergroup", "randstad", "jobzone", "personalhuset", "proffice", "moment bemanning",
    # health trusts and hospitals
    "helse bergen", "helse stavanger", "helse fonna", "helse førde", "helse møre og romsdal",
    "helse nord-trøndelag", "helse midt-norge", "helse nord", "helse vest", "helse sør-øst", "helse nord rhf",
    "st. olavs hospital", "st. olav", "st olavs hospital", "st. olavs", "sykehuset innlandet", "sykehuset østfold",
    "sykehuset telemark", "sykehuset i vestfold", "sykehuset vestfold", "sørlandet sykehus", "vestre viken",
    "akershus universitetssykehus", "ahus", "oslo universitetssykehus", "ous", "haukeland universitetssykehus",
    "haukeland sykehus", "rikshospitalet", "ullevål sykehus", "radiumhospitalet", "diakonhjemmet sykehus",
    "lovisenberg diakonale sykehus", "lovisenberg sykehus", "universitetssykehuset nord-norge", "nordlandssykehuset", "helgelandssykehuset", "finnmarkssykehuset", "stavanger universitetssykehus",
    "haraldsplass diakonale sykehus", "haraldsplass", "sunnaas sykehus", "martina hansens hospital",
    "betanien sykehus", "sykehuset levanger", "sykehuset namsos", "ålesund sjukehus", "førde sentralsjukehus",
    # universities and university colleges
    "ntnu", "uio", "uib", "uit", "nmbu", "usn", "hvl", "uia", "uis", "hiof", "hinn", "oslomet", "nhh", "nord universitet",
    "universitetet i sørøst-norge", "universitetet i agder", "universitetet i stavanger", "universitetet i bergen",
    "universitetet i oslo", "universitetet i tromsø", "universitetet i nordland", "universitetet i sørøst norge",
    "norges teknisk-naturvitenskapelige universitet", "norges miljø- og biovitenskapelige universitet",
    "handelshøyskolen bi", "høgskolen i østfold", "høgskolen i innlandet", "høgskulen på vestlandet",
    "høgskolen i molde", "høgskulen i volda", "høyskolen kristiania", "vid vitenskapelige høgskole",
    "norges idrettshøgskole", "norges musikkhøgskole", "arkitektur- og designhøgskolen", "kunsthøgskolen i oslo",
    "samisk høgskole", "høgskolen i oslo og akershus", "høgskolen i sørøst-norge", "høgskolen i bergen",
    "høgskolen i telemark", "høgskolen i buskerud", "høgskolen i hedmark", "høgskolen i lillehammer",
    "høgskolen i gjøvik", "høgskolen i narvik", "høgskolen i harstad", "høgskolen i finnmark", "høgskolen i sogn og fjordane",
    "høgskolen stord/haugesund", "høgskolen i ålesund", "høgskolen i nord-trøndelag", "høgskolen i sør-trøndelag",
    "dronning mauds minne", "politihøgskolen", "forsvarets høgskole", "noroff", "fagskolen vestland",
    "fagskolen i viken", "fagskolen innlandet", "fagskolen i østfold", "høyskolen for ledelse og teologi",
    "ansgar høyskole", "nla høgskolen", "lovisenberg diakonale høgskole",
})
# Employer acronyms that are words in lower case: only in capitals.
CASED_EMPLOYERS = frozenset("VID NLA AHO KHIO NIH NMH UNN Backe Hent".split())
# National services everyone deals with: a `-etaten` name that stays.
NATIONAL_SERVICES = frozenset({"skatteetaten", "tolletaten", "arbeids- og velferdsetaten"})

_W = r"[\wæøåÆØÅ&]"
_TAIL = r"(?:s|'s|’s|-[\wæøåÆØÅ]+)?"  # genitive or a hyphenated compound ("Tekna-medlem")
_GENITIVE = r"(?:s|'s|’s)?"


def _alternatives(names: frozenset[str]) -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in sorted(names, key=len, reverse=True))


_UNION = re.compile(r"(?<![\w&.-])(?i:" + _alternatives(UNIONS) + r")" + _TAIL + r"(?![\w&-])")
_EMPLOYER = re.compile(r"(?<![\w&.-])(?i:" + _alternatives(EMPLOYERS) + r")" + _GENITIVE + r"(?![\w&-])")
_CASED = re.compile(r"(?<![\w&.-])(?:" + "|".join(sorted((n.capitalize() for n in CASED_UNIONS), key=len, reverse=True))
                    + "|" + "|".join(re.escape(a) for a in sorted(UNION_ACRONYMS | CASED_EMPLOYERS, key=len, reverse=True))
                    + r")" + _TAIL + r"(?![\w&-])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n]|[–—-][ \t])[ \t\"«]*$")
_SPEAKER = re.compile(r"(?:^|\n)[^\n:]{1,30}:[ \t]*$")

# Function words, pronouns, common verbs and quantities: no part of an organisation name in lower-case text.
_STOP = frozenset("""
i på til fra av med hos ved for om under over etter før mot uten hjem inn ut opp ned og eller men så som at
den det de en ei et ett min mitt mine din ditt dine hans hennes vår vårt våre deres sin sitt sine seg
jeg du han hun vi dere meg deg ham henne oss dem man noe noen alle mange flere andre annen annet
er var har hadde blir ble vil skal kan må bør jobber jobbet jobbe begynte startet går gikk kom kommer fikk får
driver drev eier heter het sa sier tror vet syns synes kjenner ringte ringer betale betalte bruker brukte
også bare ikke nå da der her hvor hva hvem når litt mye mer mest veldig ganske helt nok jo vel ja nei
ny nye nytt gammel gamle stor store lite liten lokal lokale offentlig offentlige privat private egen eget egne
hele første andre tredje dette disse denne slik sånn hvilken hvilket hvilke alt innen innenfor
""".split())
_LOWER_WORD = r"[a-zæøåäöüéèáàóçñ][\wæøåäöüéèáàóçñ'’-]*"
_CAP_WORD = r"[A-ZÆØÅÄÖÜÉ][\wæøåäöüéèáàóçñ'’&-]*"

# Firm words that end a firm name (a capitalised firm word, or any case for the distinctive ones).
_FIRM_TAILS = (r"AS|ASA|(?i:rør[ \t]+og[ \t]+varme|rør[ \t]+og[ \t]+sanitær|rørleggerservice|fysio|fysioterapi"
               r"|mechanical|services|service[ \t]+as|engineering|consulting|solutions|logistics|elektro|bygg[ \t]+og[ \t]+anlegg"
               r"|maskinentreprenør|entreprenør|regnskap|regnskapskontor)|Bygg|Transport|Eiendom|Maskin|Renhold")
_FIRM = re.compile(rf"(?<![\w&'’-])(?P<name>(?:{_W}[\wæøåÆØÅ'’&-]*[ \t]+){{1,3}}?)(?P<tail>(?:{_FIRM_TAILS})(?:[ \t]+(?:{_FIRM_TAILS}))*)(?![\w&-])")

_SCHOOL = re.compile(r"(?<![\w-])(?P<x>[\wæøåÆØÅ-]+)[ \t]+(?i:videregående|vidaregåande)(?:[ \t]+(?i:skole|skule))?(?![\w-])")
_UNIVERSITY_IN = re.compile(r"(?<![\w-])(?i:universitetet|høgskolen|høyskolen|høgskulen)[ \t]+(?i:i|på)[ \t]+"
                            r"(?P<x>[\wæøåÆØÅ-]+(?:[ \t]+og[ \t]+[\wæøåÆØÅ-]+)?)(?![\w-])")
_HYPHEN_UNIVERSITY = re.compile(r"(?<![\w-])[\wæøåÆØÅ]+-(?i:universitetet|universitet|høgskolen|instituttet)"
                                r"(?:[ \t]+(?i:i)[ \t]+(?P<y>[\wæøåÆØÅ-]+))?(?![\w-])")
_FOREIGN_HEADS = r"(?i:university|universidad|universidade|université|universite|università|universita|universität|universitat|universiteit|universitas|universiti|üniversitesi|institute|institut|instituto|college|polytechnic|politécnico|politecnico|academy)"
_FOREIGN = re.compile(
    rf"(?<![\w-])(?:(?P<pre>(?:[\wæøåÆØÅäöüéèáàóçñ'’-]+[ \t]+){{1,3}}?))?{_FOREIGN_HEADS}"
    rf"(?P<of>(?:[ \t]+(?i:of|de|do|da|del|di|des|du|for|of[ \t]+technology[ \t]+of|of[ \t]+science[ \t]+and[ \t]+technology)"
    rf"(?:[ \t]+(?i:la|los|las|the))?)(?P<x>(?:[ \t]+(?!(?i:og|i|på|and|in|at|or|eller|men|som)(?![\w-]))[\wæøåÆØÅäöüéèáàóçñ'’-]+){{1,3}}))?(?![\w-])")
_ETATEN = re.compile(r"(?<![\w-])(?P<name>[\wæøåÆØÅ]+(?:-[ \t]+og[ \t]+[\wæøå]+)?etaten)(?![\w-])")
_SERVICE_BEFORE = re.compile(r"(?i:søk\w*|klag\w*|brev|tillatelse|vedtak|avslag|byggesak\w*|svar[ \t]+fra|skjema\w*"
                             r"|melding[ \t]+til|meldt[ \t]+til|meldte[ \t]+fra[ \t]+til)(?![\w])[^.!?\n]*$")
# Words after a foreign head that are no part of its name (Norwegian words after an English name).
_FOREIGN_STOP = _STOP | frozenset("the and in at på to with year years".split())


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start]
    return bool(_SENTENCE_START.search(before) or _SPEAKER.search(before)) or start == 0


def _name_words(words: list[str], cased: bool) -> list[str]:
    """The longest run at the end of `words` that can be an organisation's name words."""
    out: list[str] = []
    for w in reversed(words):
        if w.casefold() in _STOP or not re.match(r"[^\W\d_]", w):
            break
        if cased and not w[0].isupper() and w.casefold() not in ("og", "&"):
            break
        out.insert(0, w)
    return out


_BANK_WORD = r"[\wæøåÆØÅ][\wæøåÆØÅ-]*"
# Savings banks by their shape: "Sparebank 1 <region>", "sparebank en <region>", "Sparebanken <region>",
# "<place> Sparebank".
_SAVINGS_BANK = re.compile(rf"(?<![\w-])(?i:sparebank[ \t]+(?:1|en|én|ein)|sparebanken)(?:[ \t]+(?P<region>{_BANK_WORD}))?(?![\w-])")
_PLACE_BANK = re.compile(rf"(?<![\w-])(?P<place>{_BANK_WORD})[ \t]+(?i:sparebank)(?![\w-])")


def _savings_banks(text: str) -> list[Found]:
    out = []
    for m in _SAVINGS_BANK.finditer(text):
        region = m.group("region")
        if region and region.split()[0].casefold() not in _STOP:
            out.append((m.start(), m.end(), "org", "rule:org"))
        elif not m.group(0).casefold().startswith("sparebanken"):
            out.append((m.start(), m.start() + len(m.group(0).split()[0]) + 1 + len(m.group(0).split()[1]), "org", "rule:org"))
    for m in _PLACE_BANK.finditer(text):
        if _place_word(m.group("place")):
            out.append((m.start(), m.end(), "org", "rule:org"))
    return out


# A sentence about a union's public life or about unions in general ties it to no one (policy talk): strikes,
# wage talks, the news, what a union says, claims, publishes or offers, many people or anyone as its members,
# advice, a choice still open, one's own non-membership, unions described as such, a question. One's own membership
# said right before the name outweighs it.
_POLICY_TALK = re.compile(
    r"(?<![\w-])(?i:streik\w*|lønnsoppgjør\w*|oppgjør\w*|mekling\w*|forhandl\w*|tariff\w*|regjering\w*|storting\w*"
    r"|nyhet\w*|avis\w*|radio\w*|tv|reklame\w*|kampanje\w*|lønnsstatistikk\w*|statistikk\w*|publiser\w*|mener|meinte|meiner"
    r"|mente|krev\w*|kurs|nettside\w*|mange|alle|folk|man|ein|flere|fleire|ingen|kanskje|burde|bør|vurderer|velge|lurer"
    r"|ikke[ \t]+medlem|ikkje[ \t]+medlem|ikke[ \t]+med|ikkje[ \t]+med|kjenner|kjenn\w*|hvis|om[ \t]+jeg[ \t]+skal"
    r"|største|store|begge|fagforening\w*|fagforeining\w*|fagforbund\w*|forbundene|organiser\w*|medlemmer|medlemstall\w*"
    r"|hovedorganisasjon\w*)(?![\w-])")
_OWN_MEMBERSHIP = re.compile(r"(?<![\w-])(?i:jeg|eg|han|hun|ho|kona|mannen|broren|søsteren)[ \t]+(?i:er|var|ble|vart|blei)"
                             r"[ \t]+(?:(?i:med|medlem)[ \t]+)?(?i:i|av)[ \t]+$")


# A union put right in the same breath ("norsk sjukepleiarforbund, nei unnskyld, fagforbundet") is one's own.
_CORRECTION = re.compile(r"(?<![\w-])(?i:unnskyld|orsak|rettere|nei[ \t]+vent|jeg[ \t]+mener|eg[ \t]+meiner)(?![\w-])")


def _policy_talk(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a union is policy talk and names no one's membership right before it."""
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    hi = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
    if _OWN_MEMBERSHIP.search(text[max(lo, start - 40):start]) or _CORRECTION.search(text[lo:hi]):
        return False
    question = hi < len(text) and text[hi] == "?"  # "Er du med i Parat?": asked, no one's answer
    return question or bool(_POLICY_TALK.search(text[lo:start]) or _POLICY_TALK.search(text[end:hi]))


def _listed(text: str) -> list[Found]:
    out = [(m.start(), m.end(), "org", "rule:org") for m in _UNION.finditer(text)
           if not _policy_talk(text, m.start(), m.end())]
    out += [(m.start(), m.end(), "org", "rule:org") for m in _EMPLOYER.finditer(text)]
    out += [(m.start(), m.end(), "org", "rule:org") for m in _CASED.finditer(text)
            if not (m.group(0)[0].isupper() and m.group(0).casefold().rstrip("s") in CASED_UNIONS
                    and _sentence_start(text, m.start()))
            and not (m.group(0) not in CASED_EMPLOYERS and _policy_talk(text, m.start(), m.end()))
            and ("-" not in m.group(0) or lexicon.known_word(m.group(0).split("-", 1)[1].casefold()))]
    return out


_FIRM_OPENING = re.compile(r"(?:(?<![\w-])(?i:i|på|hos|for|fra|ved|til|med)[ \t]+|^[^\n:]{1,30}:[ \t]*|\n[^\n:]{1,30}:[ \t]*|^|\n)$")


def _firms(text: str) -> list[Found]:
    out = []
    for m in _FIRM.finditer(text):
        words = m.group("name").split()
        tail = m.group("tail")
        cased = tail[0].isupper()
        keep = _name_words(words, cased)
        if not keep or all(w.casefold() == "og" for w in keep):
            continue
        start = text.rfind(keep[0], m.start(), m.start("tail"))
        if start < 0:
            continue
        if not cased and any(w[0].isupper() for w in keep) and not all(w[0].isupper() for w in keep):
            continue  # "Alt innen regnskap": a sentence's capital, no lower-case firm name
        if not cased and not _FIRM_OPENING.search(text[max(0, start - 40):start]):
            continue  # "fikser rør og varme": a lower-case firm name needs a preposition or an answer's start
        if cased and len(keep) == 1 and tail in ("Bygg", "Transport", "Eiendom", "Maskin", "Renhold") \
                and _sentence_start(text, start):
            continue
        out.append((start, m.end(), "org", "rule:org"))
    return out


def _place_word(word: str) -> bool:
    """Whether a word after `universitetet i` or before `videregående` can be a place's name: capitalised, or
    in lower-case text no dictionary word ("hovedstaden", "to", "betyr" are)."""
    return word[0].isupper() or (word.casefold() not in _STOP and not lexicon.known_word(word.casefold()))


def _schools(text: str) -> list[Found]:
    out = []
    for m in _SCHOOL.finditer(text):
        if not _place_word(m.group("x")):
            continue
        out.append((m.start(), m.end(), "org", "rule:org"))
    for m in _UNIVERSITY_IN.finditer(text):
        if not _place_word(m.group("x").split()[0]):
            continue
        out.append((m.start(), m.end(), "org", "rule:org"))
    for m in _HYPHEN_UNIVERSITY.finditer(text):
        end = m.end() if m.group("y") and m.group("y").casefold() not in _STOP else m.start("y") - 3 if m.group("y") else m.end()
        out.append((m.start(), end, "org", "rule:org"))
    for m in _FOREIGN.finditer(text):
        start, end = m.start(), m.end()
        pre = m.group("pre")
        if pre:
            keep = _name_words(pre.split(), cased=False)
            keep = [w for w in keep if w.casefold() not in _FOREIGN_STOP]
            start = m.start() + len(pre) - len(" ".join(keep)) - 1 if keep else m.start() + len(pre)
            if keep:
                start = text.rfind(keep[0], m.start(), m.start() + len(pre))
        x = m.group("x")
        if x:
            words = x.split()
            kept = []
            for w in words:
                if w.casefold() in _FOREIGN_STOP and w.casefold() not in ("and",):
                    break
                kept.append(w)
            if kept:
                end = text.find(kept[-1], m.start("x")) + len(kept[-1])
            else:
                end = m.start("of")
        named = bool(pre and start < m.start() + len(pre)) or bool(x and end > m.start("x") if x else False)
        if not named:
            continue
        out.append((start, end, "org", "rule:org"))
    return out


_AGENCY_OPENING = re.compile(r"(?<![\w-])(?i:i|hos|ved|til|fra|for)[ \t]+(?:(?i:kommunens|byens)[ \t]+)?$")


def _agencies(text: str) -> list[Found]:
    out = []
    for m in _ETATEN.finditer(text):
        name = m.group("name")
        if name.casefold() in NATIONAL_SERVICES or name.casefold() == "etaten":
            continue
        if not _AGENCY_OPENING.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "Bymiljøetaten måker ikke gata": the agency as the subject, a service
        sentence = text[max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1:m.start()]
        if _SERVICE_BEFORE.search(sentence):
            continue
        out.append((m.start(), m.end(), "org", "rule:org"))
    return out


def new_finds(text: str, found: list[tuple[int, int, str, str, str | None]],
              keep: list[tuple[int, int]]) -> list[tuple[int, int, str, str, str | None]]:
    """The policy finds that no earlier find holds whole and that overlap no kept span, for the finder's list: an
    earlier organisation of the same words keeps its own marker; a longer name widens a shorter find, and a name
    taken for a person or a place becomes an organisation."""
    return [(s, e, k, src, None) for s, e, k, src in policy_orgs(text)
            if not any(f[0] <= s and e <= f[1] and f[2] == "org" for f in found)
            and not any(a < e and s < b for a, b in keep)]


def policy_orgs(text: str) -> list[Found]:
    """(start, end, "org", "rule:org") for every union, listed employer, organisation-shaped name and municipal
    agency in `text`, whatever frame it stands in (see the module docstring for the exceptions)."""
    return _listed(text) + _savings_banks(text) + _firms(text) + _schools(text) + _agencies(text)
