"""A figure told ", as have N ..." / ", as were N ..." after a killing verb shares it (casualty_along_with). Paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md; look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> list[tuple[str, int]]:
    row = titled(text, "2019-10-22")
    return sorted((t["side"], t["killed"]) for t in row["totals"])


def test_as_have_after_have_died_shares_the_verb() -> None:
    text = ("Offensive toll\n"
            "Since the offensive began on October 9, 2019, at least 118 civilians have been killed, the monitor said. Over "
            "the same period, 150 members of the SDF have died, as have 96 fighters of the Turkish-backed factions.")
    assert ("turkey_factions", 96) in totals(text)


def test_as_were_after_were_killed_shares_the_verb() -> None:
    text = ("Weekly toll\n"
            "In the past week 14 regime soldiers were killed in ISIS attacks in the desert, as were 9 fighters of "
            "Iranian-backed militias, the monitor said.")
    assert ("regime", 14) in totals(text)
    assert any(n == 9 for _, n in totals(text))
