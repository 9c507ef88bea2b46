"""Bare "jihadists" in a report told one sentence a paragraph (``casualty_tied.jihadists_named_before``): the one
jihadist group the text named before, even paragraphs back ("... adding that four jihadists also died" after an
Islamic State attack is ISIS). Look-alike: a text that named both ISIS and HTS before leaves them as they were.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_jihadists_paragraphs_after_the_group() -> None:
    text = ("Desert attack kills soldiers\n\nIslamic State group fighters attacked army posts near Al-Sukhnah on Friday, a "
            "war monitor said.\n\nThe attack targeted posts of the 25th Division, the monitor said.\n\n\"Six soldiers were "
            "killed,\" the monitor's head said, adding that four jihadists also died.")
    assert killed(text) == {"regime": 6, "isis": 4}


def test_jihadists_after_two_groups_are_left() -> None:
    text = ("Desert attack kills soldiers\n\nIslamic State group fighters and HTS members were seen near Al-Sukhnah on Friday, a "
            "war monitor said.\n\nThe attack targeted posts of the 25th Division, the monitor said.\n\n\"Six soldiers were "
            "killed,\" the monitor's head said, adding that four jihadists also died.")
    assert killed(text) == {"regime": 6, "hts_rebels": 4}
