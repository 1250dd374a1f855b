"""Round 44c: a reference of capitals, a hyphen and a serial with no year, right after a word for a case,
an application, a complaint, a decision or a reference ("lånesøknad LS-77120", "Klagen min, KLG-44107,"),
is a case number; codes of models, standards and courses stay. Development data only; every string is invented."""

from __future__ import annotations

import pytest

from tests.probe_support import covered, untouched


@pytest.mark.parametrize("text, part", [
    ("Mentee: «Vi viser til studielånsøknad SL-40917 og bekrefter at lånet er innvilget.»", "SL-40917"),
    ("Mentee: Klagen min, KL-55012, er mottatt.", "KL-55012"),
    ("Mentee: Det står byggesak BG-20871 øverst i brevet.", "BG-20871"),
    ("Mentee: De ba meg oppgi referanse: AX-889104.", "AX-889104"),
    ("Mentee: Vedtak VT-3381-2 kom i posten i går.", "VT-3381-2"),
    ("Mentee: Forsikringssaken nr. FS-120445 er avsluttet.", "FS-120445"),
    ("Mentee: Søknaden har søknadsnummer OP-77341.", "OP-77341"),
])
def test_a_lettered_serial_after_a_case_word_is_replaced(text, part):
    assert covered(text, part) == "number"


@pytest.mark.parametrize("text, part", [
    ("Mentee: Søknaden gjaldt truck av typen EFG-2160 og maskin CX-3500.", "EFG-2160"),
    ("Mentee: Vedtaket kom etter at jeg hadde tatt emnet MAT-1001.", "MAT-1001"),
    ("Mentee: Vi kjøpte en vaskemaskin, modell WM-8214, før søknaden gikk.", "WM-8214"),
    ("Mentee: Saken handlet om kurset, modul B-2.", "B-2"),
    ("Mentee: Klagen gjaldt toget R-10.", "R-10"),
])
def test_codes_that_are_no_case_numbers_stay(text, part):
    assert untouched(text, part)
