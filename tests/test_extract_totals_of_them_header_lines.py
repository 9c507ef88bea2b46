""""Of them:" (or "Among them:") set as a line of its own after a figure of civilians heads bare lines that split it
by who killed them ("- 44 were killed by ISIS."): each is a total of civilians with that perpetrator, as under "They
were killed as follows:" (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled

_HEAD = ("SOHR has counted the deaths of 3,100 people across Syria in 2019. The dead are distributed as follows:\n"
         "Civilians: 1,450, including 300 children and 190 women.\n")
_LINES = ("- 702, including 150 children, were killed by regime forces and loyal militias.\n"
          "- 44 were killed by ISIS.\n"
          "- 12 were killed by the SDF.\n"
          "- 692 were killed by landmines, unidentified gunmen and other causes.\n")
_FIGHTERS = "Regime soldiers and loyal militiamen: 1,000.\nISIS members: 650.\n"


def totals(text: str) -> list[tuple[str, int, str | None]]:
    return sorted((t["side"], t["killed"], t.get("perpetrator")) for t in titled(text, "2020-01-01")["totals"])


_WANT = [("civilians", 12, "sdf"), ("civilians", 44, "isis"), ("civilians", 692, None), ("civilians", 702, "regime"),
         ("civilians", 1450, None), ("isis", 650, None), ("regime", 1000, None)]


def test_of_them_line_heads_bare_lines() -> None:
    assert totals(_HEAD + "Of them:\n" + _LINES + _FIGHTERS) == _WANT


def test_among_them_line_heads_bare_lines() -> None:
    assert totals(_HEAD + "Among them:\n" + _LINES + _FIGHTERS) == _WANT


def test_lines_naming_civilians_are_unchanged() -> None:
    got = totals(_HEAD + "Of them:\n- 702 civilians were killed by regime forces.\n- 44 civilians were killed by ISIS.\n"
                 "- 704 civilians were killed by other parties.\n" + _FIGHTERS)
    assert [(side, n) for side, n, _ in got] == [("civilians", 44), ("civilians", 702), ("civilians", 704),
                                                 ("civilians", 1450), ("isis", 650), ("regime", 1000)]
