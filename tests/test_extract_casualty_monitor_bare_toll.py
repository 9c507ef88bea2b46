"""The monitor putting the toll told in the sentence before at its own figure, with no victims named of its own
("The Observatory put that toll at 12."): the same dead, of the side of the figure it answers
(``casualty_party_tolls.monitor_toll_side``; sentences written for these tests)."""

from __future__ import annotations

from contract_rows import killed_sums

T = "Local update\n\n"


def test_monitor_puts_that_toll_at_a_figure_of_the_state_media_civilians() -> None:
    text = T + ("Later that day, opposition shells on regime-held districts in the east of the city killed 14 civilians, "
                "state news agency SANA reported, blaming 'terrorists'. The Observatory put that toll at 12.")
    assert killed_sums(text) == {"civilians": 12}


def test_monitor_puts_the_number_of_dead_at_a_figure_of_soldiers() -> None:
    text = T + ("A car bomb killed nine soldiers at a checkpoint near Jableh on Monday, state television said. SOHR put "
                "the number of dead at 11.")
    assert killed_sums(text) == {"regime": 11}


def test_monitor_estimates_the_death_toll_while_a_claim_differs() -> None:
    text = T + ("Turkish drone strikes on a village near Qamishli on Friday killed six SDF fighters, a Kurdish official "
                "said, blaming Ankara. The Syrian Observatory for Human Rights estimated the death toll at eight, while Ankara "
                "denied it.")
    assert killed_sums(text).get("sdf") == 8


def test_monitor_toll_with_its_own_breakdown_is_not_a_bare_answer() -> None:
    text = T + ("Russian airstrikes on a market near Ariha on Saturday killed four civilians, according to the White "
                "Helmets. The Observatory put the death toll at five, saying that a fighter of HTS was also killed.")
    assert killed_sums(text).get("unknown") is None


def test_monitor_puts_the_dead_of_several_killed_and_wounded_at_a_figure() -> None:
    text = T + ("On Friday, several fighters of Hezbollah were killed and wounded when a drone struck their vehicle near "
                "al-Qusayr. SOHR put the number of dead at three.")
    assert killed_sums(text) == {"pro_iran_foreign": 3}
    text = T + ("Some members of the Syrian Democratic Forces were killed or injured when a landmine went off under their "
                "car near Tal Tamr on Sunday. The Observatory put the death toll at two.")
    assert killed_sums(text) == {"sdf": 2}
