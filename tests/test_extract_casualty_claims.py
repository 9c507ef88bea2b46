"""Casualty figures told by claimants beside the monitor.

* a claimant's figure (state media, civil defence, a health directorate, Amaq) of a toll the text already gave is only
  noted, the monitor's figure stays;
* a claim of a role or a side the monitor did not give is kept; a claim of another deed, or dated apart, is another
  event;
* an alleged cell or a claim of responsibility is no claimed figure.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import one_incident, run
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed
from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import find_mentions


def test_civil_defence_putting_the_toll_higher_is_a_claim() -> None:
    text = ("Rockets on Ariha\n\nRegime rockets killed six civilians in Ariha on Monday, SOHR said. "
            "The civil defence put the death toll at eight.")
    assert killed(text) == {"civilians": 6}


def test_state_media_soldiers_hurt_after_monitor_several_others() -> None:
    text = ("Strikes south of Damascus\n\nAccording to SOHR sources, six people were killed in the missile strikes on Al-Kiswah: "
            "four soldiers and two members of Hezbollah. Several others were injured. The state news agency quoted a military "
            "source as saying that three soldiers were wounded.")
    assert "regime" not in injured(text)


def test_claimant_figure_of_a_side_not_told_stays() -> None:
    # look-alike: the claim gives the only figure of its side
    text = ("Attack near Dhiban\n\nISIS cells attacked an SDF post near Dhiban on Saturday, killing two fighters, SOHR said. "
            "The SDF said its forces repelled the attackers, killing three of them.")
    assert killed(text) == {"sdf": 2, "isis": 3}


def test_claim_of_the_toll_of_fridays_bombardment_gives_way() -> None:
    text = ("Shelling on Atarib\n\nRegime shelling on Atarib on Friday killed eight civilians, a war monitor said. Later, the "
            "White Helmets put the death toll from Friday's bombardment at 12.")
    assert killed(text) == {"civilians": 8}


def test_claim_dated_apart_stays() -> None:
    # look-alike: a claim opened by a day of its own may be of another event
    text = ("Shelling on Atarib\n\nRegime shelling on Atarib on Friday killed eight civilians, a war monitor said. On Sunday, "
            "the White Helmets said shelling on Sarmin killed four people.")
    assert killed(text).get("unknown") == 4


def test_health_directorate_higher_toll_yields_to_monitor() -> None:
    text = ("Shelling kills five civilians in Ariha\n\nRegime artillery shelled Ariha city on Tuesday, killing five civilians, "
            "including two women, SOHR reported.\nThe local health directorate put a higher toll on the shelling, saying that "
            "eight civilians had been killed.")
    assert killed(text) == {"civilians": 5}


def test_civil_defence_wounded_kept_when_monitor_gave_none() -> None:
    # look-alike: the authority only adds the wounded, which the monitor did not count
    text = ("Shelling kills five civilians in Ariha\n\nRegime artillery shelled Ariha city on Tuesday, killing five civilians, "
            "SOHR reported.\nThe civil defence said its teams pulled two more civilians from the rubble alive, while four other "
            "civilians were injured.")
    assert injured(text) == {"civilians": 4}


@pytest.mark.parametrize(("text", "killed"), [
    ("Three members of the SDF were killed on Sunday when ISIS cells attacked a checkpoint near Al-Busayrah. ISIS claimed "
     "the attack through its Amaq agency, alleging the killing of seven SDF members.", {"sdf": 3}),
    ("Two regime soldiers were killed on Monday in an ambush near Al-Sukhnah, according to SOHR. The group later claimed "
     "the ambush, claiming to have killed nine soldiers.", {"regime": 2}),
])
def test_a_claimants_figure_after_the_texts_own_is_only_noted(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


def test_a_claimants_figure_alone_is_labeled_as_stated() -> None:
    inc = one_incident(run("ISIS claimed an attack on a checkpoint near Al-Busayrah on Sunday, alleging the killing of "
                           "four SDF members."))
    assert inc["killed"] == {"sdf": 4}


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("ISIS cells stormed an SDF post near Hajin last night, killing three fighters. ISIS claimed via Amaq that its men "
     "had killed nine SDF members.", {"sdf": 3}, {}),
    ("Israeli jets hit a depot near Kiswah overnight, killing four regime soldiers, and several others were hurt. The "
     "state news agency quoted an army source as saying that one soldier died and six others were injured.",
     {"regime": 4}, {}),
    ("Regime troops and rebels fought near Kabani on Monday, leaving seven soldiers and three rebels dead. SANA claimed "
     "that the army had killed 40 \"terrorists\".", {"regime": 7, "hts_rebels": 3}, {}),
])
def test_a_conflicting_claim_is_only_noted(text: str, dead: dict[str, int], hurt: dict[str, int]) -> None:
    assert (killed(text), injured(text)) == (dead, hurt)


def test_a_claim_of_a_role_the_monitor_did_not_give_is_kept() -> None:
    text = ("A mortar shell hit a market in Aleppo on Friday, killing six civilians, the monitor said. The state news "
            "agency SANA said that eight civilians were killed and 23 others injured.")
    assert (killed(text), injured(text)) == ({"civilians": 6}, {"civilians": 23})


def test_a_claim_of_another_deed_is_kept() -> None:
    text = ("Turkish shelling on Zirgan killed two civilians on Tuesday. In a statement, the SDF said its units hit "
            "back, killing five members of the Turkish-backed factions.")
    assert killed(text) == {"civilians": 2, "turkey_factions": 5}


def test_a_claim_dated_apart_is_another_event() -> None:
    text = ("Two soldiers were killed by gunmen near Nawa on Monday. On Tuesday, state media said three soldiers were "
            "killed in a bombing in Jasim.")
    assert killed(text) == {"regime": 5}


def test_an_alleged_cell_is_no_claim() -> None:
    text = "Gunmen killed two soldiers near Nawa on Monday. On Tuesday, an alleged ISIS cell killed two soldiers near Jasim."
    assert killed(text) == {"regime": 4}


def test_claiming_responsibility_is_no_claimed_figure() -> None:
    text = "ISIS claimed responsibility for the ambush near Sukhnah, which killed five soldiers on Sunday."
    assert killed(text) == {"regime": 5}


def test_claimant_saying_its_own_word_for_the_enemy_is_only_noted() -> None:
    text = ("ISIS attack in Hajin\n\nThree members of the SDF were killed when ISIS cells stormed a checkpoint near Hajin on "
            "Tuesday night.\nThe group's Amaq agency claimed responsibility for the attack, saying seven \"YPG members\" "
            "were killed.")
    assert killed(text) == {"sdf": 3}


def test_state_media_people_after_the_monitors_civilians_is_only_noted() -> None:
    text = ("Rockets on Aleppo\n\nRebel rockets hit the Hamdaniyeh district of Aleppo on Tuesday, killing six civilians and "
            "wounding dozens, the Observatory said. State news agency SANA said 14 people were killed and more than 40 "
            "wounded in the attack.")
    start = text.index("State news")
    assert find_mentions(text, start, len(text), ActorLexicon.default()) == []
