"""Event types: "similar strikes targeted farms" after air strikes told before are air strikes too (the kind the
report named last), like a bare "strike", and "a similar strike" is of the kind the report leads with; men killed "by fire from Jordanian border guards" or "by Jandarma fire" were
shot by a side (an attack), though no verb of shooting is used.

Bodies of the abducted found ("the bodies of three of the abducted herders were found") and a man "found dead after he
had been abducted by ISIS cells" are captives killed (an execution).

A "salvo" that struck a town is shelling. An assault that "began at dawn with a barrage of rockets" is an attack, the
rockets its first blow (events_ground_attack). A stabbing told with an attack word ("attacked a woman and stabbed her") is a murder (other).

Armed men whose gunfire hurt someone beside an abduction, or who stormed a place "after" its men had kidnapped
someone, did an attack.

A town regained by a side "backed by Turkish artillery", or villages captured "after Russian warplanes pounded the
area", is an attack (the fire its support: events_ground_attack).

Look-alikes: "gunmen kidnapped a doctor" stays an abduction; a stabbing beside gunfire stays an attack; "fearing similar strikes" tells no strike; a man found dead after "unknown gunmen" took him, and "bodies of
abducted people" spoken of as a habit of a place, are no execution.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds
from observatory.extract.events import event_type


def test_similar_strikes_after_air_strikes_are_air_strikes() -> None:
    row = contract("Monitor update\n\nAir strikes believed to be Jordanian killed four people in a farm near Tal Shihab "
                   "on Monday, the monitor said.\n\nLast month, similar strikes targeted two houses on the outskirts of "
                   "Nasib, causing only material damage.")
    assert kinds(row) == ["airstrike", "airstrike"]


def test_fire_from_border_guards_is_an_attack() -> None:
    found = event_type("Three smugglers were killed at dawn by fire from Jordanian border guards near the fence.")
    assert found is not None and found[0] == "attack"


def test_jandarma_fire_is_an_attack() -> None:
    found = event_type("A woman from Harem was wounded by Jandarma fire near the wall on Friday.")
    assert found is not None and found[0] == "attack"


def test_bodies_of_the_abducted_found_are_an_execution() -> None:
    found = event_type("Two days later, the bodies of four of the abducted farmers were found in a valley near Tadmur.")
    assert found is not None and found[0] == "execution"


def test_found_dead_after_taken_by_cells_is_an_execution() -> None:
    found = event_type("A herder was found dead near Arak, a day after he had been abducted by ISIS cells.")
    assert found is not None and found[0] == "execution"


def test_found_dead_after_taken_by_unknown_gunmen_is_no_execution() -> None:
    found = event_type("A herder was found shot dead near Arak, a day after he was abducted by unknown gunmen.")
    assert found is not None and found[0] != "execution"


def test_bodies_of_abducted_people_as_a_habit_are_no_execution() -> None:
    found = event_type("The valley is known for raids on posts and the bodies of abducted people found in its caves.")
    assert found is None or found[0] != "execution"


def test_stoned_to_death_is_an_execution() -> None:
    found = event_type("Militants of the group stoned a man to death in the square on Friday after their court sentenced him.")
    assert found is not None and found[0] == "execution"


def test_attack_told_as_a_stabbing_is_other() -> None:
    found = event_type("Two masked men attacked a displaced woman inside her tent and stabbed her with a knife.")
    assert found is not None and found[0] == "other"


def test_stabbing_beside_gunfire_stays_an_attack() -> None:
    found = event_type("Gunmen attacked the shop, stabbed the owner and opened fire on passers-by.")
    assert found is not None and found[0] == "attack"


def test_assault_opened_by_rockets_is_an_attack() -> None:
    found = event_type("The assault began at dawn with a barrage of rockets, after which the fighters stormed a post.")
    assert found is not None and found[0] == "attack"


def test_body_found_after_unknown_gunmen_took_him_is_an_execution() -> None:
    found = event_type("The body of a trader was found near Izraa this morning, a day after unknown gunmen had abducted him "
                       "from his shop.")
    assert found is not None and found[0] == "execution"


def test_gunfire_that_hurt_beside_an_abduction_is_an_attack() -> None:
    found = event_type("A farmer was wounded by gunfire from unknown persons near Qasr, while his two nephews were abducted.")
    assert found is not None and found[0] == "attack"


def test_storming_after_a_kidnapping_is_an_attack() -> None:
    found = event_type("Gunmen of local groups stormed the gang's farm near Qasr after its members had kidnapped a driver.")
    assert found is not None and found[0] == "attack"


def test_gunmen_kidnapping_a_doctor_stays_an_abduction() -> None:
    found = event_type("Gunmen kidnapped a doctor near Qasr on Sunday evening and took him to an unknown destination.")
    assert found is not None and found[0] == "abduction"


def test_a_salvo_is_shelling() -> None:
    found = event_type("Another salvo struck a bakery in Binnish, killing two more civilians.")
    assert found is not None and found[0] == "shelling"


def test_advance_backed_by_artillery_is_an_attack() -> None:
    found = event_type("On Monday, rebel factions backed by Turkish artillery regained the town of Kafr Zita, the monitor said.")
    assert found is not None and found[0] == "attack"


def test_capture_after_warplanes_pounded_is_an_attack() -> None:
    found = event_type("Today, regime forces captured the villages of Tal Amara and Jdeideh after Russian warplanes pounded "
                       "the area with dozens of strikes.")
    assert found is not None and found[0] == "attack"


def test_a_similar_strike_is_of_the_lead_kind() -> None:
    row = contract("Monitor update\n\nAn unidentified drone struck a car near Tal Hadid on Monday, killing two militiamen, "
                   "the monitor said. The area has been hit by strikes attributed to Israel.\n\nIn May, a similar strike "
                   "targeted a truck near Jdeideh, killing its driver.")
    assert kinds(row) == ["drone_strike", "drone_strike"]


def test_earlier_round_of_strikes_after_air_strikes_is_air_strikes() -> None:
    row = contract("Monitor update\n\nUnidentified warplanes struck positions of militias near Kansafra overnight, killing "
                   "nine fighters, the monitor said.\n\nIn late August, an earlier round of strikes on the same area "
                   "killed 12 fighters, according to the monitor.")
    assert kinds(row) == ["airstrike", "airstrike"]


def test_previous_strikes_after_drone_strikes_are_drone_strikes() -> None:
    row = contract("Monitor update\n\nTurkish drones struck a car near Kansafra on Monday, killing two fighters, the "
                   "monitor said.\n\nLast week, previous strikes hit a checkpoint near the town, wounding three members.")
    assert kinds(row) == ["drone_strike", "drone_strike"]
