"""A line of a list by cause that names Israeli strikes: who killed them, never a side of the dead
(``totals_doer_sides``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md (Israel has no side
label; its strikes' victims are of the sides the lines by side name). The lines by side stay totals.
"""

from __future__ import annotations

from totals_cases import totals


def test_cause_line_of_israeli_strikes_is_no_total_of_israel() -> None:
    text = (
        "Government areas in May 2023 | 80 people killed\n"
        "SOHR has documented the deaths of 80 people in areas held by government forces during May 2023, as follows:\n"
        "- 50 civilians, including 10 children.\n"
        "- 30 members of government forces.\n"
        "Causes of death:\n"
        "- 12 were killed in Israeli strikes on the capital and its countryside.\n"
    )
    found = totals(text)
    assert ("civilians", 50) in found and ("regime", 30) in found
    assert all(side != "israel" for side, _ in found)
