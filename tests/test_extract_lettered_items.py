"""A list whose lines open with letters in turn ("A. Syrian regime forces: 1,136 civilians", "B) Russian forces: 234
civilians") is read as a list of items, as bulleted lines are (text_numbered_items.lettered_items). Paragraphs written
for these tests, judged by ../shared/data/sohr/SCHEMA.md; look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled
from observatory.extract.text_numbered_items import lettered_items

_HEAD = ("SNHR documented the killing of 236 civilians at the hands of the main perpetrator parties in Syria in "
         "March 2019, including 51 children.\nThe death toll is distributed according to the perpetrators as follows:\n")


def totals(text: str) -> set[tuple[str, int, str | None]]:
    return {(t["side"], t["killed"], t.get("perpetrator")) for t in titled(text, "2019-04-01")["totals"]}


def test_lines_lettered_with_stops_are_lines_by_perpetrator() -> None:
    text = _HEAD + ("A. Syrian regime forces (army, security and local militias): 140 civilians, including 33 children.\n"
                    "B. Russian forces: 61 civilians, including 12 children.\n"
                    "C. ISIS: 20 civilians.\nD. Other parties: 15 civilians, killed by landmines of unknown source.")
    found = totals(text)
    assert {("civilians", 140, "regime"), ("civilians", 61, "russia"), ("civilians", 20, "isis")} <= found


def test_lines_lettered_with_brackets_are_lines_by_perpetrator() -> None:
    text = _HEAD + ("A) Syrian regime forces: 150 civilians, including 40 children.\n"
                    "B) Russian forces: 86 civilians.")
    found = totals(text)
    assert ("civilians", 150, "regime") in found and ("civilians", 86, "russia") in found


def test_a_lone_initial_or_letters_out_of_turn_stay_text() -> None:
    assert lettered_items("A. Hassan said three people were killed.\nThe monitor added that ...") == (
        "A. Hassan said three people were killed.\nThe monitor added that ...")
    assert lettered_items("B. Issa said so.\nC. Omar agreed.") == "B. Issa said so.\nC. Omar agreed."
    assert lettered_items("A. One.\nB. Two.") == "-  One.\n-  Two."
