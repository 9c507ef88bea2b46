"""Review of round 37 (rev2): look-alikes of three new rules that they must leave as before.

* a nationality noun restating someone already counted, in brackets or after "is"/"was" ("an ISIS leader (an Iraqi)",
  "One of the dead is an Iraqi"), is no one more of the foreign militias (``actor_nationals``);
* a pair aimed at, then "killing them both" after another group is named in between ("... opened fire on a farmer and his
  son, and local men chased the attackers, killing them both"): "them" are that group, not the pair (``casualty_them_pair``);
* a nationality role alias serving in another side's ranks ("an Iraqi fighter in the ranks of ISIS") is of that side.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums

T = "Local update\n\n"


def test_bracketed_nationality_restates_the_leader() -> None:
    text = T + "SOHR has learned that an ISIS official (an Iraqi) died on Monday in a coalition airdrop near Gharanij."
    assert "pro_iran_foreign" not in killed_sums(text)


def test_nationality_after_is_restates_one_of_the_dead() -> None:
    text = T + ("Coalition troops killed two ISIS members in a raid near Tell Brak on Friday. One of the dead is an Iraqi "
                "and the other is a Syrian.")
    assert "pro_iran_foreign" not in killed_sums(text)


def test_them_after_the_pursuers_are_not_the_pair() -> None:
    text = T + ("Gunmen on a motorbike shot at a farmer and his son in Nawa on Monday, and regime troops chased the gunmen, "
                "killing them both.")
    assert killed_sums(text).get("civilians", 0) != 2


def test_iraqi_fighter_in_the_ranks_of_isis() -> None:
    text = T + ("An Iraqi fighter in the ranks of ISIS died on Friday when coalition helicopters struck a cave in the "
                "desert near Hajin.")
    assert killed_sums(text) == {"isis": 1}


def test_iraqi_militiaman_of_the_same_side_keeps_it() -> None:
    text = T + "An Iraqi militiaman died on Friday when an unidentified drone struck a car near al-Bukamal."
    assert killed_sums(text) == {"pro_iran_foreign": 1}


def test_kurdish_fighter_in_the_ranks_of_the_turkish_backed_factions() -> None:
    text = T + ("A Kurdish fighter in the ranks of the Turkish-backed factions died on Friday by SDF sniper fire on the "
                "front near Maarat Umm Hawsh.")
    assert killed_sums(text) == {"turkey_factions": 1}


def test_a_group_named_as_a_place_leaves_the_pair() -> None:
    text = T + "Masked gunmen opened fire on a teacher and his wife beside an SDF checkpoint in Hajin on Monday, killing them both."
    assert killed_sums(text) == {"civilians": 2}
