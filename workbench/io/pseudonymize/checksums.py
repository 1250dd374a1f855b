"""The mod-11 control digits of Norwegian numbers, in one place.

A fødselsnummer or D-nummer, a bank account number and an organisation number all end in control digits
computed the same way: weigh the digits before it, sum, and take 11 minus the sum modulo 11 (11 gives 0, and
10 means no number can have that start). Only the weights differ. The ID rules (`identifiers`), the account
rules (`account_answers`, `caseless_answers`, `caseless_numbers`) and the read-back of an organisation number
(`labelled_readbacks`) all check numbers here, so the arithmetic is written once.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Fødselsnummer and D-nummer: the first control digit weighs the first nine digits.
ID_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
#: Fødselsnummer and D-nummer: the second control digit weighs the first ten digits (the first control digit too).
ID_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
#: Account numbers: the control digit (the eleventh) weighs the ten before it, with the same weights.
ACCOUNT_WEIGHTS = ID_WEIGHTS_2
#: Organisation numbers: the control digit (the ninth) weighs the eight before it.
ORGNR_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def control_digit(digits: Sequence[str] | Sequence[int], weights: Sequence[int]) -> int:
    """The mod-11 control digit of `digits` under `weights` (zip stops at the shorter, so later digits are
    not weighed): 0 to 9, or 10 when no digit fits."""
    k = 11 - sum(w * int(d) for w, d in zip(weights, digits, strict=False)) % 11
    return 0 if k == 11 else k


def valid_id_number(digits: str) -> bool:
    """Whether 11 digits are a fødselsnummer or D-nummer: a real date and both mod-11 digits right."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    day, month = int(digits[:2]), int(digits[2:4])
    if day > 40:  # D-nummer: 40 added to the day
        day -= 40
    if month > 40:  # H-nummer (hospital numbers): 40 added to the month
        month -= 40
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    # the control digits weigh the first 9 and the first 10 of the 11 digits: zip stops there
    k1 = control_digit(d, ID_WEIGHTS_1)
    k2 = control_digit(d, ID_WEIGHTS_2)
    return k1 != 10 and k2 != 10 and d[9] == k1 and d[10] == k2


def account_check(digits: str) -> bool:
    """Whether eleven digits end in the mod-11 control digit of an account number."""
    k = control_digit(digits, ACCOUNT_WEIGHTS)
    return len(digits) == 11 and k != 10 and k == int(digits[10])


def valid_orgnr(digits: str) -> bool:
    """Whether nine digits pass the organisation number's mod-11 check."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    k = control_digit(digits, ORGNR_WEIGHTS)
    return k != 10 and int(digits[8]) == k
