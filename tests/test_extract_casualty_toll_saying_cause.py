"""A risen toll whose cause is told after "saying that" (``casualties._CAUSE_OPEN``): "put the death toll at
three, saying that the injured soldier had died": the three are dead; the injured words belong to the cause, not to the
figure.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_toll_put_at_with_the_cause_after_saying() -> None:
    text = ("Bomb hits army car near Busra al-Sham\n\nTwo soldiers were killed when a bomb hit their car near Busra al-Sham on "
            "Saturday. A third soldier was injured. SOHR later put the death toll at three, saying that the injured soldier "
            "had died.")
    assert killed(text) == {"regime": 3}
    assert injured(text) == {"regime": 1}


def test_injured_figure_before_saying_stays_injured() -> None:
    text = ("Shelling on Kafr Nubl\n\nRegime shelling on Kafr Nubl on Monday wounded four civilians, SOHR said, adding that "
            "rescuers were still at work.")
    assert injured(text) == {"civilians": 4}
