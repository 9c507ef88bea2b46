"""A running total of "regime soldiers and Iranian-backed militiamen" is the regime's (the militiamen are inside the
regime total, SCHEMA.md), with its non-Syrians as parts; a figure of the regime and another armed side stays of no
one side (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test,
with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled


def rows(text: str) -> list[tuple[str, int, dict[str, int]]]:
    return sorted((t["side"], t["killed"], t["of_which"]) for t in titled(text, "2022-08-10")["totals"])


def test_soldiers_and_iranian_backed_militiamen_are_regime() -> None:
    text = ("With these deaths, the toll of government troops and Iran-backed militiamen killed in the Badia since early "
            "2022 climbs to 96, including 15 non-Syrian militiamen.")
    assert ("regime", 96, {"pro_iran_foreign": 15}) in rows(text)


def test_soldiers_and_hezbollah_fighters_are_regime() -> None:
    text = "The number of regime soldiers and Hezbollah fighters killed in the desert since early 2022 has reached 58."
    assert [(s, n) for s, n, _ in rows(text)] == [("regime", 58)]


def test_regime_and_sdf_stay_of_no_one_side() -> None:
    text = ("The number of regime soldiers and SDF fighters killed in the Turkish strikes since early 2022 has reached 58, "
            "they are 40 SDF fighters and 18 soldiers.")
    found = [(s, n) for s, n, _ in rows(text)]
    assert ("regime", 58) not in found and ("sdf", 58) not in found
