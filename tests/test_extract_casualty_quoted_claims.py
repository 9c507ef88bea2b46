"""A figure in a party's quoted words ('"We killed 20 of them," the group said') is the party's claim: where the
monitor gave a figure of the same side before, the monitor's figure stands. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident

_LEAD = ("Fighting broke out between army units and fighters of a rebel faction near Hayaleen in the Hama countryside "
         "on Thursday, leaving four soldiers and one rebel fighter dead. ")


def test_quote_then_speaker_is_a_claim() -> None:
    row = contract(_LEAD + '"Our men killed 20 soldiers and destroyed a tank," the faction said on its channel.')
    assert killed_per_incident(row) == [{"regime": 4, "hts_rebels": 1}]


def test_speaker_then_quote_is_a_claim() -> None:
    row = contract(_LEAD + 'A spokesman of the faction told reporters: "We killed 20 soldiers in the battle."')
    assert killed_per_incident(row) == [{"regime": 4, "hts_rebels": 1}]


def test_review_monitor_quoted_raises_the_toll() -> None:
    row = contract(_LEAD + '"By now six soldiers have died," the head of the Observatory told a news agency.')
    assert killed_per_incident(row) == [{"regime": 6, "hts_rebels": 1}]


def test_review_quoted_name_is_no_claim() -> None:
    row = contract('Fighters of the "Victory Front" group shelled Hayaleen in the Hama countryside on Thursday, '
                   "killing three soldiers.")
    assert killed_per_incident(row) == [{"regime": 3}]


def test_review_quoted_claim_alone_is_labeled_as_stated() -> None:
    row = contract("Gunmen attacked an army post near Hayaleen in the Hama countryside on Thursday. "
                   '"We killed three soldiers," the group said.')
    assert killed_per_incident(row) == [{"regime": 3}]


def test_review_rev4_pronoun_after_the_monitors_sentence_is_the_monitor() -> None:
    row = contract("The Observatory said army shelling killed two civilians in Tafas in the Daraa countryside on Friday. "
                   '"Two of the wounded died later, raising the toll to four civilians," it said.')
    assert killed_per_incident(row) == [{"civilians": 4}]
