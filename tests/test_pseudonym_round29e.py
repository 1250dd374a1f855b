"""Round 29e: numbers, passport codes and birth dates said in English turns, and birth dates as three ordinals.

The sentences are fresh ones in the forms of held-out 27's contact and ID misses in English turns and `dev/d56`'s,
not their text: a telephone number in English digit words (with `double`, `oh` for zero, pairs and a country code
said as `plus four seven`) after a telephone word or a question naming one, and read back in figures; an ID number
in English words after its label or equal to one written in figures; a fødselsnummer in English words; passport
codes spelled with the NATO alphabet or with `X as in`/`X for` and a name, then digits in English or Norwegian
words; birth dates in English after a birth question or label, and as three Norwegian ordinals (the day also as a
number) after one; a date in figures read back equal to a birth date said in words; a postcode after `the postcode
is`. The controls hold English counts, prices, clock times, years and `one or two`, a date that is no birth date,
an ordinal with no month after a birth question, `Tango` as a word, English months after a word of time and English
weekdays. On the rules before this round (c16b33b) 20 of the 29 tests fail: every recall test but the telephone
number read back in figures (its shape finds it) and the bare date in figures after `Fødselsdato?` (`birth_answers`
has it), the two controls with an English month and the weekdays, which the name rules took for persons.
"""

from __future__ import annotations

import pytest

from tests.probe_support import covered, untouched

RECALL = [
    ("Mentee: My mobile is four seven double six, two oh, one nine.", "four seven double six, two oh, one nine"),
    ("I: What's the best phone number to reach you?\nMentee: Nine three one, fifty-eight, oh seven two.",
     "Nine three one, fifty-eight, oh seven two"),
    ("Mentee: The number at work is plus four seven, two two eight, forty, one one five.",
     "plus four seven, two two eight, forty, one one five"),
    ("Mentee: It's nine three one, fifty-eight, oh seven two, that's my phone.\nI: 931 58 072?", "931 58 072"),
    ("I: And your HPR number?\nMentee: Two zero six, one one, eight three.", "Two zero six, one one, eight three"),
    ("Mentee: The case number is one nine four four, two seven one.", "one nine four four, two seven one"),
    ("I: 5503817?\nMentee: Yes, fifty-five, oh three, eight one seven.", "fifty-five, oh three, eight one seven"),
    ("Mentee: It is two two zero seven eight seven, three zero one eight one.",
     "two two zero seven eight seven, three zero one eight one"),
    ("Mentee: My passport? Charlie Hotel, seven seven one, four oh two six.",
     "Charlie Hotel, seven seven one, four oh two six"),
    ("Mentee: It's K as in Kilo, M as in Mike, six one one, nine two four.",
     "K as in Kilo, M as in Mike, six one one, nine two four"),
    ("Mentee: Passnummeret er L for Ludvig, B for Bertil, fire null to, sju sju en.",
     "L for Ludvig, B for Bertil, fire null to, sju sju en"),
    ("I: When were you born?\nMentee: The twenty-second of July, nineteen eighty-seven.",
     "The twenty-second of July, nineteen eighty-seven"),
    ("Mentee: My date of birth is November 4th, 1993.", "November 4th, 1993"),
    ("I: And your birthday?\nMentee: I think it's the first of April, two thousand and one.",
     "the first of April, two thousand and one"),
    ("I: Når er du født?\nMentee: Tjueandre, sjuende, åttisju.", "Tjueandre, sjuende, åttisju"),
    ("I: Fødselsdatoen din?\nMentee: Fire, ellevte, nittitre.", "Fire, ellevte, nittitre"),
    ("I: Your date of birth?\nMentee: The fourth of November, ninety-three.\nI: 04.11.1993. Thanks.", "04.11.1993"),
    ("Mentee: We live in Tromsø now. The postcode is 9011.", "9011"),
    ("I: Fødselsdato?\nMentee: 22.07.1987.", "22.07.1987"),
]

CONTROL = [
    ("Mentee: There were twenty-two, maybe twenty-four of us, and one or two left early.", "twenty-two"),
    ("Mentee: The phone cost four hundred and ninety-nine kroner, plus forty-five for the case.",
     "four hundred and ninety-nine"),
    ("Mentee: Call me at nine thirty, or half past seven, on my phone.", "nine thirty"),
    ("Mentee: We moved in two thousand and eight and I started in twenty nineteen.", "twenty nineteen"),
    ("Mentee: The course started on the third of March, twenty twenty-three, and ends in June.",
     "the third of March, twenty twenty-three"),
    ("I: Where were you born?\nMentee: In a village. I was the second of four children.", "the second of four"),
    ("Mentee: On Fridays we dance tango. Tango is good for the head, four or five of us go.", "Tango is good"),
    ("Mentee: I started in June and the course ends in March.", "June"),
    ("Mentee: My phone number changed two, three, four times this year.", "two, three, four"),
]


@pytest.mark.parametrize(("text", "part"), RECALL)
def test_found(text: str, part: str) -> None:
    assert covered(text, part) is not None


@pytest.mark.parametrize(("text", "part"), CONTROL)
def test_left_alone(text: str, part: str) -> None:
    assert untouched(text, part)


def test_english_weekdays_kept() -> None:
    assert untouched("Mentee: We meet on Tuesdays and sometimes on Sunday after church.", "Tuesdays")
