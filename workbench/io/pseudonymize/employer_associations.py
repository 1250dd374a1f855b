"""Employers' and business organisations that someone joins or belongs to (round 38o).

`union_members` replaces a trade union that someone is, becomes or was a member of, and leaves employers'
organisations, which are listed among the associations everyone may name (`associations.ASSOCIATIONS`: NHO,
Virke, Spekter). But a person who joins one has a business of their own or runs one: "Jeg meldte meg inn i
Virke i høst", "meldte jeg meg inn i NHO Reiseliv" when a café opened, a brother with a workshop "er medlem av
Bedriftsforbundet", a farmer who "meldte seg inn i Norges Bondelag". The data writers list such a body as
an organisation (unions and associations joined are `org`), and with the trade it narrows the person down.

So a listed employers', business or trade organisation after the membership frames of `union_members`
("meldte meg inn i", "er medlem av", "ble med i", "organisert i") is an organisation, and is found again at
its other mentions. As for unions, a negation, a plan, advice or a condition ("Jeg er ikke medlem av",
"Man bør melde seg inn i NHO hvis …"), many people or anyone as members, a question, and a firm, a company or
a municipality as the member ("Bedriften er medlem av NHO") leave it; so does a body only in the news
("Virke mener …") or in wage talks ("LO og NHO møtes").
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize.union_members import _GENERIC, _MEMBERSHIP, _NOT_MEMBER, _clause, _question

# Employers', business and primary-trade organisations by their names as said.
_NAMES = sorted({
    "virke", "hovedorganisasjonen virke", "nho", "næringslivets hovedorganisasjon", "nho reiseliv",
    "nho service og handel", "nho service", "nho mat og drikke", "nho logistikk og transport", "nho byggenæringen",
    "nho elektro", "nho geneo", "nho luftfart", "nho sjøfart", "nho transport", "norsk industri", "abelia",
    "spekter", "arbeidsgiverforeningen spekter", "bedriftsforbundet", "norges bondelag", "bondelaget",
    "norsk bonde- og småbrukarlag", "småbrukarlaget", "norges fiskarlag", "fiskarlaget", "sjømat norge",
    "finans norge", "fornybar norge", "energi norge", "norsk landbrukssamvirke", "norges lastebileier-forbund",
    "lastebileierforbundet", "norges taxiforbund", "taxiforbundet", "maskinentreprenørenes forbund", "mef",
    "byggenæringens landsforening", "bnl", "nelfo", "norsk teknologi", "norges frisørmesterforbund",
    "frisørmesterforbundet", "norsk gartnerforbund", "gartnerforbundet", "handelsstandens fellesorganisasjon",
    "hsh", "samfo"}, key=len, reverse=True)
_BODY = re.compile(r"(?<![\w@.-])(?=[A-ZÆØÅ])(?i:" + "|".join(
    r"[ \t]+".join(re.escape(w) for w in n.split()) for n in _NAMES) + r")(?![\w-])")
# A firm, a company or a public body as the member: employers join such organisations as a matter of course.
_FIRM_MEMBER = re.compile(r"(?<![\w-])(?i:bedrift\w*|firma\w*|selskap\w*|arbeidsgiver\w*|konsern\w*|kommune\w*"
                          r"|fylke\w*|virksomhet\w*|arbeidsplass\w*)(?![\w-])")


def employer_associations(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", "rule:definite-body") for an employers' or business organisation someone joined or
    belongs to."""
    out = []
    for m in _BODY.finditer(text):
        before = _clause(text, m.start())
        if _MEMBERSHIP.search(before) is None or _GENERIC.search(before) or _NOT_MEMBER.search(before) \
                or _FIRM_MEMBER.search(before) or _question(text, m.end()):
            continue
        out.append((m.start(), m.end(), "org", "rule:definite-body"))
    return out
