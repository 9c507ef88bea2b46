"""Who the rest of a total's dead were, told "The remainder were ..." / "The balance of the dead were ..." / "The rest
of them were ..." in the next sentence, continues that total (totals_lines.BREAKDOWN_OPENING), as "The rest were ..."
did. Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> list[tuple[str, int]]:
    row = titled(text, "2023-11-04")
    return sorted((t["side"], t["killed"]) for t in row["totals"])


def test_the_remainder_were_soldiers_and_ex_rebels() -> None:
    text = ("Week in the south\n"
            "Twenty-two people died over the past seven days in assassinations and ambushes in Daraa and Suwayda, the "
            "monitor reported on Saturday. Civilians made up ten of the dead. The remainder were eight members of the "
            "regime forces, including an officer; and four former opposition fighters.")
    found = totals(text)
    assert ("regime", 8) in found and ("hts_rebels", 4) in found


def test_the_balance_were_soldiers_and_ex_rebels() -> None:
    text = ("Week in the south\n"
            "Twenty-two people died over the past seven days in assassinations and ambushes in Daraa and Suwayda, the "
            "monitor reported on Saturday. Civilians made up ten of the dead. The balance were seven members of the "
            "regime forces; four former rebels who had refused to settle; and a man accused of smuggling.")
    found = totals(text)
    assert ("regime", 7) in found and ("hts_rebels", 4) in found
