"""Incidents: a sentence that tells its dead with the monitor's other casualty words ("were martyred", "were slain",
"perished") before "and N others were injured when ..." is one event's account, as it is with "were killed": the
clause break after the dead must not cut them off from the event.

Look-alike: a first half with no casualties at all is still cut from the event that follows.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from contract_rows import contract, place_names

_TITLE = "Shelling on the Jabal al-Zawiya villages\n\n"


@pytest.mark.parametrize("verb", ["were martyred", "were slain", "perished"])
def test_dead_told_with_another_casualty_word_keep_their_event(verb: str) -> None:
    row = contract(_TITLE + f"Four civilians {verb}, among them a child, and three other civilians were injured when "
                            "regime forces shelled the village of Kansafra in the southern countryside of Idlib on Monday.")
    assert [(i["killed"], i["injured"]) for i in row["incidents"]] == [({"civilians": 4}, {"civilians": 3})]


def test_plain_killed_reads_the_same() -> None:
    row = contract(_TITLE + "Four civilians were killed, among them a child, and three other civilians were injured when "
                            "regime forces shelled the village of Kansafra in the southern countryside of Idlib on Monday.")
    assert [(i["killed"], i["injured"]) for i in row["incidents"]] == [({"civilians": 4}, {"civilians": 3})]


def test_quiet_first_half_is_still_cut_from_the_event() -> None:
    row = contract(_TITLE + "Dozens of people gathered in the town of Ariha to protest against the rising prices, whereas "
                            "gunmen stormed a checkpoint near the village of Kansafra on Monday, killing a guard.")
    assert place_names(row) == [["Kansafra"]] and [i["killed"] for i in row["incidents"]] == [{"unknown": 1}]
