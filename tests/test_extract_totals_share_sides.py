"""A share of a total told by who killed it ("19 of them were killed in Russian airstrikes") keeps the side of the
whole it splits, with the killer as perpetrator, instead of becoming a total of the killer's side; a bare figure that
goes on with the split in the same sentence does the same (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2022-03-02"))


def test_share_of_civilians_killed_in_russian_strikes_stays_civilians() -> None:
    text = ("The monitor recorded these deaths across Syria during February 2022:\n"
            "- 64 civilians, among them nine children; 23 of them died in raids by Russian and regime jets on Idlib.\n"
            "- 40 regime soldiers and loyal militiamen.")
    found = totals(text)
    assert ("russia", 23) not in found and ("civilians", 23) in found and ("civilians", 64) in found and ("regime", 40) in found


def test_share_of_soldiers_killed_in_isis_raids_stays_regime() -> None:
    text = ("The monitor recorded these deaths in the Badia during February 2022:\n"
            "- 33 regime soldiers and members of loyal militias, 21 of whom were killed in ISIS ambushes near Palmyra.\n"
            "- Five ISIS members.")
    found = totals(text)
    assert ("isis", 21) not in found and ("isis", 5) in found and ("regime", 33) in found


def test_bare_figure_continuing_the_split_stays_civilians() -> None:
    text = ("The monitor recorded the deaths of 90 people across Syria on Tuesday, 1 March 2022, as follows:\n"
            "52 civilians, including 6 children: 30 of them were killed in Russian airstrikes on villages of Jabal al-Zawiya, "
            "and 12 were killed in Coalition airstrikes on the outskirts of Hajin, while the others died in other provinces.\n"
            "38 members of regime forces, killed in clashes with the factions.")
    found = totals(text)
    assert ("civilians", 30) in found and ("civilians", 12) in found
    assert ("civilians", 52) in found and ("regime", 38) in found
