"""A monthly toll split inline after "distributes the death toll by perpetrator:" ("... by perpetrator: regime forces
killed 20 civilians; Russian forces killed four ...") gives a total per killer, and the month's toll stays (paragraphs
written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that
must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2022-05-01"))


_HEAD = "The network documented the killing of 61 civilians in Syria in April 2022, among them 14 children.\n"
_SPLIT = ("regime forces killed 20 civilians, including five children; Russian forces killed four civilians; "
          "the SDF killed seven civilians; and other parties killed 30 civilians, including two women.")


def test_toll_distributed_by_perpetrator_colon_gives_lines() -> None:
    found = totals(_HEAD + "The report distributes the death toll by perpetrator: " + _SPLIT)
    assert [p for p in found if p[1] in (61, 20, 4, 7, 30)] == [("civilians", 4), ("civilians", 7), ("civilians", 20),
                                                                  ("civilians", 30), ("civilians", 61)]


def test_victims_broken_down_by_party_colon_gives_lines() -> None:
    found = totals(_HEAD + "The network broke the victims down by party: " + _SPLIT)
    assert ("civilians", 30) in found and ("civilians", 61) in found


def test_as_follows_header_unchanged() -> None:
    found = totals(_HEAD + "The death toll is distributed by perpetrator as follows: " + _SPLIT)
    assert ("civilians", 20) in found and ("civilians", 61) in found
