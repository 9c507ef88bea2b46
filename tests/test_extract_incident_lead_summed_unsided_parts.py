"""A lead that counts the dead of strikes told one by one after it ("Strikes killed nine civilians in Idlib on
Monday", then "Russian jets killed five in A, while helicopters dropped barrel bombs on B, killing four") is only their
sum, also when a part's dead are told with no side ("killing four"): the parts are the incidents. Sentences written for
these tests."""

from __future__ import annotations

from contract_rows import contract, kinds, place_names

_LEAD = ("Idlib strikes\n\nStrikes by regime and Russian aircraft killed nine civilians in the south of Idlib province "
         "on Monday, local activists said.\n\n")


def test_lead_summed_by_a_sided_and_an_unsided_part_is_no_incident() -> None:
    row = contract(_LEAD + "Russian warplanes killed five civilians in the town of Kafr Nabl, while regime helicopters "
                   "dropped barrel bombs on the village of Hass, killing four.")
    assert kinds(row) == ["airstrike", "airstrike"]
    assert [names[0] for names in place_names(row)] == ["Kafr Nabl", "Hass"]


def test_look_alike_parts_that_do_not_add_up_keep_the_lead() -> None:
    row = contract(_LEAD + "Russian warplanes killed five civilians in the town of Kafr Nabl, while regime helicopters "
                   "dropped barrel bombs on the village of Hass, killing two.")
    assert len(kinds(row)) == 3
