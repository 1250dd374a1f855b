"""Firms and media named after their kind with `som het`, `kalt` or `ved navn`, English words and all (round 43o).

A participant who names a small firm, a shop, a publisher or a magazine often says first what it is and then
its name: "skrev for en nettavis som het X", "startet et regnskapsbyrå som heter X", "har et firma ved navn X",
"et magasin kalt X". Such names are often English, and then the word rules and the model lose part or all of
them: an English word in -ly after a given name or a town is read as a code-switched adverb and dropped
("Hargeisa Weekly", "Nura Monthly" kept only their first word), and a run of common English words holding a
title or trade word is read as a job title ("Senior Care", "Smart Accounting", "Global Marketing", "Clean
Operations" were all left).

Here the whole capitalised run right after such a frame is an organisation (up to five words; `&`, `og`, `of`,
`and` and `the` between capitalised words), where the noun before the frame names a firm, an agency, a shop, a
restaurant, a publisher or a medium (`firma`, `byrå`, `butikk`, `forlag`, `restaurant`, `avis`, `magasin`, and
compounds ending in them: `vaskefirma`, `nettavis`, `reklamebyrå`), and so is the same run wherever else the
text writes it whole. A person or place found inside the run gives way to it, so the marker names an
organisation.

What stays: a clause that reads, watches, hears, uses, buys from, gives to or joins the thing ("leser en avis
som heter Aftenposten", "ser et program som heter Supernytt"), nouns for things that are no organisation (an app,
a programme, a course, a series), a name that is a public body, and a run that is only a listed place.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon
from workbench.io.pseudonymize.own_firms import own_firm_names
from workbench.io.pseudonymize.work_frames import sentence_around

Found = tuple[int, int, str, str, str | None]

# The kind of organisation before the frame, alone or as a compound's last part ("vaskefirma", "nettavisen").
_KIND = (r"[a-zæøå-]*(?:firma|bedrift|selskap|byrå|butikk|forretning|forlag|restaurant|kafé|kafe|bakeri|avis"
         r"|magasin|tidsskrift|ukeblad|radio|radiostasjon|studio|salong|verksted|hotell|klinikk|stiftelse"
         r"|organisasjon|foretak)(?:et|en|a|er|ene)?")
# "et nettmagasin som het ", "et firma kalt ", "en avis for unge kvinner som het ", "et byrå i Oslo, som heter ".
_FRAME = re.compile(
    rf"(?<![\w-])(?i:{_KIND})(?:[ \t]+(?i:for|i|på|om|med|fra|til|hos|ved)(?:[ \t]+[\wæøåÆØÅ-]+){{1,3}}?)?,?"
    r"[ \t]+(?i:som[ \t]+(?:het|heter|hette|heitte|heiter|kalles|ble[ \t]+kalt)|kalt"
    r"|ved[ \t]+navn|med[ \t]+navnet|med[ \t]+navn)[ \t]+[«\"“]?(?=[A-ZÆØÅ0-9])")
_WORD = r"[A-ZÆØÅ0-9][\w'’.&-]*(?<![.])"
_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:(?:&|og|of|and|the)[ \t]+)?{_WORD}){{0,4}}")
# Reading, watching, hearing, using, buying, giving and joining, up to three words before the kind ("leser en
# avis", "hører på en podkast", "gir penger til en organisasjon"): no workplace. A verb further back belongs to
# another clause ("leste mye og skrev for et nettmagasin"); `så` only with `på`, since it is also "then".
_USED = re.compile(
    r"(?<![\w-])(?i:leser|leste|lest|lese|ser|så[ \t]+på|sett|se|hører|hørte|hørt|høre|bruker|brukte|brukt|bruke"
    r"|abonnerer|abonnerte|følger|fulgte|handler|handlet|handle|kjøper|kjøpte|kjøpt|lastet|laster|besøker"
    r"|besøkte|gir|ga|gav|gitt|støtter|støttet|donerer|donerte|medlem|frivillig|anbefaler|anbefalte)"
    r"(?:[ \t]+[\wæøå-]+){0,3}[ \t]+$")


def _used(text: str, at: int) -> bool:
    """Whether a verb of reading, watching, using, buying, giving or joining governs the kind at `at`."""
    lo = sentence_around(text, at, at, back=60)[0]
    return _USED.search(text, lo, at) is not None


def _organisation(name: str) -> bool:
    """Whether a run can name an organisation: not a public body, a function word or a listed place alone."""
    words = name.split()
    low = words[0].casefold()
    if low in gaz.FUNCTION_WORDS or low in gaz.NEVER or lexicon.public(name.casefold()) or lexicon.public(low):
        return False
    return not (len(words) == 1 and lexicon.listed(words[0], gaz.PLACES))


def named_firms(text: str) -> list[tuple[int, int]]:
    """The spans of the names after `<kind of organisation> som het/heter/kalt/ved navn` (see the module), and
    of the same names wherever else the text writes them whole ("skrev for Nura Monthly i to år")."""
    names = set()
    for m in _FRAME.finditer(text):
        run = _RUN.match(text, m.end())
        if run is not None and not _used(text, m.start()) and _organisation(run.group(0)):
            names.add(run.group(0))
    # round 49o: "mitt eget firma, Krasniqi Søm og Design", "registrerte jeg Mensah Mat og Selskap"
    names |= {name for at, name in own_firm_names(text) if not _used(text, at) and _organisation(name)}
    return sorted({(m.start(), m.end()) for name in names
                   for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)})


def widen_named(text: str, found: list[Found]) -> list[Found]:
    """`found` with each firm or medium named after its kind as one organisation; the persons and places
    found inside the name give way to it."""
    spans = named_firms(text)
    if not spans:
        return found
    kept = [f for f in found if f[3] in ("list", "identifier") or f[2] not in ("person", "place")
            or not any(s <= f[0] and f[1] <= e for s, e in spans)]
    return kept + [(s, e, "org", "rule:org", None) for s, e in spans]
