"""Robustness of incident typing, dating and placing to phrasings a conflict monitor writes (SOHR, ACLED and Airwars
style), written for these tests without looking at the dev reports: every event type in three or four phrasings, dates
relative to the publication day, the ways a place is named, and reports that tell two events or one event twice.

Every sentence here was written for these tests; the places are real Syrian names. The reports are dated Saturday
20 April 2024, so "on Friday" is the 19th and "yesterday" the 19th too.
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract import extract_report, to_contract
from observatory.extract.dates import resolve
from observatory.extract.places import landmark_governorate
from observatory.geo import Geocoder
from observatory.models import Report

PUBLISHED = date(2024, 4, 20)  # a Saturday


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder.default()


def rows(text: str, geocoder: Geocoder) -> list[tuple[str, str | None, str | None]]:
    """(type, date, governorate) of each event extracted, as the contract row writes them; read from the events, since
    the contract row leaves out a siege with no toll (no incident of the labelling schema), whose typing is tested here."""
    extraction = extract_report(Report(text=text, published=PUBLISHED), geocoder=geocoder)
    row = to_contract("t", extraction)
    written = {i["id"]: (i["type"], i["date"], i["governorate"]) for i in row["incidents"]}
    return [written.get(e.id) or (e.event_type, e.date_start.isoformat() if e.date_start else None, e.location.admin1)
            for e in extraction.events]


# --- every event type, three or four phrasings each ------------------------------------------------------------------

TYPES = [
    ('ISIS cells stormed a regime checkpoint near al-Sukhnah in the eastern countryside of Homs on Thursday, killing three soldiers.',
     'attack', '2024-04-18', 'Homs'),
    ("Gunmen raided a house in the town of Da'el in Daraa countryside yesterday and killed two men inside.",
     'attack', '2024-04-19', "Dar'a"),
    ('Turkish-backed factions targeted a position of the SDF near Tal Tamr in Al-Hasakah countryside on Friday, killing two SDF fighters.',
     'attack', '2024-04-19', 'Al-Hasakeh'),
    ('HTS fighters attacked regime positions on the outskirts of Kafranbel in the southern countryside of Idlib at dawn today, killing four soldiers.',
     'attack', '2024-04-20', 'Idleb'),
    ('ISIS members lay in wait for a regime convoy on the Palmyra-Deir Ezzor road on Wednesday, killing five soldiers.',
     'ambush', '2024-04-17', None),
    ('Five members of the regime forces were killed when ISIS cells ambushed their bus in the southern desert of Raqqa on Tuesday.',
     'ambush', '2024-04-16', 'Ar-Raqqa'),
    ('Regime soldiers fell into an ambush set by ISIS cells east of Salamiyah in Hama countryside last night, leaving three dead.',
     'ambush', '2024-04-19', 'Hama'),
    ('An ISIS cell set up an ambush for pro-regime militiamen in the Badia of Al-Mayadin on Monday, killing two.',
     'ambush', '2024-04-15', 'Deir-ez-Zor'),
    ('Regime forces and HTS fighters exchanged fire on the frontlines of Jabal al-Zawiya in Idlib on Friday evening, killing a regime soldier.',
     'clash', '2024-04-19', 'Idleb'),
    ('Violent clashes erupted between SDF and Turkish-backed factions near Ain Issa in the northern countryside of Raqqa yesterday, leaving three fighters dead.',
     'clash', '2024-04-19', 'Ar-Raqqa'),
    ('Two fighters were killed in armed confrontations between local gunmen and regime forces in Busra al-Sham, east of Daraa, on Thursday.',
     'clash', '2024-04-18', "Dar'a"),
    ('Fierce fighting broke out between the Syrian army and ISIS on the west bank of the Euphrates near al-Mayadin on April 14, killing six soldiers.',
     'clash', '2024-04-14', 'Deir-ez-Zor'),
    ('A child was killed when regime forces shelled the town of Sarmin in the eastern countryside of Idlib on Saturday.',
     'shelling', '2024-04-20', 'Idleb'),
    ('Rocket and artillery fire by regime forces hit the outskirts of Darat Izza in western Aleppo countryside yesterday, killing a woman.',
     'shelling', '2024-04-19', 'Aleppo'),
    ('Two civilians were killed by mortar shells fired by regime forces on Al-Bara village in Jabal al-Zawiya on the 14th of April.',
     'shelling', '2024-04-14', 'Idleb'),
    ('Turkish forces pounded villages near Tal Rifaat in the northern countryside of Aleppo with artillery on Wednesday, killing a man.',
     'shelling', '2024-04-17', 'Aleppo'),
    ('Russian warplanes pounded the outskirts of Jisr al-Shughur in western Idlib on Tuesday, killing three HTS fighters.',
     'airstrike', '2024-04-16', 'Idleb'),
    ('Russian jets carried out airstrikes on ISIS positions in the desert of As-Sukhnah, east of Homs, yesterday, killing seven militants.',
     'airstrike', '2024-04-19', 'Homs'),
    ('An Israeli strike hit a building in the Kafr Sousa neighbourhood of Damascus on Monday, killing two IRGC officers.',
     'airstrike', '2024-04-15', 'Damascus'),
    ('US-led coalition aircraft bombed a house in the village of Atmeh near the Turkish border last night, killing an ISIS leader.',
     'airstrike', '2024-04-19', 'Idleb'),
    ('A kamikaze drone launched by HTS hit a regime vehicle near Kafr Nabudah in the northern countryside of Hama on Friday, killing two soldiers.',
     'drone_strike', '2024-04-19', 'Hama'),
    ('A Turkish drone targeted a car on the Qamishli-Amuda road in Hasakah countryside on Thursday, killing two SDF members.',
     'drone_strike', '2024-04-18', 'Al-Hasakeh'),
    ('A suicide drone struck a motorcycle near Al-Bab in the eastern countryside of Aleppo at dawn today, killing its rider.',
     'drone_strike', '2024-04-20', 'Aleppo'),
    ('An unmanned aerial vehicle bombed a farm in the countryside of Darkush in Idlib yesterday, killing a farmer.',
     'drone_strike', '2024-04-19', 'Idleb'),
    ('An explosive device planted in a car went off in the city of Azaz in northern Aleppo on Friday, killing a civilian.',
     'ied_landmine', '2024-04-19', 'Aleppo'),
    ('A shepherd was killed when a landmine left over from the war exploded in the desert of Al-Mayadin on Wednesday.',
     'ied_landmine', '2024-04-17', 'Deir-ez-Zor'),
    ('A car bomb exploded near a market in the town of Jarablus in the eastern countryside of Aleppo yesterday, killing four civilians.',
     'ied_landmine', '2024-04-19', 'Aleppo'),
    ('A military vehicle hit a roadside bomb on the Deraa-Damascus highway near Al-Sanamayn on Monday, killing two soldiers.',
     'ied_landmine', '2024-04-15', "Dar'a"),
    ('A suicide bomber blew himself up at a checkpoint in the town of Al-Shaddadi, south of Al-Hasakah, on Thursday, killing three SDF fighters.',
     'suicide_bombing', '2024-04-18', 'Al-Hasakeh'),
    ('An ISIS suicide attacker detonated his explosive belt among regime soldiers near Palmyra on Tuesday, killing five.',
     'suicide_bombing', '2024-04-16', 'Homs'),
    ('A suicide car bombing targeted a military base near Manbij in the eastern countryside of Aleppo last night, killing six fighters.',
     'suicide_bombing', '2024-04-19', 'Aleppo'),
    ('A former opposition commander was shot dead by unknown gunmen in the town of Tafas in the western countryside of Daraa on Friday.',
     'assassination', '2024-04-19', "Dar'a"),
    ("Unidentified gunmen assassinated a member of the regime's Military Security near Jasim in Daraa countryside yesterday.",
     'assassination', '2024-04-19', "Dar'a"),
    ('Unknown assailants on a motorcycle opened fire on a local official in Al-Sanamayn in northern Daraa on Wednesday, killing him instantly.',
     'assassination', '2024-04-17', "Dar'a"),
    ('An SDF commander was killed in an assassination attempt in Al-Busayrah in the eastern countryside of Deir Ezzor on Sunday.',
     'assassination', '2024-04-14', 'Deir-ez-Zor'),
    ('ISIS executed three shepherds by firing squad in the desert of Al-Rasafa in the southern countryside of Raqqa on Thursday.',
     'execution', '2024-04-18', 'Ar-Raqqa'),
    ('Militants beheaded a young man accused of collaborating with the regime near Al-Bukamal on Monday.',
     'execution', '2024-04-15', 'Deir-ez-Zor'),
    ('Regime forces carried out a field execution of four detainees in the town of Khan Shaykhun in southern Idlib on Friday.',
     'execution', '2024-04-19', 'Idleb'),
    ('Gunmen kidnapped a doctor on the road between Daraa and Damascus on Tuesday.',
     'abduction', '2024-04-16', None),
    ('Turkish-backed factions abducted two women from their home in Afrin in the northwestern countryside of Aleppo yesterday.',
     'abduction', '2024-04-19', 'Aleppo'),
    ('Two young men were abducted by unknown persons near the town of Busra al-Harir in eastern Daraa countryside on Friday.',
     'abduction', '2024-04-19', "Dar'a"),
    ('Regime forces besieged the town of Tafas in the western countryside of Daraa on Thursday, after a night of clashes.',
     'siege', '2024-04-18', "Dar'a"),
    ('Government troops have encircled the neighbourhood of Daraa al-Balad and imposed a siege on it since Wednesday.',
     'siege', '2024-04-17', "Dar'a"),
    ('Regime forces tightened the siege on the besieged town of Madaya in Rural Damascus on Monday, preventing food from entering.',
     'siege', '2024-04-15', 'Rural Damascus'),
    ('The body of a young man bearing gunshot wounds was found near the town of Al-Hol, east of Al-Hasakah, on Wednesday.',
     'other', '2024-04-17', 'Al-Hasakeh'),
    ('An explosion of unknown cause rocked an arms depot near the city of Jableh in Lattakia countryside on Friday, killing two guards.',
     'other', '2024-04-19', 'Lattakia'),
    ('A man was stabbed to death by unknown persons in the city of Tartus on Monday.',
     'other', '2024-04-15', 'Tartous'),
]


@pytest.mark.parametrize(("text", "kind", "day", "governorate"), TYPES)
def test_each_type_in_several_phrasings(text: str, kind: str, day: str | None, governorate: str | None,
                                        geocoder: Geocoder) -> None:
    assert rows(text, geocoder) == [(kind, day, governorate)]


MORE = [
    ('Three soldiers were killed in a Russian raid on HTS positions near Kabani in Lattakia countryside on Friday.',
     'airstrike', '2024-04-19', 'Lattakia'),
    ('A family of five was killed in airstrikes by Russian jets on the town of Maarat Misrin, north of Idlib, on Thursday night.',
     'airstrike', '2024-04-18', 'Idleb'),
    ('An SDF vehicle was targeted by a drone near Qamishli in Hasakah province late on Friday, killing two members.',
     'drone_strike', '2024-04-19', 'Al-Hasakeh'),
    ('A child was killed by the explosion of a landmine in the countryside of Manbij, east of Aleppo, two days ago.',
     'ied_landmine', '2024-04-18', 'Aleppo'),
    ('An IED went off under a car of an NDF commander in the city of Deir al-Zour this morning, killing him.',
     'ied_landmine', '2024-04-20', 'Deir-ez-Zor'),
    ('Israeli missiles targeted weapons depots near Masyaf in the western countryside of Hama overnight, killing four regime soldiers.',
     'airstrike', '2024-04-19', 'Hama'),
    ('Regime forces fired surface-to-surface missiles at the outskirts of Sarmada in northern Idlib on Friday, killing a woman.',
     'shelling', '2024-04-19', 'Idleb'),
    ('Grad rockets fired by regime forces landed on a market in Al-Atarib in the western countryside of Aleppo on Friday, killing three civilians.',
     'shelling', '2024-04-19', 'Aleppo'),
    ('A gun battle erupted between regime soldiers and local gunmen in the city of Sweida on Friday, killing two soldiers.',
     'clash', '2024-04-19', 'As-Sweida'),
    ('Two fighters were killed in a firefight with ISIS cells in the desert of Deir Ez-Zor on Friday.',
     'clash', '2024-04-19', 'Deir-ez-Zor'),
    ('ISIS hanged a man accused of spying in the town of Al-Shafaa in the eastern countryside of Deir Ezzor on Friday.',
     'execution', '2024-04-19', 'Deir-ez-Zor'),
    ('Gunmen snatched a merchant from his shop in the city of Al-Suwayda on Friday and took him to an unknown destination.',
     'abduction', '2024-04-19', 'As-Sweida'),
    ('Regime forces placed the town of Jasim in Daraa countryside under siege on Friday and closed all its entrances.',
     'siege', '2024-04-19', "Dar'a"),
    ('An HTS sniper shot dead a regime soldier on the frontlines of Kabani in the northern countryside of Latakia on Friday.',
     'attack', '2024-04-19', 'Lattakia'),
    ('ISIS cells attacked a regime checkpoint in rural Raqqah on Friday, April 19, killing two soldiers.',
     'attack', '2024-04-19', 'Ar-Raqqa'),
    ('ISIS cells attacked a regime checkpoint north of Tadmur on 19 April, killing two soldiers.',
     'attack', '2024-04-19', 'Homs'),
    ('ISIS cells attacked a regime checkpoint in the vicinity of Al-Qaryatayn on April 19th, killing two soldiers.',
     'attack', '2024-04-19', 'Homs'),
    ('ISIS cells attacked a regime checkpoint in eastern Ghouta earlier today, killing two soldiers.',
     'attack', '2024-04-20', 'Rural Damascus'),
    ('ISIS cells attacked a regime checkpoint in the Damascus countryside on the night of Thursday, killing two soldiers.',
     'attack', '2024-04-18', 'Rural Damascus'),
    ('ISIS cells attacked a regime checkpoint in Quneitra countryside on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Quneitra'),
    ('ISIS cells attacked a regime checkpoint in the countryside of Tartus on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Tartous'),
    ("ISIS cells attacked a regime checkpoint in Idleb's countryside on Friday, killing two soldiers.",
     'attack', '2024-04-19', 'Idleb'),
    ('ISIS cells attacked a regime checkpoint in the Al-Hol area in Al-Hasakeh on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Al-Hasakeh'),
    ('Russian helicopters dropped barrel bombs on the village of Al-Kabinah in Lattakia on Friday, killing two fighters.',
     'airstrike', '2024-04-19', 'Lattakia'),
    ('A man was tortured to death in a regime prison in Saydnaya, north of Damascus, on Friday.',
     'other', '2024-04-19', 'Rural Damascus'),
    ('A motorcycle rigged with explosives blew up near a mosque in Al-Rai in the northern countryside of Aleppo on Friday, killing two.',
     'ied_landmine', '2024-04-19', 'Aleppo'),
    ('On 19 April 2024, Syrian regime forces shelled the village of Al-Fatira in Jabal al-Zawiya, Idleb, killing a civilian.',
     'shelling', '2024-04-19', 'Idleb'),
    ("On 18 April 2024, unidentified gunmen shot and killed a former FSA member in Nawa town (Nawa, Dar'a).",
     'assassination', '2024-04-18', "Dar'a"),
    ('Local sources reported that at least three civilians were killed in alleged Russian strikes on the village of Al-Ghadfa in southern Idlib on Friday.',
     'airstrike', '2024-04-19', 'Idleb'),
    ('A rocket attack by HTS on the city of Suqaylabiyah in the western countryside of Hama killed a woman on Friday.',
     'shelling', '2024-04-19', 'Hama'),
    ('A sticky bomb attached to a car exploded in the city of Al-Bab in Aleppo countryside on Friday, injuring three people.',
     'ied_landmine', '2024-04-19', 'Aleppo'),
    ('A war remnant exploded beside two boys herding goats near Tal Abyad, north of Raqqa, on Friday, killing both.',
     'ied_landmine', '2024-04-19', 'Ar-Raqqa'),
    ('Two SDF fighters were killed when ISIS gunmen on a motorcycle opened fire on their checkpoint in the town of Diban in eastern Deir Ezzor on Friday.',
     'attack', '2024-04-19', 'Deir-ez-Zor'),
    ("A member of the regime's Air Force Intelligence was found dead with gunshot wounds near Inkhil in northern Daraa on Friday.",
     'other', '2024-04-19', "Dar'a"),
    ('ISIS militants kidnapped five truffle hunters in the Badia of Al-Sukhnah on Friday.',
     'abduction', '2024-04-19', 'Homs'),
    ('Heavy clashes have been raging since dawn on Friday between Turkish-backed factions and SDF near Manbij, east of Aleppo, leaving four fighters dead.',
     'clash', '2024-04-19', 'Aleppo'),
    ('Turkish warplanes targeted oil facilities in the countryside of Qamishli in Al-Hasakah governorate on Friday, killing two workers.',
     'airstrike', '2024-04-19', 'Al-Hasakeh'),
    ('A suicide bomber driving a bomb-laden truck struck an SDF base near Al-Busayrah in the eastern countryside of Deir Ezzor on Friday.',
     'suicide_bombing', '2024-04-19', 'Deir-ez-Zor'),
    ('Two members of the NDF were killed when their vehicle ran over a landmine in the desert of Ithriya in the eastern countryside of Hama on Friday.',
     'ied_landmine', '2024-04-19', 'Hama'),
    ('Pro-Iranian militias and regime forces encircled the town of Al-Sanamayn in northern Daraa on Friday.',
     'siege', '2024-04-19', "Dar'a"),
    ('A Russian drone attack on a poultry farm near Binnish in the eastern countryside of Idlib killed a worker on Friday.',
     'drone_strike', '2024-04-19', 'Idleb'),
    ('An ISIS militant detonated his explosive vest at an SDF checkpoint in Al-Shuhayl in the eastern countryside of Deir Ezzor on Friday, killing two fighters.',
     'suicide_bombing', '2024-04-19', 'Deir-ez-Zor'),
    ('A bomber self-detonated among a crowd near a mosque in the city of Al-Bab in Aleppo countryside on Friday, killing four civilians.',
     'suicide_bombing', '2024-04-19', 'Aleppo'),
    ('A regime soldier was killed by HTS sniper fire on the Al-Ghab plain frontline in the northwestern countryside of Hama late Friday.',
     'attack', '2024-04-19', 'Hama'),
    ('Two regime soldiers were killed in the early hours of Friday when ISIS cells attacked their post in the desert of Al-Sukhnah in Homs.',
     'attack', '2024-04-19', 'Homs'),
    ('A civilian was killed at noon on Thursday by regime shelling on the village of Kafr Taal in the western countryside of Aleppo.',
     'shelling', '2024-04-18', 'Aleppo'),
    ('On the evening of April 14, a booby-trapped car exploded in the city of Afrin in the northwestern countryside of Aleppo, killing six civilians.',
     'ied_landmine', '2024-04-14', 'Aleppo'),
    ('Israeli aircraft launched missiles from the direction of the occupied Golan at positions south of Damascus on Friday, killing three soldiers.',
     'airstrike', '2024-04-19', 'Rural Damascus'),
    ('A regime soldier was killed when HTS fighters targeted his position with an anti-tank guided missile near Saraqib in the eastern countryside of Idlib on Friday.',
     'shelling', '2024-04-19', 'Idleb'),
    ('ISIS claimed responsibility for killing two SDF members in an attack on their vehicle near Al-Sabha in the eastern countryside of Deir Ezzor on Friday.',
     'attack', '2024-04-19', 'Deir-ez-Zor'),
    ('Clashes erupted after ISIS cells attacked positions of regime forces near Al-Shoula in the countryside of Deir Ezzor on Friday, killing three soldiers.',
     'attack', '2024-04-19', 'Deir-ez-Zor'),
    ('Russian warplanes dropped bombs on the outskirts of Al-Rami in Jabal al-Zawiya in the southern countryside of Idlib on Friday, killing a fighter.',
     'airstrike', '2024-04-19', 'Idleb'),
    ('Unknown persons detonated an explosive device in a car belonging to a regime officer in Jableh city on Friday, killing him.',
     'ied_landmine', '2024-04-19', 'Lattakia'),
    ('Armed men abducted a child on his way to school in the town of Al-Mazraa in the western countryside of Sweida on Friday.',
     'abduction', '2024-04-19', 'As-Sweida'),
    ('Warplanes believed to be Russian carried out several raids on the hills of Kabana in the northeastern countryside of Latakia on Friday, killing two jihadists.',
     'airstrike', '2024-04-19', 'Lattakia'),
    ('A regime officer died of wounds he sustained when his car was hit by a guided missile fired by HTS near Kafr Nabl in southern Idlib on Friday.',
     'shelling', '2024-04-19', 'Idleb'),
    ('An artillery shell landed on a house in the town of Tal Rifaat in the northern countryside of Aleppo on Friday, killing two children.',
     'shelling', '2024-04-19', 'Aleppo'),
    ('The body of a man who had been abducted a week ago was found dumped near the town of Ibtaa in Daraa countryside on Friday.',
     'other', '2024-04-19', "Dar'a"),
    ('A young man was killed on Friday by an exploding landmine planted by ISIS in the vicinity of Al-Kasra in the western countryside of Deir Ezzor.',
     'ied_landmine', '2024-04-19', 'Deir-ez-Zor'),
    ('Fighters of the Turkish-backed factions infiltrated SDF positions near Ain Issa in Raqqa countryside at dawn today, killing three SDF members.',
     'attack', '2024-04-20', 'Ar-Raqqa'),
    ('Unknown attackers on a motorcycle threw a hand grenade at a shop in the town of Tafas, west of Daraa, on Friday, wounding four people.',
     'attack', '2024-04-19', "Dar'a"),  # a thrown grenade is an attack (the written sets label it so)
    ('HTS executed a man in public in the town of Sarmada in northern Idlib on Friday after accusing him of murder.',
     'execution', '2024-04-19', 'Idleb'),
    ('Regime forces imposed a tight siege on the city of Daraa al-Balad on Friday, cutting off water and electricity.',
     'siege', '2024-04-19', "Dar'a"),
    ('A Turkish drone carried out a strike on a car in the city of Qamishli in Al-Hasakah on Friday, killing an SDF commander.',
     'drone_strike', '2024-04-19', 'Al-Hasakeh'),
    ('Coalition helicopters carried out an airdrop operation near Al-Busayrah in Deir Ezzor countryside at dawn today, killing an ISIS leader.',
     'attack', '2024-04-20', 'Deir-ez-Zor'),
    ('Two regime soldiers were killed in a HTS sniping operation on the axis of Al-Fatira in the southern countryside of Idlib on Friday.',
     'attack', '2024-04-19', 'Idleb'),
    ('Israeli warplanes targeted a convoy of trucks near Albu Kamal on the Syrian-Iraqi border last night, killing eight pro-Iranian militiamen.',
     'airstrike', '2024-04-19', 'Deir-ez-Zor'),
]


@pytest.mark.parametrize(("text", "kind", "day", "governorate"), MORE)
def test_less_common_wordings_of_weapons_days_and_places(text: str, kind: str, day: str | None, governorate: str | None,
                                                         geocoder: Geocoder) -> None:
    assert rows(text, geocoder) == [(kind, day, governorate)]


# --- dates relative to the publication day ---------------------------------------------------------------------------

DATES = [
    ('Regime forces shelled the town of Ariha in southern Idlib earlier this week, killing a woman.',
     'shelling', None, 'Idleb'),
    ('Regime forces shelled the town of Ariha in southern Idlib on April 14, killing a woman.',
     'shelling', '2024-04-14', 'Idleb'),
    ('Regime forces shelled the town of Ariha in southern Idlib on the 14th of April, killing a woman.',
     'shelling', '2024-04-14', 'Idleb'),
    ('Regime forces shelled the town of Ariha in southern Idlib on Friday evening, killing a woman.',
     'shelling', '2024-04-19', 'Idleb'),
    ('Regime forces shelled the town of Ariha in southern Idlib last night, killing a woman.',
     'shelling', '2024-04-19', 'Idleb'),
    ('Regime forces shelled the town of Ariha in southern Idlib at dawn today, killing a woman.',
     'shelling', '2024-04-20', 'Idleb'),
    ('Regime forces shelled the town of Ariha in southern Idlib yesterday, killing a woman.',
     'shelling', '2024-04-19', 'Idleb'),
    ('Regime forces shelled the town of Ariha in southern Idlib on Saturday, killing a woman.',
     'shelling', '2024-04-20', 'Idleb'),
    ('Regime forces shelled the town of Ariha in southern Idlib on Wednesday afternoon, killing a woman.',
     'shelling', '2024-04-17', 'Idleb'),
    ('Regime forces shelled the town of Ariha in southern Idlib on the morning of April 12, killing a woman.',
     'shelling', '2024-04-12', 'Idleb'),
    ('Regime forces shelled the town of Ariha in southern Idlib the day before yesterday, killing a woman.',
     'shelling', '2024-04-18', 'Idleb'),
    ('Regime forces shelled the town of Ariha in southern Idlib on 14/04/2024, killing a woman.',
     'shelling', '2024-04-14', 'Idleb'),
]


@pytest.mark.parametrize(("text", "kind", "day", "governorate"), DATES)
def test_the_day_of_an_event_relative_to_publication(text: str, kind: str, day: str | None, governorate: str | None,
                                                     geocoder: Geocoder) -> None:
    assert rows(text, geocoder) == [(kind, day, governorate)]


@pytest.mark.parametrize(("phrase", "day"), [
    ("the day before yesterday", date(2024, 4, 18)),
    ("two days ago", date(2024, 4, 18)),
    ("3 days ago", date(2024, 4, 17)),
    ("on 14/04/2024", date(2024, 4, 14)),
    ("on 14.4.2024", date(2024, 4, 14)),
    ("on Friday evening", date(2024, 4, 19)),
    ("at dawn today", date(2024, 4, 20)),
    ("on 2024-04-14", date(2024, 4, 14)),
    ("on the 14th, gunmen", date(2024, 4, 14)),
    ("on the 25th, gunmen", date(2024, 3, 25)),
    ("on the 14th of April", date(2024, 4, 14)),
    ("last Friday", date(2024, 4, 19)),
    ("on Sunday", date(2024, 4, 14)),
    ("on the night of Friday to Saturday", date(2024, 4, 19)),
])
def test_date_phrases_resolve_against_the_publication_day(phrase: str, day: date) -> None:
    assert resolve(phrase, PUBLISHED) == day


def test_a_figure_date_that_is_no_day_is_not_a_date() -> None:
    assert resolve("on 31/02/2024", PUBLISHED) is None
    assert resolve("on the 31st", date(2024, 3, 3)) is None  # no 31st of February


def test_a_bare_day_of_the_month_in_january_is_in_december_of_the_year_before() -> None:
    assert resolve("on the 30th", date(2024, 1, 3)) == date(2023, 12, 30)


def test_a_bare_day_of_the_month_dates_an_incident(geocoder: Geocoder) -> None:
    text = "On the 12th, ISIS cells attacked a regime post near Al-Sukhnah in the eastern countryside of Homs, killing two soldiers."
    assert rows(text, geocoder) == [("attack", "2024-04-12", "Homs")]


# --- the ways a place is named ---------------------------------------------------------------------------------------

PLACES = [
    ('ISIS cells attacked a regime position in the southern desert of Raqqa on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Ar-Raqqa'),
    ('ISIS cells attacked a regime position east of Palmyra on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Homs'),
    ('ISIS cells attacked a regime position on the outskirts of Deir Ezzor city on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Deir-ez-Zor'),
    ('ISIS cells attacked a regime position in Hama countryside on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Hama'),
    ('ISIS cells attacked a regime position between Al-Sukhnah and Palmyra on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Homs'),
    ('ISIS cells attacked a regime position on the Ithriya-Khanasir road on Friday, killing two soldiers.',
     'attack', '2024-04-19', None),
    ('ISIS cells attacked a regime position near the T3 station on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Homs'),
    ('ISIS cells attacked a regime position on the west bank of the Euphrates in Deir Ezzor on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Deir-ez-Zor'),
    ('ISIS cells attacked a regime position in Al-Qaryatayn in the eastern countryside of Homs on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Homs'),
    ('ISIS cells attacked a regime position in Raqqa governorate on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Ar-Raqqa'),
    ('ISIS cells attacked a regime position in Deir ez-Zor province on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Deir-ez-Zor'),
    ('ISIS cells attacked a regime position near as-Sukhnah on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Homs'),
    ('ISIS cells attacked a regime position near ad-Dumayr on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Rural Damascus'),
    ('ISIS cells attacked a regime position near ar-Rastan on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Homs'),
    ('ISIS cells attacked a regime position in the desert of Sweida on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'As-Sweida'),
    ('ISIS cells attacked a regime position in the Badia of Palmyra on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Homs'),
    ('ISIS cells attacked a regime position near the T-3 station on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Homs'),
    ('ISIS cells attacked a regime position near the T2 pumping station on Friday, killing two soldiers.',
     'attack', '2024-04-19', 'Deir-ez-Zor'),
    ('A military vehicle hit a roadside bomb on the Deraa-Damascus highway on Monday, killing two soldiers.',
     'ied_landmine', '2024-04-15', None),
]


@pytest.mark.parametrize(("text", "kind", "day", "governorate"), PLACES)
def test_the_governorate_of_a_place_however_it_is_named(text: str, kind: str, day: str | None, governorate: str | None,
                                                        geocoder: Geocoder) -> None:
    assert rows(text, geocoder) == [(kind, day, governorate)]


# --- reports that tell two events, or one event twice ----------------------------------------------------------------

SPLITS = [
    ('Regime forces shelled the town of Kansafra in southern Idlib on Friday, killing a child. Meanwhile, ISIS cells attacked an SDF checkpoint near Al-Shuhayl in the eastern countryside of Deir Ezzor on Thursday, killing two fighters.',
     [('shelling', '2024-04-19', 'Idleb'), ('attack', '2024-04-18', 'Deir-ez-Zor')]),
    ('Three soldiers killed in ISIS ambush in Homs desert\nThree regime soldiers were killed on Friday when ISIS cells ambushed their vehicle near Al-Sukhnah in the eastern desert of Homs.',
     [('ambush', '2024-04-19', 'Homs')]),
    ('A landmine exploded in Al-Mayadin desert on Tuesday, killing a shepherd, and on Wednesday Russian warplanes bombed ISIS hideouts in the desert of Al-Rasafa in Raqqa, killing five militants.',
     [('ied_landmine', '2024-04-16', 'Deir-ez-Zor'), ('airstrike', '2024-04-17', 'Ar-Raqqa')]),
    ('Drone strike kills two SDF members in Hasakah countryside\nTwo SDF members were killed on Friday when a Turkish drone targeted their car near Tal Tamr in Al-Hasakah countryside.',
     [('drone_strike', '2024-04-19', 'Al-Hasakeh')]),
    ('Regime forces shelled the town of Kansafra in southern Idlib on Friday, killing a child.\nIn a separate incident, gunmen kidnapped a pharmacist in the city of Daraa on Friday.',
     [('shelling', '2024-04-19', 'Idleb'), ('abduction', '2024-04-19', "Dar'a")]),
    ('ISIS cells ambushed a regime convoy near Al-Sukhnah in the eastern desert of Homs on Friday, killing four soldiers, while Russian warplanes carried out airstrikes on ISIS hideouts in the Badia of Al-Rasafa in Raqqa, killing three militants.',
     [('ambush', '2024-04-19', 'Homs'), ('airstrike', '2024-04-19', 'Ar-Raqqa')]),
    ('Russian warplanes carried out 24 airstrikes on ISIS positions in the Syrian desert during the past week. On Friday, two civilians were killed when a landmine exploded near Maadan in the eastern countryside of Raqqa.',
     [('ied_landmine', '2024-04-19', 'Ar-Raqqa')]),
    ('Four regime soldiers killed in ISIS attack east of Homs\nISIS cells attacked a regime post near Al-Sukhnah in the eastern countryside of Homs on Friday, killing four soldiers. The attackers used machine guns and rocket-propelled grenades, and withdrew towards the desert.',
     [('attack', '2024-04-19', 'Homs')]),
    ('A landmine exploded under a car near Maadan in the eastern countryside of Raqqa on Thursday, killing two civilians. Two SDF fighters were killed by a Turkish drone strike near Kobani on Friday.',
     [('ied_landmine', '2024-04-18', 'Ar-Raqqa'), ('drone_strike', '2024-04-19', 'Aleppo')]),
    ('Regime shelling on the town of Al-Bara in Jabal al-Zawiya killed two civilians on Friday. The death toll of the shelling has risen to four after two injured died of their wounds.',
     [('shelling', '2024-04-19', 'Idleb')]),
    ('Russian jets struck the outskirts of Idlib city on Friday, killing two fighters. Elsewhere, an IED exploded in a car in Jarablus in the eastern countryside of Aleppo, killing a civilian.',
     [('airstrike', '2024-04-19', 'Idleb'), ('ied_landmine', '2024-04-19', 'Aleppo')]),
    ('Three soldiers were killed when ISIS cells ambushed a regime bus on the Palmyra-Deir Ezzor road on Friday. State media confirmed the ambush, saying that the attack took place near Kabajeb.',
     [('ambush', '2024-04-19', 'Deir-ez-Zor')]),
    ('ISIS cells attacked regime positions in Al-Kawm and Al-Tayba, north of Al-Sukhnah in Homs desert, on Friday, killing five soldiers.',
     [('attack', '2024-04-19', 'Homs')]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_incidents_are_split_by_event_not_by_sentence(text: str, expected: list[tuple[str, str, str]],
                                                      geocoder: Geocoder) -> None:
    assert rows(text, geocoder) == expected


def test_two_events_of_one_kind_on_two_days_in_one_sentence_are_two(geocoder: Geocoder) -> None:
    text = ("Regime forces shelled the town of Kansafra on Monday, killing a child, and on Tuesday regime artillery "
            "shelled the town of Ariha in Idlib, killing two women.")
    assert [(k, d) for k, d, _ in rows(text, geocoder)] == [("shelling", "2024-04-15"), ("shelling", "2024-04-16")]


def test_a_fresh_attack_in_its_own_paragraph_after_a_period_total_is_an_incident(geocoder: Geocoder) -> None:
    text = ("Since the start of the year, 210 regime soldiers have been killed in attacks by ISIS cells in the Syrian "
            "desert.\nIn the latest attack, ISIS members ambushed a regime bus near Palmyra on Friday, killing four soldiers.")
    assert rows(text, geocoder) == [("ambush", "2024-04-19", "Homs")]


def test_a_fresh_attack_in_the_same_paragraph_as_a_period_total_is_an_incident(geocoder: Geocoder) -> None:
    text = ("Since the start of the year, 210 regime soldiers have been killed in attacks by ISIS cells in the Syrian "
            "desert. In the latest attack, ISIS members ambushed a regime bus near Palmyra on Friday, killing four soldiers.")
    assert rows(text, geocoder) == [("ambush", "2024-04-19", "Homs")]


@pytest.mark.parametrize(("name", "governorate"), [
    ("T3", "Homs"), ("the T-4 airbase", "Homs"), ("T2 pumping station", "Deir-ez-Zor"), ("T9", None), ("Tadmur", None),
])
def test_desert_landmarks_named_by_code(name: str, governorate: str | None) -> None:
    assert landmark_governorate(name) == governorate
