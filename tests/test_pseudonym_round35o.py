"""Round 35o rules (issue 10): a local branch of a national voluntary body named with its town where someone
volunteers or works (`local_branches`), a one-word power, grid or water company in a work or tenure frame
(`utility_names`), a small firm named by its owner's genitive and its trade before `heter det` in a turn without
capitals (`called_firms`), a dialect object pronoun in `meldte … inn i` (`union_members`), and a union given as
the first words of the answer to a membership question, then a comma (`union_answers`).

A branch with its town before or after the body's name ("Molde Røde Kors", "Frelsesarmeen Kristiansund") after
a volunteer's part, an occupation or a work word is one organisation; a one-word utility name ("Sognekraft",
"Helgelandsnett", "Østfoldvannverket") after `har vært i`, a duration or a work word, or with a duration after
it, is an employer; "<name>s <trade> og <trade> heter det" in lower-case speech is a firm; `æ meldte mæ`, `æ har
meldt mæ`, `eg meldte mej` join a union as `meldte meg` does; "Norsk Tjenestemannslag, helt fra starten." after a
union question names the speaker's union. Guards: the national bodies as such (`Røde Kors samler inn`, `frivillig
i Røde Kors`), a part of the body that is a word (`Røde Kors Ungdom`), a place in the tenure frame (`vært i Molde
i femten år`), utility words as common nouns (`kraftverket`, `Vannverket`), a visit, a trade without an owner, a
negated name or the genitive of a common word before `heter` (`byens hår og negler heter det`), `meldte mæ på
kurset`, a dialect `inn i koret`, and answers that name no union (`Nei, ingen fagforening.`, a person's name, a
capitalised common word).

The sentences are fresh ones in the classes of the brief's misses (held-out 33, now development data) and of
`dev/d71o`, `dev/d71ob`, `dev/control_d53o` and `dev/control_d53ob`, not their text. On the old rules (main at
acfb62b, this file run with `PYTHONPATH=/work/main`) 20 of the 36 tests fail: all 20 positives; the 16 guards
pass there too."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Jeg var frivillig i Molde Røde Kors og lagde middag til eldre.", "Molde Røde Kors"),
    ("Mentee: Hun er besøksvenn i Røde Kors Kristiansund hver tirsdag.", "Røde Kors Kristiansund"),
    ("Mentee: Jeg hjalp til i Frelsesarmeen Haugesund hver jul.", "Frelsesarmeen Haugesund"),
    ("Mentee: Jeg var leksehjelper for Norsk Folkehjelp Steinkjer i fjor.", "Norsk Folkehjelp Steinkjer"),
    ("Mentee: Han er natteravn for Kirkens Bymisjon Drammen nå.", "Kirkens Bymisjon Drammen"),
])
def test_local_branch_named_with_its_town(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentor: Jeg har vært i Sognekraft i snart tolv år, og før det i en bank.", "Sognekraft"),
    ("Mentor: Hun jobbet i Helgelandsnett i fire år.", "Helgelandsnett"),
    ("Mentor: Broren min var elleve år i Østfoldvannverket før han ble pensjonist.", "Østfoldvannverket"),
    ("Mentor: Han er montør i Ringeriksenergi nå.", "Ringeriksenergi"),
])
def test_one_word_utility_in_a_work_or_tenure_frame(text: str, part: str) -> None:
    assert covered(text, part) == "org"


_SPEECH = ("[00:01:10] M: ja hun har fått jobb på en salong oppe på {place} {firm} heter {head} og hun trives "
           "godt der fordi {owner} er snill")


@pytest.mark.parametrize(("firm", "owner", "head"), [
    ("yasmins hår og negler", "yasmin", "det"),
    ("tariqs rør og bad", "tariq", "firmaet"),
    ("sorayas skjønnhet og velvære", "soraya", "salongen"),
])
def test_caseless_firm_named_before_heter_det(firm: str, owner: str, head: str) -> None:
    text = _SPEECH.format(place="kronstad", firm=firm, head=head, owner=owner)
    assert covered(text, firm) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Æ meldte mæ inn i Fagforbundet da æ fikk fast jobb.", "Fagforbundet"),
    ("Mentee: Æ har meldt mæ inn i Fellesforbundet i år.", "Fellesforbundet"),
    ("Mentee: Eg meldte mej inn i Delta første uka.", "Delta"),
    ("Mentee: Æ meldte mæg inn i Handel og Kontor etter jul.", "Handel og Kontor"),
])
def test_union_joined_with_a_dialect_pronoun(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Intervjuer: Er du med i en fagforening?\nMentee: Norsk Tjenestemannslag, helt fra starten.",
     "Norsk Tjenestemannslag"),
    ("I: Er du organisert?\nMentee: Fagforbundet, siden første sommer.", "Fagforbundet"),
    ("Intervjuer: Hva med fagforening?\nMentor: Tekna, fordi alle ingeniørene er der.", "Tekna"),
    ("Intervjuer: Er du med i noe forbund?\nMentee: NITO, fra studietiden.", "NITO"),
])
def test_union_opening_the_answer_then_a_comma(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("Mentee: Røde Kors samler inn penger til flom.", "Røde Kors"),
    ("Mentee: Jeg var frivillig i Røde Kors i to år.", "Røde Kors"),
    ("Mentee: Sønnen min er med i Røde Kors Ungdom.", "Røde Kors Ungdom"),
    ("Mentor: Jeg har vært i Molde i femten år, så jeg kjenner byen.", "vært i"),
    ("Mentor: Jeg har vært på kraftverket i ti år, og Vannverket er rett ved.", "Vannverket"),
    ("Mentee: Æ meldte mæ på kurset i mai, og så meldte æ mæ inn i koret.", "koret"),
])
def test_bodies_places_and_words_that_stay(text: str, part: str) -> None:
    assert untouched(text, part)


def test_place_in_the_tenure_frame_stays_a_place() -> None:
    text = "Mentor: Jeg har vært i Molde i femten år, så jeg kjenner byen."
    assert covered(text, "Molde") == "place"


def test_utility_visited_is_no_employer() -> None:
    assert covered("Mentor: Vi var i Sognekraft på omvisning med klassen.", "Sognekraft") != "org"


@pytest.mark.parametrize("text", [
    "[00:04:02] M: nei hår og negler heter det ikke det heter bare salong på norsk og det vet alle her",
    "[00:04:02] M: ja rør og bad heter faget på skolen og det er to år med praksis etterpå tror jeg",
    "[00:04:02] M: hun sa yasmins hår og negler heter det ikke lenger for de byttet navn i fjor tror jeg",
    "[00:04:02] M: ja det var byens hår og negler heter det og yasmin jobber der nå sammen med søstera si",
])
def test_caseless_trades_before_heter_that_stay(text: str) -> None:
    assert not [f for f in finds(text) if f[2] == "org"]


@pytest.mark.parametrize("answer", [
    "Nei, ingen fagforening.",
    "Kanskje neste år, fra første lønn.",
    "Fagforening, det koster for mye.",
    "Torunn, hun er tillitsvalgt.",
])
def test_answers_that_name_no_union(answer: str) -> None:
    text = f"Intervjuer: Er du med i noe fagforening?\nMentee: {answer}"
    assert not [f for f in finds(text) if f[2] == "org"]
