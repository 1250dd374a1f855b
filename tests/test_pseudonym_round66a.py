"""Round 66a rules (`party_frames`): in speech without case, a former workplace before its note after a found
employer (`før var hun på X [X]`) and a firm whose name holds a number said in words (`x tusen [X 1000]`); a
named party that noticed someone's work or asked for it (`lagt merke til hos X`, `hos X, som har spurt`); a firm of
initials, a name and `& Co.` whole; and a place word where a degree was taken before `, ved` and a university.

Every positive below (12) is missed by effc26e's rules (the base of the round), and so is the magazine
`Donald Duck & Co.` kept whole (its lone `Co` was replaced there); the guards (13: plain nouns and institutions
before notes, counts, numbered rooms and a code in words, public bodies and ordinary words that noticed or asked,
subjects before `, ved`) pass there and here.

The strings are fresh, not those of `dev/d111a_*`, `dev/control_d93a` or held-out 78 and 79."""

from __future__ import annotations

import pytest

from probe_support import finds, untouched


def _covered_at(text: str, part: str, after: str) -> bool:
    """Whether the occurrence of `part` right after `after` lies whole inside one replacement."""
    start = text.index(after + part) + len(after)
    return any(s <= start and start + len(part) <= e for s, e, _k, _o in finds(text))


_FOUND = [
    # a former workplace before its note, after an employer found after `hos` in the same line
    ("[00:00:40] taler 2: sjefen min er lagerleder hos kavli [Kavli] i bergen [Bergen] før var han på "
     "melkesentralen [Melkesentralen] i mange år", "melkesentralen", "på "),
    ("[00:00:40] taler 2: hun er innkjøper hos coop [Coop] på hamar [Hamar] før jobbet hun på "
     "kjøttsamvirket [Kjøttsamvirket] i ti år", "Kjøttsamvirket", "["),
    # a firm whose name holds a number said in words, before its note
    ("[00:01:10] taler 2: broren min jobber på meny tusen [Meny 1000] i moss [Moss] nå", "meny tusen", "på "),
    ("[00:01:10] taler 2: kona mi er butikksjef på mega tjuefire [Mega 24] i gjøvik [Gjøvik]", "mega tjuefire", "på "),
    # a named party that noticed someone's work, or asked for it
    ("Mentor: Rapporten hennes ble lagt merke til hos Kiwi, og nå vil de ha henne på kurs.", "Kiwi", "hos "),
    ("Mentor: Tegningene ble vist hos Jernia, som har spurt om de kan bruke dem i butikkene.", "Jernia", "hos "),
    # a firm of initials, a name and & Co.
    ("Mentee: Jeg var revisor hos J.P. Sharma & Co. i Lahore i fire år.", "J.P. Sharma & Co.", "hos "),
    ("Mentee: Før det jobbet jeg hos M.A. Chowdhury & Co. i Dhaka.", "M.A. Chowdhury & Co.", "hos "),
    # a place word where a degree was taken, before `, ved` and a university
    ("Mentee: Så tok jeg en master i Lille, ved Université de Lille, om byplanlegging.", "Lille", "i "),
    ("Mentee: Jeg tok en bachelor i Rom, ved Sapienza-universitetet, og kom hit etterpå.", "Rom", "i "),
    ("Mentee: Hun tok doktorgraden i Porto, ved Universidade do Porto, i 2015.", "Porto", "i "),
    ("Mentee: Han tok en master i Lima, ved Universidad de Lima, før han flyttet.", "Lima", "i "),
]


@pytest.mark.parametrize(("text", "part", "after"), _FOUND)
def test_round66a_names_found(text: str, part: str, after: str) -> None:
    """Former workplaces, numbered firms, noticing parties, firms with & Co. and degree cities are replaced."""
    assert _covered_at(text, part, after)


def test_round66a_magazine_with_co_stays() -> None:
    """`Donald Duck & Co.` is a magazine read: its `Co` is no one's name (replaced on the base)."""
    assert untouched("Mentee: Som barn leste jeg Donald Duck & Co. hver uke.", "Co")


_KEPT = [
    ("[00:00:12] taler 2: hun er sjef hos oss nå før var hun på bakeriet [Bakeriet] i to år", "bakeriet"),
    ("[00:00:12] taler 2: han er kokk hos ali [Ali] nå før var han på sykehjemmet [Sykehjemmet] i byen",
     "sykehjemmet"),
    ("[00:00:12] taler 2: før var hun på kjøkkenet [Kjøkkenet] og nå er hun på lageret", "kjøkkenet"),
    ("[00:00:12] taler 2: vi jobbet tusen timer [1000 timer] i fjor og litt mer i år", "tusen timer"),
    ("[00:00:12] taler 2: vi møtes i hall tre [Hall 3] på messa hver morgen", "hall tre"),
    ("[00:00:12] taler 2: hun går i klasse fem [Klasse 5] på skolen", "klasse fem"),
    ("[00:00:12] taler 2: jeg kan regelverket tek ti [TEK10] og litt av pbl [PBL] fra kurset", "tek ti"),
    ("Mentor: Det ble lagt merke til hos Nav, som har bedt om en kopi.", "Nav"),
    ("Mentor: Det ble lagt merke til hos kundene, som har spurt om mer.", "kundene"),
    ("Mentor: Hos Mattilsynet, som har spurt om rutinene, var det stille.", "Mattilsynet"),
    ("Mentor: Hos meg, som har spurt mange mentees, er svaret det samme.", "meg"),
    ("Mentee: Hun tok en master i Latin, ved universitetet i hjembyen.", "Latin"),
    ("Mentee: Han tok en bachelor i Økonomi, ved siden av jobben.", "Økonomi"),
]


@pytest.mark.parametrize(("text", "part"), _KEPT)
def test_round66a_neighbours_stay(text: str, part: str) -> None:
    """Plain nouns, institutions, counts, public bodies, ordinary words and subjects in the same frames stay."""
    assert untouched(text, part)
