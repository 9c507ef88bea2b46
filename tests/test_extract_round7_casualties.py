"""Casualty figures, round 7: constructions that recur in SOHR follow-ups and relayed copy (sets I and J).

* a risen toll whose attack is described at length between "the death toll of" and "has risen to N";
* the wounded "still receiving treatment" after an attack are its injured;
* "others" hurt right after a risen toll share the toll's side.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed
from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import find_mentions


def test_long_described_attack_between_toll_and_rise() -> None:
    text = ("Toll update\n\nThe monitor says the death toll of the roadside bomb which struck a bus of the regime's Air Force "
            "Intelligence on the road between Izraa and Busra al-Harir in the eastern countryside of Daraa on Tuesday "
            "evening has climbed to six soldiers, after three more soldiers died of their injuries in hospital.")
    assert killed(text) == {"regime": 6}


def test_still_receiving_treatment_are_injured() -> None:
    text = ("Blast near Dael\n\nAn explosive device went off at a checkpoint of regime forces near Dael on Friday, killing "
            "two soldiers. Four other soldiers are still receiving treatment in a hospital in Daraa city.")
    assert injured(text) == {"regime": 4}


def test_being_treated_are_injured() -> None:
    text = ("Shelling on Ariha\n\nRegime artillery shelled Ariha on Sunday, killing a civilian. Three more civilians are "
            "being treated in a field hospital.")
    assert injured(text) == {"civilians": 3}


def test_others_after_risen_toll_share_its_side() -> None:
    text = ("Seven shepherds killed by landmine\n\nThe death toll of the landmine explosion which hit a group of shepherds in "
            "the desert of Maadan in the eastern countryside of Raqqa on Sunday has risen to seven, after a boy died of his "
            "wounds in hospital this morning, while three others were wounded.")
    assert injured(text) == {"civilians": 3}


def test_fighters_of_the_jihadist_groups_are_rebels() -> None:
    text = ("Fighting in Latakia\n\nFour fighters of the jihadist groups were killed on Monday when regime forces shelled "
            "their positions near Kabani in the countryside of Latakia.")
    assert killed(text) == {"hts_rebels": 4}


def test_bare_faction_members_take_the_faction_named_before() -> None:
    text = ("Blast in al-Bab\n\nA motorcycle bomb went off on Sunday next to a headquarters of the Turkish-backed "
            "\"Hamza Division\" faction in al-Bab city, killing six people: four civilians and two faction members.")
    assert killed(text) == {"civilians": 4, "turkey_factions": 2}


def test_attackers_of_an_attempt_by_a_named_group() -> None:
    text = ("SDF repel attack\n\nOn Monday, the SDF foiled an infiltration attempt by Turkish-backed factions near "
            "Ain Issa, killing four of the attackers.")
    assert killed(text) == {"turkey_factions": 4}


def test_kataeb_hezbollah_spelling_is_an_iraqi_militia() -> None:
    text = ("Drone strike near Albu Kamal\n\nAn unidentified drone struck a pick-up truck carrying militiamen of Iraq's "
            "Kataeb Hezbollah near Albu Kamal on Friday, killing three.")
    assert killed(text) == {"pro_iran_foreign": 3}


def test_a_us_contractor_is_coalition() -> None:
    text = ("Rocket attack on coalition base\n\nRockets fired by Iranian-backed militias hit the coalition base at the "
            "Conoco gas field on Wednesday, killing a US contractor.")
    assert killed(text) == {"coalition": 1}


def test_breakdown_after_a_possessive_does_not_add() -> None:
    text = ("Shell explodes in Hajin\n\nA boy was killed and four others, including his three cousins, were wounded on "
            "Friday when an old shell exploded near their home in Hajin.")
    assert injured(text) == {"civilians": 4}


def test_a_plural_owner_names_a_thing_not_a_person() -> None:
    text = ("Strike on Qamishli\n\nOn Tuesday, a Turkish drone strike on a girls' school on the edge of Qamishli killed "
            "three girls.")
    assert killed(text) == {"civilians": 3}


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


def test_members_of_the_groups_backed_by_a_named_force() -> None:
    text = ("Clash in Daraa\n\nOn Monday, a clash between local gunmen and groups backed by the Air Force Intelligence in "
            "Sheikh Maskin left two members of the groups dead.")
    assert killed(text) == {"regime": 2}


def test_a_syrian_working_for_hezbollah_is_regime() -> None:
    text = ("Man shot dead near Quneitra\n\nGunmen shot dead a man on Monday night near the town of Hadar. Local sources "
            "said the man, a Syrian from the Golan villages, was working for Hezbollah.")
    assert killed(text) == {"regime": 1}


def test_the_victim_had_joined_a_regime_branch_next_sentence() -> None:
    text = ("Ex-rebel killed near Nawa\n\nGunmen on a motorcycle shot a former rebel commander near Nawa on Thursday, killing "
            "him. The man, a father of three, had joined the Air Force Intelligence after the settlement.")
    assert killed(text) == {"regime": 1}


def test_plain_victims_accused_of_serving_a_group() -> None:
    text = ("Executions in the desert\n\nISIS cells executed four men near al-Kawm on Saturday, after accusing them of "
            "working for the SDF.")
    assert killed(text) == {"sdf": 4}


def test_earlier_report_after_a_risen_toll_adds_no_dead() -> None:
    text = ("Toll of Hama bus attack rises\n\nThe death toll of the attack by ISIS cells on a bus of regime soldiers near "
            "Ithriyah has risen to eight, after three of the wounded died today.\nSOHR had reported yesterday that five "
            "soldiers were killed when the cells opened fire on the bus.")
    assert killed(text) == {"regime": 8}


def test_a_rank_and_a_single_soldier_share_a_side() -> None:
    text = ("Checkpoint attacked near Shahba\n\nGunmen attacked a checkpoint of the regime's Military Security near Shahba "
            "on Sunday, killing a second lieutenant and a soldier.")
    assert killed(text) == {"regime": 2}


def test_a_member_of_one_group_and_another_of_a_second() -> None:
    text = ("Infighting in Ras al-Ain\n\nClashes erupted on Friday between two Turkish-backed factions in Ras al-Ain. "
            "A member of the Hamza Division and another of the Sultan Murad Division were killed.")
    assert killed(text) == {"turkey_factions": 2}


def test_report_of_yesterday_after_a_risen_toll_adds_nothing() -> None:
    text = ("Toll rises in Homs desert\n\nThe death toll of the landmine blast that hit a bus of the Fourth Division near "
            "al-Sukhnah has risen to seven, after a wounded soldier died this morning. SOHR reported yesterday that six "
            "soldiers were killed and five others injured when the bus hit the mine.")
    assert killed(text) == {"regime": 7}
    assert "unknown" not in injured(text)


def test_members_of_a_named_force_are_a_part_of_the_soldiers() -> None:
    text = ("Ambush in the Homs desert\n\nISIS cells ambushed a convoy of regime forces near Palmyra on Monday, killing nine "
            "soldiers, including an officer and two members of the National Defence Forces.")
    assert killed(text) == {"regime": 9}


def test_two_time_phrases_between_verb_and_victim() -> None:
    text = ("Gunmen kill commander near Inkhil\n\nUnidentified gunmen shot dead at dawn today a commander of the Eighth "
            "Brigade near Inkhil in the northern countryside of Daraa.")
    assert killed(text) == {"regime": 1}


def test_a_nationality_before_a_group_is_no_person() -> None:
    text = ("Strike near Mayadin\n\nIn early May, an unidentified drone struck a car near Mayadin, killing four fighters of "
            "the Fatemiyoun Brigade, an Afghan militia, according to the monitor.")
    assert killed(text) == {"pro_iran_foreign": 4}
    officer = "Officer killed near Jasim\n\nGunmen shot dead a Syrian army officer near Jasim on Monday."
    assert killed(officer) == {"regime": 1}  # a group word with a person after it stays one person


def test_who_had_joined_after_the_victims_former_group() -> None:
    text = ("Ex-rebel shot dead in Jasim\n\nGunmen killed a former leader in the rebel factions who had joined the "
            "Military Security after the settlement, in the town of Jasim on Monday.")
    assert killed(text) == {"regime": 1}


def test_others_in_critical_condition_are_injured() -> None:
    text = ("Mine blast near Maadan\n\nA landmine exploded near Maadan on Monday, killing two shepherds. Three others remain "
            "in critical condition.")
    assert injured(text) == {"civilians": 3}


def test_people_still_in_hospital_are_injured() -> None:
    text = ("Shelling on Kansafra\n\nRegime shelling on Kansafra killed a woman on Friday, while four other civilians are "
            "still in hospital.")
    assert injured(text) == {"civilians": 4}


def test_ages_after_aged_are_not_counts() -> None:
    text = "Boys hurt near Tabqa\n\nAn old shell went off near Tabqa on Monday. Two boys, aged eight and 13, were wounded."
    assert injured(text) == {"civilians": 2}


def test_a_count_after_a_kin_word_and_a_possessive() -> None:
    text = ("Shelling on Sarmin\n\nRegime rockets hit a house in Sarmin on Monday, killing a man and wounding his wife and "
            "their three daughters.")
    assert injured(text) == {"civilians": 4}


def test_a_victims_driver_shares_his_side() -> None:
    text = ("Drone strike near Amuda\n\nA Turkish drone hit a car near Amuda on Sunday, killing a commander of the Asayish "
            "and his driver.")
    assert killed(text) == {"sdf": 2}


def test_a_relative_of_a_plain_victim_shares_his_side() -> None:
    text = ("Two shot dead in Nawa\n\nUnknown gunmen shot dead a young man and his father in the town of Nawa on Thursday "
            "night.")
    assert killed(text) == {"unknown": 2}


def test_the_husband_of_a_civilian_victim_is_a_civilian() -> None:
    text = ("Shelling on Maarat al-Numan\n\nRegime artillery hit a house in Maarat al-Numan on Friday, killing a woman and "
            "wounding her husband and two children.")
    assert injured(text) == {"civilians": 3}


def test_risen_number_of_people_keeps_the_whole() -> None:
    text = ("Toll of Azaz blast rises\n\nThe number of people killed in the motorcycle bomb blast that hit the vegetable "
            "market of Azaz on Friday evening has risen to 11, including four children.")
    assert killed(text) == {"unknown": 11}
