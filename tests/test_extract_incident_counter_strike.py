"""Incidents: the other side's answer told with its own dead or wounded is an incident of its own.

* Shelling by the side whose men were killed, on the side that fired first, with the dead it caused; the answer's dead
  told already in the lead sentence of the first incident are counted once, with the answer.
* A reply with fire of no named kind that hurt only bystanders.
* The event a strike answered, told in the strike's own sentence after "after" or "following".

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract


def test_shelling_in_answer_with_its_own_dead() -> None:
    text = (
        "Three Turkish soldiers were killed on Tuesday when regime forces shelled their observation post near the "
        "town of Binnish in Idlib province, a war monitor said.\n"
        "The Syrian Observatory for Human Rights said eight regime soldiers were killed in the Turkish shelling of "
        "army positions near Saraqib.\n"
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 2
    assert sorted(sum(r["killed"].values()) for r in rows) == [3, 8]


def test_the_answers_dead_told_in_the_lead_are_counted_once() -> None:
    text = (
        "Regime artillery killed four Turkish soldiers at a post near Taftanaz on Wednesday, the Turkish defence "
        "ministry said, drawing Turkish retaliatory fire that killed nine Syrian troops, according to a war monitor.\n"
        "The Syrian Observatory for Human Rights said nine regime soldiers were killed in the Turkish shelling of army "
        "positions east of Saraqib.\n"
    )
    rows = contract(text)["incidents"]
    assert [r["killed"] for r in rows] == [{"turkey_factions": 4}, {"regime": 9}]


def test_a_reply_that_wounds_a_woman() -> None:
    text = (
        "Gunmen attacked a regime checkpoint at the entrance of the town of Nawa in the western countryside of Daraa "
        "on Sunday, killing a soldier, SOHR sources said.\n"
        "Regime forces responded by firing machine guns at random at the houses of the town, wounding a woman.\n"
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 2


def test_the_attackers_losses_are_no_reply() -> None:
    text = (
        "Gunmen attacked a regime checkpoint at the entrance of the town of Nawa in the western countryside of Daraa "
        "on Sunday, killing a soldier, SOHR sources said.\n"
        "Two of the attackers were killed in the exchange of fire.\n"
    )
    assert len(contract(text)["incidents"]) == 1


def test_the_event_a_strike_followed_is_its_own() -> None:
    text = (
        "Russian warplanes carried out dozens of airstrikes on hideouts in the desert of al-Sukhnah on Wednesday, "
        "following an attack by ISIS cells on a regime position near the village of Arak.\n"
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 2
    assert sorted(r["type"] for r in rows) == ["airstrike", "attack"]


def test_a_strike_told_as_an_answer_stays_one() -> None:
    text = (
        "Russian warplanes carried out dozens of airstrikes on hideouts in the desert of al-Sukhnah on Wednesday, "
        "SOHR said.\n"
        "The strikes came after the attack on the regime position.\n"
    )
    assert len(contract(text)["incidents"]) == 1
