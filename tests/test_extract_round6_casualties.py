"""Casualty figures, round 6: constructions that recur across wire copy and relaying outlets (sets E–H and dev).

* "leaving six of them dead": a part of the people attacked (the group named before), dead or hurt;
* a toll told as a whole, then restated by side in the next sentence ("N of the dead were X", "the fatalities are
  A and B", "the victims are ..."): the rest of the whole stays with the whole's side, a part called Syrian in a toll of
  Iranian-backed fighters is the regime's, and a whole of another side gives way when the parts add up to it;
* "Two of the dead were X, while the third was a civilian": the parts are read even with a figure after them;
* a list item after an aside on the item before ("40 civilians, most of them from Hama, and five militiamen");
* a risen toll followed by its cause ("rose to 30, after three of the wounded died"): the cause's words give no role.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from contract_rows import contract, summed


def _summed(text: str, field: str) -> dict[str, int]:
    return summed(contract(text, date(2022, 6, 1)), field, drop_zero=True)


def killed(text: str) -> dict[str, int]:
    """Killed per side (zeros left out), summed over the incidents the library extracts."""
    return _summed(text, "killed")


def injured(text: str) -> dict[str, int]:
    """Injured per side (zeros left out), summed over the incidents the library extracts."""
    return _summed(text, "injured")


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("ISIS militants attacked a column of regime troops near Palmyra on Tuesday, leaving seven of them dead.", {"regime": 7}, {}),
    ("Turkish drones struck a vehicle of the SDF near Amuda on Friday night, leaving two of them dead and a third injured.",
     {"sdf": 2}, {}),
    ("Gunmen ambushed a patrol of the Military Security near Jasim in Daraa on Sunday, leaving three of them dead. "
     "Two others sustained injuries.", {"regime": 3}, {"regime": 2}),
    ("Cells of ISIS opened fire on a bus of the Fourth Division in the Deir ez-Zor desert last night, leaving 11 of them dead, "
     "among them four non-Syrian militiamen.", {"regime": 7, "pro_iran_foreign": 4}, {}),
])
def test_leaving_some_of_them_dead(text: str, dead: dict[str, int], hurt: dict[str, int]) -> None:
    assert killed(text) == dead
    for side, n in hurt.items():
        assert injured(text).get(side) == n


def test_leaving_them_no_count_of_people() -> None:
    """"leaving two of them destroyed": things, not people."""
    text = "Israeli jets struck three warehouses near Masyaf on Monday, leaving two of them destroyed."
    assert killed(text) == {}


@pytest.mark.parametrize(("text", "dead"), [
    ("Unknown drones hit a base of Iranian-backed militias near al-Mayadin on Thursday, killing 14 fighters. "
     "The monitor said nine of the dead were Afghans.", {"pro_iran_foreign": 14}),
    ("An airstrike hit a convoy of Iran-backed militias near al-Bukamal on Saturday, killing at least 12 fighters. "
     "Officials said that five of those killed were Iraqis and did not name the others.", {"pro_iran_foreign": 12}),
    ("A strike by Russian jets on a market in Ariha on Monday killed 19 civilians. Seven of the dead were children.",
     {"civilians": 19}),
])
def test_part_of_a_whole_keeps_the_rest(text: str, dead: dict[str, int]) -> None:
    assert killed(text) == dead


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


def test_syrians_in_a_restated_toll_of_iranian_backed_fighters() -> None:
    text = ("Jets struck a base of Iranian-backed militias near al-Mayadin on Sunday, killing ten fighters. The dead were "
            "seven Afghans and three Syrians.")
    assert killed(text) == {"pro_iran_foreign": 7, "regime": 3}


@pytest.mark.parametrize(("text", "dead"), [
    ("ISIS cells attacked shepherds near Kawkab in the Hama desert on Friday, and the toll has risen to 31. The victims are "
     "27 civilians, most of them from villages near Salamiyah, and four members of the National Defence Forces.",
     {"civilians": 27, "regime": 4}),
    ("A landmine blast hit a minibus near Maadan on Monday, killing 12 people. The victims are ten civilians, "
     "all of them from one tribe, and two members of the SDF.", {"civilians": 10, "sdf": 2}),
    ("ISIS attacked a checkpoint near Sukhnah on Saturday, killing 9 people: five regime soldiers, most of them conscripts, "
     "and four civilians.", {"regime": 5, "civilians": 4}),
])
def test_item_after_an_aside(text: str, dead: dict[str, int]) -> None:
    assert killed(text) == dead


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


def test_injured_after_a_toll_are_still_injured() -> None:
    """A plain injured figure (no risen toll) keeps its own role."""
    text = "A landmine went off near Ma'arrat al-Nu'man on Sunday, killing two children and injuring four others."
    assert killed(text) == {"civilians": 2}
    assert sum(injured(text).values()) == 4


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("Two gunmen on a motorbike opened fire on a shepherd near Sanamayn on Friday, killing him.", {"civilians": 1}, {}),
    ("A sniper of the regime forces shot a boy in the village of Kansafra on Monday, wounding him.", {}, {"civilians": 1}),
    ("Unknown gunmen opened fire on a civilian near his home in Nawa, killing him instantly.", {"civilians": 1}, {}),
])
def test_a_civilian_shot_then_him(text: str, dead: dict[str, int], hurt: dict[str, int]) -> None:
    assert killed(text) == dead
    assert injured(text) == hurt


def test_a_person_shot_then_him_stays_of_no_side() -> None:
    assert killed("Masked men opened fire on a young man in the town of Hajin, killing him.") == {"unknown": 1}


@pytest.mark.parametrize("text", [
    "Masked men killed on Tuesday a former commander of an opposition faction near the village of Inkhil.",
    "Gunmen killed a former leader of a rebel faction near al-Harak on Thursday night.",
    "A member of an opposition faction was killed by sniper fire near Kafr Nabl on Monday.",
])
def test_one_opposition_faction(text: str) -> None:
    assert killed(text) == {"hts_rebels": 1}


@pytest.mark.parametrize(("text", "dead"), [
    ("Three IS militants were killed in a raid by the SDF near Shuhail on Monday.", {"isis": 3}),
    ("SDF fighters killed two IS members in an ambush near Hajin on Friday night.", {"isis": 2}),
    ("Russian jets struck hideouts of IS cells in the Palmyra desert on Sunday, killing 14 IS fighters.", {"isis": 14}),
])
def test_is_written_in_capitals_is_isis(text: str, dead: dict[str, int]) -> None:
    assert killed(text) == dead


def test_the_verb_is_still_ends_a_group() -> None:
    """"the number of dead is": the lower-case verb still closes the words of a figure."""
    text = "A landmine killed four shepherds near Maadan on Monday, the monitor said, and the toll is likely to rise."
    assert killed(text) == {"civilians": 4}


@pytest.mark.parametrize(("text", "dead"), [
    ("Clashes near Ain Issa on Monday left five Ankara-backed fighters dead.", {"turkey_factions": 5}),
    ("Fighting near Tal Tamr on Monday claimed the lives of six Ankara-backed fighters and two SDF members.",
     {"turkey_factions": 6, "sdf": 2}),
    ("An SDF drone killed three members of the Ankara-backed factions near Manbij on Thursday.", {"turkey_factions": 3}),
])
def test_ankara_backed_are_turkey_factions(text: str, dead: dict[str, int]) -> None:
    assert killed(text) == dead
