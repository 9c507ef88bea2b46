""""an employee of the Autonomous Administration", "a member of the Raqqa Civil Council": staff of a civil body are
civilians, not fighters of the Administration's forces (``casualty_civil_staff.civil_staff``). The Administration's own
forces ("its Asayish", "the military council") keep their side, and so do period totals, which count the
Administration's personnel with the SDF.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_employee_of_the_administration_shot_dead() -> None:
    text = ("Killing in Shaddadi\n\nTwo masked men killed an employee of the Autonomous Administration outside his "
            "office in al-Shaddadi on Tuesday morning.")
    assert killed(text) == {"civilians": 1}


def test_official_of_a_committee_of_the_aanes() -> None:
    text = ("Killing near Busayrah\n\nGunmen riding a pickup killed an official of the water committee of the AANES near "
            "al-Busayrah late on Friday.")
    assert killed(text) == {"civilians": 1}


def test_member_of_a_civil_council_wounded() -> None:
    text = ("Attack in Tabqa\n\nAn explosive device planted under his car wounded a member of the Tabqa Civil Council "
            "on Thursday evening.")
    assert injured(text) == {"civilians": 1}


def test_teacher_working_for_the_administration() -> None:
    text = ("Killing in Sabha\n\nUnknown gunmen shot dead a teacher working for the Autonomous Administration on the road "
            "out of al-Sabha on Monday.")
    assert killed(text) == {"civilians": 1}


def test_the_administrations_asayish_keep_their_side() -> None:
    text = ("Attack near Amuda\n\nA Turkish drone killed two members of the Autonomous Administration's Asayish near "
            "Amuda on Sunday.")
    assert killed(text) == {"sdf": 2}


def test_a_military_council_member_keeps_his_side() -> None:
    text = ("Attack near Hajin\n\nISIS cells killed a member of the Hajin Military Council in an ambush on Wednesday "
            "night.")
    assert killed(text) == {"sdf": 1}


def test_fighters_and_staff_together_stay_with_the_forces() -> None:
    text = ("Attack in Raqqa\n\nA car bomb in Raqqa city killed three members of the SDF and staff of the Autonomous "
            "Administration on Saturday.")
    assert killed(text) == {"sdf": 3}


def test_conscript_of_the_self_protection_duty_stays_sdf() -> None:
    # review r35: the Administration's "Self-Protection Duty" is its conscription, its members are of the SDF side
    text = ("Drone strike near Tal Tamr\n\nA Turkish drone killed a member of the Self-Protection Duty of the "
            "Autonomous Administration on the road to Tal Tamr on Wednesday.")
    assert killed(text) == {"sdf": 1}


def test_employees_of_a_town_municipality() -> None:
    text = ("Killing near Hajin\n\nISIS cells shot dead three employees of the municipality of Hajin on Sunday as they "
            "were driving to work.")
    assert killed(text) == {"civilians": 3}
