"""Round 43o rules (issue 10): continents and regions in a work, driving, growing-up or exchange frame
(`region_places`), a compass prefix before a listed place that ends like an adjective (`rules.adjective_like`:
"Nord-Sverige"), an organisation named as the other choice after a kind of workplace in a work frame
(`job_frames`), and a firm or medium named after its kind with `som het`/`kalt`/`ved navn`, English words and all
(`named_firms`).

Guards: regions in general talk, news and holidays; charities joined, given to or volunteered with; newspapers,
apps and programmes read, used or watched.

The strings are fresh, not those of `dev/d78o_*` or `dev/control_d60o`."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "region"), [
    ("P: Faren min kjørte buss i Afrika i mange år.", "Afrika"),
    ("P: Hun har kjørt taxi i Europa, mest om natta.", "Europa"),
    ("P: Mannen min jobbet i Asia for et skipsverft.", "Asia"),
    ("P: Jeg vokste opp i Vest-Afrika, i en liten by.", "Vest-Afrika"),
    ("P: Han var på utveksling i Sør-Europa et halvt år.", "Sør-Europa"),
    ("P: Vi bodde i Oseania i to år.", "Oseania"),
])
def test_regions_where_someone_drove_worked_grew_up_or_studied(text: str, region: str) -> None:
    assert covered(text, region) == "place"


@pytest.mark.parametrize(("text", "region"), [
    ("P: Datteren min studerte i Nord-Sverige.", "Nord-Sverige"),
    ("P: Han hadde et år på utveksling i Øst-Sverige.", "Øst-Sverige"),
    ("P: Kona mi jobbet i Vest-Sverige før vi flyttet.", "Vest-Sverige"),
])
def test_compass_prefix_before_sweden(text: str, region: str) -> None:
    assert covered(text, region) == "place"


@pytest.mark.parametrize(("text", "part"), [
    ("P: Det kommer mange flyktninger fra Asia nå, sa de på nyhetene.", "Asia"),
    ("P: Markedet i Afrika vokser raskt.", "Afrika"),
    ("P: Mange jobber i Europa om sommeren.", "Europa"),
    ("P: Vi kjørte på ferie i Europa i sommer.", "Europa"),
    ("P: Jeg vil gjerne reise til Asia en gang.", "Asia"),
    ("P: Jeg leste om Afrika i en bok.", "Afrika"),
])
def test_regions_in_general_talk_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "org"), [
    ("P: Hun vil jobbe med regnskap i et firma, eller i Kirkens Nødhjelp.", "Kirkens Nødhjelp"),
    ("P: Han vil gjerne jobbe som kokk på en kafé eller hos Frelsesarmeen.", "Frelsesarmeen"),
    ("P: Jeg søkte jobb i en skole og hos Røde Kors i fjor.", "Røde Kors"),
    ("P: Sønnen min vil ha praksis på et sykehjem, eller kanskje i Blå Kors.", "Blå Kors"),
    ("P: Hun har jobbet frivillig, og vil nå jobbe med økonomi i en bank, eller i Frelsesarmeen.", "Frelsesarmeen"),
    ("P: Han vil jobbe med data, helst i kommunen, eller i Kirkens Nødhjelp.", "Kirkens Nødhjelp"),
])
def test_organisation_hoped_for_beside_a_kind_of_workplace(text: str, org: str) -> None:
    assert covered(text, org) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("P: Jeg er med i et kor, og i Røde Kors.", "Røde Kors"),
    ("P: Vi gir leker til en barnehage eller til Frelsesarmeen.", "Frelsesarmeen"),
    ("P: Jeg jobber frivillig i en forening, eller i Blå Kors.", "Blå Kors"),
    ("P: Jeg jobber i en barnehage, og på fritiden er jeg med i Røde Kors.", "Røde Kors"),
    ("P: Jeg vil jobbe i en barnehage, eller i Røde Kors som frivillig.", "Røde Kors"),
])
def test_charities_joined_or_given_to_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "name"), [
    ("P: Han skrev for en avis som het Amal Weekly i tre år.", "Amal Weekly"),
    ("P: Jeg hadde praksis i et byrå kalt Fresh Sales.", "Fresh Sales"),
    ("P: Søsteren min startet et vaskefirma som heter Smart Operations.", "Smart Operations"),
    ("P: Hun jobbet i et forlag ved navn Senior Development.", "Senior Development"),
    ("P: Først var han lærer, og så skrev han for en avis i Kabul som het Amani Daily.", "Amani Daily"),
    ("P: Hun leste mye og skrev for et magasin for unge som het Sara Quarterly.", "Sara Quarterly"),
])
def test_firms_and_media_named_after_their_kind(text: str, name: str) -> None:
    assert covered(text, name) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("P: Jeg leser en avis som heter Aftenposten hver dag.", "Aftenposten"),
    ("P: Jeg bruker en app som heter Duolingo.", "Duolingo"),
    ("P: Barna ser et program som heter Supernytt.", "Supernytt"),
    ("P: Vi handlet i en butikk som heter Europris.", "Europris"),
])
def test_things_read_used_or_watched_stay(text: str, part: str) -> None:
    assert untouched(text, part)
