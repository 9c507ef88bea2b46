"""One more person told hurt by his state, not by a verb of hurt: "... was killed and another is in critical
condition", "a third was rushed to hospital", "another remains in hospital" (``figure_hurt_state``,
``casualty_one_more``).
Look-alikes: "another" that is a thing (another attack, another hospital), a hospital that is the place hit, and
"another" that only continues a list of the dead: read as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_another_in_critical_condition() -> None:
    text = ("Drone strike near Amuda\n\nA Turkish drone hit a pickup of the Syrian Democratic Forces outside Amuda on "
            "Sunday. One SDF fighter was killed and another is in critical condition.")
    assert killed(text) == {"sdf": 1}
    assert injured(text) == {"sdf": 1}


def test_another_left_in_serious_condition() -> None:
    text = ("Mine blast near Uqayribat\n\nAn old mine went off under a tractor east of Uqayribat at noon, and one farmer "
            "died while another was left in a serious condition.")
    assert injured(text) == {"civilians": 1}


def test_third_rushed_to_hospital() -> None:
    text = ("Sniper fire in Jasim\n\nTwo regime soldiers were killed by sniper fire at a checkpoint in Jasim, and a "
            "third was rushed to the national hospital in Daraa.")
    assert killed(text) == {"regime": 2}
    assert injured(text) == {"regime": 1}


def test_third_in_critical_condition() -> None:
    text = ("Gunmen in Busra al-Sham\n\nTwo members of the 8th Brigade were killed and a third is in critical "
            "condition after gunmen opened fire on their car near Busra al-Sham.")
    assert injured(text) == {"regime": 1}


def test_another_still_receiving_treatment() -> None:
    text = ("Shelling on Kansafra\n\nRegime rockets fell on a farm in Kansafra on Tuesday. A shepherd was killed and "
            "another is still receiving treatment.")
    assert injured(text) == {"civilians": 1}


def test_another_attack_is_not_a_person() -> None:
    text = ("Attacks near Maadan\n\nISIS gunmen killed two NDF members near Maadan on Friday; another attack was "
            "reported in a hospital's yard nearby.")
    assert killed(text) == {"regime": 2}
    assert injured(text) == {}


def test_another_dead_in_hospital_is_no_more_hurt() -> None:
    text = ("Explosion in Tal Abyad\n\nA motorbike bomb killed a man in Tal Abyad, and another died in hospital "
            "hours later.")
    assert injured(text) == {}
