"""Round 54o rules (`affiliations`, `used_services`): organisations where someone belongs, volunteers, learns or
works, cased and caseless. A body named in a personal frame of volunteering at an event, learning, a course meeting
there or joining (a small, local body) is found, as are the names listed in a `Ja, …` answer to a membership question; in caseless speech a
broadcaster after a work frame and a union with its own bracket note are found; universities by shape (an
adjective of origin before an institution noun, an unknown word before `universitetet`). Services and software
named as used, bodies given to or named in passing, nationwide charities volunteered in (the older convention),
others' or denied memberships, committees, lower-case union words in cased text and public bodies stay; people, unions and employers beside them stay found.

The strings are fresh, not those of `dev/d91o_*` or `dev/control_d73o`."""

from __future__ import annotations

import pytest

from probe_support import covered, finds, untouched


_SPEECH = ("[00:01:01] I: og hva gjør du nå for tiden\n[00:01:05] R: jeg tar vakter for tv2 [TV 2] vestlandet som "
           "klipper og det er mest nyheter og litt sport\n[00:01:15] I: og p4 [P4] er oppdragsgiveren din også sier du\n"
           "[00:01:19] R: ja p4 betaler best for de lange helgene men det er ikke fast")


@pytest.mark.parametrize(("text", "word"), [
    ("R: Hun lærte norsk på Redd Barna sin leksekafé, hver torsdag.", "Redd Barna"),
    ("R: Jeg lærte norsk hos Blå Kors sin språkkafé på mandager.", "Blå Kors"),
    ("R: Kurset møttes på Frivillighetshuset om kveldene.", "Frivillighetshuset"),
    ("R: Han er innmeldt i Tamilsk-norsk kulturlag, de danser hver fredag.", "Tamilsk-norsk kulturlag"),
    ("R: Jeg var i fagforeningen Delta før, nå er jeg sjef.", "Delta"),
    ("R: Gjennom Bedriftsnettverket, jeg er medlem der.", "Bedriftsnettverket"),
    ("I: Er du medlem av noe?\nR: Ja, Norsk Rørsenter, og Byggmesterforbundet, selv om firmaet er lite.",
     "Byggmesterforbundet"),
    ("R: Jeg har en master fra Kirgisisk nasjonaluniversitet i Bisjkek.", "Kirgisisk nasjonaluniversitet"),
])
def test_body_in_personal_frame_or_of_university_shape_is_found(text: str, word: str) -> None:
    assert covered(text, word) == "org"


@pytest.mark.parametrize(("text", "word"), [
    (_SPEECH, "tv2"),
    (_SPEECH, "p4 betaler"),
    ("[00:02:02] I: er du organisert\n[00:02:05] R: ja i fagforbundet [Fagforbundet] og så et kor", "fagforbundet"),
    ("[00:02:02] I: er du organisert\n[00:02:05] R: ja i fagforbundet [Fagforbundet] og så et kor", "Fagforbundet"),
    ("[00:00:30] R: jeg studerte ved lomonosov universitetet [Lomonosov-universitetet] i moskva", "lomonosov universitetet"),
])
def test_caseless_employer_union_and_university_are_replaced(text: str, word: str) -> None:
    # `word` is found where it first stands; "p4 betaler" marks the later mention of "p4", found again
    start = text.index(word)
    end = start + (len(word) if "universitetet" in word else len(word.split()[0]))
    assert any(s <= start and end <= e for s, e, _kind, _o in finds(text))


def test_caseless_firm_said_alone_again_is_found() -> None:
    text = ("[00:00:20] I: og du jobber fortsatt hos vestheis kran [Vestheis Kran AS]\n[00:00:25] R: ja\n"
            "[00:04:01] R: det er vestheis ni fire null åtte null null ni fire tre")
    alone = text.rindex("vestheis")
    assert any(s <= alone and alone + len("vestheis") <= e for s, e, _kind, _o in finds(text))


@pytest.mark.parametrize(("text", "word"), [
    ("R: Jeg søkte læreplass via Vigo i februar.", "Vigo"),
    ("R: Lønnsslippene ligger i Visma, det er greit.", "Visma"),
    ("[00:03:01] R: vi fører timer i tripletex [Tripletex] hver fredag", "Tripletex"),
    ("R: Vi gir penger til Kirkens Nødhjelp hver jul.", "Kirkens Nødhjelp"),
    ("R: Naboen min er frivillig i Blå Kors om kveldene.", "Blå Kors"),
    ("R: Jeg har vært frivillig i Redd Barna i to år.", "Redd Barna"),
    ("R: Jeg er ikke medlem av Blå Kors lenger.", "Blå Kors"),
    ("R: Jeg ble med i fagforbundet på sykehjemmet i fjor.", "fagforbundet"),
    ("R: Jeg ble med i fellesforbundet på lageret i fjor.", "fellesforbundet"),
    ("R: Jeg hører på nrk [NRK] om morgenen i bilen, og NRK sendte noe om dugnad.", "NRK"),
    ("I: Er du med i noe?\nR: Ja. Bare koret på jobben.", "Bare"),
    ("R: Han er frivillig i NAV sitt prosjekt.", "NAV"),
    ("R: Jeg har to barn på skolen, og jeg er med i FAU der nå.", "FAU"),
])
def test_used_given_passing_denied_or_common_stays(text: str, word: str) -> None:
    assert untouched(text, word)


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("R: Om våren er jeg frivillig på Kyststevnet, og Ingvild Strand er sjefen der.", "Ingvild Strand", "person"),
    ("R: Jeg jobber hos Visma i Oslo som konsulent.", "Visma", "org"),
    ("R: Jeg er med i Fagforbundet, og lærte norsk hos Blå Kors.", "Fagforbundet", "org"),
    ("[00:02:05] R: ja i fellesforbundet [Fellesforbundet] og mentoren min heter gunnhild", "gunnhild", "person"),
    ("R: Jeg søkte via Vigo, og nå har jeg læreplass hos Bilsenteret Grimstad AS.", "Bilsenteret Grimstad AS", "org"),
])
def test_neighbours_stay_found(text: str, word: str, kind: str) -> None:
    assert covered(text, word) == kind
