"""A total of a bare "the factions" ("members of the factions", "faction members", "the losses of the factions") is
of Turkey's factions where the text named the factions as Ankara's before the bare word, in an earlier sentence or
paragraph (totals_ankara_factions); a whole split into lines with two of one side ("12 members of the factions, three
Turkish soldiers") is still the lines' sum, no incident's toll (incident_joint_toll). Paragraphs written for these
tests, judged by ../shared/data/sohr/SCHEMA.md; look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs
from observatory.extract import extract_report, to_contract
from observatory.extract.incident_joint_toll import joint_tolls
from observatory.models import CumulativeClaim, Report, Span


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2022-05-20"))


def test_members_of_the_factions_after_a_paragraph_naming_turkish_backed_factions() -> None:
    text = ("Blasts shake towns of northern Aleppo\n"
            "An explosive-laden motorbike blew up beside a bakery guarded by the Turkish-backed factions in Azaz on Friday.\n"
            "Since the start of 2022, car and motorcycle bombs in the region have left 58 people dead: 30 civilians, "
            "17 members of the factions, three Turkish soldiers and eight persons of unknown identity.")
    found = totals(text)
    assert ("turkey_factions", 17) in found and ("hts_rebels", 17) not in found
    assert ("civilians", 30) in found and ("turkey_factions", 3) in found


def test_losses_of_the_factions_put_at_a_figure_after_the_national_army_was_named() -> None:
    text = ("Kurdish-led forces repel push on Tal Tamr\n"
            "Gunmen of the Syrian National Army tried for a third night to advance on villages west of Tal Tamr.\n"
            "The SDF claimed to have killed dozens of attackers over the month, whereas the monitor put the losses "
            "of the factions at 64 since the first of May.")
    found = totals(text)
    assert ("turkey_factions", 64) in found and ("hts_rebels", 64) not in found


def test_faction_members_whose_total_rises_after_an_earlier_paragraph_named_them_as_ankaras() -> None:
    text = ("Infighting flares in Jarablus\n"
            "Two fighters of the Turkish-backed factions died in a shootout at a checkpoint outside Jarablus.\n"
            "Later, shells hit a farm on the edge of Manbij, the observatory said.\n"
            "Accordingly, the number of faction members killed on the Manbij fronts since January has gone up to 45.")
    found = totals(text)
    assert ("turkey_factions", 45) in found and ("hts_rebels", 45) not in found


def test_the_factions_stay_rebels_where_only_rebels_were_named() -> None:
    text = ("Regime shells pound Jabal al-Zawiya\n"
            "Fighters of Hay'at Tahrir al-Sham shelled regime posts near Kafr Nabl on Thursday.\n"
            "Since the start of 2022, the exchanges of fire have left 33 members of the factions and 21 regime soldiers dead.")
    found = totals(text)
    assert ("hts_rebels", 33) in found and ("turkey_factions", 33) not in found


def test_a_rebel_group_named_by_its_own_name_after_the_turkish_factions_keeps_the_factions_rebels() -> None:
    text = ("Front lines heat up in the north-west\n"
            "Turkish-backed factions redeployed near al-Bab last week, while Hay'at Tahrir al-Sham fighters dug in south of Idlib.\n"
            "Since the beginning of April, shelling on the Idlib fronts has killed 19 members of the factions.")
    found = totals(text)
    assert ("hts_rebels", 19) in found and ("turkey_factions", 19) not in found


def test_a_run_with_two_lines_of_one_side_still_has_its_whole() -> None:
    work = "30 civilians, 17 members of the factions, three soldiers and eight persons"
    claims = [CumulativeClaim("t", side, n, span=Span(at, at + 2), since_text="since the start of 2022")
              for side, n, at in (("civilians", 30, 0), ("turkey_factions", 17, 14), ("turkey_factions", 3, 42),
                                  ("unknown", 8, 59))]
    wholes = joint_tolls(claims, work)
    assert wholes[58] == {"civilians", "turkey_factions", "unknown"}
    assert 20 not in wholes  # (two lines of one side alone split no toll by side)


def test_the_whole_of_lines_with_two_of_one_side_is_no_incidents_toll() -> None:
    text = ("Six months of blasts | 58 killed in areas held by Ankara\n"
            "An explosive-laden motorbike blew up beside a bakery guarded by the Turkish-backed factions in Azaz on Friday.\n"
            "Since the start of 2022, car and motorcycle bombs in the region have left 58 people dead: 30 civilians, "
            "17 members of the factions, three Turkish soldiers and eight persons of unknown identity.")
    row = to_contract("t", extract_report(Report(text=text, published=None)))
    assert 58 not in [n for i in row["incidents"] for n in i["killed"].values()]
