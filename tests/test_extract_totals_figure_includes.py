"""A sentence after a total that opens "This figure includes ..." / "The toll included ..." / "That number comprises ..."
tells parts of that total (its of_which), not totals of their own (totals_lines.BREAKDOWN_OPENING). Paragraphs written
for these tests, judged by ../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> dict[tuple[str, int], dict[str, int]]:
    row = titled(text, "2024-01-01")
    return {(t["side"], t["killed"]): t["of_which"] for t in row["totals"]}


def test_this_figure_includes_militiamen_and_russians() -> None:
    text = ("2022 toll\n"
            "The monitor said 3,800 people were killed across Syria in 2022. The dead were:\n"
            "- Civilians: 1,600.\n"
            "- Regime soldiers and loyal militiamen: 1,100. This figure includes 120 members of Iran-backed militias as well "
            "as three Russian soldiers.\n"
            "- ISIS: 300.")
    found = totals(text)
    assert ("regime", 1100) in found
    assert ("russia", 3) not in found and ("pro_iran_foreign", 120) not in found


def test_the_number_also_includes_russians_in_a_list_line() -> None:
    text = ("2021 toll\n"
            "The monitor said 3,700 people were killed across Syria in 2021. The dead were:\n"
            "- Civilians: 1,500.\n"
            "- Regime forces and allied militias: 1,000. The number also includes two Russian soldiers and 95 "
            "non-Syrian militiamen.\n"
            "- ISIS: 250.")
    found = totals(text)
    assert ("regime", 1000) in found
    assert ("russia", 2) not in found and ("pro_iran_foreign", 95) not in found


def test_the_toll_included_non_syrian_militiamen() -> None:
    text = ("Desert toll\n"
            "Since the start of 2023, ISIS cells have killed 240 regime soldiers and militiamen in the Badia, the monitor "
            "said. The toll included 31 non-Syrian militiamen of Iran-backed groups.")
    found = totals(text)
    assert ("regime", 240) in found and ("pro_iran_foreign", 31) not in found
