"""Audit of the actor lexicon against SCHEMA.md's side conventions: each armed group, force or agency that SOHR and the
outlets relaying it name (2011-2024), in the spellings they use, as the dead and as the doer of a short sentence.

* ``GROUPS``: (name as written, side, publication day or None for the tests' default day). Each name is put as the dead
  ("Three members of X were killed ...") and as the doer ("X attacked a checkpoint ..., killing two civilians").
* ``SCENES``: sentences naming a group in the setting where its side is decided: pro-Iranian militiamen (not ISIS), PKK
  cadres, coalition-backed military councils, SNA factions (not rebels), Syrian members of Iranian-backed militias
  (regime), ex-rebels in Daraa by whether they joined a regime formation, and the "Free Syrian Army" by its scene:
  Turkey's factions where the text names Turkey or its held areas (after Euphrates Shield), the rebels elsewhere;
  the YPG, Asayish and PKK are the SDF's side also before the SDF was formed, while "military council" then is no one's
  (the FSA had military councils in 2012-2014);
* police with no authority named: the factions' in a sentence set in the Turkish-held north, the state's elsewhere;
  so are bare "factions" in a paragraph set there (after August 2016);
* nationals ("two Iraqis") stand for a foreign militia save in a residents' camp (al-Hol, Roj, camps of the displaced),
  where they are people of no side; the PKK by name is the SDF's in Syria and no side in a sentence set in Iraq or
  Turkey.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract import extract_report, to_contract
from observatory.extract.actors import ActorLexicon
from observatory.models import Report

_DAY = date(2021, 3, 1)

GROUPS: list[tuple[str, str, str | None]] = [
    ("the 4th Division", "regime", None),
    ("the Fourth Armoured Division", "regime", None),
    ("the 25th Special Mission Forces Division", "regime", None),
    ("the Tiger Forces", "regime", None),
    ("the Republican Guard", "regime", None),
    ("the Air Force Intelligence", "regime", None),
    ("the Military Security branch", "regime", None),
    ("the State Security", "regime", None),
    ("the Political Security", "regime", None),
    ("the National Defence Forces", "regime", None),
    ("the NDF", "regime", None),
    ("the Baath Brigades", "regime", None),
    ("the Desert Hawks", "regime", None),
    ("the ISIS Hunters", "regime", None),
    ("the Qaterji militia", "regime", None),
    ("Liwa al-Quds", "regime", None),
    ("Liwaa al-Baqir", "regime", None),
    ("the 5th Corps", "regime", None),
    ("the Fifth Assault Corps", "regime", None),
    ("the 8th Brigade", "regime", None),
    ("the Eighth Brigade of the Fifth Corps", "regime", None),
    ("the Military Intelligence Division", "regime", None),
    ("the Syrian Arab Army", "regime", None),
    ("the Fourth Division's Security Office", "regime", None),
    ("the National Defense Forces", "regime", None),
    ("the Palestine Liberation Army", "regime", None),
    ("the Syrian Social Nationalist Party", "regime", None),
    ("the Al-Bustan Association militia", "regime", None),
    ("Hezbollah", "pro_iran_foreign", None),
    ("the Lebanese Hezbollah", "pro_iran_foreign", None),
    ("the Fatemiyoun Brigade", "pro_iran_foreign", None),
    ("Liwa Fatemiyoun", "pro_iran_foreign", None),
    ("the Zainabiyoun Brigade", "pro_iran_foreign", None),
    ("the Haidariyoun", "pro_iran_foreign", None),
    ("Kataib Hezbollah", "pro_iran_foreign", None),
    ("Harakat al-Nujaba", "pro_iran_foreign", None),
    ("al-Nujaba", "pro_iran_foreign", None),
    ("Asaib Ahl al-Haq", "pro_iran_foreign", None),
    ("Abu al-Fadl al-Abbas Brigade", "pro_iran_foreign", None),
    ("Liwa Abu al-Fadl al-Abbas", "pro_iran_foreign", None),
    ("the IRGC", "pro_iran_foreign", None),
    ("the Iranian Revolutionary Guard Corps", "pro_iran_foreign", None),
    ("the Quds Force", "pro_iran_foreign", None),
    ("Kataib Sayyid al-Shuhada", "pro_iran_foreign", None),
    ("the Popular Mobilisation Forces", "pro_iran_foreign", None),
    ("the Hashd al-Shaabi", "pro_iran_foreign", None),
    ("pro-Iranian militiamen", "pro_iran_foreign", None),
    ("Iranian-backed militiamen", "pro_iran_foreign", None),
    ("the Wagner Group", "russia", None),
    ("Wagner mercenaries", "russia", None),
    ("the Russian military police", "russia", None),
    ("Russian forces", "russia", None),
    ("ISIS", "isis", None),
    ("Daesh", "isis", None),
    ("IS", "isis", None),
    ("the Islamic State", "isis", None),
    ("ISIS cells", "isis", None),
    ("the Islamic State's Wilayat al-Sham", "isis", None),
    ("HTS", "hts_rebels", None),
    ("Hayat Tahrir al-Sham", "hts_rebels", None),
    ("Jabhat Fateh al-Sham", "hts_rebels", None),
    ("Hurras al-Din", "hts_rebels", None),
    ("Hurras al-Deen", "hts_rebels", None),
    ("the Turkistan Islamic Party", "hts_rebels", None),
    ("the Turkestan Islamic Party", "hts_rebels", None),
    ("Ansar al-Tawhid", "hts_rebels", None),
    ("Jaysh al-Izza", "hts_rebels", None),
    ("Jaish al-Izza", "hts_rebels", None),
    ("the National Liberation Front", "hts_rebels", None),
    ("Ahrar al-Sham", "hts_rebels", None),
    ("the Fath al-Mubin operations room", "hts_rebels", None),
    ("Jaysh al-Ahrar", "hts_rebels", None),
    ("Ajnad al-Kavkaz", "hts_rebels", None),
    ("the Uyghur fighters", "hts_rebels", None),
    ("Jabhat al-Nusra", "hts_rebels", "2015-05-01"),
    ("al-Nusra Front", "hts_rebels", "2015-05-01"),
    ("Nour al-Din al-Zenki", "hts_rebels", None),
    ("Jaysh al-Nasr", "hts_rebels", None),
    ("the Sultan Murad Division", "turkey_factions", None),
    ("the Hamza Division", "turkey_factions", None),
    ("the Sultan Suleiman Shah Division", "turkey_factions", None),
    ("the Amshat", "turkey_factions", None),
    ("Ahrar al-Sharqiya", "turkey_factions", None),
    ("Jaysh al-Sharqiya", "turkey_factions", None),
    ("the Levant Front", "turkey_factions", None),
    ("al-Jabha al-Shamiya", "turkey_factions", None),
    ("Faylaq al-Majd", "turkey_factions", None),
    ("the Mutasim Division", "turkey_factions", None),
    ("the Sultan Mehmed al-Fatih Division", "turkey_factions", None),
    ("the Samarkand Brigade", "turkey_factions", None),
    ("the Northern Hawks Brigade", "turkey_factions", None),
    ("the Syrian National Army", "turkey_factions", None),
    ("the SNA's military police", "turkey_factions", None),
    ("the Turkish army", "turkey_factions", None),
    ("the Turkish gendarmerie", "turkey_factions", None),
    ("the Jandarma", "turkey_factions", None),
    ("the Turkish intelligence", "turkey_factions", None),
    ("the MIT", "turkey_factions", None),
    ("the Third Legion", "turkey_factions", None),
    ("the Azm Unified Command", "turkey_factions", None),
    ("the SDF", "sdf", None),
    ("the YPG", "sdf", None),
    ("the YPJ", "sdf", None),
    ("the Asayish", "sdf", None),
    ("the Internal Security Forces", "sdf", None),
    ("the HAT", "sdf", None),
    ("the Anti-Terror Units", "sdf", None),
    ("the Manbij Military Council", "sdf", None),
    ("the Deir Ezzor Military Council", "sdf", None),
    ("the Al-Bab Military Council", "sdf", None),
    ("the Syriac Military Council", "sdf", None),
    ("the Northern Democratic Brigade", "sdf", None),
    ("Jaysh al-Thuwar", "sdf", None),
    ("the Sanadid Forces", "sdf", None),
    ("al-Sanadid", "sdf", None),
    ("the Self-Defence Forces", "sdf", None),
    ("the self-defence conscripts", "sdf", None),
    ("the PKK cadres", "sdf", None),
    ("the Kurdistan Workers' Party", "sdf", None),
    ("the Women's Protection Units", "sdf", None),
    ("the Tal Abyad Military Council", "sdf", None),
    ("the US forces", "coalition", None),
    ("the international coalition", "coalition", None),
    ("French special forces", "coalition", None),
    ("British special forces", "coalition", None),
    ("the US-led coalition", "coalition", None),
    ("the Men of Dignity", "hts_rebels", None),
    ("the Mountain Brigade", "hts_rebels", None),
    ("Liwa al-Jabal", "hts_rebels", None),
    ("the Ghaith Forces", "regime", None),
    ("the Qalamoun Shield Forces", "regime", None),
    ("the Syrian Arab Air Force", "regime", None),
    ("the Iranian Basij", "pro_iran_foreign", None),
    ("Hezbollah al-Nujaba", "pro_iran_foreign", None),
    ("the Zulfiqar Brigade", "pro_iran_foreign", None),
    ("Russian special forces", "russia", None),
    ("the Chechen military police", "russia", None),
    ("Jaysh Khalid ibn al-Walid", "isis", None),
    ("the Yarmouk Martyrs Brigade", "isis", None),
    ("the Free Idlib Army", "hts_rebels", None),
    ("the First Coastal Division", "hts_rebels", None),
    ("the Sultan Malik Shah Division", "turkey_factions", None),
    ("the Peace Spring factions", "turkey_factions", None),
    ("the Community Protection Forces", "sdf", None),
    ("the US Central Command", "coalition", None),
    ("the Shamiyah Front", "turkey_factions", None),
    ("the Islamic Front", "hts_rebels", None),
    ("Jaish al-Fateh", "hts_rebels", None),
    ("the Afrin Liberation Forces", "sdf", None),
    ("the Northern Storm Brigade", "turkey_factions", None),
    ("Isis", "isis", None),
    ("Isil militants", "isis", None),
    ("the QSD", "sdf", None),
    ("the Moscow-backed militia", "regime", None),
]

#: Names in the possessive ("the SNA's military police") are the dead's side, but the doer test reads the possessor as
#: the owner of a thing, not the subject of the verb: left to the event rules.
_POSSESSIVE = frozenset(name for name, _side, _day in GROUPS if "'s " in name)

SCENES: list[tuple[str, str, str | None, str | None]] = [
    ('Two pro-Iranian militiamen were killed on Sunday when a drone struck their vehicle near Al-Bukamal in the eastern countryside of Deir Ezzor.',
     "pro_iran_foreign", None, None),
    ('A drone of unknown origin targeted a car of pro-Iranian militiamen near Al-Mayadin on Sunday, killing two of them.',
     "pro_iran_foreign", None, None),
    ('Three fighters of the Iraqi Kataib Hezbollah were killed in an airstrike on their base near Al-Bukamal on Friday.',
     "pro_iran_foreign", None, None),
    ('Unidentified aircraft struck positions of the Afghan Fatemiyoun near Palmyra on Monday, killing four of its members.',
     "pro_iran_foreign", None, None),
    ('A Turkish drone killed two PKK cadres in a car near Qamishli on Tuesday.',
     "sdf", "turkey_factions", None),
    ("Turkish drones struck a vehicle near Qamishli on Tuesday, killing two cadres of the Kurdistan Workers' Party.",
     "sdf", "turkey_factions", None),
    ('ISIS cells attacked a checkpoint of the coalition-backed Deir Ezzor Military Council near Al-Busayrah on Monday, killing three of its members.',
     "sdf", "isis", None),
    ('Three members of the coalition-backed military council were killed by ISIS gunmen near Dhiban on Monday.',
     "sdf", "isis", None),
    ('Two members of the Turkish-backed Sultan Murad Division were killed in an SDF infiltration near Al-Bab on Sunday.',
     "turkey_factions", None, None),
    ('Four fighters of the Hamza Division were killed on Sunday in clashes with the SDF near Manbij.',
     "turkey_factions", None, None),
    ('Three fighters of the Amshat faction were killed in infighting with Ahrar al-Sharqiya near Afrin on Sunday.',
     "turkey_factions", None, None),
    ("Two members of the SNA's military police were killed in a bomb blast in Afrin on Sunday.",
     "turkey_factions", None, None),
    ('ISIS gunmen killed five soldiers of the 25th Division near Ithriyah on Friday.',
     "regime", "isis", None),
    ('Four members of the ISIS Hunters militia were killed in an ISIS ambush near Al-Sukhnah on Friday.',
     "regime", None, None),
    ('Three members of the Military Security were killed by unknown gunmen near Tafas in Daraa on Friday.',
     "regime", None, None),
    ('Unknown gunmen shot dead two former rebels who had joined the Military Security in Tafas in Daraa on Friday.',
     "regime", None, "2022-05-01"),
    ('Unknown gunmen shot dead two former rebels who had not joined any regime formation in Tafas in Daraa on Friday.',
     "hts_rebels", None, "2022-05-01"),
    ('A member of the Air Force Intelligence was killed by gunmen in Inkhil in Daraa on Friday.',
     "regime", None, None),
    ('Two members of the Fourth Division were killed in an explosion near Maarat al-Numan on Thursday.',
     "regime", None, None),
    ('Two members of the National Defense Forces were killed in an attack near Al-Sukhnah on Thursday.',
     "regime", None, None),
    ('Two Baath Brigades militiamen were killed in an attack near Al-Sukhnah on Thursday.',
     "regime", None, None),
    ('A Russian soldier was killed by a landmine explosion near Al-Sukhnah on Thursday.',
     "russia", None, None),
    ('Two Wagner mercenaries were killed by a landmine explosion near Palmyra on Thursday.',
     "russia", None, None),
    ('A coalition drone killed two ISIS leaders near Al-Bab on Thursday.',
     "isis", "coalition", None),
    ('Regime forces killed three members of the "Islamic State" organization in clashes in the Badia on Thursday.',
     "isis", "regime", None),
    ('The SDF killed three ISIS cell members in a raid near Al-Shuhayl on Thursday.',
     "isis", "sdf", None),
    ('Regime shelling killed three fighters of the Turkistan Islamic Party near Jisr al-Shughur on Thursday.',
     "hts_rebels", "regime", None),
    ('Russian warplanes killed four Uyghur fighters near Jisr al-Shughur on Thursday.',
     "hts_rebels", "russia", None),
    ('Regime forces killed three Hurras al-Deen members near Jisr al-Shughur on Thursday.',
     "hts_rebels", "regime", None),
    ('Regime snipers killed a fighter of the National Front for Liberation near Kafr Nabl on Thursday.',
     "hts_rebels", "regime", None),
    ('Regime snipers killed a fighter of the Jaysh al-Izza near Kafr Zita in Hama on Thursday.',
     "hts_rebels", "regime", None),
    ('Two US soldiers were killed in a drone attack on a base near Al-Shaddadi on Thursday.',
     "coalition", None, None),
    ('Two members of the Eighth Brigade were killed by an IED in Bosra al-Sham on Thursday.',
     "regime", None, None),
    ('Two members of the Russian-backed 5th Corps were killed by an IED in Bosra al-Sham on Thursday.',
     "regime", None, None),
    ('Two members of the Asayish were killed in an attack by ISIS cells in Raqqa on Thursday.',
     "sdf", None, None),
    ('Two fighters of the Northern Democratic Brigade were killed by Turkish shelling near Tal Rifaat on Thursday.',
     "sdf", None, None),
    ('Two members of the Anti-Terror Units were killed in an ISIS attack near Al-Hol on Thursday.',
     "sdf", None, None),
    ('Two members of al-Sanadid Forces were killed in an ISIS attack near Tal Hamis on Thursday.',
     "sdf", None, None),
    ('Two Syrian members of Iranian-backed militias were killed in a strike near Al-Mayadin on Thursday.',
     "regime", None, None),
    ('Two Hezbollah members were killed in an Israeli strike near Al-Qusayr on Thursday.',
     "pro_iran_foreign", None, None),
    ('Two Iraqi members of the Nujaba movement were killed in an Israeli strike near Albukamal on Thursday.',
     "pro_iran_foreign", None, None),
    ('Two members of the IRGC were killed in an Israeli strike near Damascus on Thursday.',
     "pro_iran_foreign", None, None),
    ('Two militiamen of Iranian-backed groups were killed in an Israeli strike near Damascus on Thursday.',
     "pro_iran_foreign", None, None),
    ('Two fighters of HTS were killed in Russian airstrikes near Idlib on Thursday.',
     "hts_rebels", None, None),
    ('Two Turkish soldiers were killed in a rocket attack by the SDF on a base near Azaz on Thursday.',
     "turkey_factions", "sdf", None),
    ('Two members of the Turkish Jandarma were killed in a rocket attack near Azaz on Thursday.',
     "turkey_factions", None, None),
    ('Two fighters of the Men of Dignity movement were killed in Sweida on Thursday.',
     "hts_rebels", None, None),
    ('Unknown gunmen shot dead an FSA commander who refused to join the regime formations in Jasim in Daraa on Friday.',
     "hts_rebels", None, "2020-06-01"),
    ('Two members of the Free Syrian Army were killed by regime snipers in Daraa al-Balad on Friday.',
     "hts_rebels", None, "2020-06-01"),
    ('Two members of the Free Syrian Army were killed by regime shelling in Azaz on Friday.',
     "hts_rebels", None, "2013-06-01"),
    ('Two members of the Free Syrian Army were killed in clashes with the SDF near Tal Tamr on Friday, as Turkish forces pressed their offensive.',
     "turkey_factions", None, "2019-10-15"),
    ('Two members of the Free Syrian Army were killed by a mine in Jandairis on Friday.',
     "turkey_factions", None, "2018-03-01"),
    ('Two members of the Free Syrian Army were killed in clashes with the SDF near Manbij on Friday, as Turkish forces pressed their offensive.',
     "turkey_factions", None, None),
    ('Two members of the Free Syrian Army were killed by a mine near Nawa in Daraa on Friday.',
     "hts_rebels", None, None),
    # two names in one phrase (a backer and the group), and Kurdish forces before the SDF was formed (Oct 2015)
    ('Two members of the Iranian-backed Local Defence Forces were killed by ISIS cells near Maadan on Friday.',
     "regime", None, None),
    ('Two members of the Iranian-backed Liwaa al-Baqir militia were killed by ISIS cells near Maadan on Friday.',
     "regime", None, None),
    ('Two members of the Russian-backed ISIS Hunters were killed by ISIS cells near Al-Sukhnah on Friday.',
     "regime", None, None),
    ('Two pro-Iranian Syrian militiamen were killed by ISIS cells near Maadan on Friday.',
     "regime", None, None),
    ('Two Syrian fighters of Hezbollah-backed groups were killed by ISIS cells near Maadan on Friday.',
     "regime", None, None),
    ('Two members of the Iran-backed Fatemiyoun Brigade were killed by ISIS cells near Palmyra on Friday.',
     "pro_iran_foreign", None, None),
    ('Two members of the Russian-backed Fifth Corps were killed by ISIS cells near Palmyra on Friday.',
     "regime", None, None),
    ('Two members of the US-backed Deir Ezzor Military Council were killed by ISIS cells near Hajin on Friday.',
     "sdf", None, None),
    ('Two members of the Turkish-backed Jaysh al-Islam were killed by SDF shelling near Al-Bab on Friday.',
     "turkey_factions", None, None),
    ('Two members of the Turkistan Islamic Party, an ally of HTS, were killed by Russian airstrikes near Jisr al-Shughur on Friday.',
     "hts_rebels", None, None),
    ('Three YPG fighters were killed in clashes with ISIS in Kobani on Friday.',
     "sdf", None, "2014-10-01"),
    ('Three members of the Kurdish Asayish were killed in a car bomb in Qamishli on Friday.',
     "sdf", None, "2014-10-01"),
    ('Three members of the National Defence Forces were killed in a car bomb in Qamishli on Friday.',
     "regime", None, "2014-10-01"),
    ('Three members of the Islamic State were killed in clashes with the YPG in Kobani on Friday.',
     "isis", None, "2014-10-01"),
    ('Two militiamen of the Iraqi Popular Mobilisation were killed by a drone near Albukamal on Friday.',
     "pro_iran_foreign", None, None),
]


def _row(text: str, day: str | None) -> dict:
    published = date.fromisoformat(day) if day else _DAY
    return to_contract("t", extract_report(Report(text=text, published=published)))


def _killed(row: dict) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in row["incidents"]:
        for side, n in incident["killed"].items():
            if n:
                out[side] = out.get(side, 0) + n
    return out


@pytest.mark.parametrize(("name", "side", "day"), GROUPS)
def test_group_named_as_the_dead(name: str, side: str, day: str | None) -> None:
    text = (f"Clashes near Maadan\n\nThree members of {name} were killed on Monday in an attack near Maadan in the eastern "
            "countryside of Raqqa.")
    assert _killed(_row(text, day)) == {side: 3}


@pytest.mark.parametrize(("name", "side", "day"), [g for g in GROUPS if g[0] not in _POSSESSIVE])
def test_group_named_as_the_doer(name: str, side: str, day: str | None) -> None:
    text = (f"Attack near Maadan\n\n{name} attacked a checkpoint near Maadan in the eastern countryside of Raqqa on Monday, "
            "killing two civilians.")
    assert [i["perpetrator"] for i in _row(text, day)["incidents"]] == [side]


@pytest.mark.parametrize(("sentence", "dead", "doer", "day"), SCENES)
def test_group_in_its_scene(sentence: str, dead: str, doer: str | None, day: str | None) -> None:
    row = _row("Monitor report\n\n" + sentence, day)
    assert set(_killed(row)) == {dead}
    if doer is not None:
        assert [i["perpetrator"] for i in row["incidents"]] == [doer]


@pytest.mark.parametrize(("text", "day", "side"), [
    ("A member of the FSA was shot dead in Nawa.", date(2020, 6, 1), "hts_rebels"),
    ("A member of the FSA was killed by a mine near Jandairis.", date(2020, 6, 1), "turkey_factions"),
    ("A member of the FSA was killed near Manbij as Turkish drones flew overhead.", date(2020, 6, 1), "turkey_factions"),
    ("A member of the FSA was killed near Azaz by regime shelling.", date(2013, 6, 1), "hts_rebels"),
    ("A fighter of the Syrian Free Army was killed by a landmine near Al-Tanf.", date(2023, 6, 1), "hts_rebels"),
    ("A fighter of the Syrian Free Army was killed by SDF shelling near Afrin.", date(2023, 6, 1), "turkey_factions"),
])
def test_free_syrian_army_by_scene(text: str, day: date, side: str) -> None:
    assert ActorLexicon.default().find(text, on=day)[0].side == side


@pytest.mark.parametrize(("phrase", "side"), [("YPG fighters", "sdf"), ("the Asayish", "sdf"), ("PKK cadres", "sdf"),
                                              ("the Aleppo Military Council", None), ("the SDF", None)])
def test_kurdish_forces_before_the_sdf(phrase: str, side: str | None) -> None:
    found = ActorLexicon.default().find(phrase, on=date(2014, 10, 1))
    assert (found[0].side if found else None) == side


@pytest.mark.parametrize(("sentence", "killed"), [
    ("A car bomb killed two members of the military police in Afrin on Friday.", {"turkey_factions": 2}),
    ("A bomb planted in a car went off near a police station in the city of Azaz on Friday, killing three policemen and "
     "two civilians.", {"turkey_factions": 3, "civilians": 2}),
    ("An explosive device killed a police officer in Jarablus on Friday.", {"turkey_factions": 1}),
    ("A bomb killed two policemen in the city of Homs on Friday.", {"regime": 2}),
])
def test_police_by_the_area_they_serve(sentence: str, killed: dict[str, int]) -> None:
    assert _killed(_row("Monitor report\n\n" + sentence, None)) == killed


@pytest.mark.parametrize(("text", "day", "side"), [
    ("Two fighters of Ahrar al-Sham were killed in clashes with the Third Legion in Afrin.", date(2022, 10, 1),
     "turkey_factions"),
    ("Two fighters of Ahrar al-Sham were killed by regime shelling near Jabal al-Zawiya.", date(2022, 10, 1), "hts_rebels"),
    ("Two fighters of Ahrar al-Sham were killed by ISIS near Azaz.", date(2014, 3, 1), "hts_rebels"),
    ("Two fighters of the Sham Legion were killed by ISIS near Azaz.", date(2014, 3, 1), "hts_rebels"),
])
def test_groups_of_two_areas_by_scene_and_day(text: str, day: date, side: str) -> None:
    assert ActorLexicon.default().find(text, on=day)[0].side == side


def test_police_before_turkey_held_the_north_are_not_the_factions() -> None:
    row = _row("Monitor report\n\nA car bomb killed two policemen in Azaz on Friday.", "2014-03-01")
    assert "turkey_factions" not in _killed(row)


@pytest.mark.parametrize(("sentence", "killed"), [
    ("An SDF infiltration near Ras al-Ain on Friday killed three members of the factions.", {"turkey_factions": 3}),
    ("A bomb went off in a car in Al-Bab on Friday, killing two members of the factions and a civilian.",
     {"turkey_factions": 2, "civilians": 1}),
    ("Regime shelling on Al-Bara killed a member of the factions on Friday.", {"hts_rebels": 1}),
])
def test_bare_factions_in_the_turkish_held_north(sentence: str, killed: dict[str, int]) -> None:
    assert _killed(_row("Monitor report\n\n" + sentence, None)) == killed


@pytest.mark.parametrize(("sentence", "killed"), [
    ("Two Iraqis were shot dead by unknown gunmen inside al-Hol camp on Friday.", {"unknown": 2}),
    ("Gunmen killed two Iraqi nationals in the fifth sector of Al-Hol camp on Friday.", {"unknown": 2}),
    ("Two Afghans were killed when a fire broke out in a camp for the displaced near Sarmada on Friday.", {"unknown": 2}),
    ("An Israeli strike on the Imam Ali camp near Albukamal killed three Iraqis on Friday.", {"pro_iran_foreign": 3}),
    ("An Israeli strike on a military camp near Damascus killed three Iranians on Friday.", {"pro_iran_foreign": 3}),
])
def test_nationals_in_a_residents_camp_are_people(sentence: str, killed: dict[str, int]) -> None:
    assert _killed(_row("Monitor report\n\n" + sentence, None)) == killed


@pytest.mark.parametrize(("text", "sides"), [
    ("Turkish drones killed two PKK cadres near Qamishli.", ["turkey_factions", "sdf"]),
    ("Turkish drones killed two cadres of the Kurdistan Workers' Party near Qamishli.", ["turkey_factions", "sdf"]),
    ("Turkey reported clashes with the PKK in northern Iraq.", ["turkey_factions"]),
    ("Turkey blamed the bombing in Istanbul on the Kurdistan Workers' Party.", ["turkey_factions"]),
])
def test_the_pkk_is_the_sdfs_in_syria_and_no_side_abroad(text: str, sides: list[str]) -> None:
    assert [m.side for m in ActorLexicon.default().find(text)] == sides
