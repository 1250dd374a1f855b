"""Round 33b rules (issue 10): names in plain talk that put nobody anywhere (`plain_talk` and its modules).

Titles read, watched or played and products with a model number (`titles_watched`: "leser Illustrert Historie",
"så vi Ringenes Herre 2", "spiller på PlayStation 4"); national bodies as the subject of news and lay associations
of pensioners, residents, pupils and scouts named generically (`news_bodies`: "Norges Håndballforbund arrangerer",
"med i Velforeningen", "i Skolekorpset", "i Speidern"); shops, grocery services and call apps used by customers
(`shop_mentions`: "Jysk leverte den", "Oda kommer med matvarene", "på Facetime", "den store Lidl-butikken");
places only as an unnamed group's origin or a shopping trip's end (`general_places`: "Mange på kurset er fra
Eritrea og Somalia", "drar til Charlottenberg for å handle"); and words the model or the name rules take for names:
an English idiom in a Norwegian turn ("en blessing in disguise, som vi sier"), and, for the model's finds, function
words after an option letter ("B. Hva") and common words in an English turn ("Quiet.").

Guards: the same names where someone works, volunteers or lives (`journalist i Illustrert Vitenskap`, `jobbet i
Norges Bank`, `vakter på Jysk på Tiller`, `praksis hos Oda`, `frivillig i Pensjonistlaget på Ranheim`, `styreleder
i Velforeningen på Lade`, `redaktør i Vi Menn`, `Jeg er fra Eritrea`, `Vi bor i Kiel`), people seen or called
(`så Amira Hassan`, `ringte Noor på Facetime`), a colleague before a title read, a listed name opening an English
sentence quoted in a Norwegian turn (`Blessing is my colleague, sa hun`), a country or a name that is also an English
word before Norwegian words English shares (`fra Uganda for to år siden`, `Grace er for snill`), and the model's finds of a listed name in
an English turn.

The sentences are fresh ones in the classes of the false replacements in the controls on `both` at 78e4575 and of
`dev/control_d49b` and `dev/d69b`, not their text. On the old rules (main at 78e4575) 28 of the 43 tests fail: all
26 positives (23 sentences and 3 unit tests of the model's finds) and the 2 unit guards of the model's finds, whose
module is new there; none of the 15 sentence guards.
"""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Datteren min leser Illustrert Historie, hun elsker gamle kriger.", "Illustrert Historie"),
    ("Mentee: I helgen så vi Ringenes Herre 2 på tv, hele familien.", "Ringenes Herre 2"),
    ("Mentee: Om kvelden så vi Toy Story 3 med barna.", "Toy Story 3"),
    ("Mentee: Barna spiller på PlayStation 4 hver kveld etter leksene.", "PlayStation 4"),
])
def test_titles_and_models_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentor: Norges Bank holdt renten uendret i går, det stod i avisen.", "Norges Bank"),
    ("Mentee: Ja, og Norges Håndballforbund arrangerer en cup for barn i mai.", "Norges Håndballforbund"),
    ("Mentee: Mannen min er med i Velforeningen, de rydder lekeplassen hver vår.", "Velforeningen"),
    ("Mentee: Datteren min spiller trompet i Skolekorpset og øver hver dag.", "Skolekorpset"),
    ("Mentor: Jeg har gått på møtene i Pensjonistforeningen i to år.", "Pensjonistforeningen"),
    ("Mentee: Jenta vil være med i Speidern i høst.", "Speidern"),
    ("Mentor: Han er med i Huseierne, for å få juridiske råd.", "Huseierne"),
])
def test_national_bodies_in_news_and_lay_associations_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Vi bestilte en sofa, og Jysk leverte den på lørdag.", "Jysk"),
    ("Mentor: Oda kommer med matvarene hver fredag, så jeg slipper butikken.", "Oda"),
    ("Mentee: Jeg snakker med søsteren min på Facetime hver kveld.", "Facetime"),
    ("Mentee: Vi handlet i den store Lidl-butikken i Tyskland på ferien.", "Lidl-butikken"),
])
def test_shops_and_apps_in_use_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Mange på kurset er fra Eritrea og Somalia, og vi lærer av hverandre.", "Eritrea"),
    ("Mentee: Mange på kurset er fra Eritrea og Somalia, og vi lærer av hverandre.", "Somalia"),
    ("Mentor: Diwali feirer vi også, for flere i gruppa er fra India.", "India"),
    ("Mentee: Noen av oss drar til Charlottenberg for å handle før jul.", "Charlottenberg"),
    ("Mentee: Mormor handler i den store Rema-butikken i Sverige hver måned.", "Sverige"),
    ("Mentee: Vi handlet i den store Lidl-butikken i Tyskland på ferien.", "Tyskland"),
])
def test_places_in_general_talk_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Det var en blessing in disguise, som vi sier.", "blessing"),
    ("Mentor: Hun fikk ikke jobben. Blessing in disguise, sa jeg til henne.", "Blessing"),
])
def test_english_idioms_in_a_norwegian_turn_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("Intervjuer: Velg mellom A. og B. Hva passer best for deg?", "B. Hva"),
    ("Mentee: Jeg tar sertifikat for klasse D. Det tar et halvt år.", "D. Det"),
    ("Mentor: Where did you grow up?\nMentee: Green. It was a farm with many animals.", "Green"),
])
def test_model_finds_of_ordinary_words_are_dropped(text: str, part: str) -> None:
    from workbench.io.pseudonymize.model_words import drop_model_words

    start = text.index(part)
    assert drop_model_words(text, [(start, start + len(part), "person", "ner", None)]) == []


@pytest.mark.parametrize(("text", "part", "kind"), [
    ("Mentee: Søsteren min er journalist i Illustrert Vitenskap og skriver om helse.", "Illustrert Vitenskap", None),
    ("Mentee: Jeg så Amira Hassan på bussen i går.", "Amira Hassan", "person"),
    ("Mentor: Han jobbet i Norges Bank i mange år før han ble pensjonist.", "Norges Bank", "org"),
    ("Mentee: Jeg har vakter på Jysk på Tiller, tre kvelder i uka.", "Jysk", "org"),
    ("Mentee: Jeg er fra Eritrea, og mange i klassen er fra Somalia.", "Eritrea", "place"),
    ("Mentee: Faren min er frivillig i Pensjonistlaget på Ranheim.", "Pensjonistlaget", None),
    ("Mentee: Vi bor i Kiel nå, men vi drar til Strömstad for å handle.", "Kiel", "place"),
    ("Mentee: Jeg har praksis hos Oda i kundeservice.", "Oda", None),
    ("Mentee: Blessing is my colleague, sa hun, og hun kommer fra Lagos.", "Blessing", "person"),
    ("Mentee: Jeg ringte Noor på Facetime i går.", "Noor", "person"),
    ("Mentee: Kollegaen min, Tamara Berg, leser Illustrert Vitenskap hver uke.", "Tamara Berg", "person"),
    ("Mentee: Mannen min er styreleder i Velforeningen på Lade.", "Velforeningen", "org"),
    ("Mentee: Jeg jobber som redaktør i Vi Menn.", "Vi Menn", "org"),
    ("Mentor: Kollegaen hennes flyttet fra Uganda for to år siden og bor i Moss.", "Uganda", "place"),
    ("Mentor: Jeg har en kollega som heter Grace. Grace er for snill mot kundene.", "Grace", "person"),
])
def test_identifying_uses_are_still_found(text: str, part: str, kind: str | None) -> None:
    found = covered(text, part)
    assert found is not None and (kind is None or found == kind)


@pytest.mark.parametrize(("text", "part"), [
    ("Mentor: How is Grace doing?\nMentee: Grace is fine, she started at the hospital.", "Grace"),
    ("Mentor: Who helped you?\nMentee: Hope. Hope Adebayo from church.", "Hope"),
])
def test_model_finds_of_names_in_english_stay(text: str, part: str) -> None:
    from workbench.io.pseudonymize.model_words import drop_model_words

    start = text.index(part)
    find = (start, start + len(part), "person", "ner", None)
    assert drop_model_words(text, [find]) == [find]
