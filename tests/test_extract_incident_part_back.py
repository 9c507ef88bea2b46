"""A strike told only on a part of the place named before, by its common noun ("jets pounded the area of the oil
field", "warplanes hit the rural areas around the ambush site"), lies where the incident before it happened. Sentences
written for these tests."""

from __future__ import annotations

from contract_rows import contract, governorates, kinds


def test_strikes_on_the_area_of_the_field_named_before() -> None:
    row = contract("Oil field attack\n\nISIS cells stormed the Jazal oil field, east of Homs city, on Monday, killing "
                   "six guards.\n\nRussian jets later pounded the area of the oil field in the evening, with no word "
                   "on casualties.")
    assert kinds(row) == ["attack", "airstrike"]
    assert governorates(row) == ["Homs", "Homs"]


def test_raids_around_the_site_of_the_ambush_told_before() -> None:
    row = contract("Desert ambush\n\nISIS cells ambushed an army truck near Kabajeb in the Deir Ezzor desert on "
                   "Tuesday night, killing five soldiers.\n\nShortly afterwards, Russian jets launched raids on the "
                   "rural areas around the ambush site.")
    assert kinds(row) == ["ambush", "airstrike"]
    assert governorates(row) == ["Deir-ez-Zor", "Deir-ez-Zor"]
