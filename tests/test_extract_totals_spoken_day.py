"""The day a source spoke ("The monitor said on Tuesday that at least 218 civilians, among them 18 children, have been
killed since ...") is not the day of one event told before the total's clause (totals_sentences.event_before_toll):
the figure stays a running total. Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> set[tuple[str, int]]:
    row = titled(text, "2020-03-20")
    return {(t["side"], t["killed"]) for t in row["totals"]}


def test_said_on_a_weekday_before_a_running_total() -> None:
    text = ("The monitor said on Sunday that at least 140 civilians, including 30 children, have been killed since the "
            "regime launched its offensive on the southern countryside on March 3, 2020.")
    assert ("civilians", 140) in totals(text)


def test_reported_yesterday_before_a_running_total() -> None:
    text = ("The Observatory reported yesterday that 95 HTS fighters, among them 12 commanders, had been killed since the start "
            "of the battle for Saraqib on February 2, 2020.")
    assert ("hts_rebels", 95) in totals(text)


def test_an_event_on_a_weekday_before_the_raised_toll_is_no_total() -> None:
    text = ("Regime shelling killed eight civilians, including two children, in Sarmin on Tuesday, raising the number of "
            "civilians killed since the start of March to 40.")
    found = totals(text)
    assert ("civilians", 8) not in found and ("civilians", 40) in found
