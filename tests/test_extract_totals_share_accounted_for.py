"""A side's share of the toll told just before with "accounted for" / "made up" and a figure "of the dead" ("The monitor
said civilians made up 1,204 of the dead, among them 250 children") is a total of that side
(``totals_subjects.with_share_figures``; the sentence continues the total: ``share_of_dead``).

Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md. Look-alikes: a share with no figure ("more
than half of the dead") gives none; "accounted for 1,310 deaths" (a figure read before) is unchanged.
"""

from __future__ import annotations

from totals_cases import totals

_LEAD = "Fighting in Syria killed 4,102 people in 2023, the monitor said on Sunday. "


def test_share_made_up_of_the_dead_is_a_total_of_the_subject() -> None:
    text = _LEAD + "The monitor said civilians made up 1,204 of the dead, among them 250 children. It said 830 regime soldiers were also killed during the year."
    assert sorted(totals(text)) == [("civilians", 1204), ("regime", 830), ("unknown", 4102)]


def test_share_with_no_figure_gives_none() -> None:
    text = _LEAD + "The monitor said civilians accounted for more than half of the dead. It said 830 regime soldiers were also killed during the year."
    assert sorted(totals(text)) == [("regime", 830), ("unknown", 4102)]


def test_accounted_for_deaths_unchanged() -> None:
    assert sorted(totals(_LEAD + "Rebel and jihadist fighters accounted for 1,310 deaths, the monitor said.")) == [
        ("hts_rebels", 1310), ("unknown", 4102)]
