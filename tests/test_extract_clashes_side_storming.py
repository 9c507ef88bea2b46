"""Clashes followed by a sentence of the fighting that tells one side storming the place fought over ("Army units
stormed the village, and four soldiers were killed in the fighting") have a clear initiator: an attack (SCHEMA:
clash only when none is clear). A storming told only as the cause of the clashes ("... after army units stormed the
village"), or as a later step of them ("later stormed the mosque"), and clashes with no one storming stay clashes.
Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds

_TITLE = "Fighting around Tell Qarah | Clashes go on for a second day\n\n"
_HEAD = "Heavy clashes went on at noon today between army units and local gunmen in the village of Tell Qarah"
_TAIL = (" Four soldiers and two of the gunmen were killed in the fighting, and a farmer was hurt by a stray bullet.")


def test_side_storming_in_a_sentence_of_the_fighting_is_an_attack() -> None:
    text = (_TITLE + _HEAD + ". Army units, backed by tanks, stormed the village from the south, and four soldiers "
            "and two of the gunmen were killed in the fighting, while a farmer was hurt by a stray bullet.")
    assert kinds(contract(text)) == ["attack"]


def test_look_alike_storming_as_a_later_step_stays_a_clash() -> None:
    text = (_TITLE + _HEAD + "." + _TAIL + " Army units later stormed the village mosque and seized a cache of rifles.")
    assert kinds(contract(text)) == ["clash"]


def test_look_alike_storming_told_as_cause_stays_a_clash() -> None:
    text = _TITLE + _HEAD + ", after army units stormed the village from the south." + _TAIL
    assert kinds(contract(text)) == ["clash"]


def test_look_alike_clashes_with_no_storming_stay_a_clash() -> None:
    text = _TITLE + _HEAD + ", near the old grain store on the southern road." + _TAIL
    assert kinds(contract(text)) == ["clash"]


def test_look_alike_storming_by_no_side_stays_a_clash() -> None:
    text = (_TITLE + _HEAD + ". Hungry residents stormed the village bakery at noon, while the fighting left four "
            "soldiers and two of the gunmen dead.")
    assert kinds(contract(text)) == ["clash"]
