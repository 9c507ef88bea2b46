"""Syrians among the dead of a strike on Iranian forces, broken down in an aside after "N Syrians"
(``casualty_syrians_apart``): the part that worked for the Iranians is the regime's (SCHEMA: Iranian-backed militiamen
said to be Syrian -> regime), the civilians stay civilians. Look-alike: an aside of no work for the Iranians keeps
its parts as read.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_dashed_aside_of_guards_working_for_the_iranians() -> None:
    text = (
        "Strike on a villa in Kafr Sousa\n\nAn Israeli strike hit a villa in Kafr Sousa on Thursday, killing 11 people: "
        "six Iranians of the Revolutionary Guard, four Syrians - two drivers working for the Iranians and two "
        "civilians - and a member of Hezbollah."
    )
    assert killed(text) == {"pro_iran_foreign": 7, "regime": 2, "civilians": 2}


def test_aside_of_no_work_for_the_iranians_stays_as_read() -> None:
    text = (
        "Strike on a villa in Kafr Sousa\n\nAn Israeli strike hit a villa in Kafr Sousa on Thursday, killing 11 people: "
        "six Iranians of the Revolutionary Guard, four Syrians - two drivers of the villa's owner and two "
        "civilians - and a member of Hezbollah."
    )
    assert killed(text).get("regime", 0) == 0
