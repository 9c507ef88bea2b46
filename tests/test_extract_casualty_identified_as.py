""""..., killing its two occupants. SOHR sources identified them as a former NDF commander and a young man who worked
with Hezbollah": a sentence opened by "X identified them as" / "They were identified as" restates the toll told before
by side, as "They were ..." does (``casualty_restated.IDENTIFIED_AS``); the group between a victim and "who worked
with" is his own only up to the next person of the list (``mention_sides._FORMER_GROUP``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed

_LEAD = ("Israeli drone kills two in Quneitra\n\nAn Israeli drone fired a missile at a car near Khan Arnabeh in the "
         "northern countryside of Quneitra this afternoon, killing its two occupants. ")


def test_sources_identified_them_as() -> None:
    text = _LEAD + ("SOHR sources identified them as a former commander in the National Defence Forces and a young man who "
                    "worked with Lebanese Hezbollah in gathering information.")
    assert killed(text) == {"regime": 1, "pro_iran_foreign": 1}


def test_they_were_identified_as() -> None:
    text = _LEAD + "They were identified as an officer of the Military Security and a member of Lebanese Hezbollah."
    assert killed(text) == {"regime": 1, "pro_iran_foreign": 1}


def test_activists_named_the_dead_as() -> None:
    text = _LEAD + "Local activists named the dead as two members of the National Defence Forces."
    assert killed(text) == {"regime": 2}


def test_the_young_mans_tie_is_not_the_commanders() -> None:
    text = _LEAD + ("They were a former commander in the National Defence Forces and a young man who worked with Lebanese "
                    "Hezbollah.")
    assert killed(text) == {"regime": 1, "pro_iran_foreign": 1}
