"""The words of working that the rules read, written once: verbs and nouns of a job, of being employed, of
shifts, colleagues, customers and quitting.

Rules that ask whether someone works somewhere read them before a name ("jobber i", "praksis hos"), in its
sentence or in its turn. Each rule takes the sets it needs and builds its pattern with `alternatives` or
`word_pattern`; a rule that reads fewer words says which it leaves out and why, as a set difference beside
its pattern. A new form of a work word is added here, once.

The sets hold words as written, in lower case (the patterns match them in any case). `…_STEMS` are read with
any ending ("ansatte", "stillingen", "stillingsprosent").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The verb and the noun "jobb": "jobber", "jobbet", "jobba", "jobbe", "jobben".
JOB = frozenset({"jobb", "jobber", "jobbet", "jobba", "jobbe", "jobben"})
# The verb and the noun "arbeid": "arbeider", "arbeidet", "arbeida", "arbeide".
WORK = frozenset({"arbeid", "arbeider", "arbeidet", "arbeida", "arbeide"})
# Being employed, in practice, in a post, paid: read with any ending ("ansatte", "praksisplass", "stillingen",
# "lønna").
EMPLOYED_STEMS = ("ansatt", "praksis", "stilling", "lønn")
# "jobb" and "arbeid" with any ending too ("jobbene", "arbeidsgiver"), and the words of being employed.
WORK_STEMS = ("jobb", "arbeid", *EMPLOYED_STEMS)
# Forms of employment, read with any ending: "vikariat", "lærlingplass", "deltidsjobb", "heltidsstilling",
# "sommerjobben".
EMPLOYMENT_STEMS = ("vikar", "lærling", "deltid", "heltid", "sommerjobb")
# Contracts and commissions, read with any ending: "kontrakten", "oppdragsgiver".
CONTRACT_STEMS = ("kontrakt", "oppdrag")
# Shifts: "vakt", "vakter", "vakta", "vaktene".
SHIFTS = frozenset({"vakt", "vakter", "vakta", "vaktene"})
# Colleagues: "kollega", "kollegaen", "kollegaer", "kollegaene", "kolleger", "kollegene".
COLLEAGUES = frozenset({"kollega", "kollegaen", "kollegaer", "kollegaene", "kolleger", "kollegene"})
# Customers: "kunde", "kunden", "kunder", "kundene".
CUSTOMERS = frozenset({"kunde", "kunden", "kunder", "kundene"})
# Quitting: "sluttet", "slutta", "slutter", "slutte", "sluttar".
QUITTING = frozenset({"sluttet", "slutta", "slutter", "slutte", "sluttar"})


def alternatives(words: Iterable[str] = (), stems: Iterable[str] = ()) -> str:
    """The regex alternatives for `words` whole and `stems` with any word ending, longest first, to put inside
    a group: `alternatives({"jobb", "jobben"}, ["praksis"])` gives `jobben|jobb|praksis\\w*`."""
    whole = [re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))]
    return "|".join([*whole, *(re.escape(s) + r"\w*" for s in stems)])


def word_pattern(words: Iterable[str] = (), stems: Iterable[str] = (), more: str = "") -> re.Pattern[str]:
    r"""A pattern for any of `words` whole, a stem of `stems` with any ending, or the regex `more`, in any case
    and never inside a longer word or a hyphenated compound: `(?<![\w-])(?i:…)(?![\w-])`."""
    parts = "|".join(p for p in (alternatives(words, stems), more) if p)
    return re.compile(rf"(?<![\w-])(?i:{parts})(?![\w-])")
