"""More of the dead told "A further N were <people>", and the next
figure of the clause told the same way (", and two were Turkish soldiers"): the group after "were" names their side
(casualty_further_copula). Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md; look-alikes
that must not change."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> list[tuple[str, int]]:
    row = titled(text, "2023-01-02")
    return sorted((t["side"], t["killed"]) for t in row["totals"])


def test_a_further_n_were_fighters_and_two_were_soldiers() -> None:
    text = ("2022 toll\n"
            "The monitor said that 400 people were killed in 2022 in the de-escalation zone. Civilians made up 150 of the "
            "dead. Regime forces and their loyalists lost 140 members. A further 105 were fighters of Hayat Tahrir al-Sham, "
            "the operations room and other factions, and five were Turkish soldiers.")
    found = totals(text)
    assert ("hts_rebels", 105) in found and ("turkey_factions", 5) in found


def test_a_further_n_were_members_while_n_were_soldiers() -> None:
    text = ("2022 toll\n"
            "The monitor said that 300 people were killed in 2022 in the de-escalation zone. Civilians made up 150 of the "
            "dead. Regime forces lost 86 members. A further 60 were members of Hayat Tahrir al-Sham, while four were "
            "soldiers of the Turkish army.")
    found = totals(text)
    assert ("hts_rebels", 60) in found and ("turkey_factions", 4) in found


def test_another_n_were_arrested_is_no_toll() -> None:
    text = ("2022 toll\n"
            "The monitor said that 300 people were killed in 2022 in the de-escalation zone. Civilians made up 150 of the "
            "dead, and regime forces lost 100 members. Another 40 were arrested by Hayat Tahrir al-Sham.")
    found = totals(text)
    assert not any(n == 40 for _, n in found)
