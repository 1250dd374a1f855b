"""Round 46i: lettered references with slashes in letters, case numbers after a hesitation, numbered firms as
workplaces, and technical acronyms that are methods, not firms."""

from __future__ import annotations

import pytest

from tests.probe_support import covered, untouched

LETTERED = [
    ("P: I brevet står det: «Deres ref. 2025-00118, vår ref. TR/2025/77102.» Jeg sendte begge.", "TR/2025/77102"),
    ("P: Saksnr. AK/2024/3318 står øverst på vedtaket.", "AK/2024/3318"),
    ("P: «Vår referanse: BN/23/00441-5. Vi ber om svar innen fristen.»", "BN/23/00441-5"),
    ("I: Står det et nummer på brevet?\nP: Ja, øverst: MK/2026/1184.", "MK/2026/1184"),
]

HESITANT = [
    ("P: Og UDI-saken, den har jeg spurt om. Hva var det igjen … 23-4471902.", "23-4471902"),
    ("P: Søknaden fikk et nummer, jeg har det på mobilen. Vent litt, eh, 2024881133.", "2024881133"),
    ("P: Klagen min ble sendt i mars. La meg se … 25-0093318. Den er ikke ferdig.", "25-0093318"),
]

NUMBERED_FIRMS = [
    ("P: Broren min er ansatt i Rørlegger 1 i Ski.", "Rørlegger 1"),
    ("P: Hun har praksis hos Fysioterapeut 1 på Bryn.", "Fysioterapeut 1"),
    ("P: Kona mi jobber på Megler 24 i Drammen.", "Megler 24"),
]


@pytest.mark.parametrize(("text", "part"), LETTERED + HESITANT)
def test_reference_found_whole(text: str, part: str) -> None:
    assert covered(text, part) == "number"


@pytest.mark.parametrize(("text", "part"), NUMBERED_FIRMS)
def test_numbered_firm_found_whole(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("P: Bakgrunn: FCAW-sveising og SAW/GMAW, ti år.", "FCAW"),
    ("P: Bakgrunn: FCAW-sveising og SAW/GMAW, ti år.", "SAW/GMAW"),
    ("P: Før gjorde jeg UT/MT-testing på rør.", "UT/MT"),
    ("P: Han kan SMAW-sveising og har gått på kurs.", "SMAW"),
    ("P: Jeg står ved en FKM-maskin hele dagen.", "FKM"),
])
def test_technical_acronyms_stay(text: str, part: str) -> None:
    assert untouched(text, part)


@pytest.mark.parametrize(("text", "part"), [
    ("P: Han kan SMAW-sveising og jobber i TVK på Hjelset.", "TVK"),
    ("P: Han jobber i KMV og gjør KMV-sveising der.", "KMV"),
])
def test_firm_acronym_as_workplace_still_found(text: str, part: str) -> None:
    assert covered(text, part) == "org"


@pytest.mark.parametrize(("text", "part"), [
    ("P: Saken tok lang tid. Hva var det igjen … 18 måneder.", "18 måneder"),
    ("P: Klagen gjaldt erstatning. La meg se … 250000 kroner.", "250000"),
    ("P: Søknaden om tilskudd, eh, den var på 2400000.", "2400000"),
    ("P: Vedtaket, vent litt … fra 2018 til 2020.", "2018"),
    ("P: Det står i Bygg 3 på campus.", "Bygg 3"),
    ("P: Vi har pause i Sal 2 etter lunsj.", "Sal 2"),
])
def test_look_alikes_stay(text: str, part: str) -> None:
    assert untouched(text, part)
