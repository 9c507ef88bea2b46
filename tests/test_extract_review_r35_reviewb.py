"""Round-35 review of the round-34 rules: sentences that come near a rule without being what it was written for
(written for these tests, judged by ../shared/data/sohr/SCHEMA.md).

* an aged apposition inside a list ("a woman, a man aged 45, and a child") is a list of people, not one told twice
  (``casualty_one_apposed``);
* "two injured by Turkish soldiers": the noun after the participle's "by" is the agent, not the people hurt
  (``casualty_hurt_adjective``);
* an attack verb told as background before an exchange of fire ("raided by the SDF last week", "whose post the army
  attacked", "wanted for having attacked") is no initiator of that exchange (``incident_fire_exchange``);
* a campaign launched on the report's own day, with its strikes, is the day's attack (``incident_campaign``).
"""

from __future__ import annotations

from contract_rows import contract, injured_sums, killed_per_incident, killed_sums, kinds

_TITLE = "Shelling and gunfire in the north\n\n"


def test_aged_apposition_in_a_list_counts_each_person() -> None:
    text = ("Syria, March 1: Rocket fire by regime forces hit a home in the village of Kansafra in the Idlib countryside, "
            "killing a girl, a woman in her forties, and an elderly man.")
    assert sum(killed_sums(text).values()) == 3


def test_aged_apposition_along_with_another_victim() -> None:
    text = ("Syria, March 1: Regime artillery fire on the village of Kansafra in the Idlib countryside killed a boy, "
            "a farmer aged 61, as well as a teacher.")
    assert sum(killed_sums(text).values()) == 3


def test_injured_by_a_side_are_not_that_side() -> None:
    text = ("Syria, March 1: Near the village of Darkush in the Idlib countryside, four refugees were shot dead and "
            "three injured by Turkish soldiers while crossing the border fence.")
    assert "turkey_factions" not in injured_sums(text)
    assert sum(injured_sums(text).values()) == 3


def test_raid_of_an_earlier_week_does_not_make_the_exchange_an_attack() -> None:
    text = (_TITLE + "In the hamlet of Kafr Hamra, raided by the army last week, an exchange of fire erupted on "
            "Monday between soldiers and local gunmen, killing one gunman.")
    assert kinds(contract(text)) == ["clash"]


def test_attack_in_a_relative_clause_does_not_make_the_exchange_an_attack() -> None:
    text = (_TITLE + "Regime soldiers, whose checkpoint ISIS attacked in the spring, exchanged fire with local "
            "gunmen in the hamlet of Kafr Hamra on Monday, and one soldier died in the exchange of fire.")
    assert kinds(contract(text)) == ["clash"]


def test_attack_the_dead_were_wanted_for_does_not_make_the_exchange_an_attack() -> None:
    text = (_TITLE + "Two men wanted for having attacked a patrol died in an exchange of fire with soldiers in the "
            "hamlet of Kafr Hamra on Monday.")
    assert kinds(contract(text)) == ["clash"]


def test_campaign_launched_today_with_strikes_is_the_days_attack() -> None:
    text = ("Fighting near Tal Hamis\n\nOn Monday, jets bombed a bakery in Tal Hamis, Hasakah, killing six civilians. "
            "Meanwhile, Russian jets launched their campaign on the hills east of Tal Hamis at dawn today, carrying "
            "out dozens of air strikes.")
    assert len(killed_per_incident(contract(text))) == 2
