"""Parts of a count set off by a pair of spaced dashes before its verb ("Five members of one family - a mother and
her four sons - died"): the dashes do what commas do, so the parts are read as parts of the count before them,
not as more dead beside it (``text_dash_asides``); a father or mother named as one of such parts counts as one person
(``figures.PERSON``), but "the mother of a detainee" only describes someone.

Look-alikes: a dash that opens an aside with no verb after it, a dash after the verb, and a dateline dash stay as
they were.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, total_pairs
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_household_between_dashes_is_the_count() -> None:
    text = ("Shelling on Maarrat Misrin\n\nFive members of one family - a mother and her four sons - died when "
            "regime artillery shelled their home in Maarrat Misrin on Tuesday.")
    assert killed(text) == {"civilians": 5}


def test_father_and_children_between_dashes() -> None:
    text = ("Drone strike near Taftanaz\n\nThree people - a father and his two daughters - were killed when a regime drone "
            "hit their van near Taftanaz on Sunday.")
    assert sum(killed(text).values()) == 3


def test_lead_then_household_between_dashes_counts_once() -> None:
    text = ("Raids on Idlib countryside\n\nWarplanes killed seven civilians in the Idlib countryside on Friday, the monitor "
            "said.\n\nFive members of one family - a mother and her four sons - died when a jet struck their "
            "home in Taftanaz. In another raid, two farmers were killed near Binnish.")
    assert sum(sum(k.values()) for k in killed_per_incident(contract(text))) == 7


def test_sides_between_dashes_in_a_running_toll() -> None:
    text = ("Fighting in Tafas\n\nSince the fighting began on May 2, at least 17 people - eight civilians, five soldiers "
            "and four gunmen - have died in Tafas, the monitor said.")
    assert ("civilians", 8) in total_pairs(contract(text))


def test_dash_aside_without_a_verb_after_it_stays() -> None:
    text = ("Shelling on Sarmin\n\nRegime shelling killed four civilians in Sarmin - a town east of Idlib - on Monday, "
            "the monitor said.")
    assert killed(text) == {"civilians": 4}


def test_mother_of_someone_describes_one_woman() -> None:
    text = ("Attack in al-Hol camp\n\nGunmen wounded a woman, the mother of an Iraqi detainee, inside her tent in al-Hol "
            "camp on Sunday.")
    assert injured(text) == {"civilians": 1}
