"""Round 51o: organisations whose tie to someone is stated by their shape or after their name: universities abroad
as hyphenated compounds with their city, agencies of `-etaten` in a sentence about work, unions opening a sentence
with a person's membership after them, firms in a list with `, der var jeg …` after them, banks given as the answer
before an account, and schools named `X videregående`, `X ungdomsskole`, `X barneskole` without `skole`."""

from tests.probe_support import covered, untouched


def test_university_abroad_named_after_its_founder_with_its_city():
    text = "R: Jeg studerte jus ved Lomonosov-universitetet i Moskva før jeg flyttet hit.\n"
    assert covered(text, "Lomonosov-universitetet i Moskva") in ("org", "place")  # merged with the city's kind


def test_university_abroad_with_a_two_word_founder():
    text = "R: Broren min tok en grad ved Cheikh Anta Diop-universitetet i Dakar.\n"
    assert covered(text, "Cheikh Anta Diop-universitetet i Dakar") in ("org", "place")


def test_agency_as_a_step_in_a_career():
    text = "R: Jeg har jobbet med parker lenge, først på Hageservice Moen, så i Friluftsetaten.\n"
    assert covered(text, "Friluftsetaten") == "org"


def test_agency_worked_in_with_the_work_word_first():
    text = "R: Kona mi jobbet fire år i Byantikvaretaten før hun sluttet.\n"
    assert covered(text, "Byantikvaretaten") == "org"


def test_union_opening_a_sentence_with_membership_after_it():
    text = "I: Er du organisert?\nR: Fagforbundet gir gode råd, jeg er medlem nå.\n"
    assert covered(text, "Fagforbundet") == "org"


def test_union_left_with_og_before_it():
    text = "I: Hva med fagforening?\nR: Og Handel og Kontor før, da jeg var på lageret, men jeg meldte meg ut.\n"
    assert covered(text, "Handel og Kontor") == "org"


def test_firm_after_sa_in_a_list_with_der_after_it():
    text = "R: Mange steder. Så Fysikalsk Senter Sagene, der var jeg i praksis i seks uker.\n"
    assert covered(text, "Fysikalsk Senter Sagene") == "org"


def test_bank_as_the_answer_before_an_account():
    text = "I: Hvilken konto skal pengene til?\nR: Handelsbanken, brukskonto 9713.18.40652.\n"
    assert covered(text, "Handelsbanken") == "org"


def test_school_named_by_its_level_without_skole():
    text = "R: Datteren min går på Storhamar videregående nå, hun vil bli sykepleier.\n"
    assert covered(text, "Storhamar videregående") == "org"


def test_news_about_a_union_stays():
    text = "R: Fellesforbundet mener at lønna må opp, sa de på nyhetene.\n"
    assert untouched(text, "Fellesforbundet")


def test_union_with_members_counted_stays():
    text = "R: Fagforbundet har mange medlemmer, sa han i radioen.\n"
    assert untouched(text, "Fagforbundet")


def test_agency_as_a_service_stays():
    text = "R: Jeg har en sak i Skatteetaten om skattekortet.\n"
    assert untouched(text, "Skatteetaten")


def test_videregaende_as_a_level_stays():
    text = "R: Jeg gikk på videregående hjemme, og så på universitetet.\n"
    assert untouched(text, "videregående")


def test_plain_words_before_der_stay():
    text = "R: Jeg søkte på mange klinikker. Klinikken, der fikk jeg nei.\n"
    assert untouched(text, "Klinikken")


def test_hobby_association_with_membership_after_it_stays():
    text = "R: Den Norske Turistforening er fint, jeg er medlem nå.\n"
    assert untouched(text, "Den Norske Turistforening")
