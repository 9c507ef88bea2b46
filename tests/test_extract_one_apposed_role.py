"""One victim, then an apposition that says who he was (sentences written for these tests, judged by
../shared/data/sohr/SCHEMA.md): the apposition restates the one victim, it adds nobody.

* a plain "a man" told again as "a civilian", "a collaborator of ...", "an official of ...", the apposition closed
  by the place or time of the event or by the end of the sentence (``casualty_one_apposed``);
* a victim named by a single name, or by "the young man" and his name, then told who he was
  (``casualty_named_apposed``); collaborators of Hezbollah, nationality unstated, are pro_iran_foreign (SCHEMA's
  Daraa rule).

Near misses that stay as they were: a list that goes on with "and", another person after the comma, a place told
again in an apposition.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums


def test_plain_man_told_again_as_a_civilian() -> None:
    text = ("Syria, May 4: Masked gunmen on a motorbike shot dead a man, a civilian, at the entrance of the village of "
            "Umm al-Mayadhin in the eastern part of Daraa province.")
    assert killed_sums(text) == {"civilians": 1}


def test_plain_man_told_again_as_an_official_is_one_person() -> None:
    text = ("Syria, May 4: Masked gunmen killed a man, a senior official of the municipal council, outside the bakery "
            "of the village of Umm al-Mayadhin in the eastern part of Daraa province.")
    assert sum(killed_sums(text).values()) == 1


def test_young_man_told_again_as_a_collaborator_at_sentence_end() -> None:
    text = ("Syria, May 4: In the village of Umm al-Mayadhin in the eastern part of Daraa province, masked gunmen "
            "stormed a farm, killing a young man, a collaborator of the Iranian-backed militias.")
    assert killed_sums(text) == {"pro_iran_foreign": 1}


def test_plain_man_hurt_and_told_again() -> None:
    text = ("Syria, May 4: Masked gunmen on a motorbike wounded a man, a civilian, near the grain silos of the town "
            "of Khirbet Ghazaleh in the eastern part of Daraa province.")
    assert injured_sums(text) == {"civilians": 1}


def test_single_name_then_collaborator_of_hezbollah() -> None:
    text = ("Syria, May 4: Masked gunmen stormed a farm near the village of Umm al-Mayadhin in the eastern part of "
            "Daraa province, killing Marwan, a collaborator of Hezbollah's network in the south.")
    assert killed_sums(text) == {"pro_iran_foreign": 1}


def test_the_young_man_and_his_name_then_collaborator() -> None:
    text = ("Syria, May 4: Masked gunmen stormed a farm near the village of Umm al-Mayadhin in the eastern part of "
            "Daraa province, killing the young man Marwan Haddad, a collaborator of Hezbollah's network.")
    assert killed_sums(text) == {"pro_iran_foreign": 1}


def test_near_miss_list_with_and_is_three() -> None:
    text = ("Syria, May 4: Regime rockets that fell on the village of Umm al-Mayadhin in the eastern part of "
            "Daraa province killed a man, a woman and a boy on the road to the school.")
    assert sum(killed_sums(text).values()) == 3


def test_near_miss_another_person_after_the_comma_is_two() -> None:
    text = ("Syria, May 4: Masked gunmen on a motorbike shot dead a man, a woman, near the grain silos of the town of "
            "Khirbet Ghazaleh in the eastern part of Daraa province.")
    assert sum(killed_sums(text).values()) == 2


def test_near_miss_place_in_apposition_counts_no_one_more() -> None:
    text = ("Syria, May 4: Masked gunmen shot dead a man in Khirbet Ghazaleh, a town in the eastern part of Daraa "
            "province, on Sunday evening.")
    assert sum(killed_sums(text).values()) == 1

