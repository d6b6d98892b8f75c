"""Bodies whose names share a head noun: a bare head, and a short name several longer names lengthen (invented text)."""
from chronicle.extract import extract_string


def _holder(rec, start):
    hits = [o for o in rec.organizations if any(m.start == start for m in o.mentions)]
    return hits[0].name if hits else None


def test_bare_head_goes_to_the_body_named_most_often_before_it():
    text = ("Halvorsen sat on the Board of Public Works in Tarnby. The Board of Public Works met every week. "
            "Lindqvist presided over the Board of Harbour Dues. In May Halvorsen wrote to the Board.")
    rec = extract_string(text)
    at = text.rindex("Board")
    assert _holder(rec, at) in (None, "Board of Public Works")


def test_short_name_lengthened_by_two_parties_joins_neither():
    text = ("Halvorsen was elected to the Agrarian Central Committee in 1921. The Radical Central Committee "
            "expelled Lindqvist in 1922. In 1923 Halvorsen wrote to the Central Committee about the harvest.")
    rec = extract_string(text)
    at = text.rindex("Central Committee")
    assert _holder(rec, at) not in ("Agrarian Central Committee", "Radical Central Committee")
