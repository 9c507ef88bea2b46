"""A part told before its cue at the end of the clause ("killing four members of one family, a child among them."):
the part is one of the whole, as it is when the cue closes an apposition before the verb ("Five civilians, two
children among them, were killed"); never more dead or more hurt (paragraphs written for these tests)."""

from __future__ import annotations

from contract_rows import summed, titled


def test_a_part_closing_the_sentence_is_one_of_the_dead() -> None:
    row = titled("Gunmen fired on a minibus on the road to Inkhil on Friday evening, killing five civilians from "
                 "the same village, an elderly woman among them.")
    assert summed(row, "killed") == {"civilians": 5}


def test_two_parts_closing_the_sentence_are_some_of_the_dead() -> None:
    row = titled("A shell slammed into a courtyard in Maarat Misrin at noon, killing six civilians, two girls and "
                 "their grandmother among the dead.")
    assert summed(row, "killed") == {"civilians": 6}


def test_a_part_closing_the_sentence_is_one_of_the_hurt() -> None:
    row = titled("Regime artillery hit a bakery queue in Ariha on Tuesday, killing a baker and wounding seven "
                 "civilians, a boy among them.")
    assert summed(row, "injured", drop_zero=True) == {"civilians": 7}


def test_the_cue_before_the_verb_still_reads_the_same() -> None:
    row = titled("Seven civilians, a nurse among them, were killed when a drone hit a market in Kafr Nabl on Monday.")
    assert summed(row, "killed") == {"civilians": 7}
