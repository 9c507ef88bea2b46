"""A fight said to have broken out when a side launched an attack ("The fighting broke out on Friday, when ISIS cells
launched a wide-scale attack on regime positions") has a clear initiator: an attack (incident_started). Paragraphs
written for these tests."""

from __future__ import annotations

from contract_rows import kinds, titled

_LEAD = ("Clashes between regime forces and ISIS cells went on in the desert of the town of Ithriyah on Saturday, "
         "the monitor said.\n")


def test_fighting_that_broke_out_when_a_side_launched_an_attack_is_an_attack() -> None:
    for when in ("The fighting broke out on Friday, when ISIS cells launched a wide-scale attack on regime positions "
                 "near Ithriyah.",
                 "The clashes erupted on Friday when ISIS cells carried out an attack on army checkpoints near Ithriyah.",
                 "The clashes started on Friday, when ISIS cells mounted an assault on regime posts near "
                 "Ithriyah."):
        assert kinds(titled(_LEAD + when)) == ["attack"], when


def test_fighting_with_no_side_launching_anything_stays_a_clash() -> None:
    assert kinds(titled(_LEAD + "The fighting broke out on Friday near Ithriyah.")) == ["clash"]
