""""Others" after a toll whose parts name its side (``casualty_same``): "killing 15 militiamen: nine Iraqis
and six Afghans, while eight others were injured": the others are of the militias, as after "15 Hezbollah fighters";
Syrian and foreign militiamen together are a toll of the Iranian-backed militias (nationality of the others unstated).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured


def test_others_in_the_same_sentence() -> None:
    text = ("Strikes on militia depots\n\nWarplanes believed to be Israeli struck depots of Iranian-backed militias near "
            "Al-Bukamal overnight. According to SOHR sources, the strikes killed 15 militiamen: nine Iraqis of \"Kataib "
            "Hezbollah\" and six of non-Syrian nationalities, while eight others were wounded.")
    assert injured(text) == {"pro_iran_foreign": 8}


def test_others_opening_the_next_sentence_after_syrian_and_foreign_parts() -> None:
    text = ("Drones strike militia convoy\n\nUnidentified drones struck a militia convoy near Al-Bukamal on Monday, killing "
            "15 militiamen: nine Iraqis of Kataib Hezbollah and six Syrians working for the militias. Eight others were "
            "injured.")
    assert injured(text) == {"pro_iran_foreign": 8}


def test_others_after_civilian_parts_keep_no_side() -> None:
    text = ("Shelling on Sarmin\n\nRegime shelling on Sarmin on Monday killed five people: three children and two women, "
            "and injured ten others.")
    assert "pro_iran_foreign" not in injured(text) and sum(injured(text).values()) == 10
