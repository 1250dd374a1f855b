"""Finds that identify nobody, judged on the whole find and its document: tools, certificates, regions.

Interviews about work are full of capitalised words that name no person, place or
employer: programming languages and platforms (Python, Azure, GitHub), software
(Revit, Jira), certificates and standards (GWO, BOSIET, NORSOK, ITIL), public
portals (Arbeidsplassen, Doffin). The word rules take them for names because nothing
in the dictionary says otherwise. This module drops such finds at the end, when:

* every capitalised word of the find is a listed tool, certificate or portal
  (`TOOLS`), or is marked as one in the same document: glued by a hyphen to a word
  for a course, certificate, standard or profile ("OPITO-kurset", "GitLab-profil"),
  an acronym before a standard's number ("ISO 9001", "NS 3420"), a word after
  `bruker`, `programmerer i`, `sertifisering i`, `erfaring med`, `kompetanse på`
  ("vi bruker Dalux"), or joined by `og`/`eller`/a comma to such a word ("Jira og
  Confluence"); products named like their maker (Visma) count only so, and a maker
  only before its product ("Microsoft Teams");
* and nothing marks it as a workplace: no employer context before any of its
  occurrences ("jobber i GWO", "ansatt hos Microsoft", "firmaet ...").

Providers named by their customers ("abonnementet har jeg hos ...") and festivals or fairs
by their last part ("...festivalen", "...messa") are dropped the same way, unless the document
names the same word where someone works.

A listed name, surname, place or employer is never dropped this way, and neither is a
find from the project's term list or an identifier.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import generic, lexicon, rules
from workbench.io.pseudonymize.associations import association, host, named_as_member_or_reader
from workbench.io.pseudonymize.framed_towns import framed_town
from workbench.io.pseudonymize.home_frames import home_place
from workbench.io.pseudonymize.public_bodies import body_key, body_length, named_as_workplace
from workbench.io.pseudonymize.public_bodies import work_before as work_there

# Tools, platforms, languages, certificates, standards and portals that readers know and that identify
# nobody; none that is also a first name, surname or place (Ruby, Jenkins, Vigo, Swift stay out).
TOOLS = frozenset("""
python java javascript typescript kotlin golang php matlab fortran cobol c# c++ .net asp.net node.js nodejs
react vue.js angular.js laravel flutter xamarin mysql postgresql postgres mongodb redis hadoop
aws azure gcp kubernetes docker terraform ansible linux unix windows macos ios android ubuntu
github gitlab bitbucket git jira confluence trello slack discord teams dynamics sharepoint onedrive autocad revit solidworks archicad
civil3d sketchup tekla navisworks solibri photoshop illustrator indesign lightroom wordpress woocommerce
powershell bash jupyter pandas numpy tensorflow pytorch scikit-learn keras elasticsearch grafana kibana
splunk servicenow postman selenium cypress firebase heroku xcode intellij pycharm vscode spss stata nvivo
latex html css json xml yaml graphql sql nosql ci/cd oauth tcp/ip http https rest soap
scrum kanban itil prince2 pmp togaf cobit devops ccna ccnp cissp comptia istqb ipma ecdl
pls plc scada hmi atex stcw solas marpol hlr ahlr acls bls isbar ifrs gaap toefl ielts cefr
gwo bosiet huet opito norsok tbost foet dnv-gl iso ns ns-en nek iec api asme adr
arbeidsplassen doffin lovdata digitalarkivet arkivportalen digipost minid id-porten studentweb helseplattformen dips kjernejournalen
reseptformidleren e-resept gerica cosdoc ehf saf-t gdpr epj
teams excel word powerpoint outlook autocad tripletex canvas zoom whatsapp messenger signal telegram
coursera udemy edx codecademy pluralsight hackerrank leetcode codility kaggle webcruiter jobylon easycruit
jobbnorge stepstone karrierestart jobindex glassdoor euraxess academicpositions totaljobs xing jobsearch
kafka hana qlik tableau looker snowflake databricks airflow dbt spark rabbitmq nginx jenkins-x metavision
cerner epic-ehr visma.net unit4 agresso sap s/4hana navision uniconta
esd sil f&g sis dcs pcs ics hipps cctv hvac compex sas psm pci-dss ngaap k-gaap us-gaap frs ias
paracet paralgin ibux pinex voltaren globoid nurofen zyrtec aerius otrivin cosylan
duolingo memrise babbel busuu quizlet kahoot canva figma miro notion pixlr gimp padlet mentimeter
mobilepay vipps bankid spotify netflix viaplay snapchat tiktok instagram
fiken conta poweroffice xledger unimicro 24sevenoffice mamut duett finago zirius sticos
planday quinyx tamigo simployer tidsbanken personalkollen gatsby deputy
protel mews visbook apaleo cloudbeds bookatable resdiary
compilo landax ecoonline smartdok kvalitetsloftet checkware
shopify mailchimp squarespace wix
""".split()) | {"qlik sense", "qlik view", "sap hana", "pci dss", "linkedin learning", "khan academy", "google cloud", "power bi", "visual studio", "office 365", "microsoft 365", "microsoft teams",
                 "power apps", "power automate", "sql server", "react native", "google analytics", "google ads",
                 "adobe xd", "vs code", "business central", "six sigma",
                 "poweroffice go", "uni micro", "uni economy", "opera pms", "oracle opera", "visma lønn",
                 "visma business", "visma global"}
# Companies that are employers too: a tool only before the name of one of their products ("Microsoft Teams").
TOOL_MAKERS = frozenset("microsoft google apple amazon ibm cisco adobe autodesk atlassian oracle sap".split())
# Words a tool or certificate is glued to by a hyphen ("GWO-kurset", "GitHub-side", "NORSOK-standarden").
# Not words a client or employer is glued to too ("Syriatel-prosjektet", "Equinor-plattformen").
# Not words an institution is glued to as often ("NTNU-eksamen", "Equinor-opplæringen").
_TOOL_HEADS = (r"kurs|kurset|kursene|kurs[a-zæøå]+|sertifikat\w*|sertifiser\w*|standard\w*|bevis\w*"
               r"|profil\w*|utvikler\w*|kode|koden|repo|repoet|modul\w*|lisens\w*|versjon\w*"
               r"|plan|planen|planer|materiale\w*|rutine\w*|skjema\w*|krav|kravene|regelverk\w*|design"
               r"|løsning\w*|system|systemet|systemer|fil|filen|filer|format\w*|metode\w*|rammeverk\w*"
               r"|sjekkliste\w*|dokumentasjon\w*|verktøy\w*|språk\w*|trening\w*|test|testen|tester"
               r"|app|appen|fan|fans|fanen|supporter\w*|tilhenger\w*")
# Verbs and nouns after which a capitalised word is a tool ("vi bruker Dalux", "erfaring med Tekla");
# products named like their maker (Visma, Salesforce) count only so, since the maker is an employer too.
# Not `kurs i` (a place follows as often) nor `erfaring fra`/`i`/`på` (an employer follows).
_TOOL_TRIGGERS = re.compile(
    r"(?<![\w-])(?i:(?:bruker|brukte|brukt|lærte|lært|betaler|betalte|betalt)(?:[ \t]+(?:vi|de|jeg|han|hun|du|dere"
    r"|man|mest|mye|også|meg|seg|oss|alt|alltid|bare))?(?:[ \t]+(?:med|via)(?=[ \t]))?|(?:dokumenterer|dokumenterte)(?:[ \t]+(?:vi|de|jeg|han|hun|man))?[ \t]+i"
    r"|(?:programmerer|programmerte|koder|kodet|sertifisering|sertifisert|sertifikat|lisens)(?:[ \t]+(?:i|på))?"
    r"|(?:erfaring|kunnskap|kunnskaper|kompetanse|ferdigheter)[ \t]+(?:med|om|innen))[ \t]+"
    r"(?:både[ \t]+)?(\.?[A-ZÆØÅ][\w.+#]*)")
# A tool fronted before its verb and an inverted subject ("Pixlr brukte vi", "Figma lærte jeg"); a pronoun
# object after the verb makes the word the one who did it ("Kari lærte meg"), so only subjects count here.
_TOOL_FRONTED = re.compile(r"(?<![\w.-])([A-ZÆØÅ][\w.+#]*)[ \t]+(?i:bruker|brukte|brukt|lærte|lærer)[ \t]+"
                           r"(?:vi|jeg|de|han|hun|du|dere|man)(?![\w])")
# An acronym before a standard's number ("ISO 9001", "NS 3420", "NEK 400").
_STANDARD = re.compile(
    r"(?<![\w.-])([A-ZÆØÅ]{2,6})[ \t](?:[A-Z]{1,3}[ \t])?(?!(?:19|20)\d\d(?!\d))\d{3,5}(?![\d,.]\d)")
# A word after these is where someone studies or works ("studerte ved NTNU", "master fra NTNU", "hos Visma").
# "lærte Grethe meg", "brukte Tes ham": an object pronoun after the word makes it the one who did it.
_TAUGHT_SOMEONE = re.compile(rf"[ \t]+(?:{'|'.join(sorted(gaz.OBJECT_PRONOUNS))})(?![\w])")
# A genitive before the noun it owns ("brukte Oksanas kontakter"): someone's, not a tool ("brukte Teams til").
_NOUN_AFTER = re.compile(rf"[ \t]+(?!(?:{'|'.join(sorted(gaz.FUNCTION_WORDS | gaz.PLACE_PREPOSITIONS))})(?![\w]))"
                         r"[a-zæøå]{3,}(?![\w])")
_INSTITUTION_BEFORE = re.compile(r"(?<![\w-])(?i:ved|hos|fra)[ \t]+$")
_FIRM_AT = re.compile(r"(?<![\w-])(?i:hos)[ \t]+$")
# What a firm has and a tool has not: staff, an owner, customers ("et lite firma med fem ansatte", "for kundene").
_FIRM_WORDS = re.compile(r"(?<![\w-])(?i:firma|firmaet|bedrift|bedriften|selskap|selskapet|ansatte|eier|eieren"
                         r"|eierne|daglig[ \t]+leder|kundene|kundane)(?![\w-])")


def _firm_said(text: str, start: int, end: int) -> bool:
    """Whether the sentence naming text[start:end], or the next one, says it is a firm with staff, owner or customers."""
    lo = max(text.rfind("\n", 0, start) + 1, *(text.rfind(c, 0, start) + 1 for c in ".!?"), start - 200)
    stops = [i for i in (text.find("\n", end), *(text.find(c, end) for c in ".!?")) if i >= 0]
    hi = min(stops + [len(text), end + 200])
    nxt = min([i for i in (text.find("\n", hi + 1), *(text.find(c, hi + 1) for c in ".!?")) if i >= 0]
              + [len(text), hi + 200])
    return _FIRM_WORDS.search(text, lo, nxt) is not None
_MARKED = re.compile(rf"(?<![\w.-])([A-ZÆØÅ][\w.+#]*|\.NET)-(?:{_TOOL_HEADS})(?![\w-])")
_TOKEN = re.compile(r"\.?[^\W_][\w.+#]*(?<![.])(?:-[A-ZÆØÅ][\w.+#]*(?<![.]))*")
_JOIN = re.compile(r"[ \t]*(?:,|og|eller|,[ \t]*og)[ \t]+")
# An employer before a find: an employer word a few words back, then i/på/hos/ved/for ("jobber som inspektør i").
_EMPLOYER_BEFORE = re.compile(
    r"(?<!\w)(?i:(?:{words})(?:[ \t]+[\wæøå-]+){{0,3}}[ \t]+(?:i|på|hos|ved|for)|(?:{nouns}))[ \t]+$")


def _employer_pattern() -> re.Pattern:
    from workbench.io.pseudonymize import orgs

    words = "|".join(sorted(orgs.EMPLOYER_WORDS, key=len, reverse=True))
    nouns = "|".join(sorted(w for w in orgs.ORG_NOUNS if w.endswith(("et", "en", "a"))))
    return re.compile(_EMPLOYER_BEFORE.pattern.format(words=words, nouns=nouns))


_EMPLOYER_RE: re.Pattern | None = None


def employer_before(text: str, start: int) -> bool:
    """Whether an employer context ends right before `start` ("jobber i ", "ansatt hos ", "firmaet ")."""
    global _EMPLOYER_RE
    if _EMPLOYER_RE is None:
        _EMPLOYER_RE = _employer_pattern()
    line_start = max(text.rfind("\n", 0, start) + 1, start - 80)
    return _EMPLOYER_RE.search(text[line_start:start]) is not None


# A course taken or a study done at a place (round 22b): "kurs i forsikringsrett på BI", "studerte et år på NHH";
# the place stays a name even where the text also names its course ("BI-kurset").
_STUDIED_AT = re.compile(r"(?<![\w-])(?i:\w*kurs\w*|studer\w*|studie\w*|utdann\w*|bachelor\w*|master\w*|eksamen\w*)"
                         r"(?:[ \t]+[\wæøå-]+){0,3}?[ \t]+(?i:på|ved)[ \t]+$")


class Tools:
    """What one document says about tools: the words it marks as tools and those it names as workplaces."""

    def __init__(self, text: str):
        self.text = text
        marked = {m.group(1).casefold() for m in _MARKED.finditer(text)}
        marked |= {m.group(1).casefold() for m in _STANDARD.finditer(text)}
        for m in _TOOL_TRIGGERS.finditer(text):
            if not self._listed(m.group(1)) and not _place_or_name(m.group(1)) \
                    and m.group(1).casefold() not in gaz.PLACE_PREPOSITIONS \
                    and not _TAUGHT_SOMEONE.match(text, m.end(1)) \
                    and not (m.group(1).endswith("s") and _NOUN_AFTER.match(text, m.end(1))
                             and m.group(1)[:-1].casefold() not in TOOLS | gaz.NEVER):
                marked |= _run_words(text, m.start(1))  # "brukte de DIPS Arena": the whole name
        from workbench.io.pseudonymize.named_institutions import institution_names

        institutions = institution_names(text)  # round 63a: "i Solsikken barnehage … I Solsikken bruker de"
        for m in _TOOL_FRONTED.finditer(text):  # "Pixlr brukte vi til plakaten": the object before the verb
            if not self._listed(m.group(1)) and not _place_or_name(m.group(1)) \
                    and m.group(1).casefold() not in gaz.FUNCTION_WORDS | gaz.PLACE_PREPOSITIONS | institutions:
                marked.add(m.group(1).casefold())
        # a capitalised word joined to a tool ("Jira og Confluence", "GWO-kurset, og BOSIET") is one too
        for _ in range(2):
            for m in _TOKEN.finditer(text):
                word = m.group(0)
                low = word.casefold()
                if not word[:1].isupper() and not word.startswith("."):
                    continue
                if low in marked or self._listed(word) or before_verb(text, m.end()):
                    continue  # "Java og Thandeka kan Python": a word before a verb is someone doing it
                if self._beside_tool(m, marked):
                    marked |= _run_words(text, m.start())  # "Tripletex og PowerOffice Go"
        self.marked = {w for w in marked if w not in gaz.FUNCTION_WORDS and not w.endswith(".")}
        # a word the document puts where someone works or studies stays a name everywhere: after an employer
        # context (any tool), or after ved/hos/fra (a tool only the document marks: "master fra NTNU")
        # (round 23b) a tool's maker after `hos` is a firm ("en periode hos Tripletex": tools are used in or
        # with, a firm is worked or bought at); a word only the document marks ("Glansvik-appen") is a firm
        # where a sentence naming it, or the next one, says it has staff, an owner or customers
        self.workplaces = {m.group(0).casefold() for m in _TOKEN.finditer(text)
                           if (m.group(0).casefold() in marked or m.group(0).casefold() in TOOLS)
                           and (employer_before(text, m.start())
                                or _FIRM_AT.search(text, max(0, m.start() - 5), m.start()) or (
                               m.group(0).casefold() not in TOOLS
                               and (_INSTITUTION_BEFORE.search(text, max(0, m.start() - 5), m.start())
                                    or _STUDIED_AT.search(text, max(0, m.start() - 60), m.start())
                                    or _firm_said(text, m.start(), m.end()))))}

        self.body_workplaces = named_as_workplace(text)
        self._anchors: dict[str, bool] = {}
        self._employers: dict[str, bool] = {}

    def _host_anchored(self, span: str) -> bool:
        """Whether some mention of the host `span` ties it to a programme, a contact or someone's work or course:
        a programme word in its sentence ("et nytt program som Kirkens Bymisjon har"), `kontakt med` before it,
        or a workplace or course frame ("kurs fra Røde Kors", "jobber hos")."""
        if span not in self._anchors:
            name = _GENITIVE_END.sub("", span)
            words = r"[ \t]+".join(re.escape(w) for w in name.split())
            pattern = re.compile(rf"(?<![\w-]){words}(?:s|'s|’s|')?(?![\w-])", re.IGNORECASE)
            text = self.text
            anchored = False
            for m in pattern.finditer(text):
                at = m.start()
                lo = max(text.rfind("\n", 0, at) + 1, *(text.rfind(c, 0, at) + 1 for c in ".!?"), at - 200)
                if (label := _LABEL.match(text, lo)) and label.end() <= at:
                    lo = label.end()  # "Programleder: ...": the speaker's label is no programme word
                hi = min(x for x in (*(text.find(c, m.end()) for c in ".!?\n"), len(text), m.end() + 200) if x >= 0)
                if (named_as_member_or_reader(text, at) is False or employer_before(text, at)
                        or _PROGRAMME.search(text, lo, hi) or _CONTACT_BEFORE.search(text, lo, at)):
                    anchored = True
                    break
            self._anchors[span] = anchored
        return self._anchors[span]

    def _employed_anywhere(self, low: str) -> bool:
        """Whether the document names the word `low` somewhere right after an employer context."""
        if low not in self._employers:
            words = r"[ \t]+".join(re.escape(w) for w in low.split())
            pattern = re.compile(rf"(?<![\w-]){words}(?![\w])", re.IGNORECASE)
            self._employers[low] = any(
                employer_before(self.text, m.start()) or (
                    work_there(self.text, m.start())
                    and not _SIGNED_UP.search(self.text, max(0, m.start() - 40), m.start()))  # "meldte meg inn i"
                for m in pattern.finditer(self.text))
        return self._employers[low]

    def _field_of_study(self, word: str, start: int) -> bool:
        """A dictionary word after a degree or course and `i`/`innen` ("Master i Økonomi"): a subject, no place."""
        low = word.casefold()
        return bool(_DEGREE_BEFORE.search(self.text, max(0, start - 40), start)) and rules.known_word(low) \
            and not rules.dictionary_proper_noun(low) and not self._listed(word)

    @staticmethod
    def _listed(word: str) -> bool:
        return any(rules.listed(word, names) for names in (gaz.GIVEN_NAMES, gaz.SURNAMES, gaz.PLACES, gaz.EMPLOYERS))

    def _tool_word(self, low: str, marked: set[str]) -> bool:
        # "PSM I og Java" marks "I" for a moment: a function word is never the tool a word stands beside
        return (low in TOOLS or low in marked) and low not in gaz.FUNCTION_WORDS

    def _beside_tool(self, m: re.Match, marked: set[str]) -> bool:
        text = self.text
        after = _JOIN.match(text, m.end())
        if after and (nxt := _TOKEN.match(text, after.end())) and self._tool_word(_tool_key(nxt.group(0)), marked):
            return True
        before = re.search(r"(?:,|og|eller)[ \t]*$|(?:,|og|eller)[ \t]+$", text[max(0, m.start() - 12):m.start()])
        if before:
            head = text[:m.start() - len(before.group(0))].rstrip(" \t")
            prev = re.search(r"(?:\.?[^\W_][\w.+#]*|[\w.+#]+-[\wæøå]+)$", head)
            if prev and self._tool_word(_tool_key(prev.group(0)), marked):
                return True
        return False

    def identifies_nobody(self, start: int, end: int) -> bool:
        """Whether the find text[start:end] names only tools, certificates or portals, never as a workplace."""
        if start >= 1 and self.text[start - 1] == "." and (start < 2 or not self.text[start - 2].isalnum()):
            start -= 1  # ".NET": the find left the dot out
        run_start, run_end = _capital_run(self.text, start, end)
        if ". " in self.text[run_start:start]:  # widened over a sentence's end ("Norge. Den Norske ...")
            run_start += self.text[run_start:start].rindex(". ") + 2
        span = " ".join(self.text[run_start:run_end].split()).casefold()
        if run_start < start and _sentence_opener(self.text, run_start) and not association(span):
            opened = self.text.index(" ", run_start) + 1  # "Gjennom Lions": the preposition opens the sentence
            while self.text[opened] in " \t":
                opened += 1
            rest = " ".join(self.text[opened:run_end].split()).casefold()
            if association(rest):
                run_start, span = opened, rest
        word = self.text[start:end]
        if framed_town(self.text, start, end) or home_place(self.text, start, end):
            return False  # round 35p: "bor i Hammerfest", a listed town though its form reads as a festival; 44o: "hjemme på Hana"
        if " " not in word.strip() and (not rules.known_word(word.casefold()) or not lexicon.frequent(word.casefold(), 3.2)) \
                and (_PLACE_FRAME.search(self.text, max(0, start - 40), start)
                     or _PLACE_LIST.search(self.text, max(0, start - 70), start)):
            return False  # "barn fra Hana og Lura", "bor på Hana": a place, though a tool's name or a rare word too
        body = body_length(self.text, start)
        if body and end <= start + body + 1 and body_key(self.text[start:start + body]) in self.body_workplaces:
            return False  # "Brannvesenet kom fort" where the document has someone working there: the workplace
        joined = _CAPITAL_AND_BEFORE.search(self.text, max(0, start - 40), start)
        alone = not _CAPITAL_BEFORE.search(self.text, max(0, start - 40), start) \
            and not _CAPITAL_AFTER.match(self.text, end) \
            and not (joined and (joined.group(1) or not lexicon.common_noun(joined.group(2))))  # "Tom Manning"
        if (word.casefold() in lexicon.CALENDAR or (alone and (
                lexicon.labelled_by_number(word, self.text, end)
                or ((lexicon.english_loan(word) or lexicon.common_noun(word))
                    and not lexicon.person_before(self.text, start))  # "snakket med Gjerding" is someone
                or lexicon.month_named(word, self.text, start) or self._field_of_study(word, start)))) \
                and not employer_before(self.text, start):
            return True  # "på Rom 4", "men Coaching var viktigere", "Mandag og Fredag", "Master i Økonomi"
        first = word.split()[0] if word.split() else word
        if (generic.course_name(self.text, start) or generic.subject_course(self.text, start)
                or generic.generic_school(word, self.text, end)
                or generic.looked_up(self.text, start, word)) \
                and not employer_before(self.text, start) and not self._employed_anywhere(first.casefold()):
            return True  # "Arbeidsrettet norsk", "ta Fagskolen", "sjekket det på Proff", "i Brønnøysund" (the register)
        for at in {start, run_start}:  # a public body: a name only where the document works there
            body = body_length(self.text, at)
            if body and end <= at + body + 1:
                return body_key(self.text[at:at + body]) not in self.body_workplaces
        if _SERVICE_BEFORE.search(self.text, max(0, run_start - 80), run_start) and not self._listed(word) \
                and not any(self._employed_anywhere(w) for w in span.split()):
            return True  # "mobilabonnementet har jeg hos OneCall": a provider its customers name, no one's employer
        last = span.split()[-1] if span.split() else ""
        if (_EVENT.fullmatch(word.casefold()) or (len(span.split()) > 1 and last in _EVENT_WORDS and not any(
                rules.listed(w, gaz.PLACES) for w in self.text[run_start:run_end].split()))) \
                and not employer_before(self.text, run_start) and not self._employed_anywhere(span):
            return True  # "Olavsfestdagene", "Mela-festivalen", "Norway Cup": a festival or fair everyone may go to
        if association(span):  # named, not as the place someone works, studies, joins or takes a course
            joined = named_as_member_or_reader(self.text, run_start)
            # volunteering is no employment: "jobber frivillig i Kirkens SOS" joins it
            employed = employer_before(self.text, run_start) \
                and not _VOLUNTEERING.search(self.text, max(0, run_start - 30), run_start)
            if host(span):  # a charity that hosts programmes: kept unless the document ties it to one or to work
                return (joined is True or (joined is None and not self._host_anchored(span))) and not employed
            # a body the document names elsewhere as a workplace stays replaced at every mention
            return not employed and joined is not False \
                and not self._employed_anywhere(_GENITIVE_END.sub("", span))
        if span in TOOLS:  # "Power BI", "Google Cloud": the find may be one word of it
            return not employer_before(self.text, run_start) and span not in self.workplaces
        parts = span.split()
        if len(parts) > 1 and (parts[0] in TOOL_MAKERS or parts[0] in TOOLS) and all(
                p in TOOLS or rules.english(p) or (parts[0] in TOOL_MAKERS and _ACRONYM.fullmatch(p.upper())
                                                   and p.upper() in self.text[run_start:run_end])
                for p in parts[1:]):
            # "Microsoft Teams", "SAP EWM": a maker before its product; "GitHub Actions": a tool's part
            return not employer_before(self.text, run_start) and not self._listed(parts[0])
        words = [w for w in _TOKEN.finditer(self.text, start, _token_end(self.text, end))
                 if w.group(0)[:1].isupper() or w.group(0).startswith(".")]
        if not words:
            return False
        tools = 0
        for w in words:
            low = _tool_key(w.group(0))
            if _CODE.fullmatch(w.group(0)) or _CODE_AFTER.match(self.text, w.end()):
                tools += 1  # "NIS2", "TEK17", "AZ-900": a standard, exam or version, no organisation
                continue
            if low in gaz.NEVER or low in gaz.GENERIC_ACRONYMS:
                continue
            if not (low in TOOLS or low in self.marked) or low in self.workplaces or self._listed(w.group(0)):
                return False
            tools += 1
        return tools > 0 and not employer_before(self.text, start)


# A programme, project or scheme in the sentence that names a host: it hosts the programme ("drives sammen med").
_PROGRAMME = re.compile(r"(?<![\w-])(?i:(?!\w*programleder)\w*program\w*|\w*prosjekt\w*|\w*ordning\w*|drives|drev|drevet"
                        r"|samarbeid\w*)(?![\w-])")
# "satte meg i kontakt med Bymisjonen": where someone went, a step on their way.
_CONTACT_BEFORE = re.compile(r"(?<![\w-])(?i:kontakt)[ \t]+(?i:med)[ \t]+$")
# A customer's service before a name: the provider ("abonnementet mitt er hos Telia", "strøm fra Tibber").
_SERVICE_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:mobil|mobilen|mobilabonnement\w*|abonnement\w*|internett(?:et)?|bredbånd(?:et)?|fiber(?:en)?"
    r"|strøm(?:men)?|strømavtale\w*|forsikring\w*|tv-pakke\w*|bankkonto(?:en)?)"
    r"(?:[ \t]+[\wæøå]+){0,3}[ \t]+(?:hos|fra|via|gjennom|i))[ \t]+$")
# A festival, fair or race by its last part ("Olavsfestdagene", "Mela-festivalen", "Bergenfest", "Matmessa").
_EVENT = re.compile(r"[\wæøå]{2,}-?(?:festival|festivalen|festivaler|fest|festen|festdager|festdagene|festspill"
                    r"|festspillene|messe|messen|messa|marked|markedet|løpet|rittet|stafetten|cup|cupen)")
# The last word of a festival, race or fair named by several words ("Norway Cup", "Oslo Pride", "Bergen Maraton").
_EVENT_WORDS = frozenset("pride cup festival festivalen fest festen maraton marathon games expo messe messen mela"
                         " open uka festuka dagene".split())
# Where someone lives or comes from: a word after this is a place, not a tool ("barn fra Hana", "bor på Hana").
_PLACE_FRAME = re.compile(r"(?<![\w-])(?i:bor|bodde|bosatt|flyttet|flytta|flytter|vokste[ \t]+opp|kommer|barn|elever"
                          r"|folk|familier|jenter|gutter|naboer)(?:[ \t]+(?:mest|nå|også|her|der|egentlig))?"
                          r"[ \t]+(?i:i|til|på|fra)[ \t]+$")
_PLACE_LIST = re.compile(_PLACE_FRAME.pattern[:-len(r"[ \t]+$")] + r"[ \t]+[A-ZÆØÅ][\w-]+(?:,[ \t]*|[ \t]+)(?:og|eller)?[ \t]*$")
_VOLUNTEERING = re.compile(r"(?<![\w-])(?i:frivillig\w*)[ \t]+(?i:i|for|hos|på|ved)[ \t]+$")
_SIGNED_UP = re.compile(r"(?<![\w-])(?i:meld\w*)[ \t]+\w+[ \t]+inn[ \t]+i[ \t]+$")
_LABEL = re.compile(r"[ \t]*[A-ZÆØÅ][\w ]{0,30}:[ \t]")
_GENITIVE_END = re.compile(r"(?:'s|’s|'|’)$")
_ACRONYM = re.compile(r"[A-ZÆØÅ]{2,5}")
# An acronym with digits glued on, or a hyphen and digits after it: a code ("NIS2", "TEK17", "AZ-900").
_CODE = re.compile(r"[A-ZÆØÅ]{2,6}\d{1,5}")
_CODE_AFTER = re.compile(r"-\d{2,5}(?![\w-])")
_RUN_WORD = re.compile(r"[ \t]([A-ZÆØÅ][\w+#]*(?:\.[\w+#]+)*)")


def _run_words(text: str, start: int) -> set[str]:
    """The capitalised word at `start` and up to two capitalised words right after it, lower-cased."""
    first = _TOKEN.match(text, start)
    if not first:
        return set()
    words, end = {first.group(0).casefold()}, first.end()
    for _ in range(2):
        m = _RUN_WORD.match(text, end)
        if not m:
            break
        words.add(m.group(1).casefold())
        end = m.end()
    return words


_NEXT_WORD = re.compile(r"[ \t]+([a-zæøå]+)")
_DEGREE_BEFORE = re.compile(
    r"(?<![\w-])(?i:bachelor\w*|master\w*|doktorgrad\w*|ph\.?d\.?|grad|graden|utdanning\w*|fagbrev\w*"
    r"|fordypning|spesialisering|emne|emnet|fag|faget|eksamen|kurs|kurset)"
    r"[ \t]+(?:i|innen)[ \t]+$")
_CAPITAL_BEFORE = re.compile(r"[A-ZÆØÅ][\w'’-]*[ \t]+$")
_CAPITAL_AND_BEFORE = re.compile(  # "Lotus Regnskap og Rådgivning", "Hansen & Rådgivning"
    r"(?<![\w'’-])((?:[A-ZÆØÅ][\w'’-]*[ \t]+)?)([A-ZÆØÅ][\w'’-]*)[ \t]+(?:og|&)[ \t]+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-ZÆØÅ]")
_SUBJECT_AFTER = re.compile(r"[ \t]+(?:jeg|du|han|hun|vi|dere|de|man)(?![\w])")


def before_verb(text: str, end: int) -> bool:
    """Whether a finite verb a person is the subject of follows (`kan`, `sa`, `jobber` ...)."""
    m = _NEXT_WORD.match(text, end)
    if m and _SUBJECT_AFTER.match(text, m.end()):
        return False  # "Tripletex og Visma måtte jeg kunne": the subject follows the verb, the word is its object
    return bool(m) and m.group(1) in gaz.NAME_FOLLOWERS and m.group(1) not in ("og", "eller", "men")


_OPENER_WORD = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?=[ \t])")


def _sentence_opener(text: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence and is a function word or an ordinary lower-case word
    capitalised only for that ("Gjennom Lions", "Via Kiwanis"): no part of the name after it."""
    m = _OPENER_WORD.match(text, at)
    if m is None:
        return False
    before = text[:at].rstrip(" \t")
    if before and before[-1] not in ".!?:\n":
        return False
    low = m.group(0).casefold()
    return (low in gaz.FUNCTION_WORDS or low in gaz.PLACE_PREPOSITIONS or rules.known_word(low)) \
        and not rules.dictionary_proper_noun(low) and not Tools._listed(m.group(0))


def _place_or_name(word: str) -> bool:
    """A word the dictionary knows as a proper noun (a place or a name): never marked as a tool by a verb."""
    low = word.casefold()
    return rules.dictionary_proper_noun(low)


def _tool_key(word: str) -> str:
    """A token as the tool lists spell it: without a hyphenated tail ("GWO-kurset") or a genitive."""
    low = word.casefold()
    if "-" in low and low not in TOOLS:
        head = low.split("-")[0]
        if head:
            low = head
    return low


_RUN_WORD_BEFORE = re.compile(r"(?:^|(?<=[ \t]))[A-ZÆØÅ][\w.+#]*[ ]$")
_RUN_WORD_AFTER = re.compile(r" [A-ZÆØÅ][\w.+#]*(?<![.])")


def _capital_run(text: str, start: int, end: int) -> tuple[int, int]:
    """The find widened to the capitalised words right beside it ("Power" to "Power BI"), two at most."""
    for _ in range(2):
        m = _RUN_WORD_BEFORE.search(text, max(0, start - 30), start)
        if not m:
            break
        start = m.start()
    for _ in range(2):
        m = _RUN_WORD_AFTER.match(text, end)
        if not m:
            break
        end = m.end()
    return start, end


def _token_end(text: str, end: int) -> int:
    """`end` moved over the rest of a token a find cut short ("PRINCE" of "PRINCE2", "C" of "C#")."""
    while end < len(text) and (text[end].isalnum() or text[end] in "#+"):
        end += 1
    return end


__all__ = ["TOOLS", "Tools", "employer_before"]
