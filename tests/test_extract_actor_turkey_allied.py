"""Rebels told as Turkey's by the words after their noun ("rebels fighting alongside Turkey", "rebels backed by
Turkey", "opposition fighters allied with Ankara") are Turkey's factions, as "Turkish-backed rebels" are; rebels told
fighting Turkey stay rebels (actor_turkey_allied). Paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md (SNA factions -> turkey_factions)."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> set[tuple[str, int]]:
    return {(t["side"], t["killed"]) for t in titled(text, "2019-11-09")["totals"]}


def test_rebels_fighting_alongside_turkey() -> None:
    text = ("Since the start of the offensive on October 9, 2019, the Observatory has counted 188 Syrian rebels fighting "
            "alongside Turkey killed, and 301 members of the SDF.")
    found = totals(text)
    assert ("turkey_factions", 188) in found and ("hts_rebels", 188) not in found


def test_rebels_backed_by_turkey_and_opposition_fighters_allied_with_ankara() -> None:
    text = ("Since the start of 2020, SOHR has documented the death of 64 rebels backed by Turkey in the countryside of "
            "Aleppo. Since the same date, 17 opposition fighters allied with Ankara have been killed in Ras al-Ain.")
    found = totals(text)
    assert ("turkey_factions", 64) in found and ("turkey_factions", 17) in found


def test_rebels_fighting_turkish_forces_stay_rebels() -> None:
    text = "Since the start of 2020, SOHR has documented the death of 23 rebels fighting Turkish forces in Idlib."
    found = totals(text)
    assert ("hts_rebels", 23) in found
