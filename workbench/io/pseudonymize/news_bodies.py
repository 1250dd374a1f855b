"""National bodies in the news and associations of residents, pensioners, pupils and scouts (round 33b).

Controls lost national bodies named as the subject of a piece of news or advice ("Norges Bank satte opp renten",
"Norges Fotballforbund har en stor stand hvert år") and lay associations that every town has, named generically in
the definite form as what someone joins or goes to ("bli med i Leieboerforeningen", "sønnen min spiller i
Skolekorpset", "møtene til Pensjonistforeningen", "begynne i Speidern", "med i Huseierne"). Neither names a place,
employer or person that identifies anyone; the same names do where someone works or holds an office there ("jobbet i
Norges Bank", "frivillig i Pensjonistlaget på Byåsen").

* A **national body** is a run opening with `Norges` and a capitalised word, or a listed public body
  (`public_bodies`); it is kept where every mention is the subject of a clause, a lower-case word that is no function word or
  preposition right after it (its verb: "holdt renten", "har en stand").
* A **lay association** is one word: a compound whose first part names lay members (pensioners, tenants, house
  owners, residents, pupils, seniors, scouts, parents, neighbours) and whose head is an association in the definite
  form (`-foreningen`, `-laget`, `-klubben`, `-korpset`, `-koret`, `-musikken`), or the scouts or house owners
  themselves in the definite plural (`Speiderne`, `Speidern`, `Huseierne`); it is kept at any mention.

Both only where no mention is tied to someone (`plain_frames.tied`); a professional association ("Legeforeningen")
or a union is no lay association and stays as the other rules judge it.
"""

from __future__ import annotations

import re

from workbench.io.pseudonymize import gazetteer as gaz
from workbench.io.pseudonymize.plain_frames import clause_before, drop_runs
from workbench.io.pseudonymize.public_bodies import public_body

_LAY = ("pensjonist", "leieboer", "huseier", "beboer", "senior", "skole", "speider", "foreldre", "nabo", "elev",
        "vel", "bygdekvinne", "husflid", "hage", "sanitet", "ungdom", "ungdoms", "barne", "turist")
_HEADS = ("foreningen", "forening", "laget", "lag", "klubben", "korpset", "koret", "musikken")
_MEMBERS = frozenset("speiderne speidern speideren huseierne pensjonistene".split())
_VERB_AFTER = re.compile(r"[ \t]+([a-zæøå]{2,})(?![\w-])")
_OPENER = re.compile(r"(?i:^|(?:og|men|så|at|om|hvordan|fordi|når|da|nå)[ \t]*)$")


def lay_association(name: str) -> bool:
    """A lay association named generically ("Pensjonistforeningen", "Skolekorpset", "Speidern")."""
    low = name.casefold()
    if " " in low:
        return False
    if low in _MEMBERS:
        return True
    return any(low.startswith(p) and low[len(p):] in _HEADS for p in _LAY)


def _national(name: str) -> bool:
    words = name.split()
    if len(words) >= 2 and words[0] == "Norges" and words[1][:1].isupper():
        return True
    return public_body(" ".join(words).casefold())


def _plain(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    if lay_association(name):
        return True
    verb = _VERB_AFTER.match(text, end)  # "Norges Bank holdt renten", not "Norges Bank i Oslo" or "Norges Bank sin"
    return _national(name) and _OPENER.search(clause_before(text, start).strip()) is not None \
        and verb is not None and verb.group(1) not in gaz.FUNCTION_WORDS


def drop_news_bodies(text: str, found: list[tuple]) -> list[tuple]:
    """`found` without national bodies in the news and lay associations that nothing ties to someone."""
    return drop_runs(text, found, _plain)
