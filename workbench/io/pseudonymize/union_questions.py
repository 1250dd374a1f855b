"""A trade union the participant is asked about contacting or getting help from (round 38o).

`union_members.union_cases` takes a listed union that someone asked, contacted or got help from, and leaves a
question: "Er du med i Lederne eller i NTL?" asks about membership, and the answer may be no. An interviewer's
or mentor's question to the participant about contact with one named union is another matter: "Har du vært i
kontakt med Utdanningsforbundet?", "Har dere snakket med Parat om turnusen?", "Fikk du hjelp fra NITO da du
sluttet?" are put because the text ties that participant's case (and often their trade) to that union, as the
data writers list it. So a listed trade union after a contact or help frame with `du`/`dere` as its subject,
in a sentence that ends in a question mark, is an organisation, and is found again at its other mentions.
Membership questions, a question whether one has asked the union for help ("Har du spurt Parat om hjelp?", a
suggestion as much as a question, left by round 28o), contact with a public body or with "fagforeningen" in
general, many people or anyone as the subject, and a sentence about strikes, wage talks or the news stay as
`union_members` leaves them.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.union_members import _GENERIC, _PUBLIC, _clause, _question, _sentence_at, \
    _trade_union, listed_names

# The participant's contact with or help from the body, asked: "Har du vært i kontakt med ", "Har dere
# snakket med ", "Fikk du hjelp fra ", "Ringte du ", "Tok dere kontakt med ".
_YOU = r"[ \t]+(?:du|dere)(?:[ \t]+(?:noen[ \t]+gang|allerede|også|selv|ennå|nå))?"
_HELP = r"(?:hjelp|råd|bistand|støtte)[ \t]+(?:av|fra|hos|gjennom)"
_ASKED_CONTACT = re.compile(
    rf"(?<![\w-])(?i:(?:har|hadde){_YOU}[ \t]+(?:vært[ \t]+i[ \t]+kontakt[ \t]+med|hatt[ \t]+kontakt[ \t]+med"
    rf"|tatt[ \t]+kontakt[ \t]+med|kontaktet|ringt(?:[ \t]+til)?|skrevet[ \t]+til|snakket[ \t]+med|pratet[ \t]+med"
    rf"|fått[ \t]+{_HELP})"
    rf"|(?:fikk|får){_YOU}[ \t]+{_HELP}|tok{_YOU}[ \t]+kontakt[ \t]+med|(?:ringte|kontaktet){_YOU}"
    rf"|(?:snakket|pratet){_YOU}[ \t]+med|skrev{_YOU}[ \t]+til)[ \t]+$")


def asked_unions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for a listed trade union the participant is asked about
    contacting or getting help from."""
    out: list[tuple[int, int, str, str]] = []
    for start, name in listed_names(text, out):
        if not _trade_union(name):
            continue
        before = _clause(text, start)
        end = start + len(name)
        if _ASKED_CONTACT.search(before) and _question(text, end) and not _GENERIC.search(before) \
                and not _PUBLIC.search(_sentence_at(text, start)):
            out.append((start, end, "org", "rule:definite-body"))
    return out
