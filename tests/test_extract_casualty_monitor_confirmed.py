""""The SDF said its forces killed three ISIS members, while SOHR confirmed the deaths of two": a claim and the monitor's
own figure in one sentence; the monitor's figure is the incident's, and a bare number takes the side the claim names
or of the same figure told before (``casualty_claims.monitor_confirmed``). Look-alikes: a claim with no figure
of the monitor after it stays; the monitor confirming nothing numbered leaves the claim as it was.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_monitor_figure_after_a_party_claim_wins() -> None:
    text = ("SDF raid on ISIS hideout near Al-Busayrah\n\nSDF fighters raided an ISIS hideout near Al-Busayrah on Thursday. "
            "The SDF said in a statement that its forces had killed five ISIS members in the raid, but SOHR sources have "
            "documented the deaths of three.")
    assert killed(text) == {"isis": 3}


def test_bare_confirmed_figure_takes_the_side_told_before() -> None:
    text = ("Coalition raid near Al-Shaddadi\n\nAccording to SOHR sources, two ISIS members were killed in a coalition raid "
            "near Al-Shaddadi on Friday. The coalition said in a statement that six \"terrorists\" were killed in the raid, "
            "while the Observatory has only been able to verify the death of two.")
    assert killed(text) == {"isis": 2}


def test_claim_without_a_monitor_figure_after_it_stays() -> None:
    text = ("SDF raid on ISIS hideout near Al-Busayrah\n\nSDF fighters raided an ISIS hideout near Al-Busayrah on Thursday. "
            "The SDF said in a statement that its forces had killed five ISIS members in the raid.")
    assert killed(text) == {"isis": 5}
