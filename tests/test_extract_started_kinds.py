"""Kinds of incident told by how the fight began or by the weapon of a targeted killing.

* clashes said to break out after one side attacked are that side's attack, also when the clashes are first told
  "between A and B", or when a first sentence names only the clashes and the next says how they started;
* one or two people shot with a silenced pistol are a targeted killing (assassination), not an armed assault (a post
  stormed with silenced weapons, killing many, stays an attack).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _types(text: str) -> list[str]:
    row = to_contract("t", extract_report(Report(text=text, published=date(2022, 5, 4))))
    return [i["type"] for i in row["incidents"]]


def test_clashes_between_two_sides_begun_by_an_attack_are_the_attack() -> None:
    text = ("Heavy clashes broke out on Monday evening between army soldiers and local gunmen in Inkhil town, north of "
            "Daraa, after the gunmen attacked a police post near the bakery. Three soldiers and two of the gunmen "
            "died in the clashes.")
    assert _types(text) == ["attack"]


def test_clashes_told_first_then_the_attack_that_started_them() -> None:
    text = ("Fighting went on for hours on Friday near Tal Tamr in the Hasakah countryside between SDF members and "
            "ISIS militants. The fighting started after ISIS militants attacked an SDF post on the river bank at "
            "sunrise. Six ISIS militants and two SDF members died.")
    assert _types(text) == ["attack"]


def test_a_woman_shot_with_a_silenced_pistol_is_an_assassination() -> None:
    text = ("ISIS members killed a displaced Syrian woman in the sixth sector of al-Hol camp on Saturday evening, "
            "shooting her twice with a silenced pistol near the water tanks.")
    assert _types(text) == ["assassination"]


def test_two_people_killed_with_pistols_fitted_with_silencers() -> None:
    text = ("ISIS members using pistols fitted with silencers shot dead two Iraqi camp residents, a father and his "
            "daughter, inside their tent in al-Hol camp, east of Hasakah, late on Thursday.")
    assert _types(text) == ["assassination"]


def test_a_post_stormed_with_silenced_weapons_killing_many_stays_an_attack() -> None:
    text = ("ISIS militants stormed an army outpost east of Palmyra in the Homs desert on Friday night with weapons "
            "fitted with silencers, killing seven soldiers and wounding four others.")
    assert _types(text) == ["attack"]
