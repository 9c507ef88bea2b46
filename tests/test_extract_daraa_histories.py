""""Killings by gunmen in the south whose victims are told by their history (SCHEMA: reconciled ex-rebels who joined
no formation -> hts_rebels; ex-rebels who joined a regime formation or service -> regime; collaborators of Hezbollah ->
pro_iran_foreign):

* two victims told apart as "The first was ..., while the second was ..." or "one of them had been ..., while the
  other was ..." (``casualty_tied.one_and_the_other``);
* the group a victim joined, told in a relative clause with its history first: "who had settled his status and
  joined X", "who has been working for X", "who later became a member of X" (``mention_sides.JOINED``), and "known
  for his cooperation with X" (``mention_sides.SERVICE``);
* a victim told by his group, then restated by his past ("A member of the Military Security, a former rebel, was
  killed"): of the group he is of now (``casualty_lists.past_restated``);
* an article whose person noun comes after three long plain words ("a reconciled former opposition fighter") counts
  one person (``figures.is_count``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_first_and_second_victims_of_two_histories() -> None:
    text = ("Shooting near Karak\n\nGunmen on a motorbike fired at a pickup near Karak at dusk, killing two men. The first "
            "was a former rebel commander, while the second was a member of Air Force Intelligence.")
    assert killed(text) == {"hts_rebels": 1, "regime": 1}


def test_one_of_them_had_been_a_rebel() -> None:
    text = ("Killing in Sheikh Miskin\n\nMasked men shot dead two cousins outside a bakery in Sheikh Miskin on Tuesday. One of "
            "them had been a fighter of an opposition faction before the 2018 deal, whereas the other was a "
            "civilian vegetable seller.")
    assert killed(text) == {"hts_rebels": 1, "civilians": 1}


def test_settled_and_joined_in_the_clause() -> None:
    text = ("Killing in Tasil\n\nA young man who had settled his status and joined the Fourth Division was shot dead by "
            "masked men in Tasil late on Thursday.")
    assert killed(text) == {"regime": 1}


def test_been_working_for_hezbollah() -> None:
    text = ("Killing near Hadar\n\nGunmen assassinated a onetime fighter in a local rebel group who has been working for "
            "Hezbollah near Hadar on Saturday.")
    assert killed(text) == {"pro_iran_foreign": 1}


def test_later_became_a_member() -> None:
    text = ("Killing in Adwan\n\nGunmen killed a former rebel who later became a member of the State Security branch, "
            "in Adwan on Sunday morning.")
    assert killed(text) == {"regime": 1}


def test_known_for_cooperation_with_a_branch() -> None:
    text = ("Killing in Alma\n\nMasked men shot dead the mukhtar of Alma on Monday. The mukhtar was known for his "
            "cooperation with Air Force Intelligence, residents said.")
    assert killed(text) == {"regime": 1}


def test_restated_by_his_past() -> None:
    text = ("Killing in Dael\n\nA member of the Military Security, a former opposition fighter, died when masked men "
            "fired at him in Dael on Wednesday.")
    assert killed(text) == {"regime": 1}


def test_long_plain_words_before_the_noun() -> None:
    text = ("Killing in Ghariya\n\nA reconciled former opposition fighter was killed on Sunday when masked men fired "
            "at him in al-Ghariya.")
    assert killed(text) == {"hts_rebels": 1}
