"""Casualty figures, round 5: constructions that recur across the fifth and sixth written sets and earlier reports.

* "lost his life" / "lost her life": one person killed, like "lost their lives";
* "resulting in the martyrdom of N ... and the wounding of M": the death told as a noun, like "the death of";
* a claimant's account (state media, Amaq, "claimed that") of a toll the text already gave: the monitor's figure stays;
* "two fighters were killed and two others injured": others after fighters of a side left to the context share it;
* murdered women whose murder is told in the next sentence, or with a nationality after the noun: of no known side;
* "The man had joined the ranks of X" / "the man worked with X" after the killing: the lone victim is of X's side;
* bare "jihadists" are of the jihadist group named last before them (ISIS in an ISIS attack);
* "the two dead men" in the sentence that told the two dead: the same people, not two more.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from contract_rows import contract, summed


def _summed(text: str, field: str) -> dict[str, int]:
    return summed(contract(text, date(2022, 6, 1)), field)


def killed(text: str) -> dict[str, int]:
    """Killed per side, summed over the incidents the library extracts."""
    return _summed(text, "killed")


def injured(text: str) -> dict[str, int]:
    """Injured per side, summed over the incidents the library extracts."""
    return _summed(text, "injured")


# --- "lost his life" -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("A farmer lost his life on Sunday when an old mine went off in his orchard near Maadan.", {"civilians": 1}),
    ("On Wednesday a shepherd lost her life in a blast of war remnants east of Uqayribat.", {"civilians": 1}),
    ("A regime soldier lost his life and three others were hurt when a mine hit their truck near Kabajib this "
     "morning.", {"regime": 1}),
])
def test_lost_a_single_life_is_one_killed(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


def test_lost_his_life_with_wounded_comrades() -> None:
    text = "An SDF fighter lost his life and two others were wounded by a roadside bomb near Shuhayl on Friday."
    assert (killed(text), injured(text)) == ({"sdf": 1}, {"sdf": 2})


def test_lost_contact_is_no_death() -> None:
    assert killed("Regime forces lost contact with a patrol near Tadmur on Monday, and a search began.") == {}


# --- the death told as a noun ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("A Turkish drone hit a pickup near Amuda on Friday, resulting in the martyrdom of three SDF fighters and the "
     "wounding of two civilians.", {"sdf": 3}, {"civilians": 2}),
    ("Regime rockets struck Kansafra on Monday, which led to the martyrdom of a child and the injury of four more "
     "civilians.", {"civilians": 1}, {"civilians": 4}),
    ("The drone strike on Tal Tamr on Sunday caused the martyrdom of two Asayish members, while a passer-by was hurt.",
     {"sdf": 2}, {"civilians": 1}),
])
def test_martyrdom_of_is_a_death(text: str, dead: dict[str, int], hurt: dict[str, int]) -> None:
    assert (killed(text), injured(text)) == (dead, hurt)


def test_martyrdom_without_a_figure_counts_nothing() -> None:
    assert killed("The council marked the anniversary of the martyrdom of its founder in Qamishli on Monday.") == {}


# --- a claimant's account of a toll the text already gave -----------------------------------------------------------

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


# --- "others" after fighters of a side given by the context ---------------------------------------------------------

@pytest.mark.parametrize(("text", "hurt"), [
    ("A bomb hit an SDF vehicle near Busayrah on Monday. Two fighters were killed at once and two others were injured "
     "in the blast.", {"sdf": 2}),
    ("An IED struck a regime bus near Palmyra on Monday. Four soldiers died and three others were wounded.", {"regime": 3}),
    ("Regime artillery shelled an HTS post near Kabani on Tuesday. Two fighters were killed and four others were "
     "injured.", {"hts_rebels": 4}),
])
def test_others_share_the_side_of_the_fighters_before_them(text: str, hurt: dict[str, int]) -> None:
    assert injured(text) == hurt


def test_others_after_people_stay_of_no_side() -> None:
    text = "A landmine went off near Maadan on Monday. Two people were killed and three others were wounded."
    assert (killed(text), injured(text)) == ({"unknown": 2}, {"unknown": 3})


# --- murdered women ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A woman of Iraqi nationality was found dead on Monday in a tent in al-Hol. Guards think a cell is behind "
    "the murder.",
    "The bodies of two women were found in the third sector of the camp on Friday. Camp guards said the two had been "
    "stabbed.",
    "The bodies of two women, one of them a Syrian national, were found near the camp gate on Sunday. Both had been "
    "strangled.",
])
def test_murdered_women_are_of_no_known_side(text: str) -> None:
    assert set(killed(text)) == {"unknown"}


def test_women_killed_by_shelling_stay_civilians() -> None:
    text = "Two women were killed when regime shells hit Ariha on Friday. Rescuers pulled them from the rubble."
    assert killed(text) == {"civilians": 2}


def test_a_murdered_refugee_woman_stays_civilian() -> None:
    assert killed("The body of a refugee woman was found in Rukban on Monday; she had been strangled.") == {"civilians": 1}


# --- the lone victim's side told in the next sentence ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "side"), [
    ("Gunmen shot dead a former rebel commander near Jasim on Monday night. Two years ago the man had joined the "
     "Eighth Brigade.", "regime"),
    ("The body of a young man was found near Nawa on Tuesday with bullet wounds. Locals said the man worked with "
     "Hezbollah in smuggling.", "pro_iran_foreign"),
    ("Gunmen killed a former opposition fighter in Dael on Monday. He had worked for the Military Security branch "
     "since 2019.", "regime"),
])
def test_the_victim_joined_or_worked_with_a_group(text: str, side: str) -> None:
    assert killed(text) == {side: 1}


def test_joining_a_group_of_no_side_changes_nothing() -> None:
    text = ("Unknown gunmen killed a man in Inkhil on Friday. The victim had joined the settlement talks and stayed "
            "out of every formation.")
    assert killed(text) == {"unknown": 1}


def test_the_statement_is_not_lent_to_one_of_several_victims() -> None:
    assert killed("Gunmen killed two men in Dael on Monday. One had joined the Fifth Corps.") == {"unknown": 2}


# --- bare "jihadists" ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Nine soldiers were killed when ISIS stormed regime posts near Sukhnah on Friday. The assault also left four "
     "jihadists dead.", {"regime": 9, "isis": 4}),
    ("ISIS cells raided army positions near Ithriya on Friday, killing six soldiers, while three jihadists were also "
     "killed.", {"regime": 6, "isis": 3}),
    ("The Islamic State attacked a checkpoint of the 5th Corps near Palmyra on Sunday; two soldiers and five jihadists "
     "died.", {"regime": 2, "isis": 5}),
])
def test_jihadists_in_an_isis_attack_are_isis(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


def test_jihadists_after_a_paragraph_break_do_not_look_back() -> None:
    text = ("ISIS cells attacked a regime post near Sukhnah on Friday, killing two soldiers.\n"
            "In Idlib, Russian jets struck a hill near Kabani on Saturday, killing three jihadists.")
    assert killed(text) == {"regime": 2, "hts_rebels": 3}


def test_jihadists_near_hts_stay_with_hts() -> None:
    text = ("Regime forces attacked posts of HTS and the Turkistan Islamic Party near Kabani on Monday, and two "
            "jihadists were killed.")
    assert killed(text) == {"hts_rebels": 2}


# --- the dead named again in their own sentence --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("A bomb went off by a checkpoint in Daraa city this evening, killing two persons and injuring a child, and "
     "nobody has yet named the two dead men.", {"unknown": 2}, {"civilians": 1}),
    ("Regime shells hit Kansafra on Monday, injuring three children; the three wounded children were taken to a "
     "hospital in Idlib.", {}, {"civilians": 3}),
    ("Gunmen killed two soldiers in Nawa on Monday, and the two dead soldiers were buried in Izraa.", {"regime": 2}, {}),
])
def test_the_same_figure_named_again_is_not_added(text: str, dead: dict[str, int], hurt: dict[str, int]) -> None:
    assert (killed(text), injured(text)) == (dead, hurt)


def test_a_new_figure_with_a_role_adjective_still_counts() -> None:
    text = "Gunmen killed two soldiers in Nawa on Monday, and three wounded soldiers were taken to hospital."
    assert (killed(text), injured(text)) == ({"regime": 2}, {"regime": 3})
