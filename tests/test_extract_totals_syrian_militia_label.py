"""Syrian members of Iranian-backed militias inside a total are its ``of_which`` part ``iran_backed_syrian``
(``totals_syrian_militia``): in a regime total ("including four members of Iran-backed militias of Syrian nationality",
"including 9 Syrians serving with Iran-backed groups") and in a total of the militias ("rises to 40, among them seven
Syrians").

Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md (of_which sub-label iran_backed_syrian).
Look-alikes: Syrian soldiers inside a total keep the regime label, non-Syrian militiamen stay pro_iran_foreign, and a
part of Syrians beside no Iranian-backed group is left as it was.
"""

from __future__ import annotations

from contract_rows import titled


def _parts(text: str) -> list[tuple[str, int, dict[str, int]]]:
    return [(t["side"], t["killed"], t["of_which"]) for t in titled(text)["totals"] if t["of_which"]]


def test_syrian_members_named_in_the_part() -> None:
    text = ("Thereby, the number of government soldiers and allied gunmen killed in the Homs desert since early 2021 rises "
            "to 74, including four members of Iran-backed militias of Syrian nationality.")
    assert ("regime", 74, {"iran_backed_syrian": 4}) in _parts(text)


def test_syrians_serving_with_the_militias_in_a_list() -> None:
    text = ("SOHR counted 120 deaths in the eastern desert in 2021, distributed as follows: 31 civilians, among them three "
            "children; 66 government soldiers and allied gunmen, including 9 Syrians serving with Iran-backed groups; 23 "
            "ISIS members.")
    assert ("regime", 66, {"iran_backed_syrian": 9}) in _parts(text)


def test_syrians_in_a_total_of_the_militias() -> None:
    text = ("The number of Iran-backed gunmen killed in drone strikes around Albu Kamal since early 2021 has risen to 40, "
            "among them seven Syrians.")
    assert {"iran_backed_syrian": 7} in [ow for _, _, ow in _parts(text)]


def test_syrian_soldiers_keep_the_regime_label() -> None:
    text = ("Thereby, the number of Iran-backed gunmen and government forces killed in the Homs desert since early 2021 "
            "rises to 74, including 12 Syrian soldiers.")
    assert all("iran_backed_syrian" not in ow for _, _, ow in _parts(text))


def test_non_syrian_militiamen_stay_foreign() -> None:
    text = ("Thereby, the number of government soldiers and allied gunmen killed in the Homs desert since early 2021 rises "
            "to 74, including 11 non-Syrian members of Iran-backed militias.")
    assert all("iran_backed_syrian" not in ow for _, _, ow in _parts(text))
