"""A month's toll of civilians followed by paragraphs that give each party's share in running text ("Regime forces
killed 30 civilians, ..., while Russian forces killed five civilians."; "Among the civilians, ..."): each figure is a
total of civilians by that party, and a figure of "deaths" put down to "other parties" stays the civilians'. Paragraphs
written for these tests, judged by ../shared/data/sohr/SCHEMA.md; look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2022-05-02"))


_TOLL = (
    "A rights group said in its monthly report that 90 civilians were killed across Syria in April 2022, among them "
    "20 children.\n"
)


def test_paragraphs_of_each_party_s_share_after_a_month_s_toll() -> None:
    text = _TOLL + (
        "Syrian regime forces killed 30 civilians, including eight children, while Russian forces killed five "
        "civilians.\n"
        "The Kurdish-led Syrian Democratic Forces (SDF) killed four civilians, and Hay'at Tahrir al-Sham killed "
        "two.\n"
    )
    found = totals(text)
    for pair in [("civilians", 90), ("civilians", 30), ("civilians", 5), ("civilians", 4), ("civilians", 2)]:
        assert pair in found


def test_deaths_put_down_to_other_parties_stay_civilians() -> None:
    text = _TOLL + (
        "Russian forces killed five civilians, the SDF three and ISIS one, while 40 deaths were attributed to "
        '"other parties", a category that includes Turkish border guards.\n'
    )
    found = totals(text)
    assert ("civilians", 40) in found
    assert ("turkey_factions", 40) not in found


def test_among_the_civilians_opening_after_lines_of_sides() -> None:
    text = (
        "The monitor documented the deaths of 120 people in Syria in April 2022, as follows:\n"
        "Civilians: 70, including 12 children.\n"
        "Regime soldiers: 50.\n"
        "Among the civilians, regime forces killed 25 people, while Russian warplanes killed six civilians.\n"
    )
    found = totals(text)
    assert ("civilians", 25) in found and ("civilians", 6) in found
    assert ("unknown", 25) not in found


def test_a_party_s_paragraph_after_a_toll_of_soldiers_is_left_as_it_was() -> None:
    text = (
        "The monitor documented the deaths of 60 regime soldiers in April 2022.\n"
        "Russian forces killed five civilians, while 40 deaths were attributed to other parties.\n"
    )
    assert ("civilians", 40) not in totals(text)
