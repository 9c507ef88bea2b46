"""A town named with its province as owner, the province's name holding a particle ("Deir ez-Zor's Busayrah", "Deir
al-Zor's Hajin"), is the town, in that province (incident_places._POSSESSIVE), so a headline so worded tells the same
incident as the body's "al-Busayrah, east of Deir ez-Zor". Paragraphs written for these tests."""

from __future__ import annotations

from contract_rows import contract, governorates, place_names

_BODY = ("\nNews desk\n\nSDF commandos, backed by coalition helicopters, raided a house in al-Busayrah, east of Deir "
         "ez-Zor, at dawn on Sunday, killing an ISIS financier and detaining two of his guards, the SDF said.\n")


def test_a_town_owned_by_a_province_with_a_particle_is_the_town() -> None:
    for said, town in (("Turkish drone strike on Deir ez-Zor's Hajin wounds two", "Hajin"),
                       ("Gunmen kill a teacher in Deir al-Zor's al-Busayrah", "al-Busayrah")):
        row = contract("Monitor update\n\n" + said + ", local sources said on Monday.\n")
        assert place_names(row)[0][0] == town, said
        assert governorates(row) == ["Deir-ez-Zor"], said


def test_a_headline_with_an_owned_town_tells_the_body_incident() -> None:
    for title in ("SDF raid in Deir ez-Zor's Busayrah kills ISIS 'wali'",
                  "Helicopter raid on Deir ez-Zor’s al-Busayrah kills ISIS financier"):
        row = contract(title + _BODY)
        assert len(row["incidents"]) == 1, title
        assert governorates(row) == ["Deir-ez-Zor"], title
        assert not any("'s" in name or "’s" in name for name in place_names(row)[0]), title
