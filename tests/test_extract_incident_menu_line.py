"""A site's menu or breadcrumb line ("Home | News | Reports | Statistics | Contact us") above the story: its words are
no period total, so the story's first event stays an incident. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds
from observatory.extract.text import working_copy


def test_menu_line_with_statistics_leaves_the_first_event_an_incident() -> None:
    row = contract("Gunmen ambush army truck near Qaryatayn\nHome | News | Reports | Statistics | Contact us\n"
                   "Share this: Facebook Twitter\nGunmen ambushed an army truck at dawn today near Qaryatayn in the "
                   "countryside of Homs.\nAccording to local sources, six soldiers were killed and four others were "
                   "wounded in the ambush.\nMeanwhile, warplanes struck hideouts near Palmyra this evening.")
    assert kinds(row) == ["ambush", "airstrike"]


def test_menu_line_is_blanked_in_the_working_copy() -> None:
    text = "Title\nHome | News | Reports | Statistics | Contact us\nGunmen killed a man in Tafas on Monday."
    work = working_copy(text)
    assert len(work) == len(text)
    assert "Statistics" not in work and "Gunmen killed a man" in work


def test_breadcrumb_with_monthly_reports_is_no_total() -> None:
    row = contract("Mine kills shepherd\nHome | Reports | Monthly Reports | Victims\nShare this: Twitter\n"
                   "A shepherd was killed this morning by a landmine explosion near Maadan in the countryside of Raqqa.")
    assert kinds(row) == ["ied_landmine"]
    assert row["totals"] == []


def test_look_alike_two_part_headline_is_kept() -> None:
    assert "Death toll rises" in working_copy("Strikes on Hajin | Death toll rises to 14\nText.")


def test_look_alike_two_part_headline_stays_the_title() -> None:
    row = contract("Shelling on Kafr Takharim | Two children killed\nRegime forces shelled Kafr Takharim in the "
                   "countryside of Idlib on Monday, killing two children.")
    assert kinds(row) == ["shelling"]
