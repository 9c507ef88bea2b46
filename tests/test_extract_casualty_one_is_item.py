""""of whom four are soldiers, one is an Afghan fighter and one a Lebanese member of Hezbollah": items of one person
told with "is" (or with no verb) are parts like the others, not dropped (``figures.is_count``: the article after "one
is" is no one more; ``casualties._COPULA``). Look-alike: "one of them a Syrian" stays one part.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_one_is_an_item_of_the_parts() -> None:
    text = ("Strikes near Al-Qusayr\n\nSOHR documented the death of six members of regime forces and allied militias in "
            "missile strikes near Al-Qusayr at dawn today, of whom four are soldiers of the air defence, one is an Afghan "
            "fighter and one a Lebanese member of Hezbollah.")
    assert killed(text) == {"regime": 4, "pro_iran_foreign": 2}


def test_one_of_them_a_syrian_stays_one_part() -> None:
    text = ("Strike near Al-Bukamal\n\nA drone struck a militia post near Al-Bukamal at dawn today, killing three Iraqi "
            "militiamen, one of them a commander.")
    assert killed(text) == {"pro_iran_foreign": 3}
