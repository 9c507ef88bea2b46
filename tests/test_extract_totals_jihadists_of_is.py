""""Jihadists" in a total of a report about the Islamic State group are IS members; in a report that also names a
jihadist group of the north-west they keep the lexicon's side (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2022-02-02"))


def test_jihadists_in_a_report_about_is_are_isis() -> None:
    text = ("IS cells attacked an army post near al-Sukhnah on Monday, the monitor said.\nSince March 2019, 610 government "
            "soldiers and allied fighters have been killed in the desert, along with 388 jihadists, it added.")
    found = totals(text)
    assert ("isis", 388) in found and ("hts_rebels", 388) not in found


def test_jihadists_with_hts_named_keep_their_side() -> None:
    text = ("HTS fighters repelled a regime attack near Kafranbel on Monday, the monitor said.\nSince March 2019, 610 "
            "government soldiers and allied fighters have been killed on the front, along with 388 jihadists, it added.")
    assert ("isis", 388) not in totals(text)
