"""The capital named beside its allies ("Damascus and its ally Moscow deny ...") is the government, not a place of
the incident (places._ALLIED). Paragraphs written for these tests."""

from __future__ import annotations

from contract_rows import governorates, titled
from observatory.extract.places import governorate_mentions


def test_damascus_beside_its_allies_is_no_place_of_the_strike() -> None:
    for tail in ("Damascus and its ally Moscow deny targeting civilians.",
                 "Damascus and its Russian backers say they only strike militants.",
                 "Damascus, and its allies, rejected the accusations."):
        row = titled("Warplanes struck a market in the town of Kansafra on Monday, killing four civilians, the "
                     "monitor said.\nRescuers were still digging through the rubble.\n" + tail)
        assert governorates(row) == [None], tail


def test_damascus_as_a_place_stays_a_place() -> None:
    text = "A mortar shell hit a school in Damascus and its countryside was shelled."
    assert [g.governorate for g in governorate_mentions(text, 0, len(text))] == ["Damascus"]
