"""A figure whose own clause is set in Iraq ("... since Sunday, when 12 Turkish soldiers died in an attack in northern
Iraq") is no total of the Syrian report it sits in; the figures of the same sentence set in Syria stay totals
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with
look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2024-01-16"))


def test_soldiers_killed_in_iraq_in_a_when_clause_are_no_total() -> None:
    text = ("Ankara has stepped up its drone strikes on north-east Syria since Sunday, when 12 Turkish soldiers were killed "
            "in an attack on a base in northern Iraq. Since Sunday, the strikes have killed six SDF fighters, the monitor said.")
    found = totals(text)
    assert ("turkey_factions", 12) not in found and ("sdf", 6) in found


def test_iraq_clause_dropped_and_syrian_clause_kept_in_one_sentence() -> None:
    text = ("Since Sunday, Turkish strikes have killed six SDF fighters in Syria, while 12 Turkish soldiers were killed "
            "in northern Iraq.")
    found = totals(text)
    assert ("sdf", 6) in found and ("turkey_factions", 12) not in found
