"""Another documenting body's count of the period the monitor's total covers ("A local documentation office recorded
52 deaths in the same month") gives no total: where sources conflict the monitor's figure is kept (paragraphs written
for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def test_local_office_count_of_the_same_month_is_no_total() -> None:
    text = ("SOHR documented the deaths of 48 people in Daraa province during May 2024. A local documentation office, "
            "which follows violations in the south, recorded 52 deaths in the same month.")
    assert total_pairs(titled(text)) == [("unknown", 48)]


def test_network_count_of_the_same_period_is_no_total() -> None:
    text = ("The Syrian Observatory counted 29 people killed in Suwayda province during April 2024. The Suwayda 24 "
            "network counted 33 dead over the same period.")
    assert total_pairs(titled(text)) == [("unknown", 29)]


def test_monitor_own_count_of_the_same_period_stays() -> None:
    text = ("SOHR documented the deaths of 48 people in Daraa province during May 2024. The monitor also recorded 12 "
            "regime soldiers killed in Quneitra in the same month.")
    assert ("regime", 12) in total_pairs(titled(text))
