"""Round 50c: partly automatic transcripts with hand corrections in square brackets: a lower-case name read with
the capitals its note gives it (a borough before a school, a firm with its legal form), a note found where its
lower-case twin is and the other way round, unions put right in the same breath, house numbers of three figures
in words, web addresses said with `bindestrek`, `understrek` and dots in the path, passport and ID numbers whose
letters are said by their names."""

from tests.probe_support import covered, untouched

# Lower-case talk before the turns under test, so the passage reads as a recogniser's text.
_LEAD = ("[00:00:02] taler 1: da er vi i gang igjen hører du meg nå\n"
         "[00:00:05] taler 2: ja nå hører jeg deg bra jeg sitter i bilen på vei hjem fra jobben\n"
         "[00:00:09] taler 1: fint vi tar noen spørsmål om jobben og så litt praktisk til slutt\n"
         "[00:00:14] taler 2: det går fint jeg har god tid i kveld for ungene sover\n")


def test_borough_before_a_school_with_its_note():
    text = _LEAD + "[00:00:20] taler 2: nå jobber vi på nordbyhagen [Nordbyhagen] skole hele høsten\n"
    assert covered(text, "nordbyhagen") is not None  # a name; the kinds of the two may differ
    assert covered(text, "Nordbyhagen") is not None


def test_known_word_borough_before_a_nursing_home_with_its_note():
    text = _LEAD + "[00:00:20] taler 2: kona mi jobber på sletta [Sletta] sykehjem som assistent\n"
    assert covered(text, "sletta") in ("place", "org")
    assert covered(text, "Sletta") in ("place", "org")


def test_firm_after_hos_with_its_legal_form_in_the_note():
    text = _LEAD + "[00:00:20] taler 2: jeg fikk praksis hos sandnes tak og fasade [Sandnes Tak og Fasade AS] i vår\n"
    assert covered(text, "sandnes tak og fasade") == "org"


def test_union_put_right_after_nei_unnskyld_with_its_note():
    text = _LEAD + ("[00:00:20] taler 1: er du med i fagforening\n"
                    "[00:00:23] taler 2: ja i fagforbundet nei unnskyld norsk tjenestemannslag [Norsk Tjenestemannslag]\n")
    assert covered(text, "norsk tjenestemannslag") == "org"
    assert covered(text, "Norsk Tjenestemannslag") is not None


def test_union_put_right_after_nei_vent_without_a_note():
    text = _LEAD + "[00:00:20] taler 2: ja i delta nei vent i musikerforbundet for jeg spiller i kor\n"
    assert covered(text, "musikerforbundet") == "org"


def test_union_named_after_det_ble_later_in_the_correction():
    text = _LEAD + ("[00:00:20] taler 2: jeg meldte meg inn i tekna nei unnskyld jeg hadde ikke master så det ble "
                    "elektroforbundet\n")
    assert covered(text, "elektroforbundet") == "org"


def test_house_number_of_hundreds_in_one_word_before_a_note():
    text = _LEAD + ("[00:00:20] taler 1: og adressen din\n"
                    "[00:00:23] taler 2: adressen er solbakkvegen hundreogførti [Solbakkvegen 140] og så postnummer\n")
    assert covered(text, "solbakkvegen hundreogførti") == "address"


def test_house_number_of_hundreds_in_several_words():
    text = _LEAD + "[00:00:20] taler 2: vi bor i elvegata tre hundre og ni. det er en blokk\n"
    assert covered(text, "elvegata tre hundre og ni") == "address"


def test_profile_address_with_bindestrek_in_the_path():
    text = _LEAD + "[00:00:20] taler 2: profilen min er linkedin punktum com skråstrek in skråstrek kari bindestrek moe\n"
    assert covered(text, "linkedin punktum com skråstrek in skråstrek kari bindestrek moe") == "url"


def test_web_address_with_understrek_and_dots_in_the_path():
    text = _LEAD + "[00:00:20] taler 2: firmaet er på instagram prikk com skråstrek moe understrek bygg punktum as\n"
    assert covered(text, "instagram prikk com skråstrek moe understrek bygg punktum as") == "url"


def test_passport_number_with_a_letter_said_by_name():
    text = _LEAD + "[00:00:20] taler 2: ja pass nummer ka sju fire null to en ni åtte det går ut neste år\n"
    assert covered(text, "ka sju fire null to en ni åtte") == "number"


def test_residence_card_with_two_letters_and_a_letter_at_the_end():
    text = _LEAD + "[00:00:20] taler 2: oppholdskortet har nummer ef zet tre tre null ni fire en a og det er nytt\n"
    assert covered(text, "ef zet tre tre null ni fire en a") == "number"


def test_plain_words_and_numbers_stay():
    text = _LEAD + ("[00:00:20] taler 2: vi hadde hundreogtolv gjester på lørdag og solgte to hundre og fem porsjoner\n"
                    "[00:00:25] taler 2: på prøven fikk jeg a på lesing og be om hjelp fikk jeg også\n"
                    "[00:00:29] taler 2: ja i fagforeningen nei unnskyld jeg meldte meg inn i mars eller rettere sagt i april\n"
                    "[00:00:34] taler 2: og den minste går i barnehage [Barnehage] hele uka pass på det\n")
    for part in ("hundreogtolv", "to hundre og fem", "be om", "fagforeningen", "mars", "april", "Barnehage", "pass på"):
        assert untouched(text, part), part


def test_public_service_said_as_a_web_address_stays():
    text = _LEAD + "[00:00:20] taler 1: har du sett nettsiden\n[00:00:23] taler 2: ja jeg fant skjemaet på nav punktum no\n"
    assert untouched(text, "nav punktum no")
