"""The number in a unit's name counts no one (``figures.is_count``): "the 'Liwaa 313' militia", "Branch 215".

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_militia_number_is_no_count() -> None:
    text = ("Commander shot dead in Al-Mayadin\n\nUnknown gunmen shot dead a commander of the Iranian-backed \"Liwaa 313\" "
            "militia in Al-Mayadin on Monday.")
    assert killed(text) == {"pro_iran_foreign": 1}


def test_branch_number_is_no_count() -> None:
    text = ("Officer killed in Daraa\n\nAn officer of the Military Intelligence Branch 245 was killed by gunmen near Nawa on "
            "Sunday.")
    assert killed(text) == {"regime": 1}


def test_count_after_a_unit_name_stays() -> None:
    text = ("Ambush on the 4th Division\n\nISIS cells ambushed a patrol of the 4th Division near Al-Shula, killing seven "
            "soldiers.")
    assert killed(text) == {"regime": 7}
