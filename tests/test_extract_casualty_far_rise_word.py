"""A risen toll whose verb stands far before it ("bringing the death toll of <a long description of the attack> to 26
soldiers": up to 24 words between, ``casualties._LEFT_ROSE``).
Look-alike: the short form keeps working.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_bringing_the_toll_of_a_long_description_to_n() -> None:
    text = ("Ambush near Kabajeb\n\nTwo more soldiers died of their wounds in a hospital on Friday, bringing the death "
            "toll of the ISIS ambush on a military bus near Kabajeb in the desert of Deir Ezzor on Wednesday night to 19 "
            "soldiers.")
    assert killed(text) == {"regime": 19}


def test_short_rise_still_read() -> None:
    text = ("Ambush near Kabajeb\n\nTwo more soldiers died of their wounds on Friday, bringing the death toll of the "
            "ambush to 19.")
    assert killed(text) == {"regime": 19}
