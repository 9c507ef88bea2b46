"""A list item described by its work, then the next item ("the deaths of four civilians working in gas fields and 11
shepherds"): the next item shares the role (``casualty_listed.DESCRIBED_THEN_AND``).
Look-alike: an item described by age ("a man in his forties and two children") keeps working.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import sentence_sides


def test_item_after_workers_in_fields() -> None:
    text = "SOHR documented the deaths of three civilians working in oil fields and nine shepherds in ISIS attacks."
    assert sentence_sides(text, "SOHR") == [("killed", 3, "civilians"), ("killed", 9, "civilians")]


def test_item_after_an_age() -> None:
    text = "Regime shelling killed a man in his forties and two children in Kansafra."
    assert sentence_sides(text, "Regime") == [("killed", 1, "unknown"), ("killed", 2, "civilians")]
