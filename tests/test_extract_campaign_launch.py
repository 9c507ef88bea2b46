"""A sentence that only tells when a side launched its offensive, its campaign or a phase of an operation, with no dead
of its own, is the frame of the incidents a report tells, not another incident. A launch with its own toll, an attack
launched, a launch told as the answer to another event, and a report whose only event is the launch are left alone.
Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident

_LEAD = ("Fighting near Tal Hamis\n\nOn Monday, jets bombed a bakery in Tal Hamis, Hasakah, killing six civilians. "
         "On Sunday, militants shot dead three soldiers at a checkpoint near Tal Hamis.\n")


def test_offensive_launched_on_a_date_is_no_incident() -> None:
    text = _LEAD + "Backed by Russian jets, the army launched its offensive on Tal Hamis on April 9."
    assert killed_per_incident(contract(text)) == [{"civilians": 6}, {"regime": 3}]


def test_phase_of_an_operation_launched_is_no_incident() -> None:
    text = _LEAD + ("The army launched the second phase of Operation Dawn on April 9 to drive the militants out of the "
                    "hills, but mines have slowed its advance.")
    assert len(killed_per_incident(contract(text))) == 2


def test_campaign_launched_with_air_strikes_is_no_incident() -> None:
    text = _LEAD + "Damascus launched the campaign, which it named Iron Sweep, with air strikes on the farms of Tal Hamis on April 9."
    assert len(killed_per_incident(contract(text))) == 2


def test_launch_with_its_own_toll_stays() -> None:
    text = _LEAD + ("On Tuesday, the army launched its offensive on the hills east of Tal Hamis, and four militants "
                    "were killed in the first hours.")
    assert len(killed_per_incident(contract(text))) == 3


def test_attack_launched_without_casualties_stays() -> None:
    text = _LEAD + "On Tuesday, militants launched an attack on army posts at Tal Hamis, with no word on casualties."
    assert len(killed_per_incident(contract(text))) == 3


def test_launch_in_answer_to_a_bombing_keeps_the_bombing() -> None:
    text = _LEAD + "The army launched its operation in response to a bombing at the Tal Hamis market on April 2."
    assert len(killed_per_incident(contract(text))) == 3


def test_launch_after_a_killing_keeps_the_killing() -> None:
    text = _LEAD + ("The militia said it launched the operation after army snipers killed two of its men near Ain Warda "
                    "on Saturday.")
    assert len(killed_per_incident(contract(text))) == 3
