"""Round 57b rules: trade terms, school levels, job sites and outings stay (`work_terms`); a title opening a
sentence before a surname, a world region in a stint or a clientele, and an institution named
after a person are found (`titled_people`, `region_places`, `org_shapes`); a listed place's note names no first name
(`caseless_notes`).

Every case of the first two groups fails on 3508061's rules (the base of this round): 15 and 8; the neighbours and
guards pass on both. The strings are fresh, not those of `dev/d96b_*`, `dev/control_d78b` or held-out 60 and 61.
"""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_CASELESS = ("[00:00:10] respondent: på skolen tok jeg vg1 [Vg1] bygg og så vg2 [VG2] tømrer og vi lærte om sja "
             "[SJA] og ks og fdv [FDV] permer\n"
             "[00:00:25] respondent: nå søker jeg oppdrag på finn [FINN] og på mittanbud [Mittanbud] hver dag")


@pytest.mark.parametrize(("text", "part"), [
    ("Deltaker: Jeg kan GMP og litt GLP, og jeg har jobbet i et laboratorium i seks år.", "GLP"),
    ("Deltaker: Hun behersker IFC og BIM fra forrige jobb.", "IFC"),
    ("Mentor: Han kan IMDG-reglene og ADR fra tida på havna.", "IMDG"),
    ("R: Vi bruker VHF på kanal 16 og ECDIS på broa hver dag.", "ECDIS"),
    (_CASELESS, "vg1"),
    (_CASELESS, "Vg1"),
    (_CASELESS, "fdv"),
    (_CASELESS, "FDV"),
    (_CASELESS, "finn"),
    (_CASELESS, "FINN"),
    (_CASELESS, "mittanbud"),
    (_CASELESS, "Mittanbud"),
    ("Deltaker: Første uka fikk jeg bli med på vakter, og sjefen tok meg med ut på ruter i distriktet.", "ruter"),
    ("Mentor: Det er fint, men Overlegen på sengeposten vil bli kalt ved fornavn.", "Overlegen"),
    ("Mentor: Hun sier at Rektoren på skolen er streng.", "Rektoren"),
])
def test_terms_levels_sites_and_outings_stay(text: str, part: str) -> None:
    """Each of these is replaced by 3508061's rules."""
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("Deltaker: Lektor Brennhovd, kontaktlæreren min, sa at jeg måtte søke.", "Lektor Brennhovd"),
    ("Mentor: Rektor Sølvberg, som ansatte henne, er streng.", "Rektor Sølvberg"),
    ("Mentee: Overlege Kvammen, sjefen min, skrev attesten.", "Overlege Kvammen"),
    ("Mentee: Jeg var seks år i Sørøst-Asia som kokk på hotell.", "Sørøst-Asia"),
    ("Deltaker: Butikken har mange kunder fra Øst-Europa, så jeg bruker polsk hver dag.", "Øst-Europa"),
    ("[00:00:40] respondent: jeg var tre år i midtøsten [Midtøsten] på en byggeplass", "midtøsten"),
    ("[00:00:40] respondent: jeg var tre år i midtøsten [Midtøsten] på en byggeplass", "Midtøsten"),
    ("Deltaker: I Pakistan jobbet jeg på et sykehus i Lahore, Sheikh Zayed-sykehuset, som sykepleier.",
     "Sheikh Zayed-sykehuset"),
])
def test_titled_surnames_regions_and_person_named_institutions_are_found(text: str, part: str) -> None:
    """Each of these is missed (or found only in part) by 3508061's rules."""
    assert covered(text, part) is not None


@pytest.mark.parametrize(("text", "part"), [
    ("Deltaker: Etterpå fikk jeg praksis på Kamuzu Banda-sykehuset i Lilongwe, men bare et år.", "Kamuzu Banda-sykehuset"),
    # a job site where someone works, and the given name Finn
    ("Deltaker: Jeg jobber i FINN som utvikler, på kontoret i Oslo.", "FINN"),
    ("Mentor: Jeg heter Finn Solbakken og er mentor for Amir.", "Finn Solbakken"),
    ("Mentee: Finn sa at jeg burde søke i Bergen.", "Finn"),
    # an acronym named where someone works stays found
    ("Deltaker: Jeg har jobbet i GMP Consult i tre år, og nå leder jeg kontoret.", "GMP Consult"),
    # the title with a surname in lower case, and courtesy titles
    ("Deltaker: Det var professor Gjerstad som hjalp meg.", "Gjerstad"),
    ("Deltaker: Herr Lillevik, naboen min, hjelper meg med skjemaer.", "Herr Lillevik"),
    # a region where someone worked, as before; a firm where someone works
    ("Mentee: Hun jobbet i Sentral-Asia i sju år.", "Sentral-Asia"),
    ("Mentee: Jeg kjører buss for Ruter i Oslo.", "Ruter"),
    ("[00:01:00] respondent: mentoren min heter synnøve [Synnøve] aakre og hun er sykepleier", "aakre"),
    ("[00:01:05] respondent: jeg heter nasrin [Nasrin] akter og jobber på lager", "akter"),
])
def test_neighbours_stay_found(text: str, part: str) -> None:
    assert covered(text, part) is not None


@pytest.mark.parametrize(("text", "part"), [
    ("Mentor: Professor i fysikk, det ble hun aldri.", "Professor"),
    ("Mentor: Rektor sier at alle må møte klokka åtte.", "Rektor"),
    ("Mentor: Lektor, altså lærer på videregående, er en fin jobb.", "Lektor"),
    ("Mentee: Han kommer fra Sentral-Asia, og kona hans er fra Balkan.", "Sentral-Asia"),
    ("Mentor: Mange fra Midtøsten har fått jobb i helse.", "Midtøsten"),
    ("Mentee: Kollegene mine er fra Øst-Afrika og Sør-Asia.", "Øst-Afrika"),
    ("Mentee: Latinamerikansk mat er populært på kafeen.", "Latinamerikansk"),
    ("Mentee: Hotellet hadde mange gjester fra Asia om sommeren.", "Asia"),
    ("Mentee: Jeg kommer fra Vest-Afrika, og jeg har bodd i Norge i fem år.", "Vest-Afrika"),
    ("[00:01:10] respondent: hva jobbet du med på kostholdet der", "kostholdet"),
    ("Mentor: Sankt Hans-aften feirer vi på stranda.", "Sankt Hans-aften"),
    ("Mentee: Jeg gikk Vg2 og Vg3, og så ble det lærlingplass.", "Vg2"),
    ("Mentee: Vi kjører fire ruter om dagen, og jeg har den lengste.", "ruter"),
    ("[00:02:00] respondent: jeg studerte i kampala [Kampala] mekanikk og så kom jeg hit", "mekanikk"),
    # already untouched on the base, kept so
    ("R: Vi bruker VHF på kanal 16 og AIS på broa hver dag.", "VHF"),
    (_CASELESS, "VG2"),
    ("Deltaker: Jeg fant leiligheten på FINN etter to måneder.", "FINN"),
    ("Deltaker: Jeg har Vg3 helsearbeider fra Norge og fagbrev.", "Vg3"),
    ("Mentor: Overlegen på sengeposten vil bli kalt ved fornavn.", "Overlegen"),
])
def test_guards_stay_untouched(text: str, part: str) -> None:
    assert untouched(text, part)
