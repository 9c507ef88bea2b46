"""A sentence of clashes that says which side attacked ("clashes resumed in X, where clan gunmen attacked SDF
positions") tells a fight with a clear initiator: an attack (SCHEMA: clash only when no initiator is clear). Clashes
told with no attacker, or whose attack is given only as their cause ("... after gunmen attacked a checkpoint"), stay
clashes. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds

_LEAD = "Fighting in Deir Ezzor\n\nAccording to local sources, violent clashes resumed this morning in Al-Shuhayl town"
_REST = (" near the town's entrance, killing two SDF members, while a clan fighter was killed and a woman was wounded "
         "by stray fire in the same clashes.")


def test_clashes_where_gunmen_attacked_positions_are_an_attack() -> None:
    assert kinds(contract(_LEAD + ", where clan gunmen attacked SDF positions" + _REST)) == ["attack"]


def test_look_alike_clashes_with_no_attacker_stay_clashes() -> None:
    assert kinds(contract(_LEAD + " between clan gunmen and SDF members" + _REST)) == ["clash"]


def test_look_alike_attack_told_as_the_cause_stays_a_clash() -> None:
    assert kinds(contract(_LEAD + " after clan gunmen attacked SDF positions" + _REST)) == ["clash"]
