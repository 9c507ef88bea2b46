"""What follows an incident without being another one: the attackers' withdrawal after it, and a block of links to
other stories printed under the report's tags.

* "the cells withdrew towards the desert after the attack", "reinforcements arrived following the ambush": no dead,
  wounded or day of its own, and its only kind of event is the one told before, named back -- more of that incident,
  whatever place it names;
* "Tags: ...\\nRelated posts\\n<headline>" in one block at the end: links, not events.

Look-alikes: a sentence that names "the attack" but has its own dead in another place, and a headline-like line
that follows no link label, stay as they were.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract, kinds
from observatory.extract.incident_trailers import link_sentences
from observatory.extract.text import sentences, working_copy


def test_withdrawal_after_the_attack_is_the_same_incident() -> None:
    row = contract("Ambush in Homs desert\n\n"
                   "Three soldiers were killed when ISIS cells ambushed their patrol near Arak in the eastern countryside "
                   "of Homs on Monday. According to local sources, the cells retreated towards the depths of the Badia "
                   "after the attack, while regime reinforcements reached the area.")
    assert kinds(row) == ["ambush"]


def test_reinforcements_following_the_attack_are_the_same_incident() -> None:
    row = contract("Bomb in Deir Ezzor\n\n"
                   "An IED exploded in an SDF vehicle in Diban in the eastern countryside of Deir Ezzor, killing two "
                   "fighters. SDF units then set up checkpoints around Al-Shuhayl following the attack.")
    assert kinds(row) == ["ied_landmine"]


def test_look_alike_dead_elsewhere_after_the_attack_is_another_incident() -> None:
    row = contract("Attacks in Deir Ezzor\n\n"
                   "Gunmen attacked an SDF checkpoint in Diban in the eastern countryside of Deir Ezzor, killing two "
                   "fighters. After the attack, a landmine exploded near Al-Busayrah, killing a shepherd.")
    assert len(row["incidents"]) == 2


def _linked(text: str) -> list[str]:
    work = working_copy(text)
    sents = sentences(work)
    return [work[sents[i].start:sents[i].end] for i in sorted(link_sentences(work, sents))]


def test_links_under_tags_are_not_events() -> None:
    found = _linked("Landmine kills regime soldier in Homs desert\nSyrian Observatory for Human Rights\n"
                    "A regime soldier was killed when a landmine went off near Al-Sukhnah yesterday.\n"
                    "The toll since March rises to 40.\nTags: ISIS, Badia, landmines, Homs desert, NDF\nRelated posts\n"
                    "Regime officer killed in drone strike in Palmyra desert\n"
                    "Russian jets pound ISIS hideouts in Al-Rusafa desert\nCells attack shepherds in the Hama desert")
    assert any(part.endswith("Hama desert") for part in found)


def test_look_alike_tags_without_links_stay() -> None:
    found = _linked("Mine kills soldier\n\nA regime soldier was killed when a landmine went off near Al-Sukhnah "
                    "yesterday.\nTags: Badia, landmines, NDF\nRegime officer killed in drone strike in Palmyra desert")
    assert found == []
