"""A source's toll of the incident just told, given a few sentences after it (``incident_toll_retold``): the monitor's
later or risen toll replaces a local account's, a party's own count after the monitor's yields to it, and an account
with a time, a target or a town of its own stays an incident of its own.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract


def _incidents(text: str) -> list[tuple[dict[str, int], dict[str, int]]]:
    return [(i["killed"], i["injured"]) for i in contract(text)["incidents"]]


def test_monitor_toll_told_later_replaces_local_account() -> None:
    text = ("Car bomb hits market in Jarablus\n\nAt least four civilians were killed and 11 others wounded when a "
            "booby-trapped car went off near the vegetable market of Jarablus on Thursday, according to local sources.\n"
            "The blast set several shops on fire, a correspondent of the outlet reported. Civil defence teams worked for "
            "hours to put out the flames.\nThe Syrian Observatory for Human Rights later said the death toll had risen "
            "to six, five civilians and a member of the Hamza Division, after two of the wounded died.")
    assert _incidents(text) == [({"civilians": 5, "turkey_factions": 1}, {"civilians": 11})]


def test_party_count_after_monitor_yields_to_it() -> None:
    text = ("Drone strike near Tal Tamr\n\nA Turkish drone hit a car of the Syrian Democratic Forces on the road "
            "between Tal Tamr and Abu Rasin on Sunday night, killing four SDF fighters and injuring a fifth, SOHR "
            "said.\nThe fighters were returning from a position on the front line.\nIn a statement on Monday, the "
            "SDF confirmed the death of three of its members and vowed to respond.")
    assert _incidents(text) == [({"sdf": 4}, {"sdf": 1})]


def test_account_with_its_own_day_stays_apart() -> None:
    text = ("Drone strike near Tal Tamr\n\nA Turkish drone hit a car of the Syrian Democratic Forces on the road "
            "between Tal Tamr and Abu Rasin on Sunday night, killing four SDF fighters, SOHR said.\nThe fighters were "
            "returning from a position on the front line.\nA week earlier, three SDF fighters were killed by a drone "
            "near the same road, according to the Observatory.")
    assert [k for k, _ in _incidents(text)] == [{"sdf": 4}, {"sdf": 3}]


def test_account_of_another_target_stays_apart() -> None:
    text = ("Shelling around Saraqib\n\nRegime artillery killed five Turkish soldiers at an observation post near "
            "Saraqib, the Turkish defence ministry said.\nThe troops had been sent to reinforce the post.\nThe Syrian "
            "Observatory said that Turkish shelling had killed nine regime soldiers around Saraqib, according to its "
            "sources.")
    assert sorted(sum(k.values()) for k, _ in _incidents(text)) == [5, 9]
