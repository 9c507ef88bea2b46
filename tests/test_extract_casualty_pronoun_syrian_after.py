""" "opened fire on a commander of the Iranian-backed X militia ..., killing him. The commander is a Syrian national"
(``casualty_victim_words.antecedent_words``): the one "him" stands for is the commander the attack was aimed at, and
the text calls him Syrian, so he is the regime's (SCHEMA: explicitly Syrian Iranian-backed militiamen). Look-alike: no
later word on his nationality keeps the militia's side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_commander_restated_as_syrian_after_killing_him() -> None:
    text = (
        'Shooting in Albukamal\n\nGunmen on a motorcycle opened fire on a commander of the Iranian-backed "Imam Ali" '
        "militia near the market of Albukamal on Tuesday, killing him instantly. The commander was a Syrian national from "
        "the nearby village of al-Hiri."
    )
    assert killed(text) == {"regime": 1}


def test_no_nationality_told_keeps_the_militia_side() -> None:
    text = (
        'Shooting in Albukamal\n\nGunmen on a motorcycle opened fire on a commander of the Iranian-backed "Imam Ali" '
        "militia near the market of Albukamal on Tuesday, killing him instantly."
    )
    assert killed(text) == {"pro_iran_foreign": 1}
