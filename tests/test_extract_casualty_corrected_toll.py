""""SOHR had first reported 11 dead, but later confirmed that the toll stands at nine": the monitor's first figure is
dropped and the correction after "but" kept (``casualty_rises.earlier_report``). Look-alike: a risen toll told
in the same sentence as the earlier report without a contrast ("..., before a child died, bringing the toll to four")
is the earlier report's own account, dropped as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_first_report_corrected_after_but() -> None:
    text = ("ISIS attack on army post near Al-Sukhnah\n\nSOHR has learned that seven soldiers of the regime forces were "
            "killed when ISIS cells attacked their post near Al-Sukhnah on Monday night. The Observatory had originally "
            "reported 12 deaths, however it later confirmed that the toll stands at seven.")
    assert killed(text) == {"regime": 7}


def test_risen_toll_of_the_earlier_report_without_contrast_is_not_a_correction() -> None:
    text = ("Toll of shelling on Kansafra rises to five\n\nThe death toll of the regime shelling on Kansafra this morning has "
            "risen to five civilians. SOHR had reported earlier that two civilians were killed in the shelling, before two "
            "children died of their wounds, bringing the toll to four.")
    assert killed(text) == {"civilians": 5}
