"""The monitor's earlier figure said again after its toll rose, told by its sources or activists ("SOHR sources had
reported yesterday the death of at least 16 people", "SOHR activists had documented ...", "the Observatory's sources
had reported earlier that ..."): an earlier report, not more dead beside the risen toll (``casualty_rises``'s
``_MONITOR_NAME``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums

_RISEN = ("Death toll of ISIS massacre rises to 53\n\nThe death toll of the massacre committed by ISIS cells against "
          "truffle hunters in the desert of al-Sukhnah, east of Homs, on Friday has risen to 53. According to SOHR "
          "sources, the victims are 46 civilians and seven members of the regime's Military Security branch. ")


def test_sources_had_reported_yesterday() -> None:
    text = _RISEN + ("SOHR sources had reported yesterday the death of at least 16 people, before the toll climbed "
                     "throughout the night.")
    assert killed_sums(text) == {"civilians": 46, "regime": 7}


def test_activists_had_documented() -> None:
    text = _RISEN + "SOHR activists had documented the death of 21 people."
    assert killed_sums(text) == {"civilians": 46, "regime": 7}


def test_observatorys_sources_had_reported_that() -> None:
    text = _RISEN + "The Observatory's sources had reported earlier that 30 people were killed."
    assert killed_sums(text) == {"civilians": 46, "regime": 7}
