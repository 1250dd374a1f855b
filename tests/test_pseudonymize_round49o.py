"""Round 49o rules (issue 10): one's own or a friend's firm named in apposition to its kind or after a naming verb
(`own_firms`, read by `named_firms`), and after `det heter` in caseless text (`called_firms`); a listed employer
with a time served there (`everyday_listed.served`); freelancing for a medium (`orgs.EMPLOYER_WORDS`); a role said
in a relative clause after a charity (`aid_bodies`); listed employers, media and charities in a work frame in
caseless text (`caseless_listed`) and a savings bank named by a point of the compass (`caseless_frames`).

Guards: the trade words with no firm, naming verbs with no name, `tine` as a verb, reading a paper, volunteering
and shopping.

The strings are fresh, not those of `dev/d84o_*` or `dev/control_d84o`."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched


@pytest.mark.parametrize(("text", "name"), [
    ("R: I fjor åpnet jeg mitt eget firma, Osei Kaker og Catering. Vi baker til fester.", "Osei Kaker og Catering"),
    ("R: Firmaet vårt, Lund & Sønn Blikk, har tre ansatte.", "Lund & Sønn Blikk"),
    ("R: Hun åpnet en klinikk, Nguyen Hud og Velvære, i Drammen.", "Nguyen Hud og Velvære"),
    ("R: Så registrerte vi Demir Snekkeri og Montasje i januar.", "Demir Snekkeri og Montasje"),
    ("R: Først kalte jeg det Amadi Vaskeri, men det navnet var tatt.", "Amadi Vaskeri"),
    ("R: Han har et firma med broren sin, det heter Petrov Bil og Lakk.", "Petrov Bil og Lakk"),
])
def test_own_firm_named(text: str, name: str) -> None:
    assert covered(text, name) == "org"


def test_own_firm_found_again_at_a_sentence_start() -> None:
    text = "R: Jeg startet mitt eget firma, Adjei Bakst og Selskap. Nå går det bra, og Adjei Bakst og Selskap leverer mat."
    assert len([f for f in finds(text) if f[3] == "Adjei Bakst og Selskap" and f[2] == "org"]) == 2


@pytest.mark.parametrize(("text", "name"), [
    ("R: Før det var han fire år i Gilde, på slakteriet.", "Gilde"),
    ("R: Hun har vært seks år i Felleskjøpet.", "Felleskjøpet"),
    ("R: Nå skriver hun frilans for Klassekampen.", "Klassekampen"),
    ("R: Han nevnte Frelsesarmeen, der kona hans jobber som kokk.", "Frelsesarmeen"),
])
def test_workplace_by_time_served_freelance_or_role_after(text: str, name: str) -> None:
    assert covered(text, name) is not None


_CASELESS = ("Intervjuer: kan du fortelle litt om jobbene du har hatt før du startet for deg selv\n"
             "Mentee: ja jeg var i gilde i tre år på slakteriet og så jobbet jeg i kirkens bymisjon på kafeen\n"
             "Mentee: kona mi er journalist i stavanger aftenblad og hun skriver mest om kultur og mat\n"
             "Mentee: lånet fikk vi i sparebanken sør og resten betalte vi selv med sparepengene våre\n"
             "Mentee: og broren min har et firma sammen med meg det heter adeyemi rør og varme\n")


@pytest.mark.parametrize("name", ["gilde", "kirkens bymisjon", "stavanger aftenblad", "sparebanken sør",
                                  "adeyemi rør og varme"])
def test_caseless_workplaces(name: str) -> None:
    assert covered(_CASELESS, name) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("R: Jeg vil starte mitt eget firma, men jeg vet ikke hva det skal hete.", "firma"),
    ("R: På kurset lærte vi om rør og varme, og om bil og lakk.", "rør og varme"),
    ("R: Vi kalte det et forsøk. Firmaet heter ingenting ennå.", "forsøk"),
    ("R: Jeg leser en avis, Klassekampen, hver lørdag.", "Klassekampen"),
    ("R: Jeg tipset ham om Frelsesarmeen, der jeg var frivillig i fjor.", "Frelsesarmeen"),
    ("R: Vi var tre uker i Spania og to timer på Kiwi.", "Kiwi"),
])
def test_words_and_unworked_names_stay(text: str, part: str) -> None:
    assert untouched(text, part)


_CASELESS_PLAIN = ("Intervjuer: hva gjorde du i helgen sammen med familien din\n"
                   "Mentee: jeg tok kjøttet ut av fryseren for å tine det og så gikk vi i kirken\n"
                   "Mentee: jeg leser stavanger aftenblad hver morgen og er frivillig i kirkens bymisjon\n"
                   "Mentee: jeg vet ikke hva det heter på norsk men det er noe med rør og varme\n")


@pytest.mark.parametrize("part", ["tine", "kirkens bymisjon", "rør og varme"])
def test_caseless_words_stay(part: str) -> None:
    assert untouched(_CASELESS_PLAIN, part)


@pytest.mark.parametrize(("text", "name"), [
    ("I: Hvor får du lønna?\nR: Ja. Postbanken. Kontoen er 15738395414.", "Postbanken"),
    ("I: Har du konto?\nR: Nei. Sparebank 1. 40696349977. Den gamle.", "Sparebank 1"),
])
def test_bank_named_alone_before_an_account(text: str, name: str) -> None:
    assert covered(text, name) == "org"


def test_bank_word_with_no_account_stays() -> None:
    assert untouched("R: Banken. Den er stengt på lørdager, sa de.", "Banken")


def test_charity_as_the_other_choice_after_the_turns_work_word() -> None:
    text = "R: Jeg vil jobbe med barn. Kanskje i en barnehage, eller hos Redd Barna."
    assert covered(text, "Redd Barna") == "org"


def test_volunteering_as_the_other_choice_stays() -> None:
    assert untouched("R: Jeg vil jobbe frivillig. Kanskje i et kor, eller i Natteravnene.", "Natteravnene")


def test_caseless_firm_said_to_be_a_sole_proprietorship() -> None:
    text = ("Intervjuer: så du heter aylin kaya og du startet firmaet i fjor sammen med broren din\n"
            "Mentee: ja kaya kodeverk det er et enkeltpersonforetak og vi har fire kunder nå\n")
    assert covered(text, "kaya kodeverk") is not None


def test_caseless_plain_sole_proprietorship_stays() -> None:
    text = ("Intervjuer: hva slags firma er det du har startet og hvor mange kunder har du\n"
            "Mentee: ja det er et enkeltpersonforetak og vi har fire kunder nå i byen\n")
    assert finds(text) == []
