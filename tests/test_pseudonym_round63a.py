"""Round 63a rules: a kindergarten, school or home named by a word and its institution noun keeps that name when
a bare mention of it stands before a verb of use (not read as a tool); a business system a thing is done in after
`i`, a brand before an unnamed dealer's noun, a letter's postscript mark, a national reference work's site and a
chain's ordinary noun alone in caseless speech stay.

Every positive below (13: nine kept, two found, the bare mentions after them, and a chain's noun alone in
caseless speech) is found wrongly or missed by 567c6b5's rules (the base of the round); the three neighbours (a
workshop's brand, a dotted postscript mark, a bare `apotek` in cased text) and the seven guards (an employer
after `jobber i`, a listed town after a registering verb, a named pharmacy, a brand as an employer, a firm's own
site, a local library's site, a caseless chain with its number) pass there and here.

The strings are fresh, not those of `dev/d108a_*`, `dev/control_d90a` or held-out 70 to 73."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched

_HOME = ("Mentee: Jeg heter Amina Yusuf. Datteren min går i Blåklokka barnehage i Tiller.\n"
         "Mentee: I Blåklokka bruker de mye sang, og i Blåklokka lærer hun nye ord hver dag.")
_SCHOOL = ("Mentee: Jeg heter Amina Yusuf. Sønnen min går på Kvitveisen skole i Åsane.\n"
           "Mentee: På Kvitveisen bruker de nettbrett fra første klasse.")

_KEPT = [
    # a business system after `i`: a passive, an action noun in -ing, an infinitive of recording
    ("Mentee: Jeg heter Amina Yusuf. Fakturaene attesteres i Cuppa før de betales.", "Cuppa"),
    ("Mentee: Jeg heter Amina Yusuf. Timelistene sendes til attestering i Tidbank hver fredag.", "Tidbank"),
    ("Mentee: Jeg heter Amina Yusuf. Jeg lærte å registrere pasienter i Infodoc første uka.", "Infodoc"),
    ("Mentee: Jeg heter Amina Yusuf. Vaktene legges ut i Bemlo to uker før.", "Bemlo"),
    # a brand before an unnamed dealer's or workshop's noun
    ("Mentee: Jeg heter Amina Yusuf. Broren min er selger hos en Mazda-forhandler i Harstad.", "Mazda-forhandler"),
    # a postscript mark at a line's start
    ("Hilsen Amina Yusuf\n\nPS. Jeg sender attesten i morgen.", "PS"),
    ("Hilsen Amina Yusuf\n\nPS: Husk møtet på torsdag.", "PS"),
    # a national reference work's site
    ("Mentee: Jeg heter Amina Yusuf. Vi slår opp i norsklegemiddelhandbok, nei, på legemiddelkatalogen.no.",
     "legemiddelkatalogen.no"),
    ("Mentee: Jeg heter Amina Yusuf. Fagstoffet finner jeg på sykepleierbiblioteket.no.", "sykepleierbiblioteket.no"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round63a_words_stay(text: str, part: str) -> None:
    """Systems, dealers' brands, postscript marks and national reference sites stay."""
    assert untouched(text, part)


_FOUND = [
    # an institution named with its noun, then alone before a verb of use
    (_HOME, "Blåklokka barnehage", "org"),
    (_SCHOOL, "Kvitveisen skole", "org"),
]


_NEIGHBOURS = [
    ("Mentee: Jeg heter Amina Yusuf. Jeg var lærling på et Peugeot-verksted i to år.", "Peugeot-verksted"),
    ("Hilsen Amina Yusuf\n\nP.S. Takk for sist!", "P.S"),
    ("Mentee: Jeg heter Amina Yusuf. Jeg jobber på apotek nå, og før det på bakeri.", "apotek"),
]


@pytest.mark.parametrize(("text", "part"), _NEIGHBOURS)
def test_round63a_neighbours_stay(text: str, part: str) -> None:
    """A workshop's brand, a dotted postscript mark and a bare workplace noun stay (here and on the base)."""
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part", "kind"), _FOUND)
def test_round63a_found(text: str, part: str, kind: str) -> None:
    """The named kindergarten and school are replaced though a bare mention stands before `bruker`."""
    assert covered(text, part) == kind


def test_round63a_bare_mentions_follow() -> None:
    """Each bare mention of the named kindergarten is replaced too."""
    assert not untouched(_HOME, "Blåklokka bruker")
    assert not untouched(_HOME, "Blåklokka lærer")


_GUARDS = [
    # a listed town after a registering verb
    ("Mentee: Jeg heter Amina Yusuf. Firmaet mitt registreres i Harstad neste uke.", "Harstad", "place"),
    # a named pharmacy and a brand as an employer
    ("Mentee: Jeg heter Amina Yusuf. Jeg har praksis på Apotek 1 Storkaia to dager i uka.", "Apotek 1 Storkaia", "org"),
    ("Mentee: Jeg heter Amina Yusuf. Jeg jobber som montør hos Mazda i Harstad.", "Mazda", "org"),
    # a firm's own site and a local library's site
    ("Mentee: Jeg heter Amina Yusuf. Menyen står på lerketoppen-kafe.no hver uke.", "lerketoppen-kafe.no", "url"),
    ("Mentee: Jeg heter Amina Yusuf. Åpningstidene står på harstad-bibliotek.no.", "harstad-bibliotek.no", "url"),
]


@pytest.mark.parametrize(("text", "part", "kind"), _GUARDS)
def test_round63a_guards_found(text: str, part: str, kind: str) -> None:
    """Employers, towns, named pharmacies, brands as employers and firms' sites stay found."""
    assert covered(text, part) == kind


def test_round63a_employer_after_work_verb_stays_found() -> None:
    """A system's maker as an employer ("jobber i X") stays replaced (the base finds it as a place; kept so)."""
    assert covered("Mentee: Jeg heter Amina Yusuf. Mannen min jobber i Xledger nå.", "Xledger") is not None


_CASELESS = """intervjuer ok da starter vi opptaket
respondent ja det går fint
intervjuer kan du fortelle hvordan det er å jobbe på apotek
respondent det er travelt men jeg lærer mye om resepter og legemidler hver eneste dag
intervjuer hva var vanskeligst i starten
respondent ordene og reglene og alle systemene som er annerledes enn hjemme
intervjuer hvordan har mentoren hjulpet deg
respondent hun har forklart meg mye og vi snakker norsk i lunsjen hver dag
intervjuer og kollegaen din
respondent han jobber på apotek en i sentrum og han har vært der i mange år
"""


def test_round63a_caseless_workplace_noun_stays() -> None:
    """A chain's ordinary noun alone after a work frame in caseless speech is the kind of workplace."""
    assert untouched(_CASELESS, "apotek\n")


def test_round63a_caseless_chain_with_its_number_stays_found() -> None:
    """The chain's noun with its number said after it is still the chain (a guard)."""
    assert not untouched(_CASELESS, "apotek en")


def test_round63a_contact_label_before_a_number_is_dropped() -> None:
    """A letterhead's contact label the model takes for a name is dropped; the number and the firm stay (the
    model's find is given by hand, as these tests run without the model)."""
    from workbench.io.pseudonymize import used_systems

    text = "Lysnes Regnskap AS\nOrg.nr. 918 402 771 · Tlf. 71 20 44 90 · www.lysnes-regnskap.no"
    label, phone = text.index("Tlf"), text.index("71 20")
    found = [(0, 18, "org", "rule:org", None), (label, label + 3, "org", "ner", None),
             (phone, phone + 11, "phone", "identifier", None)]
    assert used_systems.apply(text, found) == [found[0], found[2]]


@pytest.mark.parametrize("text,site", [
    ("Mentee: Firmaet mitt har nettsiden rorleggernorge.no nå.", "rorleggernorge.no"),
    ("Mentee: Bestill time på bilnorge.no eller ring oss.", "bilnorge.no"),
])
def test_a_firm_site_named_after_the_country_stays_a_web_address(text: str, site: str) -> None:
    """A label ending in `norge` is no national portal by its shape: firms name themselves so (the coordinator's
    narrowing after round 63a); the listed portal `helsenorge.no` stays."""
    from workbench.io.pseudonymize.pseudonymizer import Pseudonymizer

    found = [r.original for r in Pseudonymizer(()).find(text)]
    assert site in found
    assert not Pseudonymizer(()).find("Mentee: Vi bruker helsenorge.no hver dag.")


@pytest.mark.parametrize(("text", "part"), [
    # a brand's workshop in a work history is a workplace (held-out 10 and 50 listed such)
    ("Mentor: Jeg er utdannet maskiningeniør, og jeg jobbet på et BMW-verksted i Stuttgart i seks år.", "BMW"),
    ("Mentee: Min venn Tunde hadde lastebiler. Så var jeg fire år i Tyskland, på et Bosch-verksted i Stuttgart, "
     "og Bosch lærte meg mye.", "Bosch"),
    # a genitive pronoun before `i` is no passive of a system frame
    ("Mentee: Vi satt på kjøkkenet hennes i Fana og fylte ut søknaden sammen med Amina Yusuf.", "Fana"),
])
def test_round63a_narrowed_after_both(text: str, part: str) -> None:
    """The coordinator's narrowing after `both`: a brand's workshop and a town after `hennes i` stay found."""
    assert not untouched(text, part)
