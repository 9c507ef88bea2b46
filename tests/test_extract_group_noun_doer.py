"""Doers named only by a group noun the text tied to a group before ("an infiltration attempt by the mercenaries" after
"the Turkish army and its mercenaries"): that group did it (``group_nouns.group_noun_doer``), so "two of the attackers"
killed are of its side. A noun never tied to a group names no doer. Also the US by its strikes ("US airstrikes hit ...").

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract
from contract_rows import killed_sums as killed


def test_attempt_by_the_mercenaries_is_the_tied_groups() -> None:
    text = ("Fighting west of Tal Tamr\n\nThe Turkish army and its mercenaries pounded farms west of Tal Tamr with mortars "
            "on Monday. At night the Military Council turned back an infiltration attempt by the mercenaries close to "
            "Um al-Kaif, killing three of the attackers.")
    rows = contract(text)["incidents"]
    assert [i["perpetrator"] for i in rows][-1] == "turkey_factions"
    assert killed(text) == {"turkey_factions": 3}


def test_untied_mercenaries_name_no_doer() -> None:
    text = ("Fighting west of Tal Tamr\n\nAt night the Military Council turned back an infiltration attempt by the "
            "mercenaries close to Um al-Kaif, killing three of the attackers.")
    assert [i["perpetrator"] for i in contract(text)["incidents"]] == [None]


def test_us_airstrikes_are_the_coalitions() -> None:
    text = ("Strikes near al-Mayadin\n\nFive militiamen died in US airstrikes that hit an arms depot outside al-Mayadin "
            "overnight, local sources said.")
    assert [i["perpetrator"] for i in contract(text)["incidents"]] == ["coalition"]
