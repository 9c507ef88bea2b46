""""A young man was shot dead ... The man had been accused by residents of working with Hezbollah": the accusers named
between "accused" and "of" do not hide the charge, so the victim is of the group he was said to serve
(``casualty_referents.accused_next``). Look-alike: accused by locals of dealing in drugs stays of no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_accused_by_named_accusers_of_working_with_a_group() -> None:
    text = ("Young man shot dead in Daraa countryside\n\nUnidentified gunmen shot dead a young man in the town of Nahta in "
            "the eastern countryside of Daraa on Sunday. The young man had been accused by local people of working with "
            "Lebanese Hezbollah.")
    assert killed(text) == {"pro_iran_foreign": 1}


def test_accused_by_locals_of_drug_dealing_is_of_no_side() -> None:
    text = ("Young man shot dead in Daraa countryside\n\nUnidentified gunmen shot dead a young man in the town of Nahta in "
            "the eastern countryside of Daraa on Sunday. The young man had been accused by local people of dealing in "
            "drugs.")
    assert killed(text) == {"unknown": 1}
