"""Casualty figures: the side of a victim told by what he did, was accused of or was.

* a victim who joined or worked with a group, told in the same or the next sentence; one accused of serving a group, or
  of dealing drugs (of no side);
* civilians by calling: passers-by, officials and advisers, people looking for truffles or wood, pilgrims (also
  foreign ones), callings taken away;
  smugglers and tribal gunmen of no side;
* murdered women of no known side, women killed by shelling, civilians with a woman, a bare toll with children;
* a title's victim already told is not lent to a later one; the rest of a toll called civilian in the next sentence.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import T, one_incident, run
from contract_rows import killed_sums as killed
from mention_rows import last_sentence, mentions
from observatory.extract.casualty_referents import drug_accused
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import Quantity
from observatory.models import Qualifier


def test_victim_accused_in_the_next_sentence() -> None:
    text = ("Killing in Quneitra\n\nUnknown gunmen shot dead a man near Khan Arnabah on Sunday night. "
            "Residents accused the man of working for Hezbollah.")
    assert killed(text) == {"pro_iran_foreign": 1}


def test_victim_described_otherwise_in_the_next_sentence() -> None:
    # look-alike: the next sentence tells no charge
    text = ("Killing in Quneitra\n\nUnknown gunmen shot dead a man near Khan Arnabah on Sunday night. "
            "Residents said the man was a teacher.")
    assert killed(text) == {"civilians": 1}  # no charge; a teacher by his work is a civilian (SCHEMA; casualty_named_after)


def test_victim_accused_of_drug_dealing_is_of_no_side() -> None:
    # whatever side the context lent him (here given by hand), one accused of the drug trade is of none
    text = "Gunmen shot dead a young man accused of trafficking drugs near Dael on Saturday."
    lent = Mention(KILLED, Quantity(1, Qualifier.EXACT, 17, 18, "a"), "hts_rebels", 18, 28)
    assert drug_accused(lent, text).side == "unknown"


def test_victim_accused_of_other_charges_keeps_the_side() -> None:
    # look-alike: a charge of serving a group is no drug charge
    text = "Gunmen shot dead a young man accused of working with the factions near Dael on Saturday."
    lent = Mention(KILLED, Quantity(1, Qualifier.EXACT, 17, 18, "a"), "hts_rebels", 18, 28)
    assert drug_accused(lent, text).side == "hts_rebels"


def test_drug_accused_in_a_report_of_two_killings() -> None:
    # look-alike: the rebel told before keeps his side
    text = ("Former rebel shot dead in Daraa\n\nGunmen shot dead a former rebel in Tafas on Sunday. "
            "On Saturday, unknown gunmen shot dead a man accused of trafficking drugs near Dael.")
    assert killed(text) == {"hts_rebels": 1, "unknown": 1}


def test_one_man_accused_of_working_for_a_group() -> None:
    text = ("Killing in Tafas\n\nUnidentified gunmen opened fire on a man accused of working for the Air Force Intelligence "
            "in Tafas on Sunday, killing him instantly.")
    assert killed(text) == {"regime": 1}


def test_one_man_accused_of_drug_dealing_stays_unknown() -> None:
    # look-alike: a drug charge names no group
    text = ("Killing in Tafas\n\nUnidentified gunmen opened fire on a man accused of dealing drugs in Tafas on Sunday, "
            "killing him instantly.")
    assert killed(text) == {"unknown": 1}


def test_one_man_his_killers_accused_stays_unknown() -> None:
    # look-alike: the killers' own charge against one man names no side of his
    text = ("Execution near Hajin\n\nISIS cells executed a young man near Hajin on Monday, accusing him of working with the "
            "SDF.")
    assert "sdf" not in killed(text)


def test_civilians_with_a_woman_stay_one_side() -> None:
    text = T + "Regime rockets hit Sarmin on Friday, killing five civilians, including a woman."
    assert killed(text) == {"civilians": 5}


def test_bare_toll_with_children_is_of_civilians() -> None:
    text = T + ("Rebel shells hit a school in Hamdaniya on Sunday, killing six civilians, state media said. The monitor "
                "gave a toll of five, including three children.")
    assert killed(text) == {"civilians": 5}


def test_joined_group_after_reporting_verb() -> None:
    text = ("Ex-rebel shot dead in Daraa\n\nGunmen shot dead a former fighter of an opposition faction in Nawa town on Monday. "
            "Local sources said that the man, who had joined the regime's Air Force Intelligence after the settlement, died "
            "instantly.")
    assert killed(text) == {"regime": 1}


def test_reporting_verb_without_joining_keeps_rebel() -> None:
    # look-alike: the next sentence says nothing of a group joined
    text = ("Ex-rebel shot dead in Daraa\n\nGunmen shot dead a former fighter of an opposition faction in Nawa town on Monday. "
            "Local sources said that the man, who had refused to settle his status, died instantly.")
    assert killed(text) == {"hts_rebels": 1}


def test_title_figure_told_as_part_is_not_lent_to_later_victims() -> None:
    text = ("Israeli strike kills two Hezbollah members near Qusayr\n\nAn Israeli strike on a farm near Qusayr on Monday killed "
            "five people, including two members of Lebanese Hezbollah, SOHR said.\nOn Tuesday, an explosion of unknown origin hit "
            "a car near Talkalakh, killing two people whose identities are unknown.")
    assert killed(text) == {"pro_iran_foreign": 2, "unknown": 5}


def test_rest_of_toll_called_civilian_in_next_sentence() -> None:
    text = ("Strike near Aqraba\n\nA strike on a house near Aqraba on Thursday killed five people, including three members of "
            "Lebanese Hezbollah, SOHR said. The other two victims were Syrian civilians who lived in the house.")
    assert killed(text) == {"pro_iran_foreign": 3, "civilians": 2}


def test_rest_of_toll_not_described_stays_unknown() -> None:
    # look-alike: the next sentence does not say who the rest were
    text = ("Strike near Aqraba\n\nA strike on a house near Aqraba on Thursday killed five people, including three members of "
            "Lebanese Hezbollah, SOHR said. The other two victims have not been identified yet.")
    assert killed(text) == {"pro_iran_foreign": 3, "unknown": 2}


@pytest.mark.parametrize(("text", "killed"), [
    ("Ten civilians were killed on Monday in airstrikes on the village of Arman. The monitor said the strikes hit two houses, "
     "one of them belonging to a man accused of smuggling, and that the death toll may rise.", {"civilians": 10}),
    ("Seven civilians were killed on Friday in shelling on Kafr Nabl. The shells hit the house of a local dignitary, and the "
     "death toll is expected to rise.", {"civilians": 7}),
    ("Four civilians were killed on Sunday in a car bomb in Jarablus. The blast destroyed the shop of a man from Al-Bab, and "
     "the death toll could rise further.", {"civilians": 4}),
])
def test_a_toll_to_come_is_no_role_of_the_person_before(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("An Israeli drone struck a motorcycle near Jubata al-Khashab in Quneitra countryside on Sunday, killing two men. SOHR "
     "said the two men were members of a cell working for Lebanese Hezbollah.", {"pro_iran_foreign": 2}),
    ("A drone hit a car near Khan Arnabah on Thursday, killing two young men. According to SOHR, they were members of a "
     "cell operating for the Iranian Revolutionary Guard.", {"pro_iran_foreign": 2}),
    ("Unknown gunmen shot dead a man near Busra al-Harir in Daraa countryside on Monday. The man was accused of "
     "collaborating with Lebanese Hezbollah.", {"pro_iran_foreign": 1}),
])
def test_a_later_sentence_ties_the_victims_to_a_group(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("Unknown gunmen assassinated a security official of HTS near Sarmada in Idlib countryside on Tuesday.", {"hts_rebels": 1}),
    ("Gunmen shot dead an official of the Military Security in Jasim city in Daraa countryside on Friday.", {"regime": 1}),
    ("An Israeli strike on Monday killed two IRGC advisers in a building in Kafr Sousa in Damascus.", {"pro_iran_foreign": 2}),
])
def test_officials_and_advisers_are_people(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("Unknown gunmen shot dead a young man in Tafas in the western countryside of Daraa last night. According to SOHR "
     "sources, the man was collaborating with Lebanese Hezbollah.", {"pro_iran_foreign": 1}),
    ("Gunmen killed a man near Al-Mayadeen on Sunday. Local sources said the victim was cooperating with the SDF.",
     {"sdf": 1}),
    ("A young man was found shot dead near Inkhil on Friday; SOHR said he was dealing with the Military Security.",
     {"regime": 1}),
])
def test_a_later_clause_says_the_victim_collaborated_with_a_group(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("Unknown gunmen assassinated media activist Ahmed Khalil and his pregnant wife in al-Bab city on Monday.", {"civilians": 2}),
    ("Gunmen on a motorcycle shot dead journalist Omar Haj Ali near Azaz on Friday.", {"civilians": 1}),
    ("A drone strike on Saturday killed doctor Samer Youssef and his young son in Darkush.", {"civilians": 2}),
    ("Gunmen assassinated activist Khaled Omar Al-Hussein (Abu Hamza) and his elderly mother in Jarablus on Sunday.",
     {"civilians": 2}),
])
def test_a_victim_named_by_a_civilian_calling(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("A member of the Fifth Corps was killed and three others were injured on Monday in a clash with a group of drug dealers "
     "near Al-Musayfirah. One of the dealers was also killed.", {"regime": 1, "unknown": 1}),
    ("Jordanian border guards killed three drug smugglers near Nasib crossing on Thursday.", {"unknown": 3}),
])
def test_smugglers_are_of_no_side(text: str, killed: dict) -> None:
    incidents = run(text)["incidents"]
    assert incidents[-1]["killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("On Monday, guards found the body of a Syrian woman who had been stabbed to death in the third sector of Al-Hol camp.",
     {"unknown": 1}),
    ("A young woman was stabbed to death by unknown persons in her house in Al-Hol camp on Friday.", {"unknown": 1}),
    ("A woman was killed by regime shelling on Kansafra on Friday.", {"civilians": 1}),
    ("Rescuers found the body of a woman under the rubble of a house hit by Russian jets in Ariha on Friday.", {"civilians": 1}),
])
def test_a_murdered_woman_is_of_no_known_side(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


def test_the_people_taken_are_not_the_dead() -> None:
    assert mentions("Gunmen seized eight farmers near Jasim, then released them.") == []


@pytest.mark.parametrize("text", [
    "SDF commander killed in blast in Hasakah\nAn SDF commander was killed when a bomb went off in his car. "
    "Separately, gunmen shot dead a man near Shaddadi.",
    "Regime officer killed near Daraa\nAn officer of the Air Force Intelligence was killed by gunmen. Later, a young man "
    "was found dead near the town of Nawa.",
    "HTS fighter killed by sniper fire\nAn HTS fighter was killed by regime sniper fire in Idlib. In another incident, a "
    "man died when a shell hit the village of Kansafra.",
])
def test_title_victim_told_before_is_not_lent_to_a_later_one(text: str) -> None:
    assert last_sentence(text) == [("killed", 1, "unknown")]


def test_title_victim_still_lends_its_side_to_the_first_telling() -> None:
    text = "Gunmen kill two civilians in Daraa\nTwo young men were killed by gunmen in the town of Jasim."
    assert mentions(text)[-1] == ("killed", 2, "civilians")


@pytest.mark.parametrize("text", [
    "A young man was killed by a landmine near Uqayribat while he was searching for truffles.",
    "A man died when a mine went off near al-Kawm while looking for firewood with his cousin.",
    "A boy was killed by an old shell in the desert near Ithriya while he was hunting for truffles.",
])
def test_victims_looking_for_truffles_or_wood_are_civilians(text: str) -> None:
    assert mentions(text) == [("killed", 1, "civilians")]


def test_a_man_killed_with_no_work_said_has_no_side() -> None:
    assert mentions("A young man was killed by a landmine near Uqayribat.") == [("killed", 1, "unknown")]


@pytest.mark.parametrize(("text", "side"), [
    ("On Monday gunmen killed a man near Jasim. Residents said the man was a known collaborator of Hezbollah.",
     "pro_iran_foreign"),
    ("Gunmen shot dead a young man near Busra al-Harir on Monday. He was a former member of the Military Security.", "regime"),
    ("A man was found dead near Hajin on Sunday. The victim was a senior member of ISIS, local sources said.", "isis"),
])
def test_victim_tied_to_a_group_by_a_later_sentence(text: str, side: str) -> None:
    assert killed(text) == {side: 1}


def test_victim_said_to_have_no_affiliation_has_no_side() -> None:
    assert killed("Gunmen shot dead a young man near Salkhad on Monday. He had no known affiliation with any armed group.") == {
        "unknown": 1}


@pytest.mark.parametrize(("text", "expected"), [
    ("Clashes between two factions in al-Bab killed two fighters from each side and a passer-by.", ("killed", 1, "civilians")),
    ("A stray bullet killed a passer-by in the market of Azaz.", ("killed", 1, "civilians")),
    ("The blast wounded three bystanders near the roundabout.", ("injured", 3, "civilians")),
])
def test_passers_by_are_civilians(text: str, expected: tuple[str, int, str]) -> None:
    assert mentions(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen shot dead two pharmacists in Jasim.", [("killed", 2, "civilians")]),
    ("A shell killed two merchants in the market of Ariha.", [("killed", 2, "civilians")]),
    ("A roadside bomb wounded three shopkeepers near the roundabout of Azaz.", [("injured", 3, "civilians")]),
])
def test_civilian_callings_are_civilians(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_a_calling_taken_away_is_no_casualty() -> None:
    assert mentions("Gunmen kidnapped two traders near Sweida.") == []


@pytest.mark.parametrize(("text", "side"), [
    ("Gunmen shot dead a young man accused of collaborating with Hezbollah in Daraa.", "pro_iran_foreign"),
    ("A man working with the Military Security was shot dead near Jasim.", "regime"),
    ("Two men cooperating with the SDF were wounded by gunmen near Hajin.", "sdf"),
])
def test_plain_person_working_with_a_group(text: str, side: str) -> None:
    assert [s for _, _, s in mentions(text)] == [side]


def test_drug_dealing_is_no_tie_to_the_group_named_after() -> None:
    assert mentions("Gunmen killed a young man accused of dealing drugs with the help of Hezbollah.") == [
        ("killed", 1, "unknown")]


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, a bomb killed three men near Tafas. The three were members of the Fourth Division.", {"regime": 3}),
    ("On Monday, gunmen killed two young men near Nawa. Both of them were members of the local factions.", {"hts_rebels": 2}),
    ("On Monday, gunmen killed four people near Nawa. The four were fighters of Hezbollah, local sources said.",
     {"pro_iran_foreign": 4}),
])
def test_a_later_sentence_ties_the_counted_people(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


def test_a_tie_that_counts_other_people_is_not_theirs() -> None:
    assert killed("On Monday, gunmen killed three people near Nawa. The two were members of the Fourth Division.") == {
        "unknown": 3}


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


def test_the_victim_had_joined_a_regime_branch_next_sentence() -> None:
    text = ("Ex-rebel killed near Nawa\n\nGunmen on a motorcycle shot a former rebel commander near Nawa on Thursday, killing "
            "him. The man, a father of three, had joined the Air Force Intelligence after the settlement.")
    assert killed(text) == {"regime": 1}


def test_plain_victims_accused_of_serving_a_group() -> None:
    text = ("Executions in the desert\n\nISIS cells executed four men near al-Kawm on Saturday, after accusing them of "
            "working for the SDF.")
    assert killed(text) == {"sdf": 4}


def test_who_had_joined_after_the_victims_former_group() -> None:
    text = ("Ex-rebel shot dead in Jasim\n\nGunmen killed a former leader in the rebel factions who had joined the "
            "Military Security after the settlement, in the town of Jasim on Monday.")
    assert killed(text) == {"regime": 1}


def test_the_victim_joined_later_in_a_clause_of_two_deeds() -> None:
    text = ("Killing in Qudsaya\n\nUnknown gunmen shot dead a former rebel commander in the town of Qudsaya on Monday "
            "night. He had signed up to the settlement in 2018 and had since worked with the Fourth Division.")
    assert killed(text) == {"regime": 1}


def test_the_victim_joined_a_unit_tied_to_a_branch() -> None:
    text = ("Killing near Nawa\n\nA former commander in the opposition factions was killed by unknown gunmen near Nawa "
            "in Daraa on Thursday. The commander had joined a local group affiliated with the regime's Air Force "
            "Intelligence after the settlement.")
    assert killed(text) == {"regime": 1}


def test_the_victim_who_refused_to_join_stays_a_rebel() -> None:
    text = ("Killing in Qudsaya\n\nUnknown gunmen shot dead a former rebel commander in the town of Qudsaya on Monday "
            "night. He had signed up to the settlement in 2018 and refused to join the army.")
    assert killed(text) == {"hts_rebels": 1}


def test_foreign_pilgrims_among_the_dead_are_civilians() -> None:
    text = ("Bombing near a shrine\n\nA bomb planted in a car went off near a shrine south of Damascus on Friday. The "
            "monitor said five people had been killed, among them three Pakistani pilgrims and a member of a "
            "pro-government militia.")
    assert killed(text) == {"civilians": 3, "regime": 1, "unknown": 1}


def test_two_dead_said_again_by_number_with_the_group_they_worked_with() -> None:
    text = ("Drone strike\n\nTwo people were killed on Tuesday when an Israeli drone hit a car near Khan Arnabah in "
            "Quneitra. The two men were working with the Lebanese group Hezbollah, the monitor said.")
    assert killed(text) == {"pro_iran_foreign": 2}


def test_two_dead_said_again_after_a_sentence_on_the_place() -> None:
    text = ("Drone strike\n\nTwo people were killed on Tuesday when an Israeli drone hit a car near Khan Arnabah in "
            "Quneitra.\nThe monitor said the drone hit the car on the road between Jubata al-Khashab and Hadar. The two men "
            "were working with the Lebanese group Hezbollah, it added.")
    assert killed(text) == {"pro_iran_foreign": 2}


def test_number_said_again_must_match_the_dead() -> None:
    text = ("Drone strike\n\nThree people were killed on Tuesday when an Israeli drone hit a car near Khan Arnabah in "
            "Quneitra. The two men were working with the Lebanese group Hezbollah, the monitor said.")
    assert killed(text) == {"unknown": 3}


def test_man_accused_by_locals_of_working_with_a_group() -> None:
    text = (
        "Killing in Jasim\n\nOn Friday, a man accused by residents of collaborating with Lebanese Hezbollah was shot "
        "dead by unidentified gunmen near Jasim."
    )
    assert killed(text) == {"pro_iran_foreign": 1}


def test_man_accused_by_locals_of_dealing_drugs_stays_of_no_side() -> None:
    text = (
        "Killing in Jasim\n\nOn Friday, a man accused by residents of dealing drugs was shot dead by unidentified "
        "gunmen near Jasim."
    )
    assert killed(text) == {"unknown": 1}
