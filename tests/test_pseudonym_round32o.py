"""Round 32o rules (issue 10): genitive-led trade associations someone is at, unions given as the bare answer to a
question about one or named beside `fagforeningen min`, and associations named by an adjective of origin.

* `trade_associations`: `<Trade>s Landsforening`, `… Forbund`, `… Forening`, `… Arbeidsgiverforening` with the
  genitive first (coordinated too: `Glass- og Fasadebransjens Forening`) where the clause before puts someone there
  (member, board, a meeting or course held by it); a plan, advice, many people or the news stay, and one named only
  in a sentence of reading or news, with no one at it anywhere in the text, is now left (`passing_bodies`).
* `union_answers`: `Ja, Negotia.` after a question about a union, in each respondent's turn before the interviewer
  speaks again, and `fagforeningen min, Tekna,`; `Ja, fagforening.`, `Ja, gjerne.`, a definite common noun, `Nei, …`
  and an answer to another question stay.
* `origin_associations`: a capitalised adjective in -sk and an association noun in the bare singular (`Somalisk
  kvinneforening i Drammen`, `Kurdisk kulturforening`), `kirke` only with `i <Place>`; the adjective before other
  nouns, lower case, plural and `Etiopisk kirke` as a faith stay.

The sentences are fresh ones in the classes of held-out 30's `q2`/`q3`, held-out 27's and held-out 29's misses and
`dev/d64`/`control_d45`, not their text. On the old rules (main at e57e051) 13 of the 28 tests fail: all 12
positives and 1 of the 16 guards (an unlisted trade association only read about in the paper, which the old word
rules replaced)."""

from __future__ import annotations

import pytest

from probe_support import covered, untouched


@pytest.mark.parametrize(("text", "part"), [
    ("B: Mentoren tok meg med på et årsmøte i Maskinentreprenørenes Forbund i mai.",
     "Maskinentreprenørenes Forbund"),
    ("Mentor: Jeg er selv med i Glass- og Fasadebransjens Forening, så jeg kjenner folk.",
     "Glass- og Fasadebransjens Forening"),
    ("B: Jeg var på et frokostseminar i regi av Byggenæringens Landsforening, og der fikk jeg et kort.",
     "Byggenæringens Landsforening"),
])
def test_trade_associations_someone_is_at_are_found(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("I: Er du organisert?\nB: Ja, Negotia. Det var sjefen som sa jeg burde.", "Negotia"),
    ("I: Hva med fagforening, er du med i en?\nB: Ja, Econa, fra i høst.", "Econa"),
    ("I: Er noen av dere med i et forbund?\nDeltaker 1: Ja, Parat.\nDeltaker 2: Ja, FO.", "FO"),
    ("B: Fagforeningen min, Tekna, betalte hele kurset.", "Tekna"),
])
def test_unions_given_as_answers_are_found(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("B: Jeg er nestleder i Somalisk kvinneforening i Drammen.", "Somalisk kvinneforening i Drammen"),
    ("B: Kurdisk kulturforening lånte oss lokalet sitt til festen.", "Kurdisk kulturforening"),
    ("B: Vi går i Tamilsk menighet på Furuset hver søndag.", "Tamilsk menighet på Furuset"),
    ("B: Hun er kirkeverge i Eritreisk kirke i Trondheim.", "Eritreisk kirke i Trondheim"),
    ("B: Han har vært kasserer i Bosnisk moské i tre år.", "Bosnisk moské"),
])
def test_origin_associations_are_found(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    # trade associations only read about, advised or wished for
    ("B: Jeg leste at Byggenæringens Landsforening vil ha flere lærlinger.", "Byggenæringens Landsforening"),
    ("B: Det sto i avisa at Frisørbransjens Landsforening mener lønningene er for lave.",
     "Frisørbransjens Landsforening"),
    ("B: Man kan bli medlem av Maskinentreprenørenes Forbund hvis man har firma.", "Maskinentreprenørenes Forbund"),
    ("B: Jeg skulle gjerne vært med på et møte i Byggenæringens Landsforening.", "Byggenæringens Landsforening"),
    ("B: Landsforeningen har mange medlemmer, sier de.", "Landsforeningen"),
    # answers that name no union, or answer another question
    ("I: Er du med i en fagforening?\nB: Ja, fagforening. Navnet husker jeg ikke.", "fagforening. Navnet"),
    ("I: Er du organisert?\nB: Ja, gjerne. Det er lurt.", "gjerne"),
    ("I: Er du organisert?\nB: Ja. Fagforeningen på jobben.", "Fagforeningen"),
    ("I: Har du fått hjelp av noen?\nB: Ja, NAV.", "NAV"),
    ("B: Fagforeningen min, den er grei nok.", "Fagforeningen"),
    # adjectives of origin before ordinary nouns, lower case, plural, a faith
    ("B: Etiopisk mat er godt, men sterkt.", "Etiopisk"),
    ("B: Det finnes en forening for etiopiere i byen.", "forening"),
    ("B: Eritreiske foreninger finnes i mange byer.", "Eritreiske"),
    ("B: Vi gikk i en eritreisk menighet en stund.", "eritreisk menighet"),
    ("B: Etiopisk kirke er eldgammel, sier presten.", "Etiopisk kirke"),
])
def test_generic_mentions_stay(text: str, part: str) -> None:
    assert untouched(text, part)
