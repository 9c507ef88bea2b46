"""A risen toll of Iranian-backed fighters told in one sentence and broken down in the next by foreign nationality,
"while the rest are Syrians" (``casualty_syrian_rest._rest_of_told``): the foreign parts are pro_iran_foreign, the
Syrian rest the regime's (SCHEMA). Look-alike: without "the rest are Syrians" the toll stays whole.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_foreign_parts_then_the_rest_are_syrians() -> None:
    text = ("Toll rises\n\nSOHR has learned that the death toll of the ISIS attack on a convoy of Iranian-backed militias "
            "near Al-Quriyah has risen to nine. The dead include three Iraqis and a Pakistani, while the rest are Syrians "
            "recruited by the militias.")
    assert killed(text) == {"pro_iran_foreign": 4, "regime": 5}


def test_foreign_parts_alone_leave_the_toll_whole() -> None:
    text = ("Toll rises\n\nSOHR has learned that the death toll of the ISIS attack on a convoy of Iranian-backed militias "
            "near Al-Quriyah has risen to nine. The dead include three Iraqis and a Pakistani.")
    assert killed(text) == {"pro_iran_foreign": 9}
