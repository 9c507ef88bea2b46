""""leaving one death among civilians": the singular noun after its figure names the side after "among", as the
plural does ("two deaths among civilians"; ``casualty_sentence_sides._side_after_role``). Look-alike: a death of no
side named stays of no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_one_death_among_civilians() -> None:
    text = ("Artillery fire on Kansafra\n\nRegime artillery pounded the outskirts of Kansafra in Jabal al-Zawiya on "
            "Friday afternoon, leaving one death among civilians.")
    assert killed(text) == {"civilians": 1}


def test_one_fatality_among_the_soldiers() -> None:
    text = ("Mine blast near Al-Sukhnah\n\nA landmine left by ISIS went off under an army truck east of Al-Sukhnah on "
            "Tuesday, causing one fatality among the regime soldiers on board.")
    assert killed(text) == {"regime": 1}
