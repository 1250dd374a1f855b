"""One check for every filter value a command is given (`--code`, `--participant`, `--wave` ...).

A filter value the project does not hold (`quotes --participant NOBODY`, a typo'd programme) used
to give "0 quotes" and exit 0, and an export wrote an empty report: indistinguishable from a
filter that fits nobody. Every command that filters checks its values here first, before it reads
or writes anything: each unknown value is one `error:` line naming the option, the value and,
briefly, the values the project has (`did you mean 'P01'?` when only the letter case differs),
and the command exits non-zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from workbench.commands.common import fail
from workbench.core.codebook import AmbiguousCode, find_code
from workbench.core.errors import NotFound
from workbench.core.models import WAVES
from workbench.core.speakers import SPEAKER_ROLES, role_from_text

_WAVES = {"baseline": "baseline", "nullpunkt": "baseline", "endpoint": "endpoint", "end-point": "endpoint",
          "sluttpunkt": "endpoint"}
_SHOWN = 8  # known values listed in an error line, before "… N in all"


def check_filter_values(project: Any, values: Mapping[str, Any], options: Mapping[str, str] | None = None) -> None:
    """Fail (one error line per unknown value) when a filter names what the project does not hold.

    `values` holds the shared filter options by their parameter names (`codes`, `waves`, `roles`,
    `programs`, `participants`, `coders`, `documents`), each a string, a sequence or None; `options`
    names an option that is not the usual `--code`, `--coder` ... (`{"coders": "--coders"}`)."""
    problems: list[str] = []
    option = {"codes": "--code", "waves": "--wave", "roles": "--role", "programs": "--program",
              "participants": "--participant", "coders": "--coder", "documents": "--document", **(options or {})}
    given = {name: _listed(values.get(name)) for name in
             ("codes", "waves", "roles", "programs", "participants", "coders", "documents")}
    if given["codes"]:
        codes = project.codes(include_retired=True)
        for value in given["codes"]:
            try:
                find_code(codes, value)
            except AmbiguousCode as exc:
                problems.append(f"{option['codes']} '{value}' names several codes: use one of {', '.join(exc.candidates)}")
            except NotFound:
                problems.append(_unknown(option["codes"], value, [c.path for c in codes], "codes",
                                         "see `workbench codebook show`"))
    for value in given["waves"]:
        if value.casefold() not in _WAVES:
            problems.append(f"unknown {option['waves']} '{value}' (use {' or '.join(WAVES)}; nullpunkt and sluttpunkt also work)")
    for value in given["roles"]:
        if role_from_text(value) is None:
            problems.append(f"unknown {option['roles']} '{value}' (use {', '.join(SPEAKER_ROLES)})")
    if given["programs"] or given["participants"]:
        people = project.participants()
        programs = sorted({p.program for p in people if p.program})
        problems += [_unknown(option["programs"], v, programs, "programmes", "see `workbench documents`")
                     for v in given["programs"] if v not in programs]
        ids = sorted({p.id for p in people})
        problems += [_unknown(option["participants"], v, ids, "participants", "see `workbench documents`")
                     for v in given["participants"] if v not in ids]
    if given["coders"]:
        coders = sorted(project.coders())
        problems += [_unknown(option["coders"], v, coders, "coders") for v in given["coders"] if v not in coders]
    if given["documents"]:
        docs = project.documents()
        names = [d["name"] for d in docs]
        known = set(names) | {str(d["id"]) for d in docs}
        problems += [_unknown(option["documents"], v, names, "documents", "see `workbench documents`")
                     for v in given["documents"] if v not in known]
    if problems:
        fail("\n".join(problems))


def _listed(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (str, int)):
        value = [value]
    return [str(v).strip() for v in value if str(v).strip()]


def _unknown(option: str, value: str, known: Iterable[str], what: str, hint: str = "") -> str:
    known = list(known)
    near = [k for k in known if k.casefold() == value.casefold()]
    if near:
        return f"unknown {option} '{value}': did you mean '{near[0]}'?"
    if not known:
        listed = f"the project has no {what}"
    else:
        more = f", … {len(known)} in all" if len(known) > _SHOWN else ""
        listed = f"{what}: {', '.join(known[:_SHOWN])}{more}"
    return f"unknown {option} '{value}' ({listed}{'; ' + hint if hint else ''})"


_FACETS = (("codes", "--code", "codes"), ("waves", "--wave", "waves"), ("roles", "--role", "roles"),
           ("programs", "--program", "programmes"), ("participants", "--participant", "participants"),
           ("coders", "--coder", "coders"))


def require_match(project: Any, flt: Any) -> None:
    """Fail when a filter's values, each known to the project, fit no coded passage (together).

    An empty report or table is no answer a researcher can tell from a typo, so the command stops
    before writing anything: one `error:` line per filter given, naming its value(s) and the values
    that occur among the passages the other filters keep (`--role 'mentor' fits none of them
    (roles there: mentee)`)."""
    import dataclasses

    from workbench.analysis.quotes import find_quotes

    given = [facet for facet in _FACETS if getattr(flt, facet[0])]
    if not given or find_quotes(project, flt):
        return
    lines = ["no coded passage fits these filters together:"]
    for name, option, what in given:
        found = find_quotes(project, dataclasses.replace(flt, **{name: []}))
        present = sorted({v for q in found for v in _values(q, name) if v})
        listed = (f"{what} there: {', '.join(present[:_SHOWN])}" + (f", … {len(present)} in all"
                  if len(present) > _SHOWN else "")) if present else "none with the other filters"
        shown = ", ".join(f"'{v}'" for v in getattr(flt, name))
        lines.append(f"  {option} {shown}: {listed}")
    fail("\n".join(lines) + "\nnothing written")


def _values(quote: Any, name: str) -> list[str]:
    if name == "codes":
        return [quote.code]
    if name == "roles":
        return [s.role for s in quote.speakers] or [quote.role]
    if name == "participants":
        return [s.participant for s in quote.speakers] or [quote.participant]
    if name == "coders":
        return list(quote.coders)
    return [{"waves": quote.wave, "programs": quote.program}[name]]
