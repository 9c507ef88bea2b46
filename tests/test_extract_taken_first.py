"""Types: people taken and some of them killed, told as a taking first.

* "abducted 30 farm workers near X and killed three of them", "kidnapped a dozen herders, then shot dead two who tried
  to run": the taking is the event told, and the dead belong to it (abduction);
* look-alikes: a killing told first with others taken ("killed two herders and kidnapped a third") stays the side's
  attack; a later kidnapping named only as a noun ("before the latest kidnapping") is no taking told first;
* a body found shot after gunmen had taken the man ("found shot dead, a day after he had been snatched by
  masked gunmen"): the gunmen are told as his abductors, not as his shooters, so the shooting is a murder (other).

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import kinds
from incident_cases import run
from observatory.extract.incident_kinds import killing_kind


def test_a_taking_told_first_with_some_killed_is_an_abduction() -> None:
    row = run(
        "ISIS militants abducted about 30 farm workers near the village of Maadan in the Raqqa desert on Sunday and "
        "killed three of them, relatives said."
    )
    assert kinds(row) == ["abduction"]


def test_a_killing_told_first_with_others_taken_stays_an_attack() -> None:
    row = run(
        "ISIS militants killed two herders and kidnapped a third near the village of Maadan in the Raqqa desert on "
        "Sunday, relatives said."
    )
    assert kinds(row) == ["attack"]


def test_the_order_of_taking_and_death() -> None:
    told = "Gunmen kidnapped twelve herders near the well, then shot dead two who tried to run."
    assert killing_kind("abduction", 2, "isis", told) == "abduction"
    assert (
        killing_kind("abduction", 2, "isis", "Two days after the latest kidnapping, gunmen shot dead a man.")
        == "attack"
    )
    assert killing_kind("abduction", 2, "isis", "The death toll rose after gunmen had kidnapped a man.") == "attack"


def test_a_body_found_shot_after_gunmen_took_him_is_a_murder() -> None:
    row = run(
        "A teacher was found shot dead near the village of Ghariya on Monday, two days after he had been snatched "
        "by masked gunmen from his car."
    )
    assert kinds(row) == ["other"]


def test_gunmen_who_shot_the_man_themselves_keep_the_killing() -> None:
    row = run(
        "Masked gunmen shot dead a teacher near the village of Ghariya on Monday and fled, two days after they had "
        "threatened him."
    )
    assert kinds(row) != ["other"]
