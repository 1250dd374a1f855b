"""Round 23 recall rules (issue 10), each class with a guard: e-mail addresses said as names and then spelled,
telephone numbers in word pairs and groups with no telephone word in their turn, bare ID numbers answering a
question that names them, and dwelling units after a street behind a place and a hesitation.

The sentences are fresh ones in the forms of held-out 19's and 20's misses, not their text."""

from __future__ import annotations

import pytest

from probe_support import covered as _covered
from probe_support import finds as _finds
from probe_support import untouched as _untouched


# 1. An e-mail address said name by name and then spelled: one [e-post] from the first name word to the domain.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Skriv den ned: siri punktum moe, s-i-r-i, punktum, m-o-e, alfakrøll, gmail punktum com.",
     "siri punktum moe, s-i-r-i, punktum, m-o-e, alfakrøll, gmail punktum com"),
    ("Mentee: Den er ole, o-l-e, understrek, dahl, d-a-h-l, krøllalfa stud punktum uib punktum no.",
     "ole, o-l-e, understrek, dahl, d-a-h-l, krøllalfa stud punktum uib punktum no"),
    ("Mentee: Det er petra dott nyhus, p e t r a, dott, n y h u s, at, outlook, dott, com.",
     "petra dott nyhus, p e t r a, dott, n y h u s, at, outlook, dott, com"),
    ("Mentee: Bruk Tomas, T-O-M-A-S, prikk, Hauge, H-A-U-G-E, at, uio prikk no.",
     "Tomas, T-O-M-A-S, prikk, Hauge, H-A-U-G-E, at, uio prikk no"),
    ("I: Så Petra dott Nyhus at outlook dott com?", "Petra dott Nyhus at outlook dott com"),
    ("Mentee: Hun har l-i-v-h, krøllalfa, havbruk punktum no.", "l-i-v-h, krøllalfa, havbruk punktum no"),
    # `alfa krøll` apart, and the domain as written.
    ("Mentee: Det er emil punktum vik, e-m-i-l, punktum, v-i-k, alfa krøll, gmail.com.",
     "emil punktum vik, e-m-i-l, punktum, v-i-k, alfa krøll, gmail.com"),
])
def test_name_then_spelled_email(text: str, part: str) -> None:
    assert _covered(text, part) == "email"


@pytest.mark.parametrize("text, kept", [
    # A word before a spelled part that neither joins it nor is spelled by it stays.
    ("Mentee: Ja, m-o-e, krøllalfa, online punktum no.", "Ja"),
    ("Mentee: Skriv g-r-o, krøllalfa, online punktum no.", "Skriv"),
    # Spelling an ordinary word, and `punktum` in dictation, are no address.
    ("Mentee: Det staves k-v-a-l-i-f-i-k-a-s-j-o-n, og så punktum.", "k-v-a-l-i-f-i-k-a-s-j-o-n"),
])
def test_spelled_email_guards(text: str, kept: str) -> None:
    assert _untouched(text, kept)


# 2. A telephone number in word pairs or groups with no telephone word in its turn.
@pytest.mark.parametrize("text, part", [
    # Dictated by its shape alone: eight digits in three or more groups of pairs, triples or two-digit numbers.
    ("Mentee: Hun sa jeg kunne gi det videre: åtti, tretten, femtisju, tjueni.", "åtti, tretten, femtisju, tjueni"),
    ("Mentee: Skriv ned: fire sju null, trettiseks, to ni en.", "fire sju null, trettiseks, to ni en"),
    ("Mentee: Ja. Nittiseks, seksti-åtte, tjue-fire, null tre.", "Nittiseks, seksti-åtte, tjue-fire, null tre"),
    # Read back with no telephone word, after it was first given in words in a turn about a call.
    ("I: Kan vi ringe kona di?\n\nMentee: Ja, Mona. Ni en fem, trettiåtte, seks null to.\n\n"
     "I: Ni en fem, trettiåtte, seks null to. Takk.", "I: Ni en fem, trettiåtte, seks null to"[3:]),
    # A last pair after `og`.
    ("Mentee: Ja, ni to, åtte åtte, fire fire og en en.", "ni to, åtte åtte, fire fire og en en"),
    # Asked for in the turn before with `når jeg deg`, `få tak i henne`, and read back (nine digits as said).
    ("I: Hvordan når jeg deg?\n\nMentee: Ni en fem, sytti-to, tjue-fire, null tre.\n\n"
     "I: Ni en fem, sytti-to, tjue-fire, null tre.", "Ni en fem, sytti-to, tjue-fire, null tre"),
    ("I: Hvordan kan vi få tak i henne?\n\nMentee: Fire fem, tolv, tre fire, fem seks sju.",
     "Fire fem, tolv, tre fire, fem seks sju"),
])
def test_phone_in_word_groups(text: str, part: str) -> None:
    at = text.rindex(part)
    kinds = [k for s, e, k, _o in _finds(text) if s <= at and at + len(part) <= e]
    assert kinds == ["phone"]


@pytest.mark.parametrize("text, kept", [
    ("Mentee: Vi vant to-en, tre-null, en-en, fire-to.", "to-en, tre-null, en-en, fire-to"),
    ("Mentee: Jeg spiller alltid sju, fjorten, tjueen, tjueåtte, trettito.", "sju, fjorten, tjueen, tjueåtte"),
    ("Mentee: Møtene er tjue tretti, tjueto femten, tjuetre førtifem.", "tjue tretti, tjueto femten"),
    ("Mentee: Vi telte tjue, tretti, førti, femti, og så sluttet vi.", "tjue, tretti, førti, femti"),
    ("Mentee: Datoen på brevet var tjueåtte, tolv, nitten, nittien.", "tjueåtte, tolv, nitten, nittien"),
    ("Mentee: Det kostet tjueni, nittini, fire nitti, og sju.", "tjueni, nittini"),
    ("Mentee: Barna er fire, sju, elleve og fjorten.", "fire, sju, elleve"),
    ("Mentee: De er tjueto, tjuefem, trettito og førti.", "tjueto, tjuefem, trettito og førti"),
    ("Mentee: Størrelsene var førtito, trettisju, trettifem, tjueåtte.", "førtito, trettisju"),
])
def test_phone_word_group_guards(text: str, kept: str) -> None:
    assert _untouched(text, kept)


# 3. An ID number as a bare answer to a question that names it; a passport number by its shape.
@pytest.mark.parametrize("text, part", [
    ("I: Har du fått HPR-nummeret ennå?\n\nMentee: Ja, det er 9 004 3371.", "9 004 3371"),
    ("I: Og saksnummeret fra UDI?\n\nMentee: Det står øverst: 21-4410273.", "21-4410273"),
    ("I: Kontonummeret ditt, for honoraret?\n\nMentee: Ny bank. 1207 5566 213.", "1207 5566 213"),
    ("I: Medlemsnummeret i forbundet?\nMentee: Vent, 1712 0045.", "1712 0045"),
    ("Mentee: Det nye kom i går, RP 5521 704, gyldig til 2035.", "RP 5521 704"),
    ("I: Og passnummeret til sønnen?\n\nMentee: Vent litt. Ja: K 118 442 90.", "K 118 442 90"),
    ("I: Har du fått passet fornyet?\n\nMentee: Ja, i mai. HN 2207 13.", "HN 2207 13"),
    # Said in words.
    ("I: Og HPR-nummeret?\n\nMentee: Ja, det er en null sju fire, to to fem ni.", "en null sju fire, to to fem ni"),
])
def test_bare_id_answer(text: str, part: str) -> None:
    assert _covered(text, part) == "number"


@pytest.mark.parametrize("text, kept", [
    ("I: Har du fått HPR-nummeret?\n\nMentee: Nei, jeg søkte i 2024 og venter 14 uker.", "2024"),
    ("I: Saksnummeret?\n\nMentee: Det var i 2019-2020, tror jeg.", "2019-2020"),
    ("I: Saksnummeret?\n\nMentee: Brevet kom 12.03.2024, det står der.", "12.03.2024"),
    ("I: Hva er kontonummeret?\n\nMentee: Husker ikke, men lønna er 412 500 kroner i året.", "412 500"),
    ("I: Hvordan var kurset?\n\nMentee: Det passet meg. Vi var 1200 200 på to år.", "1200 200"),
    ("I: Har du fått HPR-nummeret?\n\nMentee: Nei, det tar seks, sju, åtte, ni uker til.", "seks, sju, åtte, ni"),
    ("I: Hva skjedde med saksnummeret?\n\nMentee: De betalte ut 1 250 000 i etterbetaling.", "1 250 000"),
    ("I: Saksnummeret?\n\nMentee: Husker ikke. Vi var to, tre, fire, fem, seks der.", "to, tre, fire, fem, seks"),
    ("Mentee: Vi jobber etter NS 3420 og flyr SK 4061 hjem.", "NS 3420"),
    ("Mentee: Vi jobber etter NS 3420 og flyr SK 4061 hjem.", "SK 4061"),
])
def test_bare_id_answer_guards(text: str, kept: str) -> None:
    assert _untouched(text, kept)


# 4. A dwelling unit goes with its address: after a hesitation, after a three-digit number, after a name with
# no street word behind a place or centre; a postcode given alone in answer to a question about it.
@pytest.mark.parametrize("text, part", [
    ("Mentee: Jeg bor på Lagunen. Lagunen storsenter, eh, Råtangen 214, hybel 5. Det er billig.",
     "Råtangen 214, hybel 5"),
    ("Mentee: Vi bor på Heimdal, øh, Solsletta 117, eh, leilighet 3, helt nederst.", "Solsletta 117, eh, leilighet 3"),
    ("Mentee: Broren min bor i studentbyen, Kjølnesvegen 245, bolig 1107.", "Kjølnesvegen 245, bolig 1107"),
    ("Mentee: Hun bor på Fyllingsdalen, Vardeåsane 131, H0203.", "Vardeåsane 131, H0203"),
    ("Mentee: Det er Nordre Stakkeland 18, leilighet 2, tror jeg.", "Nordre Stakkeland 18, leilighet 2"),
    ("Mentee: Jeg bor i Sætreskogen 112 – hybel 3, helt øverst.", "Sætreskogen 112 – hybel 3"),
    ("Mentee: Jeg bor i Sætreskogen 112 ... rom 3, helt øverst.", "Sætreskogen 112 ... rom 3"),
    ("Mentee: Jeg bor i Kongsgårdgata 112, leilighet, eh, 3.", "Kongsgårdgata 112, leilighet, eh, 3"),
    ("I: Og postnummeret?\n\nMentee: 5232, tror jeg.", "5232"),
    ("I: Postnummeret der?\n[00:04:11] Mentee: Ja, 4021.", "4021"),
])
def test_dwelling_with_its_address(text: str, part: str) -> None:
    assert _covered(text, part) == "address"


@pytest.mark.parametrize("text, kept", [
    ("Mentee: Møtet var i Rom 4, hybel 3 var stengt.", "Rom 4"),
    ("Mentee: Vi leste Kapittel 12, rom 3 handler om det.", "Kapittel 12"),
    ("Mentee: Jeg hadde hybel i 3 år, og leilighet 2 rom.", "hybel i 3"),
    ("I: Og postnummeret?\n\nMentee: Husker ikke, vi flyttet dit i 2019.", "2019"),
    ("I: Og postnummeret?\n\nMentee: Det vet jeg ikke. Husleia er 8400.", "8400"),
])
def test_dwelling_guards(text: str, kept: str) -> None:
    assert _untouched(text, kept)
