"""Dates as forms and speech write them, and the birth dates read after their labels (split from `identifiers`).

`MONTHS` is a month's name or its abbreviation; `BIRTH_DATE` a date in any written shape after `født`,
`fødselsdato` or `f.`; `BIRTH_MONTH` a month and year or a day and month right after `født`; `BIRTHDAY` a day and
month after `bursdag`; `FULL_DATE_SHAPES` every full date shape, which `reference_shapes` reads without a
label. `identifiers` finds them; `street_forms` uses the months to tell a date ("til Norge 15. mars") from a
house number.
"""

from __future__ import annotations

import re

MONTHS = (r"(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
          r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des)\.?")
_DATE = rf"(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}|\d{{1,2}}/\d{{1,2}}[-/]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}-\d{{1,2}}-(?:19|20)\d{{2}}(?!\d)|\d{{1,2}}\.?\s+{MONTHS}\s+\d{{4}})"
# A year written short after the month ("21. november -83", "3. mars '91").
_SHORT_YEAR_DATE = rf"\d{{1,2}}\.?\s+{MONTHS}\s+[-'’]\d{{2}}(?!\d)"
# Six figures, day, month and year, right after a birth label ("f. 030576", "født d. 240752"), not the first
# part of a fødselsnummer.
_SIX_FIGURE_DATE = r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d(?![\d.,]?\d|[ -]\d)"
# Dates as forms also write them, read only after a birth label: "12.03.-91", "1991.03.12", "12/3 1991",
# "12.03 1991".
_WRITTEN_DATE = (r"\d{1,2}\.\d{1,2}\.[ \t]?[-'’]\d\d(?!\d)|(?:19|20)\d\d\.\d\d\.\d\d(?!\d)"
                 r"|\d{1,2}[./]\d{1,2}[ \t](?:19|20)\d\d(?!\d)")
#: Every full date (day, month and year) in the shapes above, for the shape policy (`reference_shapes`).
FULL_DATE_SHAPES = f"{_SHORT_YEAR_DATE}|{_WRITTEN_DATE}|{_DATE}"
BIRTH_DATE = re.compile(
    rf"(?:\b(?:født|fødd|fødselsdato(?:en)?|f\.?[ \t]?dato)(?!\w)(?:[^\n\d.!?]|\.(?=\w)|(?<=[ \t]d)\.){{0,60}}?"
    rf"|(?<![\w.])f\.[ \t]?(?:d\.[ \t]?)?)({_SHORT_YEAR_DATE}|{_WRITTEN_DATE}|{_DATE}|{_SIX_FIGURE_DATE})", re.I)
# Right after `født`: a month and year ("født i mars 1991"), or a day and month without the year ("født 3. mai").
BIRTH_MONTH = re.compile(
    rf"\b(?:født|fødd)[ \t]+(?:i[ \t]+|den[ \t]+)?({MONTHS}[ \t]+(?:19|20)\d\d(?!\d)|\d{{1,2}}\.[ \t]?{MONTHS}(?![ \t]*[-'’]?\d))",
    re.I)
# A birthday without the year ("bursdagen min er 3. april"): the day and month.
BIRTHDAY = re.compile(
    rf"\b(?:bursdag|fødselsdag)(?:en)?(?!\w)(?:[^\n\d.!?]){{0,30}}?(\d{{1,2}}\.[ \t]?(?:{MONTHS}|\d{{1,2}}\.?)(?![\d]))",
    re.I)
