"""A fight whose later sentence (or whose own clause) says one side's attack began it ("The fighting erupted on
Monday when the militia's fighters attacked army posts", "fighting which broke out ..., after the gunmen crossed the
river and attacked ...") has a clear initiator: an attack (SCHEMA: clash only when no initiator is clear). A fight
told with no beginning, or begun by a raid told as a search ("raided homes searching for weapons"), stays a clash.
Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds

_LEAD = ("Fighting near Tal Hamis\n\nLocal sources said that four soldiers and three militiamen were killed in "
         "fierce clashes between army units and a local militia on the outskirts of Tal Hamis on Monday.")


def test_fighting_erupted_when_fighters_attacked_is_an_attack() -> None:
    text = _LEAD + " The fighting erupted on Monday when the militia's fighters attacked army posts south of the hill."
    assert kinds(contract(text)) == ["attack"]


def test_fighting_started_when_groups_with_a_clause_stormed_is_an_attack() -> None:
    text = _LEAD + (" The fighting started when the militia, joined by volunteers from two nearby farms, stormed the"
                    " army depot at the edge of town.")
    assert kinds(contract(text)) == ["attack"]


def test_fighting_which_broke_out_long_after_crossing_and_attacking_is_an_attack() -> None:
    text = ("Clashes near Tal Hamis\n\nThe monitor counted nine dead in the fighting which broke out at dusk between "
            "army units and gunmen of a local militia, who are funded by foreign patrons and armed by smugglers of the "
            "valley, after the gunmen waded across the stream from the northern bank and attacked army posts in two "
            "hamlets near Tal Hamis.")
    assert kinds(contract(text)) == ["attack"]


def test_look_alike_fight_begun_by_a_search_raid_stays_a_clash() -> None:
    text = _LEAD + " The fighting erupted when police units raided homes on the edge of the town searching for rifles."
    assert kinds(contract(text)) == ["clash"]


def test_look_alike_fight_with_no_beginning_told_stays_a_clash() -> None:
    text = _LEAD + " The fighting erupted on Monday afternoon near the grain silos south of the hill."
    assert kinds(contract(text)) == ["clash"]
