"""Casualty figures: risen and corrected tolls.

* a risen toll takes the side of the wounded who died or of the earlier report after it, keeps no side after an earlier
  report of two sides, and may be told again by side;
* an attack described at length, or with commas, between "the death toll of" and "has risen to N"; a risen toll followed
  by its cause;
* the monitor's earlier report or the report of yesterday adds no dead; a corrected toll drops the earlier report;
* the wounded who died are dead and the injured stay as stated (no arithmetic); a first report with no death of the
  wounded is kept; others after a risen toll share its side.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import T, one_incident, run, wounded
from contract_rows import contract
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed
from mention_rows import mentions


def test_wounded_who_died_named_in_apposition_is_no_more_dead() -> None:
    text = ("Shelling on Kansafra\n\nRegime forces shelled Kansafra on Monday, killing two civilians and wounding five others. "
            "One of the wounded, an elderly man, died in hospital on Tuesday, raising the death toll of the shelling to three civilians.")
    assert killed(text) == {"civilians": 3}


def test_risen_toll_with_commas_in_the_event() -> None:
    text = ("Blast in Jasim\n\nAn IED killed two people in Jasim on Sunday. Two more people died of their wounds today, raising "
            "the death toll of the blast in Jasim city, in the northern countryside of Daraa, to four.")
    assert killed(text) == {"unknown": 4}


def test_corrected_toll_drops_the_earlier_report() -> None:
    text = ("Correction | Two killed in Azaz clashes\nHome\nSOHR has corrected the death toll of yesterday's clashes between two "
            "factions in Azaz. Two fighters of the Hamza Division were killed. SOHR had earlier reported the death of five "
            "people.")
    assert killed(text) == {"turkey_factions": 2}


def test_others_after_a_long_risen_toll_sentence_take_its_side() -> None:
    text = ("Toll of IED blast on regime bus near Izraa rises to five\n\nThe death toll of the IED explosion that hit a bus "
            "carrying soldiers on the road between Izraa and Sheikh Miskin in the eastern countryside of Daraa on Saturday "
            "morning has risen to five, after two of the wounded died of their serious injuries in a military hospital in "
            "Damascus late on Sunday night. Seven others remain under treatment.")
    assert injured(text) == {"regime": 7}


def test_risen_toll_takes_the_side_of_the_earlier_report_after_it() -> None:
    text = ("Toll of Maadan blast rises\n\nThe death toll of yesterday's explosion of a war remnant near Maadan has risen to "
            "four, after two of the wounded died in hospital. The device went off while a group of men were collecting "
            "scrap metal. Three others are still receiving treatment. SOHR had reported yesterday that two civilians were "
            "killed in the explosion.")
    assert killed(text) == {"civilians": 4}
    assert injured(text) == {"civilians": 3}


def test_risen_toll_after_an_earlier_report_of_two_sides_keeps_no_side() -> None:
    # look-alike: an earlier report of dead of two sides names no one side for the risen toll
    text = ("Toll of Maadan blast rises\n\nThe death toll of yesterday's explosion near Maadan has risen to four, after two of "
            "the wounded died in hospital. SOHR had reported yesterday that a soldier and a civilian were killed in the "
            "explosion.")
    assert "civilians" not in killed(text)


def test_risen_toll_told_again_by_side() -> None:
    text = T + ("The death toll of the strikes on depots of Iranian-backed militias near Al-Mayadeen on Monday has risen "
                "to 12. The dead include eight non-Syrian militiamen and four Syrians working with the militias.")
    assert killed(text) == {"pro_iran_foreign": 8, "regime": 4}


def test_risen_toll_with_a_subset_stays() -> None:
    text = T + ("The death toll of the car bomb in Al-Bab on Monday has risen to 12 civilians. The dead include four "
                "children and two women.")
    assert killed(text) == {"civilians": 12}


@pytest.mark.parametrize(("text", "killed"), [
    ("A car bomb went off in Azaz market on Monday, killing three civilians; one of the injured civilians has since succumbed "
     "to his wounds in a hospital in Turkey, bringing the death toll of the car bomb explosion to four.", {"civilians": 4}),
    ("Regime shells hit Al-Bara village on Friday, killing two civilians. One of the wounded civilians died of his wounds "
     "in a field hospital in the countryside of Idlib, raising the death toll of the shelling to three.", {"civilians": 3}),
])
def test_a_risen_toll_takes_the_side_of_the_wounded_who_died(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


def test_risen_toll_parts_after_a_nested_breakdown() -> None:
    row = run("The death toll of yesterday's drone attack on the Military College in Homs city has risen to 116: 43 "
              "civilians, among them 11 children and 17 women, and 73 military personnel, including cadets and officers.")
    assert all(i["killed"].get("civilians", 0) <= 43 for i in row["incidents"])


@pytest.mark.parametrize(("text", "expected"), [
    ("Two soldiers who were wounded in the attack on the bus have died of their wounds.", [("killed", 2, "regime")]),
    ("Three civilians who were injured in the shelling of Ariha on Monday died in hospital today.", [("killed", 3, "civilians")]),
    ("An SDF fighter who was seriously wounded in the clashes near Hajin has succumbed.", [("killed", 1, "sdf")]),
])
def test_the_wounded_who_died_are_dead(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("On Monday, a car bomb in Azaz killed 3 civilians and injured 10 others. Two of the injured died later, bringing the "
     "death toll to 5.", {"civilians": 5}, {"civilians": 10}),
    ("On Monday, a car bomb in Azaz killed 3 civilians and injured 10 others. One of the wounded later died of his wounds.",
     {"civilians": 4}, {"civilians": 10}),
    ("On Monday, an ISIS attack on a bus near al-Shoula killed 13 soldiers and injured 11 others. Two soldiers who were "
     "wounded in the attack have died of their wounds, raising the toll to 15.", {"regime": 15}, {"regime": 11}),
    ("On Sunday, regime shelling on Ariha killed a child and wounded 4 civilians. A wounded civilian died in hospital on "
     "Tuesday.", {"civilians": 2}, {"civilians": 4}),
])
def test_the_wounded_who_died_leave_the_injured_as_stated(text: str, dead: dict[str, int], hurt: dict[str, int]) -> None:
    assert (killed(text), wounded(text)) == (dead, hurt)


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("On Friday, two soldiers who were wounded in the ISIS attack on a bus near al-Shoula have died of their wounds, raising "
     "the toll to 15. The attack had initially killed 13 soldiers and injured 11 others.", {"regime": 15}, {"regime": 11}),
    ("On Friday, one of the wounded civilians died, bringing the toll of the Azaz bombing to 6. The car bomb had at first "
     "killed 5 civilians and wounded 20.", {"civilians": 6}, {"civilians": 20}),
    ("On Sunday, three SDF fighters who were injured in the drone strike near Amuda died in hospital, bringing the toll to "
     "five. The strike had originally killed two fighters and wounded seven.", {"sdf": 5}, {"sdf": 7}),
])
def test_the_first_injured_told_after_some_died_stays_as_stated(text: str, dead: dict[str, int], hurt: dict[str, int]) -> None:
    assert (killed(text), wounded(text)) == (dead, hurt)


def test_a_first_report_with_no_death_of_the_wounded_is_kept() -> None:
    text = "On Friday, an ISIS attack on a bus near al-Shoula killed 13 soldiers and injured 11 others, the monitor initially said."
    assert (killed(text), wounded(text)) == ({"regime": 13}, {"regime": 11})


def test_a_dateline_year_is_no_count_of_the_wounded_who_died() -> None:
    text = ("Bus attack toll rises\nPosted 14/05/2022\nTwo soldiers who were wounded in Friday's ambush on a bus near "
            "al-Shoula died of their wounds, raising the toll to 9. The ambush had initially killed 7 soldiers and wounded "
            "6 others.")
    assert (killed(text), wounded(text)) == ({"regime": 9}, {"regime": 6})


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("The death toll of the car bomb in Ras al-Ain has risen to 14 people, after three of the injured died of their wounds.",
     14, 0),
    ("The toll of Monday's shelling of Darat Izza climbed to eight, following the death of two of the wounded in hospital.",
     8, 0),
    ("The number of dead in the suicide attack on the police station in Qamishli has risen to 20 people, as more of the "
     "wounded succumbed overnight.", 20, 0),
])
def test_risen_toll_with_its_cause(text: str, dead: int, hurt: int) -> None:
    assert sum(killed(text).values()) == dead
    assert sum(injured(text).values()) == hurt


def test_long_described_attack_between_toll_and_rise() -> None:
    text = ("Toll update\n\nThe monitor says the death toll of the roadside bomb which struck a bus of the regime's Air Force "
            "Intelligence on the road between Izraa and Busra al-Harir in the eastern countryside of Daraa on Tuesday "
            "evening has climbed to six soldiers, after three more soldiers died of their injuries in hospital.")
    assert killed(text) == {"regime": 6}


def test_others_after_risen_toll_share_its_side() -> None:
    text = ("Seven shepherds killed by landmine\n\nThe death toll of the landmine explosion which hit a group of shepherds in "
            "the desert of Maadan in the eastern countryside of Raqqa on Sunday has risen to seven, after a boy died of his "
            "wounds in hospital this morning, while three others were wounded.")
    assert injured(text) == {"civilians": 3}


def test_earlier_report_after_a_risen_toll_adds_no_dead() -> None:
    text = ("Toll of Hama bus attack rises\n\nThe death toll of the attack by ISIS cells on a bus of regime soldiers near "
            "Ithriyah has risen to eight, after three of the wounded died today.\nSOHR had reported yesterday that five "
            "soldiers were killed when the cells opened fire on the bus.")
    assert killed(text) == {"regime": 8}


def test_report_of_yesterday_after_a_risen_toll_adds_nothing() -> None:
    text = ("Toll rises in Homs desert\n\nThe death toll of the landmine blast that hit a bus of the Fourth Division near "
            "al-Sukhnah has risen to seven, after a wounded soldier died this morning. SOHR reported yesterday that six "
            "soldiers were killed and five others injured when the bus hit the mine.")
    assert killed(text) == {"regime": 7}
    assert "unknown" not in injured(text)


def test_risen_number_of_people_keeps_the_whole() -> None:
    text = ("Toll of Azaz blast rises\n\nThe number of people killed in the motorcycle bomb blast that hit the vegetable "
            "market of Azaz on Friday evening has risen to 11, including four children.")
    assert killed(text) == {"unknown": 11}


def test_risen_toll_of_people_named_in_a_long_relative_clause() -> None:
    text = ("Toll rises in Kabajeb attack\n\nSOHR has learned that the number of regime soldiers and members of the "
            "National Defence Forces who were killed in the attack by ISIS cells on their posts near Kabajeb, south of "
            "Deir Ezzor, on Friday night has risen to ten, after two of the wounded died this morning. Among the dead "
            "are three Afghan militiamen of the Fatemiyoun.")
    assert killed(text) == {"regime": 7, "pro_iran_foreign": 3}


def test_running_total_of_fighters_of_several_nationalities_keeps_its_head_side() -> None:
    text = ("ISIS ambush near al-Sukhnah\n\nISIS cells ambushed an army truck near al-Sukhnah on Monday, killing three "
            "soldiers. Thereby, the number of regime soldiers and loyal gunmen of Syrian and non-Syrian nationalities "
            "who were killed in ISIS attacks in the Syrian desert since the 24th of March 2019 rises to 74, among them "
            "11 non-Syrian militiamen.")
    assert [(t["side"], t["killed"]) for t in contract(text)["totals"]] == [("regime", 74)]


def test_toll_told_when_first_reported_is_superseded_and_wounded_who_died_are_not_hurt() -> None:
    text = ("Toll of Palmyra road ambush rises\n\nSOHR has learned that the death toll of yesterday's ambush on a bus "
            "carrying regime soldiers on the Palmyra road near al-Sukhnah has risen to 19, after four seriously wounded "
            "soldiers succumbed to their injuries at the military hospital in Homs.\nSOHR was the first to report the "
            "ambush yesterday, when the toll stood at 15 dead.")
    assert killed(text) == {"regime": 19}
    assert injured(text) == {}
