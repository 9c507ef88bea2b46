"""A risen toll explained after its own breakdown (``casualty_listed.explains_rise``): "has risen to six
civilians, including two children and a woman, after a wounded man died": the man is inside the six; "along with" adds
another group, not the cause of the rise.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_another_succumbed_after_the_breakdown() -> None:
    text = ("Toll of drone strike rises\n\nThe toll of the drone strike on Atarib has risen to five civilians, among them "
            "three children, after another injured person succumbed to his wounds on Sunday.")
    assert killed(text) == {"civilians": 5}


def test_along_with_is_no_cause() -> None:
    text = ("Ambush toll rises\n\nThe toll of the ISIS ambush near Al-Shula has risen to nine soldiers, including an officer, "
            "along with two Iraqi militiamen of Kataib Hezbollah.")
    assert killed(text) == {"regime": 9, "pro_iran_foreign": 2}
