"""A house number before a name ending in a street word makes an address; the tail of a hyphened title
('Commander-in-Chief') is no name (passages written for these tests)."""
from chronicle.extract import extract_string


def names(rec, kind):
    return {e.name for e in getattr(rec, kind)}


def test_the_tail_of_a_hyphened_title_is_no_name():
    rec = extract_string("General Harwood, the Commander-in-Chief, inspected the camp at Dover. The nurses "
                         "called Mrs. Pell the Matron-in-Chief, and she ran the wards for a year.")
    for kind in ("persons", "places", "organizations"):
        assert "Chief" not in names(rec, kind)
    assert "Dover" in names(rec, "places")
