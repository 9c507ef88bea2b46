"""An Iranian-backed group the text describes as made up of Syrians is explicitly Syrian: the regime's side (SCHEMA);
one described otherwise, or not at all, stays with the foreign Iranian-backed militias."""

from __future__ import annotations

import pytest

from observatory.extract.actors import ActorLexicon


def _sides(text: str) -> list[str]:
    return [a.side for a in ActorLexicon.default().find(text) if a.side in ("regime", "pro_iran_foreign")]


@pytest.mark.parametrize("text", [
    "Five gunmen of an Iran-backed militia, which is mostly made up of Syrian clansmen, died in the raid.",
    "Two fighters of the Iranian-backed group composed of local Syrians were shot near the river.",
    "An Iranian-backed brigade, made up entirely of Syrian recruits, lost three men on Friday.",
])
def test_group_of_syrians_is_regime(text: str) -> None:
    assert _sides(text)[0] == "regime"


@pytest.mark.parametrize("text", [
    "Four Iranian-backed militiamen were killed near the border crossing.",
    "Two Iran-backed fighters, made up of Iraqi volunteers, were wounded.",
    "The Iranian-backed militia, which recruited Syrian youths last year, lost two Afghan fighters.",
    "Three men of an Iran-backed militia, which is made up of Syrian and Iraqi fighters, died in the strike.",
])
def test_other_groups_stay_foreign(text: str) -> None:
    assert _sides(text)[0] == "pro_iran_foreign"
