"""The risen toll of one day's attack ("The death toll from Friday's airstrikes on the market has risen to 104
civilians") is that attack's, not a period total, however large (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import contract, titled, total_pairs


def test_risen_toll_of_a_days_airstrikes_is_no_total() -> None:
    text = ("The death toll from Friday's Russian airstrikes on a busy market in the town of Ariha has risen to 104 "
            "civilians, including 30 children, the monitor said on Saturday.")
    row = contract(text)
    assert total_pairs(row) == [] and any(i["killed"].get("civilians") == 104 for i in row["incidents"])


def test_toll_of_yesterdays_bombing_is_no_total() -> None:
    text = "The toll of yesterday's car bombing in the city of Azaz climbed to 120 people, rescuers and the monitor said."
    assert total_pairs(contract(text)) == []


def test_days_toll_with_a_span_stays_a_total() -> None:
    text = ("The death toll from Friday's escalation has risen to 130 regime soldiers since the offensive began in "
            "early May, the monitor said.")
    assert ("regime", 130) in total_pairs(titled(text))
