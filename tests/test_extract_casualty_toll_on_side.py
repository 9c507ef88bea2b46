"""A side's toll said again with its foreign part: "the toll among regime forces included 11 militiamen loyal to Iran".

* "the toll among regime forces included N ..." names a part of the regime's dead told before, as "the dead on the
  government side included" does (``casualty_restated``); so does "the death toll on the government side".

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_toll_among_regime_forces_included_foreign_militiamen() -> None:
    text = (
        "Desert attack\n\nJihadists of the Islamic State group killed 20 Syrian soldiers and allied militiamen near "
        "Kabajeb on Monday, a monitor said. The toll among regime forces included six Hezbollah fighters, the monitor's "
        "head said."
    )
    assert killed(text) == {"regime": 14, "pro_iran_foreign": 6}


def test_death_toll_on_the_government_side_included_afghans() -> None:
    text = (
        "Attack near Ithriyah\n\nISIS cells attacked army posts near Ithriyah on Saturday, killing 12 pro-government "
        "fighters. The death toll on the government side included three Fatemiyoun fighters."
    )
    assert killed(text) == {"regime": 9, "pro_iran_foreign": 3}
