"""Round 49c: identifiers said in words in partly automatic transcripts (no case, little punctuation, time codes,
editor's notes in square brackets): birth dates as answers after a time code and written again in the same
answer, ID numbers broken by a full stop, numbers read back word for word, streets with house numbers in words,
postcodes said in digits, pairs or both, case numbers in words after `saken har nummer`."""

from tests.probe_support import covered, finds, untouched

# Lower-case talk before the turns under test, so the passage reads as a recogniser's text.
_LEAD = ("I: [00:00:02] da er vi i gang igjen. hører du meg nå\n"
         "R: [00:00:05] ja nå hører jeg deg bra. jeg sitter på pauserommet på jobben\n"
         "I: [00:00:09] fint. vi tar noen spørsmål om jobben og så litt praktisk til slutt\n"
         "R: [00:00:14] det går fint. jeg har pause i tjue minutter til\n")


def test_phone_after_question_in_a_turn_with_an_editors_note():
    text = _LEAD + ("I: [00:00:20] [rettet for hånd: Parkveien 3, 4010 Stavanger] takk. og telefonen\n"
                    "R: [00:00:24] ni sju fire trettito null åtte fem\n")
    assert covered(text, "ni sju fire trettito null åtte fem") == "phone"


def test_birth_date_written_short_after_a_time_code():
    text = "I: [00:00:23] fødselsdato\nR: [00:00:25] 14/5-83\nI: [00:00:27] takk\n"
    assert covered(text, "14/5-83") == "date"


def test_birth_date_in_words_with_elvte_and_the_same_date_written():
    text = ("I: [00:01:14] for skjemaet trenger jeg fødselsdatoen\n"
            "R: [00:01:17] tredje elvte åttifire. 3/11-84\nI: [00:01:22] takk\n")
    assert covered(text, "tredje elvte åttifire") == "date"
    assert covered(text, "3/11-84") == "date"


def test_birth_date_read_back_after_a_time_code():
    text = ("I: [00:00:31] hva er fødselsdatoen din\nR: [00:00:34] den fjerde i tiende nitti\n"
            "I: [00:00:38] altså 04.10.90\nR: [00:00:40] ja\n")
    assert covered(text, "fjerde i tiende nitti") == "date"
    assert covered(text, "04.10.90") == "date"


def test_fodselsnummer_in_words_broken_by_a_full_stop():
    text = "I: [00:00:41] og fødselsnummeret\nR: [00:00:45] en sju null fem åtte tre. fire null ni fem to\n"
    assert covered(text, "en sju null fem åtte tre. fire null ni fem to") == "idnumber"


def test_phone_read_back_word_for_word():
    text = _LEAD + ("I: [00:00:20] og telefonen din\nR: [00:00:24] ni sju fire trettito null åtte fem\n"
                    "I: [00:00:28] ni sju fire trettito null åtte fem. stemmer det\nR: [00:00:31] ja\n")
    spans = [(s, e) for s, e, kind, _o in finds(text) if kind == "phone"]
    assert len(spans) == 2


def test_street_with_house_number_in_words_postcode_in_pairs_and_town():
    text = _LEAD + "I: [00:00:20] og adressen\nR: [00:00:24] granåsveien nittito femti tretten bergen\n"
    assert covered(text, "granåsveien nittito") == "address"
    assert covered(text, "femti tretten") == "address"


def test_street_with_letter_and_postcode_of_digits_and_a_pair():
    text = _LEAD + "I: [00:00:20] hvor bor du nå\nR: [00:00:24] skolegata sju c fire null tjueen stavanger\n"
    assert covered(text, "skolegata sju c") == "address"
    assert covered(text, "fire null tjueen") == "address"


def test_street_with_house_number_in_words_after_address_talk():
    text = _LEAD + "I: [00:00:20] og hvor bor dere nå\nR: [00:00:24] vi bor i lindeveien førtisju. det er fint der\n"
    assert covered(text, "lindeveien førtisju") == "address"


def test_postcode_in_pairs_after_a_house_number_in_figures():
    text = _LEAD + "I: [00:00:20] og adressen\nR: [00:00:24] bjørkelia 14 sekstifem tjue kristiansund\n"
    assert covered(text, "sekstifem tjue") == "address"


def test_case_number_in_words_after_saken_har_nummer():
    text = "R: [00:01:46] saken har nummer tjuefem strek sju sju null en to. de stoppet utbetalingen\n"
    assert covered(text, "tjuefem strek sju sju null en to") == "number"


def test_case_number_with_the_year_in_thousands():
    text = "R: [00:02:21] saksnummeret er to tusen tjuetre strek null null fire en fem\n"
    assert covered(text, "to tusen tjuetre strek null null fire en fem") == "number"


def test_email_said_with_a_generic_domain():
    text = "R: e-posten er lina punkt berg krøll proton punkt me, den sjekker jeg hver dag"
    assert covered(text, "lina punkt berg krøll proton punkt me") == "email"


# --- what stays -------------------------------------------------------------------------------------------------

def test_street_with_a_count_after_it_stays():
    text = _LEAD + "I: [00:00:20] hvor går du\nR: [00:00:24] jeg går storgata tre ganger om dagen og kirkegata to timer\n"
    assert untouched(text, "storgata tre ganger")
    assert untouched(text, "kirkegata to timer")


def test_street_with_a_number_and_no_address_talk_stays():
    text = _LEAD + "I: [00:00:20] hvordan kommer du på jobb\nR: [00:00:24] buss til storgata. tolv minutter\n"
    assert untouched(text, "storgata. tolv")


def test_dates_of_events_after_time_codes_stay():
    text = ("I: [00:00:08] når begynte du der\nR: [00:00:10] fjortende i tredje tjueto\n"
            "I: [00:00:23] når gikk kontrakten ut\nR: [00:00:25] 30/6-24\n")
    assert untouched(text, "fjortende i tredje tjueto")
    assert untouched(text, "30/6-24")


def test_count_after_an_id_label_across_a_full_stop_stays_apart():
    text = "I: og fødselsnummeret\nR: en sju null fem åtte tre. tre barn har jeg\n"
    assert untouched(text, "tre barn")


def test_short_numbers_said_again_stay():
    text = _LEAD + "I: [00:00:20] hva ble resultatet\nR: [00:00:24] tre to til oss. tre to i fjor også\n"
    assert untouched(text, "tre to i fjor")
