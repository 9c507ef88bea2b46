"""A number that is part of a label counts no one (``figure_labels.label_number``, read by ``figures.is_count``): the
minutes of a clock time, the day after an abbreviated month, a numbered day of a campaign, a numbered site ("Tower
22") and an outlet named with a number that tells something ("Suwayda 24 said").

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, injured_sums, killed_sums, total_pairs


def test_minutes_of_an_update_time_are_no_toll() -> None:
    text = ("Turkish jets strike Derik countryside\n\nTurkish warplanes bombed a village in the countryside of Derik on "
            "Sunday, killing seven civilians.\n\nUPDATE 18:25 – The number of civilians martyred in the village rose to "
            "eight after a wounded woman died in hospital.")
    assert killed_sums(text) == {"civilians": 8}


def test_day_of_a_short_month_in_a_dateline_is_no_toll() -> None:
    text = ("Israeli strike on Mezzeh\n\nMarch 14, 2024\nDAMASCUS, Mar 14 (Reuters) - An Israeli strike on a flat in Mezzeh "
            "on Thursday killed four members of the Revolutionary Guards, a war monitor said.")
    assert killed_sums(text) == {"pro_iran_foreign": 4}


def test_numbered_day_of_a_campaign_gives_no_total() -> None:
    text = ("Home | News | Operation Olive Branch\nDay 6 of the Turkish assault | Death toll climbs to 212, including 48 "
            "civilians, as Turkish troops push towards Jandairis\nMarch 2, 2018\nSOHR has documented further deaths in the "
            "fighting in the countryside of Afrin. Overall, those who died as the Turkish assault went on now number "
            "212, they are:\n- 48 civilians, including nine children.\n- 164 fighters of the YPG.")
    assert all(n != 6 for _, n in total_pairs(contract(text)))


def test_numbered_site_is_no_toll() -> None:
    text = ("Drone hits a coalition outpost\n\nAn Iraqi militia claimed a drone attack on Tower 31, a coalition outpost on "
            "the Syrian border, which killed two American soldiers on Friday.")
    assert killed_sums(text) == {"coalition": 2}


def test_outlet_named_with_a_number_is_no_toll() -> None:
    text = ("Gunmen open fire in Shahba\n\nGunmen opened fire on a crowd in Shahba on Tuesday, wounding four protesters. "
            "Homs 24 said the youngest of them remained in a serious condition.")
    assert injured_sums(text) == {"civilians": 4}


def test_outlet_named_with_a_number_and_its_kind_is_no_toll() -> None:
    text = ("Clashes near Qrayya\n\nFighting between local gunmen and a security convoy near Qrayya left three gunmen "
            "dead on Monday, the Observatory said.\n\nHauran 24, a local news network, named the dead. The \"Shahba "
            "24\" network said the road was closed.")
    assert killed_sums(text) == {"hts_rebels": 3}


def test_count_before_a_network_of_tunnels_stays() -> None:
    text = ("Raid in Jasim\n\nIn Jasim 3 people were killed when security forces stormed a house. Their network of "
            "tunnels was found later.")
    assert sum(killed_sums(text).values()) == 3


def test_count_after_a_capitalised_word_stays() -> None:
    text = "Shelling on Ariha\n\nRegime shelling on Ariha on Monday killed 6 civilians. Another 9 people were wounded."
    assert killed_sums(text) == {"civilians": 6} and sum(injured_sums(text).values()) == 9
