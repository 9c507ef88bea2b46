"""One attack set in a series ("..., the latest in a string of raids on arms depots") is an incident, not a toll of the
series; a toll of the series itself stays a total (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2023-07-03"))


def test_strike_latest_in_a_series_is_no_total() -> None:
    text = ("Israeli strikes near Masyaf early Monday killed three Hezbollah fighters, a war monitor said, the latest in "
            "a series of raids on sites used by Tehran's allies.")
    assert totals(text) == []


def test_raids_latest_in_a_series_are_no_total() -> None:
    text = ("Russian air raids on the outskirts of Idlib late Tuesday killed five civilians, the monitor said, the latest "
            "in a series of raids on the rebel-held region.")
    assert totals(text) == []


def test_toll_of_a_series_stays_a_total() -> None:
    text = "A series of Israeli strikes on sites used by Tehran's allies has killed 41 Hezbollah fighters since January."
    assert ("pro_iran_foreign", 41) in totals(text)
