"""Answers and study frames in text without case: numbers, schools, banks and unions (round 46c).

A recogniser that writes no capitals writes no question marks either, so the rules that read an answer by the
question before it (`spoken_numbers._phone_context`, `union_answers`) never see a question, and the rules that read
a school or a union by its capital never see a name. Only where the text (or passage) carries no case:

* a telephone number said in words (eight digits, single digit words or pairs such as `nitti fire førtiåtte`)
  in a turn after a turn that speaks of a telephone (`kan du si telefonnummeret til …`, `har du et nummer til
  kona di`), or right after `det er`/`det var` in any turn; a count or an amount (`det er tre to ganger`, `det er
  fire hundre og tjue kroner`) is no eight-digit run, or has a unit after it;
* a university or school after a study frame (`studerte ved`, `studerte på`, `gikk på`, `tok master ved`, `har
  bachelor fra`): a foreign name with its head word (`université …`, `universidad … de …`, `lycée …`) up to the first
  Norwegian word, a Norwegian one in the definite with its place (`høgskolen i <name>`, `universitetet i <name>`), or a
  single word the dictionary does not know or a listed university acronym (`oslomet`, `ntnu`); `studerte ved siden
  av jobben`, `gikk på kurs`, `gikk på skolen hjemme` stay;
* a bank or an employer named right before an account number (`ja nordea 6023 45 11877`, `handelsbanken
  15038821641`): a listed employer, a word ending in `bank`/`banken` (not the bare noun), or a word the
  dictionary does not know; `nav`, `konto` and the like stay;
* a union or association named as the answer to a membership question in the turn before (`har du meldt deg inn i
  noen fagforening` / `ja tekna de har …`): a listed union that is no ordinary word; one that is also a word
  (`delta`, `parat`) only when the answer ends or a new clause follows it, so `ja men jeg rekker ikke å delta` and
  `jeg er parat til å` stay.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize import lexicon, rules
from workbench.io.pseudonymize.checksums import account_check

_LABEL = re.compile(r"[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?[^\s:][^:\n]{0,40}:[ \t]+")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line."""
    out, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((at, at + len(line)))
        at += len(line) + 1
    return out


# --- telephone numbers said in words --------------------------------------------------------------------------
_SAID = re.compile(r"(?<![\w-])(?:det|den|nummeret|numret)[ \t]+(?:er|var)[ \t]+$")


def answered_phones(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "phone") of eight digits said in words after a telephone turn or after `det er`."""
    from workbench.io.pseudonymize.spoken_numbers import (
        _PHONE_NEAR, PHONE_WORDS, _TIME_BEFORE, _UNIT_AFTER, _counting, _phone_reading, _runs)

    out = []
    lines = _lines(text)
    for k, (start, end) in enumerate(lines):
        prev = text[lines[k - 1][0]:lines[k - 1][1]] if k else ""
        asked = bool(_PHONE_NEAR.search(prev) or PHONE_WORDS.search(prev))
        for run in _runs(text[start:end], start):
            for i in range(len(run)):
                said = bool(_SAID.search(text, max(start, run[i].start - 20), run[i].start))
                if not (asked or said):
                    continue
                readings, last = {""}, None
                for j in range(i, min(len(run), i + 8)):
                    readings = {r + v for r in readings for v in run[j].values if len(r + v) <= 8}
                    if any(_phone_reading(r, False) for r in readings) and not _counting(run[i:j + 1]):
                        last = j
                if last is None or any(w.hundreds for w in run[i:last + 1]):
                    continue
                if _UNIT_AFTER.match(text, run[last].end) or \
                        _TIME_BEFORE.search(text, max(start, run[i].start - 12), run[i].start):
                    continue
                out.append((run[i].start, run[last].end, "phone"))
                break
    return out


# --- schools after a study frame ------------------------------------------------------------------------------
_STUDY = re.compile(
    r"(?<![\w-])(?:studerte|studert|studerer|studere|gikk|går|gått|tok[ \t]+(?:en[ \t]+|min[ \t]+|sin[ \t]+)?"
    r"(?:master\w*|bachelor\w*|doktorgrad\w*|phd|utdanning\w*|utdannelse\w*|årsstudium|videreutdanning\w*|eksamen)"
    r"|(?:har|fikk)[ \t]+(?:en[ \t]+)?(?:master\w*|bachelor\w*|doktorgrad\w*|phd)|utdannet|utdanna|uteksaminert)"
    r"[ \t]+(?:ved|på|fra)[ \t]+")
_FOREIGN_HEADS = frozenset("""université universite école ecole institut lycée collège faculté conservatoire académie
universidad universidade instituto colegio colégio escuela escola facultad faculdade liceo università universita
istituto politecnico scuola accademia conservatorio universität universitaet hochschule fachhochschule akademie
universiteit hogeschool""".split())
_CONNECTORS = frozenset("de la las los d' du des del della degli dei di do da dos das el y e et und für der van voor"
                        .split())
_HOME_HEADS = frozenset("""universitetet høgskolen høyskolen høgskulen handelshøyskolen handelshøgskolen fagskolen
fagskulen folkehøgskolen folkehøgskulen politihøgskolen musikkhøgskolen arkitekthøgskolen""".split())
_NOT_PLACES = frozenset("""fjor år året årene høst høsten vår våren sommer sommeren vinter vinteren dag går morgen
helga helgene starten begynnelsen slutten utlandet hjemlandet landet norge byen bygda nærheten området tillegg
mange lang flere""".split())
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_GAP = re.compile(r"[ \t]+")


def _plain(word: str) -> bool:
    """A Norwegian word that ends a name: a function word, a possessive, or a frequent dictionary word."""
    return word in gaz.FUNCTION_WORDS or word in gaz.POSSESSIVES or lexicon.frequent(word, 4.5)


def _foreign_end(text: str, at: int) -> int:
    """End of the name words (and connectors between them) after a foreign head word ending at `at`."""
    end, pending = at, False
    for _ in range(6):
        gap = _GAP.match(text, end)
        m = _WORD.match(text, gap.end()) if gap else None
        if m is None:
            break
        word = m.group(0).casefold()
        if word in _CONNECTORS and not pending:
            nxt = re.compile(r"[ \t]+([^\W\d_]+)").match(text, m.end())
            if nxt and not _plain(nxt.group(1).casefold()):
                end, pending = m.end(), True
                continue
            break
        if _plain(word) or word in _FOREIGN_HEADS:
            break
        end, pending = m.end(), False
    return end


def studied_at(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:institution") for a school after a study frame, or a foreign school anywhere."""
    from workbench.io.pseudonymize.spoken_numbers import _said_value

    out = []
    for m in _WORD.finditer(text):
        if m.group(0).casefold() in _FOREIGN_HEADS:
            end = _foreign_end(text, m.end())
            if end > m.end():
                out.append((m.start(), end, "org", "rule:institution"))
    for m in _STUDY.finditer(text):
        w = _WORD.match(text, m.end())
        if w is None:
            continue
        word = w.group(0).casefold()
        if word in _HOME_HEADS:
            place = re.compile(r"[ \t]+(?:i|på)[ \t]+([^\W\d_]+(?:-[^\W\d_]+)?)").match(text, w.end())
            name = place.group(1).casefold() if place else ""  # "i innlandet", "i nordland", not "i fjor"
            if place and name not in gaz.FUNCTION_WORDS and name not in _NOT_PLACES and _said_value(name) is None:
                out.append((w.start(), place.end(1), "org", "rule:institution"))
        elif word in gaz.EMPLOYERS or not (rules.known_word(word) or _plain(word) or word in _FOREIGN_HEADS
                                           or len(word) < 3):
            out.append((w.start(), w.end(), "org", "rule:institution"))
    return out


# --- a bank before an account number ---------------------------------------------------------------------------
_ACCOUNT = re.compile(r"(?<![\w-])([^\W\d_]+)(?:[ \t]+(bank))?[ \t]+(\d{4}[ \t.]?\d{2}[ \t.]?\d{5})(?![\w]|[.,]\d)")
_NOT_BANKS = frozenset("""konto kontoen kontonummer kontonummeret nummer nummeret nummeret er banken bank nettbank
lønnskonto lønnskontoen sparekonto sparekontoen bankkonto nav""".split())


def account_banks(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:institution") for a bank or employer said right before an account number."""
    out = []
    for m in _ACCOUNT.finditer(text):
        word = m.group(1).casefold()
        digits = re.sub(r"\D", "", m.group(3))
        if not account_check(digits) or word in _NOT_BANKS or _plain(word) or word in gaz.PUBLIC:
            continue
        if m.group(2) or word in gaz.EMPLOYERS or (word.endswith(("bank", "banken")) and len(word) > 6) \
                or not rules.known_word(word):
            out.append((m.start(1), m.end(2) if m.group(2) else m.end(1), "org", "rule:institution"))
    return out


# --- a union as the answer to a membership question -------------------------------------------------------------
_CLAUSE = frozenset("de det der han hun jeg vi siden fra tror vel også nå og men for i".split())
_INTO = re.compile(r"i[ \t]+")
_YES = re.compile(r"(?:ja|jo|jepp|japp|ja[ \t]+da|ja[ \t]+visst|selvfølgelig|klart)[ \t,]+")


def union_answers(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a union named as the answer to a membership question."""
    from workbench.io.pseudonymize.union_answers import _UNION_QUESTION
    from workbench.io.pseudonymize.union_members import _trade_union

    out = []
    lines = _lines(text)
    for k in range(1, len(lines)):
        prev = text[lines[k - 1][0]:lines[k - 1][1]]
        if not _UNION_QUESTION.search(prev):
            continue
        start, end = lines[k]
        label = _LABEL.match(text, start, end)
        at = label.end() if label else start
        yes = _YES.match(text, at, end)
        at = yes.end() if yes else at
        into = _INTO.match(text, at, end)
        at = into.end() if into else at
        w = _WORD.match(text, at, end)
        if w is None:
            continue
        word = w.group(0).casefold()
        if word in ("nav", "fagforening", "fagforeningen", "forbundet", "foreningen") or not _trade_union(word):
            continue
        after = _WORD.match(text, w.end() + 1, end) if w.end() < end else None
        if rules.known_word(word) and ((after is not None and after.group(0).casefold() not in _CLAUSE) or not yes):
            continue  # "ja delta på møtene", "parat til å"
        out.append((w.start(), w.end(), "org", "rule:definite-body"))
    return out


def answer_finds(text: str) -> list[tuple[int, int, str, str]]:
    """Every school, bank and union find of this module in a text (or passage) without case."""
    return studied_at(text) + account_banks(text) + union_answers(text)
