"""People told as "N more" who died in a later sentence of the incident add to the dead of their side told before
("..., killing two of them. Three more hunters died of their injuries": five), like a rank does (``counted_on``); and a
rank with the noun "victim" ("A fourth victim died of his wounds") is a count like "a fourth civilian"
(``numbers._ORDINAL_ONE``).
Look-alikes: "N more" told with the risen toll ("..., bringing the toll to six"), "N more" taken rather than killed,
and "more than": read as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed

H = "Local update\n\n"


def test_more_died_later_add_on() -> None:
    text = H + ("Unknown gunmen fired on a group of farmers near Tell Shihab on Sunday, killing three of them. "
                "Two more farmers died of their wounds in a Daraa hospital on Monday.")
    assert sum(killed(text).values()) == 5


def test_more_civilians_succumbed() -> None:
    text = H + ("An old mine blew up under a tractor near Deir Hafer, killing two civilians. Four more civilians "
                "succumbed to their injuries overnight.")
    assert sum(killed(text).values()) == 6


def test_ranked_victim_adds_one() -> None:
    text = H + ("A roadside bomb killed two civilians near Khan Shaykhun on Friday. A third victim died of his wounds "
                "on Saturday.")
    assert sum(killed(text).values()) == 3


def test_look_alike_more_with_risen_toll() -> None:
    # near the rule: the risen toll already counts the two more
    text = H + ("A drone strike killed four fighters near Kafr Nabudah. Two more fighters died of their wounds, "
                "bringing the toll to six.")
    assert sum(killed(text).values()) == 6


def test_look_alike_more_taken_not_killed() -> None:
    # near the rule: the more are kidnapped, not killed
    text = H + "Gunmen killed two shepherds near Al-Sukhnah. Three more shepherds were kidnapped by the gunmen."
    assert sum(killed(text).values()) == 2


def test_look_alike_more_than() -> None:
    # near the rule: "more than" qualifies a count of the hurt, not more dead
    text = H + "Shelling killed three civilians in Ma'arrat Misrin. More than ten civilians were wounded."
    assert sum(killed(text).values()) == 3
