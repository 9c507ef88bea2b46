""""killing six people ... The dead were two soldiers and four Iraqi militiamen, and the strike also destroyed a
depot": "also" in a sentence that says who the dead were adds no dead (``casualty_absorbed.more_dead``).
Look-alike: "Two soldiers were also killed" after a toll of people adds to it.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_also_in_a_restatement_adds_no_dead() -> None:
    text = ("Strike near Al-Bukamal\n\nUnidentified aircraft struck a militia base near Al-Bukamal on Monday night, killing "
            "six people. The monitor said the dead were two Syrian soldiers and four Iraqi militiamen, and that the strike "
            "also destroyed an ammunition depot.")
    assert killed(text) == {"regime": 2, "pro_iran_foreign": 4}


def test_also_killed_adds_dead() -> None:
    text = ("Strike near Al-Bukamal\n\nUnidentified aircraft struck a militia base near Al-Bukamal on Monday night, killing "
            "six Iraqi militiamen. Two Syrian soldiers guarding the base were also killed.")
    assert killed(text) == {"regime": 2, "pro_iran_foreign": 6}
