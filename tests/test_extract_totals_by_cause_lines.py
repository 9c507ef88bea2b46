"""The "Cause: N" lines of a list its header gives by cause ("The fatalities are distributed by cause as follows:",
"... broken down according to the circumstances of death:") are kinds of death of the total before, not totals of
their own (totals_kind_headers.by_cause), even when a cause's words name a group ("Gunfire during family disputes: 15").
Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from contract_rows import titled

OPENING = ("SOHR has documented the deaths of 60 people in areas held by regime forces in May 2023. Among the fatalities "
           "were 35 civilians, including six children, and 25 members of regime forces and loyal militias.\n")


def totals(text: str) -> set[tuple[str, int]]:
    return {(t["side"], t["killed"]) for t in titled(text, "2023-06-02")["totals"]}


def test_cause_lines_under_distributed_by_cause_are_no_totals() -> None:
    found = totals(OPENING + "The fatalities are distributed by cause as follows:\n- Security chaos in Daraa province: 31.\n"
                   "- Murders and crimes in different areas: 14.\n- Gunfire during family disputes: 9.\n- IED explosions: six.")
    assert {("civilians", 35), ("regime", 25)} <= found
    assert not {k for _, k in found} & {31, 14, 9, 6}


def test_cause_lines_broken_down_according_to_circumstances_are_no_totals() -> None:
    found = totals(OPENING + "The deaths were broken down according to the circumstances of death:\n- Shootings by unknown "
                   "gunmen: 40.\n- Family feuds and infighting: 12.\n- Explosions of war remnants: 8.")
    assert {("civilians", 35), ("regime", 25)} <= found
    assert not {k for _, k in found} & {40, 12, 8}


def test_a_list_by_side_is_still_read() -> None:
    found = totals("SOHR has documented the deaths of 60 people in areas held by regime forces in May 2023, distributed as "
                   "follows:\n- Civilians: 35.\n- Regime forces: 25.")
    assert {("civilians", 35), ("regime", 25)} <= found
