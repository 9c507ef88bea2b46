""""At least 12 people, including five soldiers, were killed ... seven of the dead are civilians": the soldiers are a
known part of the twelve, so the civilians leave nothing over for a toll of "people" (``casualty_known.known_parts``).
Look-alike: where no part was told with the whole, the rest stays of no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed
from contract_rows import sentence_sides


def test_restated_rest_leaves_nothing_over() -> None:
    text = ("ISIS attack near Al-Sukhnah\n\nAt least 12 people, including five members of regime forces, were killed on "
            "Sunday when ISIS cells attacked a convoy of trucks near Al-Sukhnah. SOHR said that seven of the dead are "
            "civilians working for a transport company.")
    assert sentence_sides(text, "SOHR said") == [("killed", 7, "civilians")]
    assert killed(text) == {"regime": 5, "civilians": 7}


def test_restated_rest_with_no_part_told_before() -> None:
    text = ("ISIS attack near Al-Sukhnah\n\nAt least 14 people were killed on Sunday when ISIS cells attacked a convoy of "
            "trucks near Al-Sukhnah. SOHR said that seven of the dead are civilians working for a transport company.")
    assert sentence_sides(text, "SOHR said") == [("killed", 7, "civilians"), ("killed", 7, "unknown")]
