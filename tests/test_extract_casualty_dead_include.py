"""Casualty figures: restated tolls that name some or all of the dead.

* "the dead include ..." after a toll: the parts replace what the toll said of their sides and the rest stays with the
  toll's side; the next item after a rank;
* "They are / They include ..." after a toll of people; soldiers or officers among the dead add nothing;
* the dead named with the side they fell on restate the toll before; a toll restated by side replaces the whole;
* a later sentence that says who the dead were.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import one_incident, run
from contract_rows import killed_sums as killed
from contract_rows import sentence_sides as _sides
from contract_rows import titled, total_pairs


def test_dead_include_rank_and_militia_after_risen_toll() -> None:
    # the toll's side is the title's; the ranks of no side in it are of that side, the rest of the nine too
    text = ("Death toll rises | Nine soldiers killed in ISIS ambush near Palmyra\n\nThe toll of the ISIS ambush on an army convoy "
            "near Palmyra on Sunday has risen to nine, after two of the wounded died. The dead include a colonel, a lieutenant "
            "and three members of the National Defence Forces.")
    assert killed(text) == {"regime": 9}


def test_dead_include_officer_with_rank_then_next_item() -> None:
    text = ("Blast near Kabajeb\n\nA landmine blew up a military bus near Kabajeb on Friday, killing seven soldiers. "
            "The dead include an officer with the rank of major and two members of the National Defence Forces.")
    assert _sides(text, "The dead include") == [("killed", 5, "regime"), ("killed", 2, "regime")]
    assert killed(text) == {"regime": 7}


def test_dead_include_one_civilian_among_people() -> None:
    text = ("Quarrel in Manbij\n\nThree people were killed in a shootout between two families in Manbij on Monday. "
            "The dead include a bystander, a civilian man who was waiting for a bus.")
    assert killed(text) == {"unknown": 2, "civilians": 1}


def test_dead_include_same_side_part_keeps_the_whole() -> None:
    # look-alike: a part of the toll's own side is no new (lower) toll
    text = ("Car bomb in Azaz\n\nA car bomb killed eight civilians in Azaz on Tuesday. The victims included three children.")
    assert killed(text) == {"civilians": 8}


def test_dead_include_part_of_a_period_toll_adds_no_rest() -> None:
    # look-alike: a part of a toll of years leaves no figure of "the rest"
    text = ("Since March 2011, the war has killed more than 600,000 people. The dead include more than 150,000 civilians.")
    assert ("unknown", 450000) not in total_pairs(titled(text))


def test_they_include_after_a_toll_of_people() -> None:
    text = ("Strike near Qusayr\n\nWarplanes struck a depot near Qusayr on Monday, killing six people. They include four "
            "soldiers.")
    assert killed(text) == {"regime": 4, "unknown": 2}


def test_they_are_after_a_toll_of_people() -> None:
    text = ("Strike near Qusayr\n\nWarplanes struck a depot near Qusayr on Monday, killing six people. They are four soldiers "
            "and two members of Hezbollah.")
    assert killed(text) == {"regime": 4, "pro_iran_foreign": 2}


def test_they_include_after_the_wounded_is_no_toll() -> None:
    # look-alike: after a figure of the hurt, "They include" names no dead
    text = ("Shelling on Qusayr\n\nShells hit a market in Qusayr on Monday, wounding six people. They include four children.")
    assert killed(text) == {}


def test_soldiers_among_the_dead_of_a_toll_of_people() -> None:
    text = ("Strike near Qusayr\n\nWarplanes struck a depot near Qusayr on Monday, killing six people. Four soldiers were among "
            "the dead.")
    assert killed(text) == {"regime": 4, "unknown": 2}


def test_officers_among_the_dead_soldiers_add_nothing() -> None:
    # look-alike: a part of the toll's own side
    text = ("Ambush near Palmyra\n\nISIS cells ambushed a convoy near Palmyra on Monday, killing nine soldiers. Two officers "
            "were among the dead.")
    assert killed(text) == {"regime": 9}


def test_among_the_pro_regime_dead_after_a_toll_of_the_attackers() -> None:
    # the nearer toll is the jihadists': the foreign fighters are part of the pro-government toll told before it
    text = ("Desert attack\n\nJihadists killed 12 pro-regime fighters in an assault on positions east of Palmyra on Monday. "
            "Five ISIS members were also killed in the fighting. Among the pro-regime dead were three Iraqi militiamen.")
    assert killed(text) == {"regime": 9, "pro_iran_foreign": 3, "isis": 5}


def test_dead_named_with_side_of_same_side_keeps_the_whole() -> None:
    # look-alike: a part of the toll's own side changes nothing
    text = ("Ambush near Sukhnah\n\nISIS fighters ambushed an army bus near Sukhnah on Monday, killing 10 soldiers. "
            "The regime's dead included two officers.")
    assert killed(text) == {"regime": 10}


def test_officers_among_the_dead_soldiers_are_no_new_toll() -> None:
    # look-alike: a rank among the dead is a subset, not a side
    text = ("Ambush near Mayadin\n\nISIS cells ambushed a patrol of regime forces near Mayadin on Monday, killing seven "
            "soldiers. Two of the dead soldiers were officers.")
    assert killed(text) == {"regime": 7}


@pytest.mark.parametrize(("text", "killed"), [
    ("A car bomb exploded near a checkpoint in Jableh on Thursday, killing nine people, state media said. SOHR said seven "
     "of those killed were regime soldiers, and two were civilians.", {"regime": 7, "civilians": 2}),
    ("An explosion hit a bus in Al-Sanamayn on Monday, killing six people, SANA reported. According to SOHR, four of the "
     "dead were members of the Military Security and two were civilians.", {"regime": 4, "civilians": 2}),
    ("A blast hit a military bus near Al-Qutayfah on Sunday, killing seven people, SANA said. Of those killed, five were "
     "regime soldiers and two were civilians, SOHR said.", {"regime": 5, "civilians": 2}),
    ("Israeli strikes near Al-Qusayr on Friday killed 11 people. The dead included three civilians, six members of "
     "Lebanese Hezbollah and two people whose identities are not yet known.",
     {"civilians": 3, "pro_iran_foreign": 6, "unknown": 2}),
])
def test_a_later_sentence_says_who_the_dead_were(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


def test_a_restatement_without_unknown_people_replaces_the_headline() -> None:
    row = run("Turkish drones struck a car near Tal Tamr on Sunday, killing five people. The dead included two SDF fighters "
              "and three civilians.")
    assert one_incident(row)["killed"] == {"sdf": 2, "civilians": 3}


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, a car bomb in Azaz killed 6 civilians. The victims included two children.", {"civilians": 6}),
    ("On Monday, an ISIS ambush near al-Sukhnah killed 9 soldiers. The dead included two officers of the Fourth Division.",
     {"regime": 9}),
    ("On Tuesday, a Turkish drone strike near Qamishli killed 5 SDF fighters. The dead included a commander of the YPG.",
     {"sdf": 5}),
])
def test_included_parts_do_not_lower_the_toll(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


def test_included_list_of_sides_still_replaces_people() -> None:
    text = ("On Friday, Israeli strikes near Qusayr killed 7 people. The dead included two civilians, three Hezbollah "
            "members and two people whose identities are not yet known.")
    assert killed(text) == {"civilians": 2, "pro_iran_foreign": 3, "unknown": 2}


@pytest.mark.parametrize(("text", "dead"), [
    ("The toll of the explosion at the checkpoint in Manbij on Sunday rose to 17 people. The fatalities are 12 civilians "
     "and five members of the SDF.", {"civilians": 12, "sdf": 5}),
    ("Five people were killed in fighting between two SNA factions in Afrin on Monday. Four of the dead were fighters of "
     "the Hamza Division, while the fifth was a civilian.", {"turkey_factions": 4, "civilians": 1}),
    ("A truck bomb went off at a market in Azaz on Tuesday, killing nine people. The dead were six civilians and three "
     "members of the Levant Front.", {"civilians": 6, "turkey_factions": 3}),
])
def test_restated_by_side_replaces_the_whole(text: str, dead: dict[str, int]) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize("died", ["succumbed to his injuries", "died of his wounds", "succumbed to their serious wounds"])
def test_they_are_after_a_rise_told_by_the_wounded_who_died(died: str) -> None:
    # "succumbed to his injuries" tells a death: "They are: ..." restates the risen toll of the dead, not the hurt
    text = (f"The toll of the air raid on the cattle market in Maarat Misrin, north of Idlib, on Monday morning has risen to "
            f"eight, after a man {died}. They are: five civilians, including a boy, and three unidentified men.")
    assert killed(text) == {"civilians": 5, "unknown": 3}


def test_they_are_after_the_wounded_told_last_stays_hurt() -> None:
    text = ("Shelling hit the outskirts of Kafr Takharim on Monday, killing a farmer and wounding four people. "
            "They are: three women and a boy.")
    assert killed(text) == {"civilians": 1}
