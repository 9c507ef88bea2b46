"""Casualty figures of the wounded, and of the dead and wounded told together.

* "N X killed and wounded" is neither figure; dead and wounded among one group;
* the wounded still receiving treatment, in critical condition or still in hospital are injured; those rescued or
  treated; "he survived with injuries"; "he was arrested" is no casualty;
* restated wounded take the side told before; the wounded after another event, or more than N wounded, are not lowered;
* children among the injured.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import T, run, wounded
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed
from mention_rows import last_sentence, mentions
from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import find_mentions
from observatory.extract.text import working_copy

_NUMBERS = {"Two": 2, "Three": 3, "Four": 4}


def test_others_remain_under_treatment() -> None:
    text = ("Blast near Nawa\n\nThe toll of the IED blast that hit an army truck near Nawa yesterday has risen to four, after "
            "a soldier died in hospital. Six others remain under treatment.")
    assert sum(injured(text).values()) == 6


def test_he_survived_with_injuries() -> None:
    text = ("Drone strike near Sarmada\n\nA drone targeted a car carrying an HTS commander near Sarmada on Friday; he survived "
            "with minor injuries.")
    assert injured(text) == {"hts_rebels": 1}


def test_he_was_seriously_wounded() -> None:
    # look-alike: "and he was wounded" after the victim was read before; it stays so
    text = ("Shooting in Busra al-Harir\n\nGunmen opened fire on a member of the 8th Brigade in Busra al-Harir on Friday, and he "
            "was seriously wounded.")
    assert injured(text) == {"regime": 1}


def test_he_was_arrested_is_no_casualty() -> None:
    # look-alike: a pronoun that was taken, not hurt
    text = ("Raid in Busra al-Harir\n\nRegime forces raided the house of a member of the factions in Busra al-Harir on Friday, "
            "and he was arrested.")
    assert injured(text) == {}


def test_sustained_minor_injuries_names_no_children() -> None:
    text = ("Strike near Binnish\n\nA drone struck a car near Binnish on Sunday. A civilian passer-by sustained minor injuries.")
    work = working_copy(text)
    start = work.index("A civilian")
    labels = [m.label for m in find_mentions(work, start, len(work), ActorLexicon.default())]
    assert labels == [None]


def test_wounded_as_adjective_takes_the_noun_side() -> None:
    text = T + "ISIS cells attacked a post near Al-Sukhnah on Friday. Ambulances took five injured regime soldiers to Homs."
    assert injured(text) == {"regime": 5}


def test_rescued_wounded_are_injured() -> None:
    text = T + ("Regime rockets hit Kafr Takharim on Tuesday, killing a child, the rescuers said, adding that their teams "
                "rescued six wounded civilians from a collapsed house.")
    assert injured(text) == {"civilians": 6}


def test_rescued_people_are_not_injured() -> None:
    text = T + "Regime rockets hit Kafr Takharim on Tuesday, killing a child. Rescue teams pulled out seven people alive."
    assert injured(text) == {}


def test_how_they_died_then_a_hurt_figure_stays() -> None:
    text = T + "Regime shelling on Ariha killed 12 civilians, who were killed in their homes, and wounded eight others."
    assert killed(text) == {"civilians": 12}
    assert injured(text) == {"civilians": 8}


def test_killed_and_wounded_together_is_no_death_toll() -> None:
    text = ("Mine blast near Tafas\n\nA landmine went off under a patrol of regime forces near Tafas on Wednesday, leaving "
            "four soldiers killed and wounded. Local sources said one soldier died and three others were injured.")
    assert killed(text) == {"regime": 1}
    assert injured(text) == {"regime": 3}


def test_child_among_the_injured_of_no_side() -> None:
    text = ("Quarrel in Hajin\n\nTwo people were killed and seven others were injured in a shootout between relatives in Hajin on "
            "Friday. The wounded included a girl who was hit by a stray bullet.")
    assert injured(text) == {"unknown": 6, "civilians": 1}


def test_children_among_injured_civilians_stay_in_their_toll() -> None:
    # look-alike: children among injured civilians are a subset, not another side
    text = ("Shelling on Ariha\n\nRegime shelling on Ariha killed two civilians and injured six others on Monday. The injured "
            "include two children.")
    assert injured(text) == {"civilians": 6}


@pytest.mark.parametrize("text", [
    "On Monday, a drone struck a car near Qamishli; its two passengers got out without injuries.",
    "On Monday, a drone struck a car near Qamishli, and its two passengers escaped without any injuries.",
])
def test_without_injuries_is_no_injury(text: str) -> None:
    row = run(text)
    assert [i["injured"] for i in row["incidents"]] == [{}]


@pytest.mark.parametrize(("text", "side"), [
    ("Two Russian servicemen were injured by a roadside bomb near al-Shoula. The ministry said the two wounded servicemen "
     "were taken to a base hospital.", "russia"),
    ("Three SDF fighters were injured in a drone strike near Qamishli. The three injured fighters were moved to a "
     "hospital in the city.", "sdf"),
    ("Four Turkish soldiers were wounded by shelling near Marea. Ankara said the four wounded soldiers were in stable "
     "condition.", "turkey_factions"),
])
def test_restated_wounded_take_the_side_told_before(text: str, side: str) -> None:
    assert last_sentence(text) == [("injured", int(_NUMBERS[text.split()[0]]), side)]


def test_the_wounded_with_no_figure_told_before_take_no_side_from_it() -> None:
    assert last_sentence("A blast hit the market. The two wounded men were taken to hospital.") == [("injured", 2, None)]


def test_the_wounded_who_were_treated_stay_wounded() -> None:
    assert mentions("Two SDF fighters who were wounded in the clashes were taken to hospital.") == [("injured", 2, "sdf")]


def test_the_wounded_taken_to_hospital_where_another_died_stay_wounded() -> None:
    assert mentions("Two soldiers wounded in the attack were taken to hospital, where a third soldier died.") == [
        ("injured", 2, "regime"), ("killed", 1, "regime")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The attack left 3 dead and 10 injured among regime forces.", [("killed", 3, "regime"), ("injured", 10, "regime")]),
    ("The clashes left five dead and at least eight wounded among the SDF.", [("killed", 5, "sdf"), ("injured", 8, "sdf")]),
    ("The ambush left two dead and six wounded in the ranks of the Turkish-backed factions.",
     [("killed", 2, "turkey_factions"), ("injured", 6, "turkey_factions")]),
])
def test_dead_and_wounded_among_one_group(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_dead_and_wounded_with_no_group_after_have_no_side() -> None:
    assert mentions("The attack left 3 dead and 10 injured near the bridge.") == [("killed", 3, None), ("injured", 10, None)]


def test_the_wounded_after_another_event_are_not_lowered() -> None:
    text = ("On Monday, a car bomb in Azaz killed 3 civilians and injured 10 others. Separately, a mine killed a shepherd "
            "near Palmyra on Tuesday. One of the wounded later died.")
    assert wounded(text) == {"civilians": 10}


def test_more_than_n_wounded_are_not_lowered() -> None:
    text = ("On Monday, a car bomb in Raqqa killed 4 civilians and injured more than ten others. One of the injured "
            "civilians died later, bringing the toll to five.")
    assert (killed(text), wounded(text)) == ({"civilians": 5}, {"civilians": 10})


def test_lost_his_life_with_wounded_comrades() -> None:
    text = "An SDF fighter lost his life and two others were wounded by a roadside bomb near Shuhayl on Friday."
    assert (killed(text), injured(text)) == ({"sdf": 1}, {"sdf": 2})


def test_injured_after_a_toll_are_still_injured() -> None:
    """A plain injured figure (no risen toll) keeps its own role."""
    text = "A landmine went off near Ma'arrat al-Nu'man on Sunday, killing two children and injuring four others."
    assert killed(text) == {"civilians": 2}
    assert sum(injured(text).values()) == 4


def test_still_receiving_treatment_are_injured() -> None:
    text = ("Blast near Dael\n\nAn explosive device went off at a checkpoint of regime forces near Dael on Friday, killing "
            "two soldiers. Four other soldiers are still receiving treatment in a hospital in Daraa city.")
    assert injured(text) == {"regime": 4}


def test_being_treated_are_injured() -> None:
    text = ("Shelling on Ariha\n\nRegime artillery shelled Ariha on Sunday, killing a civilian. Three more civilians are "
            "being treated in a field hospital.")
    assert injured(text) == {"civilians": 3}


def test_others_in_critical_condition_are_injured() -> None:
    text = ("Mine blast near Maadan\n\nA landmine exploded near Maadan on Monday, killing two shepherds. Three others remain "
            "in critical condition.")
    assert injured(text) == {"civilians": 3}


def test_people_still_in_hospital_are_injured() -> None:
    text = ("Shelling on Kansafra\n\nRegime shelling on Kansafra killed a woman on Friday, while four other civilians are "
            "still in hospital.")
    assert injured(text) == {"civilians": 4}
