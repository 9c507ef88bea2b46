"""A running toll whose list of sides opens with a colon and goes on after semicolons ("... has risen to 60 since
early 2023, they are: 20 civilians, including ...; 31 members of ...; and 9 soldiers") gives each item, the first one
too, as a total of its side (``totals_parts.semicolon_tops``).

Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md (an overall figure broken down by side
gives its parts). A look-alike: "152 soldiers, including 17 non-Syrians; 98 civilians" keeps 17 as a part.
"""

from __future__ import annotations

from totals_cases import row


def _pairs(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in row(text)["totals"])


def test_first_item_after_colon_is_a_total_of_its_own() -> None:
    text = ("The number of people killed in Turkish drone strikes on areas held by the SDF and regime forces has risen to 60 "
            "since early 2023, "
            "they are: 20 civilians, including four children and two women; 31 members of the SDF and the Asayish; "
            "and 9 soldiers of regime forces.")
    assert _pairs(text) == [("civilians", 20), ("regime", 9), ("sdf", 31)]


def test_part_before_semicolon_without_colon_stays_a_part() -> None:
    text = ("Since the start of 2022, the fighting has killed 152 regime soldiers, including 17 non-Syrian militiamen; "
            "98 civilians and 66 members of the Islamic State group.")
    totals = {(t["side"], t["killed"]): t["of_which"] for t in row(text)["totals"]}
    assert ("regime", 17) not in totals and ("regime", 152) in totals
