"""An event only named as what someone reacted to ("did not react to the bombardment", "condemned the attack") is a
reaction to the event told, not another event (paragraphs written for these tests)."""

from __future__ import annotations

from contract_rows import kinds, titled
from observatory.extract.events import event_type


def test_a_party_that_did_not_react_to_the_shelling_tells_no_second_shelling() -> None:
    row = titled(
        "Regime forces shelled the town of Kansafra on Monday morning, killing three civilians, the monitor said.\n"
        "A car bomb went off in the city of Azaz hours earlier, killing two fighters of the factions.\n"
        "The Russian forces, which have a base near Kansafra, did not react to the bombardment."
    )
    assert sorted(kinds(row)) == ["ied_landmine", "shelling"]


def test_reaction_wordings_name_no_event_of_their_own() -> None:
    for sentence in ("The Turkish army has not responded to the strikes so far.",
                     "The ministry declined to respond to the latest attack.",
                     "The Autonomous Administration condemned the bombing and called for an investigation.",
                     "Local councils denounced these killings in a statement."):
        assert event_type(sentence) is None, sentence


def test_a_reply_of_fire_and_a_condemned_event_told_with_its_kind_stay_events() -> None:
    assert event_type("Turkish forces responded to the shelling by firing rockets at the village.") is not None
    hit = event_type("The council condemned the attack, hours after a drone struck a car near the town.")
    assert hit is not None and hit[0] == "drone_strike"
