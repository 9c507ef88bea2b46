"""Ex-fighters "who had joined the settlement and were not affiliated to any regime formation" joined no armed group:
a negated clause after the one joined ends it, so the regime named there is not their side (SCHEMA's Daraa convention:
hts_rebels) (paragraphs written for these tests). One construction per test, with look-alikes."""

from __future__ import annotations

from contract_rows import titled, total_pairs

_HEAD = "Since early 2024, SOHR has documented 180 attacks in Daraa province, in which 150 people were killed. They are:\n"


def test_were_not_affiliated_to_a_regime_formation_is_rebel() -> None:
    text = _HEAD + ("70 civilians.\n"
                    "52 former fighters who had joined the settlement and were not affiliated to any regime formation.\n"
                    "28 regime soldiers.\n")
    assert total_pairs(titled(text)) == [("civilians", 70), ("hts_rebels", 52), ("regime", 28)]


def test_have_never_been_part_of_regime_forces_is_rebel() -> None:
    text = _HEAD + ("70 civilians.\n"
                    "52 ex-rebels who reconciled and have never been part of regime forces.\n"
                    "28 regime soldiers.\n")
    assert ("hts_rebels", 52) in total_pairs(titled(text))


def test_joined_regime_security_services_stays_regime() -> None:
    text = _HEAD + ("70 civilians.\n"
                    "52 former fighters who had joined the settlement and joined regime security services.\n"
                    "28 regime soldiers.\n")
    assert total_pairs(titled(text)) == [("civilians", 70), ("regime", 28), ("regime", 52)]
