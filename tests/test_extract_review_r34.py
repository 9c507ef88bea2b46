"""Round 34 review: look-alikes of that round's rules that the rules must leave as they were. Every sentence here was
written for these tests; places are real Syrian names, the events invented.

* a post attacked told as an earlier event ("two days after gunmen attacked a checkpoint"), or a man named by his
  post ("the patrol leader"), is no attack on a post (``incident_posts``);
* "killing himself, and two soldiers were wounded": the figure's own verb decides (``casualty_reflexive``);
* a month in the place slot of a ranking is no region (``totals_rank_tops``);
* people of another side told after a toll ("the soldiers' toll rose to 12, as the bodies of four ISIS attackers were
  recovered"), or "of whom" after another figure ("arresting six, two of whom died"), are not inside the toll
  (``casualty_died_later``);
* men of a post, or men the text ties to a side, beside a civilian vehicle hit (``casualty_civilian_vehicle``);
* two shot dead in a robbery are not picked out (``incident_few_shot``).
"""

from __future__ import annotations

from datetime import date

from contract_rows import Row, contract

DAY = date(2023, 5, 10)


def _row(text: str) -> Row:
    return contract(text, DAY)


def _incidents(text: str) -> list[tuple[str, dict[str, int], dict[str, int]]]:
    return [(i["type"], i["killed"], i["injured"]) for i in _row(text)["incidents"]]


def test_checkpoint_attacked_days_before_is_background_of_a_killing() -> None:
    text = ("Killing in Busra\n\nUnidentified gunmen shot dead a member of the Eighth Brigade near his home in Busra al-Sham "
            "on Sunday, two days after gunmen attacked a checkpoint of the brigade in the same town.")
    assert [k for k, _, _ in _incidents(text)] == ["assassination"]


def test_the_patrol_leader_targeted_is_a_man_singled_out() -> None:
    text = ("Assassination in Nawa\n\nGunmen targeted the patrol leader of the Military Security, a first lieutenant, "
            "with gunfire outside his house in Nawa on Thursday, killing him instantly.")
    assert [k for k, _, _ in _incidents(text)] == ["assassination"]


def test_reflexive_then_a_clause_with_its_own_verb() -> None:
    text = ("Blast near Palmyra\n\nAn ISIS member blew himself up at a checkpoint east of Palmyra on Friday, killing "
            "himself, and two soldiers were wounded.")
    [(_, killed, injured)] = _incidents(text)
    assert injured == {"regime": 2} and "regime" not in killed


def test_a_ranking_by_month_is_no_ranking_by_region() -> None:
    text = ("Monthly toll\n\nThe monitor documented 160 deaths in Daraa since January. The highest death toll was "
            "recorded in March, with 40, followed by April with 31 and May with 22.")
    assert not [t for t in _row(text)["totals"] if t.get("region")]


def test_bodies_of_the_attackers_are_not_inside_the_soldiers_toll() -> None:
    text = ("Bombing in Maskanah\n\nThe toll of regime soldiers killed in the bombing of their barracks near Maskanah has "
            "risen to 12, as the bodies of four ISIS attackers were recovered from the site.")
    [(_, killed, _)] = _incidents(text)
    assert killed == {"isis": 4, "regime": 12}


def test_a_civilian_who_died_later_is_not_inside_the_soldiers_toll() -> None:
    text = ("Shelling on Maadan\n\nISIS attacks on regime positions in the Maadan desert killed five soldiers on Sunday. "
            "The monitor raised the toll of the soldiers to seven, adding that a civilian shepherd later died of wounds "
            "from the shelling.")
    [(_, killed, _)] = _incidents(text)
    assert killed == {"civilians": 1, "regime": 7}


def test_of_whom_after_the_arrested_is_not_a_part_of_the_dead() -> None:
    text = ("Raid on Tafas\n\nRegime forces raided Tafas on Friday, killing four gunmen and arresting six young men, two "
            "of whom died under torture days later.")
    assert sum(sum(k.values()) for _, k, _ in _incidents(text)) == 6


def test_guards_of_a_checkpoint_near_a_civilian_bus_keep_their_side() -> None:
    text = ("Bomb in Jarablus\n\nAn explosive device went off near a civilian bus at a checkpoint of the Turkish-backed "
            "factions outside Jarablus on Friday, wounding four guards.")
    [(_, _, injured)] = _incidents(text)
    assert "civilians" not in injured


def test_men_told_as_commanders_in_a_civilian_car_are_no_civilians() -> None:
    text = ("Strike near Sarmada\n\nA coalition drone struck a civilian car near Sarmada on Sunday, killing two men "
            "believed to be senior ISIS commanders.")
    [(_, killed, _)] = _incidents(text)
    assert "civilians" not in killed


def test_merchants_shot_dead_in_a_robbery_are_not_picked_out() -> None:
    text = ("Robbery in Hasakah\n\nTwo merchants were shot dead by unknown gunmen who robbed their shop in the Ghweiran "
            "district of Hasakah city on Wednesday night.")
    assert [k for k, _, _ in _incidents(text)] != ["assassination"]
