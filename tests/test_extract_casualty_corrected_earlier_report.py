""""killing eight people ... SOHR had initially reported ten deaths, before correcting the figure": the monitor's first
figure, corrected in its own sentence, is not the incident's toll (``casualty_rises.earlier_report``); nor is one
"mistakenly reported". Look-alike: an earlier report with no correction or rise stays as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_initial_report_corrected_after() -> None:
    text = ("Blast in Azaz\n\nA motorcycle bomb went off near a bakery in Azaz on Thursday, killing eight people. SOHR had "
            "initially reported ten deaths, before correcting the figure when two of the victims turned out to be alive.")
    assert killed(text) == {"unknown": 8}


def test_earlier_report_of_one_mistakenly_counted() -> None:
    text = ("Blast in Azaz\n\nA motorcycle bomb went off near a bakery in Azaz on Thursday, killing eight people. SOHR had "
            "earlier reported nine deaths, after a wounded man was mistakenly reported dead.")
    assert killed(text) == {"unknown": 8}
