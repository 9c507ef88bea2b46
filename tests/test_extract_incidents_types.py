"""Event types: one cue per test, on sentences written for these tests."""

from __future__ import annotations

import pytest

from observatory.extract import extract_report, to_contract
from observatory.extract.events import event_type
from observatory.models import Report


def kind(text: str) -> str | None:
    row = to_contract("t", extract_report(Report(text=text)))
    assert len(row["incidents"]) == 1, row["incidents"]
    return str(row["incidents"][0]["type"])


@pytest.mark.parametrize(("text", "expected"), [
    # assassination: one person singled out and shot
    ("Unidentified gunmen shot and killed on Friday a young man in the town of Nawa.", "assassination"),
    ("Gunmen on a motorcycle opened fire on a local council member in the village of Jasim, killing him.", "assassination"),
    ("A former rebel commander was gunned down in the town of Tafas.", "assassination"),
    # execution: killing of captives, beheadings, throats cut
    ("ISIS members broke into a house in the village of Hawaij, took a man to the desert and cut his head off.", "execution"),
    ("The group executed three captured soldiers by firing squad near the town of Maadan.", "execution"),
    # abduction
    ("Gunmen kidnapped a pharmacist on the road between the towns of Busra and Karak.", "abduction"),
    # ied / landmine: vehicle bombs, mines, grenades
    ("A truck bombing struck the market of the town of Azaz, killing nine people.", "ied_landmine"),
    ("A girl was killed by the explosion of a grenade in the village of Sabboura.", "ied_landmine"),
    ("A landmine left over from the war killed two shepherds near the village of Uqayribat.", "ied_landmine"),
    # drone strike vs airstrike
    ("A Turkish drone struck a car near the village of Kharab Ashk, killing two fighters.", "drone_strike"),
    ("Russian warplanes carried out five airstrikes on the outskirts of the village of Kabani.", "airstrike"),
    ("An Israeli missile attack hit a weapons depot near the town of Masyaf.", "airstrike"),
    # ambush vs attack
    ("ISIS cells ambushed an army convoy near the town of Sukhnah, killing 7 soldiers.", "ambush"),
    ("ISIS cells attacked an army checkpoint near the town of Sukhnah, killing 7 soldiers.", "attack"),
    # a raid from helicopters is a ground attack, not an airstrike
    ("Coalition forces carried out an airdrop operation on a house in the village of Zer, where five helicopters took part.",
     "attack"),
    # clash: exchanged fire, or a battle fought with guns and grenades
    ("Army units and opposition fighters exchanged fire on the front lines of the village of Dadikh.", "clash"),
    ("Clashes with machine guns and grenades broke out in the town of Salkhad between two local groups.", "clash"),
    ("Clashes erupted between two clans and local gunmen in the town of Busra, leaving three dead.", "clash"),
    # other: shot-down drones, bodies found
    ("Opposition factions shot down a reconnaissance drone over the village of Bayanin.", "other"),
    ("Locals found the body of a farmer on his land near the village of Thaala.", "other"),
])
def test_type_cue(text: str, expected: str) -> None:
    assert kind(text) == expected


def test_a_setting_phrase_does_not_decide_the_type() -> None:
    found = event_type("Fierce clashes are going on near the town of Rasafa amid intense airstrikes by Russian jets.")
    assert found is not None and found[0] == "clash"


def test_the_event_told_after_another_keeps_its_own_type() -> None:
    found = event_type("Turkish artillery shelled the outskirts of Tal Tamr after the drone attack.")
    assert found is not None and found[0] == "shelling"


def test_a_setting_phrase_alone_still_gives_a_type() -> None:
    found = event_type("Five people were killed amid Russian airstrikes.")
    assert found is not None and found[0] == "airstrike"


def test_a_later_sentence_does_not_overwrite_the_incident_type_with_a_weaker_one() -> None:
    text = ("ISIS cells ambushed an army bus near the town of Sukhnah, killing nine soldiers. "
            "The assault came at dawn.")
    assert kind(text) == "ambush"


def test_the_event_set_after_another_takes_its_own_type() -> None:
    found = event_type("Hours after the Sukhnah ambush, the cells attacked militiamen on the outskirts of the town of Shoula.")
    assert found is not None and found[0] == "attack"


def test_a_trend_without_auxiliary_is_still_a_trend() -> None:
    row = to_contract("t", extract_report(Report(text="The administration said that Turkey stepped up its drone attacks on "
                                                      "the villages of the region.")))
    assert row["incidents"] == []


@pytest.mark.parametrize("text", [
    "Coalition strikes on depots near the river killed nine gunmen, as the alliance began retaliating for a drone attack "
    "on its base.",
    "US strikes hit two militia posts overnight, a monitor said, with Washington retaliating for a drone attack that "
    "wounded four of its troops.",
])
def test_the_attack_retaliated_for_does_not_type_the_strikes(text: str) -> None:
    found = event_type(text)
    assert found is not None and found[0] == "airstrike"


def test_the_attack_retaliated_for_still_types_a_sentence_naming_nothing_else() -> None:
    found = event_type("Two men were killed as the army kept retaliating for a drone attack on its base.")
    assert found is not None and found[0] == "drone_strike"
