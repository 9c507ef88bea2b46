"""A line of a list by killer told after its source ("The report noted that <killer> killed N civilians"): the
source opening is no clause of another killer, so the figure keeps its killer as ``perpetrator``; so does a later
clause that names a killer without a figure ("whereas X killed no civilians"). Sentences with two killers and two
figures, and figures whose subject is an attack ("regime shelling killed ..."), stay as they were (paragraphs written
for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled

_OPEN = "The rights group recorded the deaths of 150 civilians across the country during March 2019. "


def killers(text: str) -> list[tuple[str, int, str | None]]:
    return [(t["side"], t["killed"], t.get("perpetrator")) for t in titled(_OPEN + text, "2019-04-02")["totals"]]


def test_killer_after_report_noted_that() -> None:
    text = ("The report noted that Syrian regime forces killed 33 civilians, among them five children, "
            "whereas Russian troops were said to have killed no civilians that month.")
    found = killers(text)
    assert ("civilians", 33, "regime") in found
    assert ("civilians", 33, None) not in found


def test_killer_after_report_says_that() -> None:
    found = killers("The report says that ISIS killed 16 civilians in the desert, most of them truffle hunters gathering in the open.")
    assert ("civilians", 16, "isis") in found


def test_killer_after_according_to_with_parts() -> None:
    text = ("According to its statistics, ISIS cells have killed 58 people in the eastern countryside, they are: "
            "21 civilians and 37 members of the Syrian Democratic Forces.")
    found = killers(text)
    assert ("civilians", 21, "isis") in found
    assert ("sdf", 37, "isis") in found


def test_two_killers_with_figures_unchanged() -> None:
    found = killers("The report said that regime forces killed 20 civilians and Russian forces killed 9 civilians over those weeks.")
    assert ("civilians", 20, "regime") in found
    assert ("civilians", 9, "russia") in found


def test_attack_as_subject_names_no_killer() -> None:
    found = killers("The report noted that regime shelling killed 12 civilians in the town of Ariha, while drones hit a market nearby.")
    assert ("civilians", 12, None) in found
