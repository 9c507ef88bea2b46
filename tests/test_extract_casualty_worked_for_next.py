""""Gunmen shot a man dead ... According to two neighbours, the man had been recruiting local teenagers for X" /
"The victim, a former rebel, had worked in recent months with X" / "According to X, the man had joined Y": the one
victim whose work for a group the next sentence tells, words standing between the verb and the group (a span of time,
the people recruited) or the sentence opening on its source ("According to ..."), is of that group's side
(``casualty_joined._JOINED_NEXT``). His killers' work ("the gunmen had worked with X") and work for no armed group
give him no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed

_HEAD = "Man shot dead near Nawa\n\nMasked men on a motorbike shot a man dead beside a bakery in Nawa late on Tuesday. "


def test_recruiting_people_for_a_group_after_according_to() -> None:
    text = _HEAD + "According to two neighbours, the man had been recruiting local teenagers for Lebanese Hezbollah."
    assert killed(text) == {"pro_iran_foreign": 1}


def test_worked_for_a_span_of_time_with_a_group() -> None:
    text = _HEAD + "The victim, once a rebel fighter, had worked for several months with Lebanese Hezbollah."
    assert killed(text) == {"pro_iran_foreign": 1}


def test_joined_a_regime_service_after_according_to() -> None:
    text = _HEAD + "According to two neighbours, the man had joined the Air Force Intelligence after the settlement."
    assert killed(text) == {"regime": 1}


def test_his_killers_work_gives_him_no_side() -> None:
    text = _HEAD + "According to two neighbours, the gunmen had worked in recent months with Lebanese Hezbollah."
    assert killed(text) == {"unknown": 1}


def test_work_for_no_armed_group_gives_him_no_side() -> None:
    text = _HEAD + "According to his brother, the man had worked for several years with a relief organisation."
    assert killed(text) == {"unknown": 1}


def test_recruiting_for_a_cause_not_a_group() -> None:
    text = _HEAD + "According to two neighbours, the man had been recruiting local teenagers for the fight against ISIS."
    assert killed(text) == {"unknown": 1}
