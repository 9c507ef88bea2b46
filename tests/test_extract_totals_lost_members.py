"""A side's losses told with "lost" and a count of people in a sentence that also counts events ("ISIS lost 232
fighters during the year, most of them in some 5,800 airstrikes") is a total of the dead, not only a count of
events over the period (totals_blocks.events_counted). Paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from contract_rows import titled

OPENING = ("The monitor said that 310 soldiers of the regime and allied militiamen were killed in the Syrian desert in "
           "2022 in attacks by ISIS cells. ")


def totals(text: str) -> set[tuple[str, int]]:
    row = titled(OPENING + text, "2023-01-02")
    return {(t["side"], t["killed"]) for t in row["totals"]}


def test_the_organization_lost_fighters_in_a_count_of_airstrikes() -> None:
    assert ("isis", 187) in totals("The Organization itself lost 187 fighters during the year, most of them in some 4,200 "
                                   "airstrikes by Russian jets, the monitor added.")


def test_isis_lost_members_in_words_with_a_count_of_raids() -> None:
    assert ("isis", 90) in totals("ISIS lost ninety members over the year in more than 1,500 Russian raids.")


def test_daesh_lost_militants_in_a_count_of_strikes() -> None:
    assert ("isis", 143) in totals("Daesh lost at least 143 militants during the year, in about 2,000 air strikes on its hideouts.")


def test_a_count_of_airstrikes_alone_is_no_total() -> None:
    found = totals("Russian warplanes carried out 5,800 airstrikes on the desert during the year.")
    assert not any(k == 5800 for _, k in found)
