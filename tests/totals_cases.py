"""Helpers shared by the totals test files: how they run paragraphs through the extractor under a neutral title, the fields
of the totals they read back, and statistics paragraphs that tests of several files read.
"""

from __future__ import annotations

from typing import Any

from contract_rows import titled, total_pairs


def full(text: str, published: str | None = None) -> list[tuple[str, int, str | None, str | None, dict[str, int]]]:
    return sorted((t["side"], t["killed"], t["since"], t.get("region"), t["of_which"]) for t in row(text, published)["totals"])


def regions(text: str, published: str | None = None) -> list[tuple[str, int, str]]:
    return sorted((t["side"], t["killed"], t["region"]) for t in row(text, published)["totals"] if t.get("region"))


_COUNTED = ("Fighting across Syria left 5,210 people dead in 2019, a monitoring group said on Wednesday.\n"
            "The monitor said the dead included 1,400 civilians, among them 350 children.\n"
            "It also counted 2,100 regime soldiers and loyalist fighters, 900 rebel fighters and 810 members of the Islamic "
            "State group.")


_SUBLIST = ("The monitor documented the deaths of 2,950 people across Syria over 2021, distributed as follows:\n"
            "Civilians: 1,300 civilians, among them 300 children and 90 women:\n"
            "- 410, including 70 children, were killed by regime forces.\n"
            "- 22, including six children, by Russian airstrikes.\n"
            "- 130 by unexploded ordnance.\n"
            "- 738 in other circumstances.\n"
            "Combatants:\n"
            "- 950 regime soldiers.\n"
            "- 700 ISIS members.")


_ADDED = ("The network said in its monthly report that it had documented the deaths of 90 civilians in Syria in May 2023. "
          "According to the report, regime forces killed 30 civilians, while Russian forces killed five civilians.\n"
          "The report added that 55 civilians were killed by other parties, including landmines and unknown gunmen.")


def row(text: str, published: str | None = "2023-06-01") -> dict[str, Any]:
    return titled(text, published)


def totals(text: str, published: str | None = "2023-06-01") -> list[tuple[str, int]]:
    return total_pairs(row(text, published))


def perpetrators(text: str) -> list[tuple[str, int, str | None]]:
    return sorted((t["side"], t["killed"], t.get("perpetrator")) for t in row(text)["totals"])
