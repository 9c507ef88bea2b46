"""A total told with the figure of the period it is compared with ("..., compared with 16 in June"): the figure
compared with is a total of the same side over its own period (totals_compared). Paragraphs written for these tests,
judged by ../shared/data/sohr/SCHEMA.md; look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str, published: str = "2023-08-03") -> list[tuple[str, int, str | None]]:
    row = titled(text, published)
    return sorted((t["side"], t["killed"], t.get("since_text")) for t in row["totals"])


def test_compared_with_a_month_before_is_a_total_of_that_month() -> None:
    text = ("The monitor documented in July the deaths of 31 regime soldiers and militiamen in the Badia, "
            "compared with 18 in June.")
    found = totals(text)
    assert ("regime", 31, "in July") in found and ("regime", 18, "in June") in found


def test_compared_to_deaths_of_a_dated_month() -> None:
    text = ("Quneitra province recorded 12 deaths in May 2024, according to figures gathered by local activists, "
            "compared to 9 deaths in April 2024.")
    row = titled(text, "2024-06-01")
    found = {(t["side"], t["killed"], t["since"], t["until"]) for t in row["totals"]}
    assert ("unknown", 9, "2024-04-01", "2024-04-30") in found and ("unknown", 12, "2024-05-01", "2024-05-31") in found


def test_down_from_a_year_before() -> None:
    text = "SOHR has counted 40 civilians killed by landmines since the beginning of 2023, down from 77 during 2022."
    found = totals(text)
    assert ("civilians", 77, "during 2022") in found and any(t[:2] == ("civilians", 40) for t in found)


def test_a_toll_up_from_an_earlier_report_is_no_total() -> None:
    text = ("Clashes in the countryside of Deir Ezzor since Sunday have killed 71 people, the monitor said on Tuesday, "
            "up from 63 reported on Monday night.")
    assert all(n != 63 for _, n, _ in totals(text))


def test_a_share_compared_is_no_figure_of_the_dead() -> None:
    text = ("Since early 2023, SOHR has documented the deaths of 52 civilians in Idlib, compared with 30 percent in "
            "the same period of 2022.")
    assert all(n != 30 for _, n, _ in totals(text))
