"""The late steps of `Pseudonymizer.find`, one per rule round from 50c on, in the order they run.

Each round from 50c on added one step at the end of `find`: a function that reads the text and every find so
far and returns them with some added, dropped or widened. Later steps judge what earlier ones found, so the
order is part of the rules. Keeping the steps here as one table, each with its round and an example of what it
reads, keeps `find` short; a new round adds one row (and its module's import) here. The rows marked
`ungated` find identifiers, not names, and run even when `Pseudonymizer(rules=False)`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from workbench.io.pseudonymize import (
    affiliations,
    apposed_bodies,
    body_ties,
    bracket_twins,
    caseless_bodies,
    caseless_notes,
    coordinated_names,
    cued_phones,
    dictated_records,
    document_words,
    everyday_shapes,
    example_frames,
    foreign_forms,
    frame_bodies,
    framed_places,
    kind_names,
    letter_addresses,
    look_alikes,
    name_slots,
    named_neighbours,
    near_places,
    note_alignment,
    noted_names,
    noted_pairs,
    noted_words,
    org_policies,
    org_shapes,
    paired_bodies,
    partner_frames,
    party_frames,
    plain_readings,
    provider_frames,
    sector_frames,
    service_words,
    shared_services,
    spoken_nicknames,
    spelled_bodies,
    spoken_ties,
    state_enterprises,
    term_frames,
    used_systems,
    work_terms,
)

#: A step: (text, finds so far, the keep tools) -> the finds after it.
Step = Callable[[str, list, Any], list]


def _adding(finder: Callable[[str, list, Any], Iterable]) -> Step:
    """A step that appends, in place, what `finder` yields from the text and the finds so far."""

    def step(text: str, found: list, keep: Any) -> list:
        found.extend(finder(text, found, keep))
        return found

    return step


#: (round, what it reads, ungated, step), in the order the steps run.
STEPS: tuple[tuple[str, str, bool, Step], ...] = (
    ("50c", '"ytrebygda [Ytrebygda]", both or neither', True,
     _adding(lambda t, f, k: bracket_twins.twins_again(t, f))),
    ("51p", '"porto i portugal [Porto, Portugal]"', False,
     _adding(lambda t, f, k: noted_names.noted_names(t, f))),
    ("52o", 'unions, employers, shapes', False,
     _adding(lambda t, f, k: org_policies.new_finds(t, f, k))),
    ("53f", '"hos helsedirektoratet [Helsedirektoratet]", "Hilti TE 30"', False,
     lambda t, f, k: look_alikes.drop_look_alikes(t, f)),
    ("54n", '"selso [Celso]", "takk katja", «Kasta», "på øya [Øya]"', False,
     _adding(lambda t, f, k: spoken_nicknames.new_finds(t, f, k))),
    ("54o", '"frivillig på X", "frilans for nrk"', False,
     lambda t, f, k: affiliations.affiliations(t, f, k)),
    ("55f", '"kurs hos Skatteetaten", "YSK", "Hans HPR-nummer"', False,
     lambda t, f, k: plain_readings.drop_plain(t, term_frames.drop_terms(t, f))),
    ("55c", '"kjell arne [Kjell-Arne] rud", "[MA-4412]"', False,
     _adding(lambda t, f, k: caseless_notes.new_finds(t, f, k))),
    ("56c", '"en te en u [NTNU]", "CMYK, DPI, RIP"', False,
     lambda t, f, k: note_alignment.apply(t, f, k)),
    ("57d", '"jeg heter Miro", "Takk, Hana."', False,
     lambda t, f, k: name_slots.apply(t, f, k)),
    ("58c", '"meldte meg inn i Tekna", "Ms. Dela Cruz"', False,
     lambda t, f, k: coordinated_names.apply(t, f, k)),
    ("57b", '"kan HACCP", "Imam Reza-sykehuset"', False,
     lambda t, f, k: work_terms.drop_work_terms(t, org_shapes.person_named_institutions(t, f))),
    ("59a", '"X og Norsk Yforening", "ntf [NTF]", «Z tannteknikk AS', False,
     lambda t, f, k: paired_bodies.apply(t, f, k)),
    ("59b", '"Avinor og Luftfartstilsynet lyser ut"', False,
     lambda t, f, k: state_enterprises.drop_advertisers(t, f)),
    ("59b", '"Mva-fristen", "praksis på ruter"', False,
     lambda t, f, k: everyday_shapes.drop_everyday_shapes(t, f)),
    ("60c", '"ADL hos beboerne", "CV-en", "på Viber"', False,
     lambda t, f, k: sector_frames.drop_sector_words(t, f)),
    ("60b", '"folk fra X og Y", "X, blant annet.", "på X som frivillig"', False,
     lambda t, f, k: example_frames.apply(t, f, k)),
    ("60a", '"emir min mann … emirs", "mirza begović", "heter ola"', False,
     lambda t, f, k: spoken_ties.apply(t, f, k)),
    ("61b", '"kid nummer", "Songkran feiret vi"', False,
     lambda t, f, k: service_words.drop_service_words(t, f)),
    ("61a", '"UNE 24/06631", "samarbeidet med X om", "X-hoteller"', False,
     lambda t, f, k: partner_frames.apply(t, f, k)),
    ("62a", '"bergen kommunes voksenopplæring", "i skistar"', False,
     lambda t, f, k: caseless_bodies.apply(t, f, k)),
    ("63a", '"signeres i X", "en X-forhandler", "PS."', False,
     lambda t, f, k: used_systems.apply(t, f)),
    ("64a", '"X-foreningen i <sted>", "fra Røde Kors"', False,
     lambda t, f, k: body_ties.apply(t, f, k)),
    ("64b", '"søke på Arbeidsplassen", "messen X"', False,
     lambda t, f, k: shared_services.drop_shared(t, f)),
    ("65a", '"Nord... Nordine", "for X og for Orkla", "i Kongens gate"', False,
     lambda t, f, k: named_neighbours.apply(t, f, k)),
    ("65b", '"ni fire to tretti femtiåtte null sju [942 30 58 07]"', True,
     _adding(lambda t, f, k: cued_phones.new_finds(t, f))),
    ("65b", '"Vedlegg 1", "Takk for", "E6. Vi"', False,
     lambda t, f, k: document_words.apply(t, f)),
    ("66a", '"rema tusen [Rema 1000]", "A.F. X & Co."', False,
     lambda t, f, k: party_frames.apply(t, f, k)),
    ("66b", '"tolv, seks null tolv [6012] ålesund", "Notér at"', False,
     lambda t, f, k: dictated_records.apply(t, f)),
    ("67a", '"inn i X-ers forening", "Tone Wiik fra Statsbygg", "altså lsmu [LSMU]", "leverer til tine [Tine] på"', False,
     lambda t, f, k: frame_bodies.apply(t, f, k)),
    ("67b", '"kvislervegen [K] tjuetre [23] to …", "X ring 34", "HF, Y-avdelingen"', False,
     lambda t, f, k: letter_addresses.apply(t, f)),
    ("68a", '"kurset hos Nordisk matfagskole", "leier lokaler av X", "kjører buss for vy [Vy]"', False,
     lambda t, f, k: provider_frames.apply(t, f, k)),
    ("69a", '"NFFO, Norsk … forening", "inn i YTF. Yrkestrafikkforbundet", "en sportsbutikk, X", "bussene fra Ruter"', False,
     lambda t, f, k: apposed_bodies.apply(t, f, k)),
    ("69b", '"nær Hana, der", "i lisboa [Lisboa] og porto [Porto]", "i nordland [Nordland] må"', False,
     lambda t, f, k: near_places.apply(t, f, k)),
    ("70a", '"timer på sats [SATS]", "gjennom Arbeids- og velferdsetaten", "min lærer, ustad [Ustad] X"', False,
     lambda t, f, k: noted_words.apply(t, f, k)),
    ("70b", '"solveig [Solveig] brekke [Brekke]", "pascal [Pascal] ilunga [Ilunga]"', False,
     lambda t, f, k: noted_pairs.apply(t, f, k)),
    ("71a", '"fra Det X-e Y-akademiet", "Tine eller Q-X", "b2 på X [X]", "Matbanken får"', False,
     lambda t, f, k: kind_names.apply(t, f, k)),
    ("71b", '"på rådhuset i engene [Engene]", "hos elkjøp [Elkjøp] på berger [Berger]", "firma i kjeller [Kjeller]"', False,
     lambda t, f, k: framed_places.apply(t, f, k)),
    ("72a", '"X-bransjens landsforening, XBL,", "Til Norsk institutt for X, v/", "ved Forsvarets forskningsinstitutt", "en dags varsel"', False,
     lambda t, f, k: spelled_bodies.apply(t, f, k)),
    ("72b", '"Jusuf" eller bare "Yo", "vegprosjekt på Java for X", "i Split, i Ulica Domovinskog rata 17"', False,
     lambda t, f, k: foreign_forms.apply(t, f, k)),
)


def run(text: str, found: list, keep: Any, rules: bool) -> list:
    """`found` after every late step in order; with the rules off, after the ungated ones only."""
    for _round, _reads, ungated, step in STEPS:
        if rules or ungated:
            found = step(text, found, keep)
    return found
