""""SOHR has so far confirmed the death of six members" after a claim of ten: the monitor's answer to another source's
count of the same event, its "so far" saying the count may still rise (``totals_so_far_answer``); the monitor's figure
is the incident's, not a period total. Look-alikes: the monitor's own running toll with "so far" after its own words,
and one that names a span ("since the start of the year"), stay totals.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, killed_sums, total_pairs

_CLAIM = ("ISIS attack near Tadmur\n\nThe Amaq agency of ISIS claimed that the group's fighters killed nine soldiers of the "
          "regime army in a raid on their post near Tadmur, east of Homs, late on Friday. ")


def test_monitor_so_far_confirmed_after_a_claim() -> None:
    text = _CLAIM + "The Observatory has so far confirmed the death of four soldiers, among them an officer."
    assert killed_sums(text) == {"regime": 4}
    assert total_pairs(contract(text)) == []


def test_monitor_so_far_documented_after_another_source_in_one_sentence() -> None:
    text = ("Strike on Ariha\n\nRegime rockets hit a market in Ariha on Monday morning. The Civil Defence said its teams "
            "pulled five bodies from the rubble of the shops, while the monitor has so far documented the deaths of three civilians.")
    assert killed_sums(text) == {"civilians": 3}


def test_monitor_own_running_toll_stays_a_total() -> None:
    text = ("Raids on Hajin\n\nSOHR has documented a new rise in the toll of the coalition raids on Hajin. The monitor has so far "
            "documented the deaths of 85 civilians in the raids on the town.")
    assert killed_sums(text).get("civilians", 0) != 85 or total_pairs(contract(text)) != []


def test_monitor_so_far_with_a_span_stays_a_total() -> None:
    text = _CLAIM + "The monitor has so far documented the deaths of 230 soldiers in attacks of ISIS since the start of the year."
    assert killed_sums(text).get("regime", 0) != 230
