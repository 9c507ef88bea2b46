"""A bare "the factions" after the text named the factions as Turkey's stands for Turkey's factions (SCHEMA: SNA
factions -> turkey_factions), as the doer or target of an incident and, in a paragraph that named Turkey's army
with its proxy factions, as the dead; elsewhere it stays the rebels (hts_rebels)."""

from __future__ import annotations

from datetime import date

from mention_rows import LEXICON, last_sentence
from observatory.extract.events import roles
from observatory.extract.factions_of_turkey import ankara_factions_before
from observatory.extract.text import working_copy

ON = date(2021, 5, 3)


def _doer(text: str) -> str | None:
    """The perpetrator side of the text's last sentence."""
    work = working_copy(text)
    cut = work.rindex(". ", 0, len(work) - 2) + 2
    perp = roles(work, cut, len(work), LEXICON, ON).perpetrator
    return perp.side if perp is not None else None


def test_doer_after_the_turkish_backed_group() -> None:
    text = ("The Turkish-backed Hamza Division shelled the edge of the hamlet of Tell Qasr on Friday. "
            "Clashes then flared after the factions tried to advance on a Kurdish-held hill nearby.")
    assert _doer(text) == "turkey_factions"


def test_doer_after_turkish_forces_and_their_proxies() -> None:
    text = ("Ankara's troops and their proxy factions pushed towards the hamlet of Tell Qasr on Friday morning. "
            "Fighting raged for hours after the factions attempted to storm a Kurdish-held hill nearby.")
    assert _doer(text) == "turkey_factions"


def test_doer_stays_rebel_after_rebel_groups() -> None:
    text = ("Hayat Tahrir al-Sham and the National Liberation Front shelled regime posts near the hamlet of Tell Qasr. "
            "Fighting raged for hours after the factions attempted to storm a hill held by the army nearby.")
    assert _doer(text) == "hts_rebels"


def test_dead_after_turkish_forces_and_their_proxy_factions() -> None:
    text = ("Heavy fighting broke out on Friday pitting the SDF against Turkish troops and their proxy factions "
            "near the hamlet of Tell Qasr. The monitor counted three members of the factions and one SDF fighter among the dead.")
    assert last_sentence(text) == [("killed", 3, "turkey_factions"), ("killed", 1, "sdf")]


def test_roundup_line_does_not_read_proxies_of_an_earlier_line() -> None:
    text = ("Civilians:\n- 12 lost their lives to Turkish forces and their proxies.\nFighters:\n- 80 fighters of the factions and HTS.")
    work = working_copy(text)
    assert ankara_factions_before(work, work.index("80"), LEXICON, ON) == (False, None)


def _roles(text: str) -> tuple[str | None, str | None]:
    work = working_copy(text)
    found = roles(work, 0, len(work), LEXICON, ON)
    return (found.perpetrator.side if found.perpetrator else None, found.target.side if found.target else None)


def test_rebel_group_named_after_turkish_backed_in_idlib_is_the_target() -> None:
    text = "Russian jets struck a base of the Turkish-backed 'Faylaq al-Sham' close to Sarmada in rural Idlib at noon."
    assert _roles(text) == ("russia", "hts_rebels")


def test_ankara_backed_factions_stay_turkish() -> None:
    text = "Ankara-backed factions pounded a Kurdish hamlet close to Afrin at noon, hitting a bakery."
    assert _roles(text)[0] == "turkey_factions"
