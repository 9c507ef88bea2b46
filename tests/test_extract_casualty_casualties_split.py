""""leaving seven casualties: two soldiers were killed, while five others were wounded": after "casualties:" a figure
with its own verb is of that role (``casualties._role``); a list of figures with no verb after "casualties:"
stays of no role ("dead and hurt together"). Others after the dead of no named side share the incident's side
(``casualty_others``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_figures_with_their_own_verbs_after_casualties_colon() -> None:
    text = ("Attack on army checkpoint near Daraa\n\nGunmen attacked a checkpoint of regime soldiers near Da'el on Monday "
            "night, causing six casualties: one soldier died and five others sustained injuries.")
    assert killed(text) == {"regime": 1}
    assert injured(text) == {"regime": 5}


def test_figures_without_verbs_after_casualties_colon_have_no_role() -> None:
    text = ("Shelling on Ariha\n\nRegime shelling on Ariha on Monday caused eight casualties: three children and five "
            "women.")
    assert killed(text) == {}
    assert injured(text) == {}
