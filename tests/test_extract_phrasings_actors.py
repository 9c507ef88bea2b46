"""Side and nationality attribution of casualty figures for less common actors (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def sums(text: str, field: str = "killed", on: date | None = None) -> dict[str, int]:
    row = to_contract("t", extract_report(Report(text=text, published=on)))
    out: dict[str, int] = {}
    for incident in row["incidents"]:
        for side, n in incident[field].items():
            out[side] = out.get(side, 0) + n
    return out


CASES: list[tuple[str, dict[str, int]] | object] = [
    # Turkish-backed factions
    ("Two fighters of the Sultan Suleiman Shah Division were killed by a landmine near Sheikh al-Hadid on Monday.",
     {"turkey_factions": 2}),
    ("Three Amshat gunmen were killed in a quarrel with relatives near Maabatli on Sunday.", {"turkey_factions": 3}),
    ("A Hamza Division commander and two of his escorts were killed when an IED exploded in al-Bab on Friday.",
     {"turkey_factions": 3}),
    ("Four members of Ahrar al-Sharqiya were killed in clashes with SDF fighters near Ain Issa on Tuesday.",
     {"turkey_factions": 4}),
    ("Five fighters of the Levant Front were killed in infighting near Azaz on Wednesday.", {"turkey_factions": 5}),
    ("An SDF infiltration attack near Marea on Thursday killed 3 Jaysh al-Islam fighters of the National Army.",
     {"turkey_factions": 3}),
    ("Turkish drones struck a car near Qamishli on Saturday, killing 2 YPJ fighters.", {"sdf": 2}),
    # SDF components
    ("Three YPG fighters were killed by Turkish shelling on the outskirts of Tal Rifaat on Monday.", {"sdf": 3}),
    ("Two Asayish members were killed when gunmen opened fire on their checkpoint in Hasakah on Friday.", {"sdf": 2}),
    ("Four members of the Manbij Military Council were killed by Turkish artillery fire near Arima on Sunday.",
     {"sdf": 4}),
    ("Gunmen killed 2 fighters of the Deir Ezzor Military Council in Thiban on Tuesday.", {"sdf": 2}),
    ("Two members of the Syriac Military Council were killed in a drone strike near Tal Tamr on Monday.", {"sdf": 2}),
    ("Three fighters of Jaysh al-Thuwar were killed in clashes near Manbij on Wednesday.", {"sdf": 3}),
    ("Unidentified gunmen killed 3 SDF members near al-Busayrah on Thursday.", {"sdf": 3}),
    # regime units
    ("Five soldiers of the 4th Division were killed when a roadside bomb struck their bus near Daraa on Monday.",
     {"regime": 5}),
    ("Two Republican Guard officers were killed by sniper fire on the Latakia front on Sunday.", {"regime": 2}),
    ("Six members of the Tiger Forces were killed in an ambush near Sukhnah on Friday.", {"regime": 6}),
    ("An attack on a checkpoint near Hama on Tuesday killed 4 members of the 25th Division.", {"regime": 4}),
    ("Gunmen killed 2 members of Air Force Intelligence in Jasim on Thursday.", {"regime": 2}),
    ("Three Military Security members were killed by an explosive device in Tafas on Saturday.", {"regime": 3}),
    ("Two Baath Brigades militiamen were killed in clashes in the Badia on Monday.", {"regime": 2}),
    ("An ISIS attack on Monday killed 7 fighters of the Quds Brigade near Palmyra.", {"regime": 7}),
    ("Four members of the 5th Corps were killed when gunmen attacked their vehicle near Busra al-Sham on Friday.",
     {"regime": 4}),
    ("Two NDF militiamen were killed by ISIS cells in the Deir Ezzor desert on Wednesday.", {"regime": 2}),
    # pro-Iran foreign groups and nationals
    ("Israeli strikes near Damascus on Tuesday killed 3 IRGC officers.", {"pro_iran_foreign": 3}),
    ("Two Hezbollah fighters were killed by an Israeli drone near Qusayr on Monday.", {"pro_iran_foreign": 2}),
    ("Five Fatemiyoun fighters were killed in an attack by ISIS cells near al-Mayadin on Friday.",
     {"pro_iran_foreign": 5}),
    ("Three Zainabiyoun militiamen were killed in the Palmyra desert on Sunday.", {"pro_iran_foreign": 3}),
    ("An airstrike on Albu Kamal on Thursday killed 4 members of Nujaba.", {"pro_iran_foreign": 4}),
    ("Six Kata'ib Hezbollah members were killed in unidentified strikes near Albu Kamal on Monday.",
     {"pro_iran_foreign": 6}),
    ("Two Haidariyoun fighters were killed near al-Mayadin on Saturday.", {"pro_iran_foreign": 2}),
    ("Airstrikes on positions of Iranian-backed militias killed 7 Iraqi militiamen near Albu Kamal on Wednesday.",
     {"pro_iran_foreign": 7}),
    ("Three Afghan fighters were killed by a landmine near al-Sukhnah on Tuesday.", {"pro_iran_foreign": 3}),
    ("Two Pakistani militiamen were killed in the countryside of Deir Ezzor on Friday.", {"pro_iran_foreign": 2}),
    ("A strike near Sayyida Zeinab on Sunday killed 2 Lebanese fighters.", {"pro_iran_foreign": 2}),
    ("Israeli missiles killed 4 Iranians near Damascus airport on Monday.", {"pro_iran_foreign": 4}),
    ("Two Syrian members of Iranian-backed militias were killed by ISIS cells near al-Mayadin on Thursday.",
     {"regime": 2}),
    ("An explosion near al-Mayadin on Tuesday killed 5 Iranian-backed militiamen of non-Syrian nationalities.",
     {"pro_iran_foreign": 5}),
    # Russia
    ("Two Wagner mercenaries were killed in an ISIS ambush near Palmyra on Monday.", {"russia": 2}),
    ("A landmine killed 3 Russian military police members near Ain Issa on Friday.", {"russia": 3}),
    ("Two Russian soldiers were killed when their patrol hit a mine in Hasakah on Sunday.", {"russia": 2}),
    # HTS and rebels
    ("Russian airstrikes killed 4 HTS fighters in Jabal al-Zawiya on Wednesday.", {"hts_rebels": 4}),
    ("Two Hurras al-Din members were killed by a drone strike near Idlib on Thursday.", {"hts_rebels": 2}),
    ("Three fighters of the Turkistan Islamic Party were killed by regime shelling near Jisr al-Shughur on Monday.",
     {"hts_rebels": 3}),
    ("Regime forces killed 2 Ansar al-Tawhid fighters on the Saraqib front on Sunday.", {"hts_rebels": 2}),
    ("Five fighters of the National Front for Liberation were killed in clashes in Kafr Nabudah on Tuesday.",
     {"hts_rebels": 5}),
    ("Three Jaysh al-Izza members were killed by regime shelling near Latamina on Friday.", {"hts_rebels": 3}),
    # coalition, Israel
    ("Two US soldiers were killed in a drone attack on a base near al-Shaddadi on Monday.", {"coalition": 2}),
    ("An IED killed 2 American servicemen near Manbij on Wednesday.", {"coalition": 2}),
    ("A British soldier was killed by a roadside bomb near Manbij on Thursday.", {"coalition": 1}),
    ("Two French soldiers were killed in an explosion near Raqqa on Saturday.", {"coalition": 2}),
    ("Two Israeli soldiers were killed by fire from across the border on Tuesday.", {"israel": 2}),
    # ISIS
    ("SDF forces killed 3 ISIS cell members in Diban on Monday.", {"isis": 3}),
    ("Two members of the organisation were killed in clashes with regime forces in the Badia on Friday.",
     {"isis": 2}),
    ("An ISIS emir was killed in a coalition raid near al-Busayrah on Sunday.", {"isis": 1}),
    ("Three Daesh members were killed in an airstrike in the Raqqa desert on Thursday.", {"isis": 3}),
    # civilians
    ("Four workers were killed when a mine exploded near Maskanah on Monday.", {"civilians": 4}),
    ("Two shepherds were killed by a landmine left by ISIS near al-Sukhnah on Tuesday.", {"civilians": 2}),
    ("Five truffle hunters were killed in an explosion in the Hama desert on Friday.", {"civilians": 5}),
    ("Regime shelling on Ariha on Sunday killed 3 children.", {"civilians": 3}),
    ("A woman was killed by stray bullets in Jaramana on Wednesday.", {"civilians": 1}),
    ("Gunmen shot dead a doctor in Daraa on Thursday.", {"civilians": 1}),
    ("A Turkish drone strike killed 2 farmers near Amuda on Saturday.", {"civilians": 2}),
    # mixed sides in one sentence
    ("Clashes near Tal Tamr on Monday killed 4 Hamza Division fighters and 3 YPG fighters.",
     {"turkey_factions": 4, "sdf": 3}),
    ("An Israeli strike near Damascus on Friday killed 3 Hezbollah members and 2 regime soldiers.",
     {"pro_iran_foreign": 3, "regime": 2}),
    ("Clashes in the Badia on Sunday killed 6 ISIS members and 4 Fatemiyoun fighters.",
     {"isis": 6, "pro_iran_foreign": 4}),
    ("An attack on Thursday killed 9 regime soldiers, among them 2 Iranians.", {"regime": 7, "pro_iran_foreign": 2}),
    ("A landmine in the Hama desert on Tuesday killed 5 shepherds and 2 regime soldiers.",
     {"civilians": 5, "regime": 2}),
    ("Clashes with tribal fighters near Dhiban on Monday killed 4 SDF members.", {"sdf": 4}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"s{i:02d}" for i in range(len(CASES))])
def test_side_of_the_figure(text: str, expected: dict[str, int]) -> None:
    assert sums(text) == expected


def test_injured_figures_keep_the_side() -> None:
    text = "Turkish shelling on Tal Rifaat on Monday injured 3 Asayish members."
    assert sums(text, "injured") == {"sdf": 3}


def test_government_forces_before_december_2024_are_the_regime() -> None:
    text = "Government forces lost 3 soldiers in an ISIS ambush near al-Sukhnah on Monday."
    assert sums(text, on=date(2023, 5, 8)) == {"regime": 3}


def test_general_security_after_december_2024_is_not_the_former_regime() -> None:
    text = "Three members of General Security were killed by gunmen in the Latakia countryside on Monday."
    found = sums(text, on=date(2025, 3, 10))
    assert sum(found.values()) == 3
    assert "regime" not in found


@pytest.mark.xfail(strict=True, reason="generic 'government forces' after 8 Dec 2024 still read as the regime: a dated row for "
                                       "them lowered the benchmark; needs a schema decision on the post-Assad government's side")
def test_government_forces_after_december_2024_are_not_the_former_regime() -> None:
    text = "Gunmen killed 2 members of the government forces near Jableh on Thursday."
    found = sums(text, on=date(2025, 3, 6))
    assert sum(found.values()) == 2
    assert "regime" not in found


def test_general_security_before_december_2024_is_the_regime() -> None:
    text = "Three members of General Security were killed by gunmen in the Latakia countryside on Monday."
    assert sums(text, on=date(2021, 3, 10)) == {"regime": 3}


def test_general_security_after_december_2024_is_the_new_government() -> None:
    text = "Three members of General Security were killed by gunmen in the Latakia countryside on Monday."
    assert sums(text, on=date(2025, 3, 10)) == {"hts_rebels": 3}
