"""A paragraph that turns to one dated event of its own ("Also in the Badia, ...", "In the meantime, ...") is an
incident, however many totals were told before it (incident_bounds.one_event_turn). Paragraphs written for these
tests."""

from __future__ import annotations

from contract_rows import kinds, titled

_TOTAL = ("Russian warplanes have carried out more than 50 airstrikes since this morning on hideouts of ISIS cells in "
          "the desert between the provinces of Hama, Raqqa and Homs. At least seven ISIS members were killed in the "
          "strikes, the monitor said.\n")


def test_a_turn_to_an_event_elsewhere_after_a_total_is_an_incident() -> None:
    for turn in ("Also in the Badia", "Also in the desert of Hama", "In the meantime"):
        row = titled(_TOTAL + f"{turn}, an officer of the 4th Division was wounded last night when an explosive "
                     "device went off under his car on the road between al-Rasafa and Ithriyah.")
        assert kinds(row)[-1:] == ["ied_landmine"], turn
