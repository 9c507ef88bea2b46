""""killing nine members of regime forces and allied militias, they are: six soldiers and three Iraqi fighters": the
items after ", they are:" are parts of the figure before (``casualty_lists.colon_parts``).
Look-alike: a plain colon list keeps working.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_they_are_list_after_a_figure() -> None:
    text = ("ISIS attack near Al-Kawm\n\nISIS cells raided army posts near Al-Kawm on Wednesday night, killing nine members of "
            "regime forces and allied militias, they are: six soldiers and three Iraqi fighters.")
    assert killed(text) == {"regime": 6, "pro_iran_foreign": 3}


def test_plain_colon_list_after_a_figure() -> None:
    text = ("ISIS attack near Al-Kawm\n\nISIS cells raided army posts near Al-Kawm on Wednesday night, killing nine members of "
            "regime forces and allied militias: six soldiers and three Iraqi fighters.")
    assert killed(text) == {"regime": 6, "pro_iran_foreign": 3}
