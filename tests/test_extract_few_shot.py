"""Two or three people shot dead by unknown gunmen, told by their number and who they are ("shot dead two former
fighters", "three members of one family were shot dead by unidentified gunmen"), were picked out: a targeted killing;
bare "two men" or "three people" are left as they were (incident_few_shot.few_shot_dead, read by
assemble._single_target)."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.extract.incident_few_shot import few_shot_dead
from observatory.models import Report


def _types(text: str) -> list[str]:
    return [incident["type"] for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]]


def test_unknown_gunmen_who_shot_dead_two_former_fighters_made_a_targeted_killing() -> None:
    text = ("Unidentified gunmen shot dead two former Free Army fighters on the road to Nawa late on Saturday, "
            "local activists reported.")
    assert _types(text) == ["assassination"]


def test_three_cousins_shot_dead_by_masked_gunmen_is_a_targeted_killing() -> None:
    text = ("Three cousins from the Zoubi family were shot dead by masked gunmen outside a bakery in Sahwat "
            "al-Qamh on Wednesday morning.")
    assert _types(text) == ["assassination"]


def test_bare_numbers_of_people_are_not_read_as_picked_out() -> None:
    assert not few_shot_dead("unknown gunmen shot dead two people near the bridge")
    assert not few_shot_dead("three men were shot dead by unknown gunmen in the market")
    assert few_shot_dead("unknown gunmen shot dead two brothers near the bridge")


def test_two_men_of_a_patrol_are_not_picked_out() -> None:
    assert not few_shot_dead("unknown gunmen shot dead two members of an Asayish patrol near the bridge")
    assert not few_shot_dead("two soldiers were shot dead by unknown gunmen near the bridge")
