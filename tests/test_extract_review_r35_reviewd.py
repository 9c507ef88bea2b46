"""Review of round-35 rules (reviewd): sentences near each rule that it must not take (written for these tests,
judged by ../shared/data/sohr/SCHEMA.md).

* storm_fire: a storming after shelling told as the time of another event ("a day after troops stormed X after
  shelling it") does not make that event's airstrike an attack;
* joint_hurt: people hurt "in the two towns" by one shelling or one blast the sentence names are that incident's
  injured (one bombardment of several sites is one incident);
* same_place: "inside the city" for a placeless incident, where the last city told lies before the incident just
  before it, does not take that incident's governorate;
* wounded_rise: the toll of the battles for a countryside, or of the day's violence in Syria, risen after wounded
  died, stays a total.
"""

from __future__ import annotations

from contract_rows import contract, governorates, injured_sums, kinds, titled, total_pairs


def test_storming_dating_another_airstrike_stays_an_airstrike() -> None:
    text = ("Strikes on Idlib | Civilians killed\n\nRussian jets killed six civilians in Maarat Misrin in Idlib "
            "countryside on Wednesday, two days after regime troops stormed the nearby village of Kafr Yahmoul after "
            "shelling it for hours.")
    assert kinds(contract(text)) == ["airstrike"]


def test_storming_after_shelling_with_its_dead_is_still_an_attack() -> None:
    text = ("Assault on Kafr Yahmoul | Villagers killed\n\nRegime troops stormed the village of Kafr Yahmoul in Idlib "
            "countryside on Wednesday after shelling it for hours, killing eleven villagers.")
    assert kinds(contract(text)) == ["attack"]


def test_hurt_by_one_shelling_of_two_towns_are_its_injured() -> None:
    text = ("Regime artillery pounded the towns of Maarzita and Kafr Sajna in Idlib countryside on Sunday. Seven "
            "civilians were wounded by the shelling in the two towns.")
    assert injured_sums(text) == {"civilians": 7}


def test_hurt_in_two_cities_after_two_attacks_stay_joint() -> None:
    text = ("Two car bombs went off on Sunday, one in Azaz and one in Afrin, killing nine civilians. About 80 people "
            "were wounded in the two cities, local doctors said.")
    assert injured_sums(text) == {}


def test_inside_the_city_pointing_past_the_incident_before_takes_no_governorate() -> None:
    text = ("Deaths in the north | Civilians killed\n\nIn Aleppo city, regime shelling killed two civilians in the "
            "Salah al-Din district on Friday. In Idlib countryside, a Russian airstrike killed five civilians in Binnish. "
            "Meanwhile, a sniper shot dead a boy inside the city on Friday evening.")
    govs = governorates(contract(text))
    assert len(govs) == 3 and govs[2] != "Idleb"


def test_battles_toll_risen_after_wounded_died_stays_a_total() -> None:
    text = ("The number of regime soldiers killed in the battles for Latakia countryside has risen to 64, after four "
            "wounded soldiers died in hospital.")
    assert total_pairs(titled(text, "2021-09-14")) == [("regime", 64)]


def test_days_violence_in_syria_risen_after_wounded_died_stays_a_total() -> None:
    text = "The number of people killed in the violence in Syria today has risen to 51, after several of the injured died."
    assert total_pairs(titled(text, "2021-09-14")) == [("unknown", 51)]
