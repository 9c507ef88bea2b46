"""Bulleted "Killer: N" lines under a civilians' figure that a header splits by who killed them ("Civilians: 120, ...,
killed by:", "... They were killed as follows:") are totals of civilians killed by the label's side, not totals of
that side's own dead; the lines after the list ("Combatants:", "Regime soldiers: 40") name the side of the dead again
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled

_HEAD = "SOHR has counted the deaths of 250 people across Syria in February 2024. The dead are distributed as follows:\n"
_LINES = ("- Regime forces and loyal militiamen: 40, including nine children.\n"
          "- Turkish forces and their proxies: eleven.\n"
          "- ISIS cells: five.\n"
          "- Unknown gunmen: 22, including three women.\n")
_FIGHTERS = "Combatants:\n- 61 regime soldiers.\n- 19 ISIS members.\nSDF fighters: 14.\n"


def totals(text: str) -> list[tuple[str, int, str | None]]:
    return sorted((t["side"], t["killed"], t.get("perpetrator")) for t in titled(text, "2024-03-01")["totals"])


_WANT = [("civilians", 5, "isis"), ("civilians", 11, "turkey_factions"), ("civilians", 22, "unknown"),
         ("civilians", 40, "regime"), ("civilians", 120, None), ("isis", 19, None), ("regime", 61, None), ("sdf", 14, None)]


def test_killed_by_colon_header() -> None:
    assert totals(_HEAD + "Civilians: 120, including 30 children, killed by:\n" + _LINES + _FIGHTERS) == _WANT


def test_killed_as_follows_header() -> None:
    got = totals(_HEAD + "Civilians: 120, including 30 children. They were killed as follows:\n" + _LINES + _FIGHTERS)
    assert got == _WANT


def test_list_of_sides_is_unchanged() -> None:
    got = totals(_HEAD + "Civilians: 120, including 30 children.\n- Regime soldiers: 40.\n- ISIS members: five.\n")
    assert got == [("civilians", 120, None), ("isis", 5, None), ("regime", 40, None)]


def test_label_line_after_list_names_dead() -> None:
    got = totals(_HEAD + "Civilians: 120, including 30 children, killed by:\n- Russian warplanes: 8.\n"
                 "Regime soldiers and loyal militiamen: 70.\n")
    assert got == [("civilians", 8, "russia"), ("civilians", 120, None), ("regime", 70, None)]
