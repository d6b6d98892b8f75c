"""Memberships from offices, ranks and a few more readings: a portfolio title names its council and its
department, a rank places an officer in the text's only army, a clergyman's title in its only church,
"at the head of X", "whose X", "the remnant of X", "the only woman in X", "asked for a seat … and was
refused it", "member for <constituency>", "the party", a proposal that was dropped.

Short passages written for these tests (other names and wording than any evaluation text).
"""
from __future__ import annotations

from tests.helpers import membership_triples as _got


def test_a_portfolio_title_names_the_council_and_the_department():
    text = ("The Council of People's Commissars met twice a week in the Smolny. Ivan Gorev, the Commissar for "
            "Rural Schools, spoke first. The Rural Schools Commissariat had no money.")
    got = _got(text, ["Ivan Gorev"], ("Council of People's Commissars", "Rural Schools Commissariat"))
    assert got == {("ivan_gorev", "council_of_people_s_commissars", "held"),
                   ("ivan_gorev", "rural_schools_commissariat", "held")}


def test_a_resignation_as_a_portfolio_title_is_removed():
    text = ("The Council of Ministers sat late. In May Anton Velde sent the premier his resignation as Minister of "
            "Public Hygiene, and the Hygiene Ministry was closed.")
    got = _got(text, ["Anton Velde"], ("Council of Ministers", "Hygiene Ministry"))
    assert got == {("anton_velde", "council_of_ministers", "removed"), ("anton_velde", "hygiene_ministry", "removed")}


def test_a_portfolio_of_another_field_names_no_department():
    text = ("The Council of Ministers sat late. Oskar Brandt, the Minister of Railways, left early. The Hygiene "
            "Ministry closed.")
    got = _got(text, ["Oskar Brandt"], ("Council of Ministers", "Hygiene Ministry"))
    assert ("oskar_brandt", "hygiene_ministry", "held") not in got
    assert ("oskar_brandt", "council_of_ministers", "held") in got


def test_ranks_place_officers_in_the_only_army():
    text = ("The Northern Army wintered at Kell. Colonel Hugh Darby rode ahead; Matthew Penn, the General, "
            "followed with the baggage. A trooper, Amos Tull, deserted. Major Eli Stone, who had led the "
            "vanguard, was relieved of his command.")
    got = _got(text, ["Hugh Darby", "Matthew Penn", "Amos Tull", "Eli Stone"], ("Northern Army",))
    assert got == {("hugh_darby", "northern_army", "held"), ("matthew_penn", "northern_army", "held"),
                   ("amos_tull", "northern_army", "held"), ("eli_stone", "northern_army", "removed")}


def test_ranks_stay_unplaced_among_several_military_bodies():
    text = "The Northern Army and the Ninth Corps wintered at Kell. Colonel Hugh Darby rode ahead."
    assert _got(text, ["Hugh Darby"], ("Northern Army", "Ninth Corps")) == set()


def test_a_title_that_only_ends_in_a_rank_word_is_no_rank():
    text = "The Northern Army wintered at Kell. The Solicitor-General, Hugh Darby, stayed in town."
    assert _got(text, ["Hugh Darby"], ("Northern Army",)) == set()


def test_clergy_in_the_only_church():
    text = ("The Old Believer Church kept its feasts. Patriarch Ilarion blessed the crowd, and Anton Sedov, an "
            "archimandrite who had walked from the north, read the prayers.")
    got = _got(text, ["Ilarion", "Anton Sedov"], ("Old Believer Church",))
    assert got == {("ilarion", "old_believer_church", "held"), ("anton_sedov", "old_believer_church", "held")}


def test_at_the_head_of_a_body():
    text = "General Moray, at the head of the Army of the Tagus, crossed the river."
    assert _got(text, ["Moray"], ("Army of the Tagus",)) == {("moray", "army_of_the_tagus", "held")}


def test_whose_body_is_led_by_the_relative_host():
    text = "On the 3rd the Duke, Prince Albrecht, whose Second Corps formed the van, reached the bridge."
    assert ("prince_albrecht", "second_corps", "held") in _got(text, ["Prince Albrecht"], ("Second Corps",))


def test_leading_the_remnant_of_a_body():
    text = "Rapp turned west, and that evening led the remnant of the Ninth Corps over the pass."
    assert _got(text, ["Rapp"], ("Ninth Corps",)) == {("rapp", "ninth_corps", "held")}


def test_the_only_woman_in_a_body():
    text = "Vera Kask was thirty, the only woman in the Directory, and she had never run an office."
    assert _got(text, ["Vera Kask"], ("Directory",)) == {("vera_kask", "directory", "held")}


def test_a_seat_asked_for_and_refused():
    text = "Overbury asked for a seat in the Grand Council and was refused it."
    assert _got(text, ["Overbury"], ("Grand Council",)) == {("overbury", "grand_council", "refused")}
    text = "Overbury asked for a seat in the Grand Council."
    assert _got(text, ["Overbury"], ("Grand Council",)) == set()


def test_member_for_a_constituency_sits_in_the_commons():
    text = ("The Parliament met in April. Its clerk was Giles Hart, the member for Rutland and the oldest man in "
            "the House of Commons.")
    got = _got(text, ["Giles Hart"], ("Parliament", "House of Commons"))
    assert ("giles_hart", "house_of_commons", "held") in got


def test_the_party_is_the_one_party_named_in_full():
    text = ("In March the congress renamed itself the Workers' Socialist Party. In June the party expelled "
            "Lagin, and in August he was not readmitted to the party.")
    assert _got(text, ["Lagin"], ("Workers' Socialist Party",)) == {("lagin", "workers_socialist_party", "removed"),
                                                                  ("lagin", "workers_socialist_party", "refused")}


def test_a_body_that_removes_someone_from_another_is_not_left():
    text = "The Directory removed Orlov from the Supply Commission."
    assert _got(text, ["Orlov"], ("Directory", "Supply Commission")) == {("orlov", "supply_commission", "removed")}


def test_a_proposal_that_was_dropped_is_refused_for_the_one_proposed():
    text = "Kuzmin proposed that Orlov be co-opted to the Bureau; Petrov objected, and the proposal was dropped."
    assert _got(text, ["Kuzmin", "Orlov", "Petrov"], ("Bureau",)) == {("orlov", "bureau", "refused")}
    text = "Kuzmin proposed that Orlov be co-opted to the Bureau."
    assert _got(text, ["Kuzmin", "Orlov"], ("Bureau",)) == set()


def test_with_someone_as_its_officer():
    text = ("The Board of Trade, with Amos Pell, the banker who had lent the crown its money, as its President, "
            "was set up in May.")
    assert _got(text, ["Amos Pell"], ("Board of Trade",)) == {("amos_pell", "board_of_trade", "held")}


def test_a_peers_style_is_no_seat_in_the_lords():
    text = "The Lords sat on. At Bath, where Lord Ashby lived, the talk was of war."
    assert _got(text, ["Ashby"], ("Lords",)) == set()


def test_a_body_taken_over_and_turned_into_another():
    text = "Petrov was to take over the Office of Posts and turn it into a Commissariat of Communications."
    got = _got(text, ["Petrov"], ("Office of Posts", "Commissariat of Communications"))
    assert ("petrov", "commissariat_of_communications", "granted") in got


def test_a_delegate_with_no_body_of_their_own_sat_in_the_congress_named_before():
    text = ("Rudin was back in time for the Third Workers' Congress, which met in the opera house in May. He was one "
            "of the few delegates who voted against the budget.")
    assert _got(text, ["Rudin"], ("Third Workers' Congress",)) == {("rudin", "third_workers_congress", "held")}
    text = "Rudin went to the Third Workers' Congress in May. He was a delegate to the Miners' Union."
    assert ("rudin", "third_workers_congress", "held") not in _got(text, ["Rudin"],
                                                                   ("Third Workers' Congress", "Miners' Union"))


def test_a_rank_far_from_the_army_is_left_unplaced():
    text = ("The Northern Army wintered at Kell.\n\nThe thaw came late.\n\nThe roads were mud.\n\n"
            "Colonel Hugh Darby rode south to the enemy.")
    assert _got(text, ["Hugh Darby"], ("Northern Army",)) == set()


def test_at_a_session_of_a_standing_body():
    text = "Orlov, who was at a session of the Supply Committee, sent word that he agreed."
    assert _got(text, ["Orlov"], ("Supply Committee",)) == {("orlov", "supply_committee", "held")}
    text = "Orlov spoke at a session of the Third Workers' Congress."
    assert _got(text, ["Orlov"], ("Third Workers' Congress",)) == set()


def test_a_civil_title_ending_in_a_rank_word_is_no_rank():
    text = "The Northern Army wintered at Kell. In March Attorney General Hugh Darby came north."
    assert _got(text, ["Hugh Darby"], ("Northern Army",)) == set()
    text = "The Northern Army wintered at Kell. In March Lieutenant General Hugh Darby came north."
    assert _got(text, ["Hugh Darby"], ("Northern Army",)) == {("hugh_darby", "northern_army", "held")}
    text = "The Northern Army wintered at Kell. When Colonel Hugh Darby came north, the snow had gone."
    assert _got(text, ["Hugh Darby"], ("Northern Army",)) == {("hugh_darby", "northern_army", "held")}
