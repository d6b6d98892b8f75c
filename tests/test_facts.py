"""The fact stages (events, journeys, memberships, relationships) on small hand-written passages.

Each passage is parsed with the pinned model, but its entities are given by hand
(every occurrence of a listed name becomes a resolved mention), so these tests
check the fact rules alone, whatever the entity layer decides.
"""
from __future__ import annotations

import pytest

from chronicle.resolve import events, journeys, memberships, relationships
from tests.helpers import make_ctx


# --- events ---------------------------------------------------------------------------

def test_events_departure_and_arrival_carry_place_and_date():
    text = ("On 3 May 1850 Mallory left London. He arrived in Paris on 5 May 1850.")
    ctx = make_ctx(text, {"Mallory": "m"}, {"London": None, "Paris": None},
                   times={"3 May 1850": "1850-05-03", "5 May 1850": "1850-05-05"})
    evs = events.run(ctx)["events"]
    dep = next(e for e in evs if e.type == "travel_departure")
    arr = next(e for e in evs if e.type == "travel_arrival")
    assert (dep.participants, dep.place, dep.date) == (("mallory",), "london", "1850-05-03")
    assert (arr.participants, arr.place, arr.date) == (("mallory",), "paris", "1850-05-05")  # "He" resolved
    assert text[arr.evidence.start:arr.evidence.end] == arr.evidence.text


def test_events_take_the_narratives_current_date_when_the_sentence_has_none():
    text = "In 1851 Mallory met Keene in Paris. Afterwards Keene visited Mallory."
    ctx = make_ctx(text, {"Mallory": "m", "Keene": "m"}, {"Paris": None}, times={"1851": "1851"})
    evs = events.run(ctx)["events"]
    assert [e.type for e in evs] == ["meeting", "meeting"]
    assert evs[0].place == "paris" and set(evs[0].participants) == {"mallory", "keene"}
    assert evs[1].date == "1851"


def test_events_negated_event_is_flagged_not_plain():
    text = "Keene never reached Marseille. Had Keene stayed in Paris, he would have met Mallory."
    ctx = make_ctx(text, {"Keene": "m", "Mallory": "m"}, {"Marseille": None, "Paris": None})
    evs = events.run(ctx)["events"]
    reach = next(e for e in evs if e.type == "travel_arrival")
    assert reach.negated
    meet = next(e for e in evs if e.type == "meeting")
    assert meet.hypothetical
    assert not any(e.type == "travel_arrival" and not e.negated for e in evs)


# --- journeys ---------------------------------------------------------------------------

def test_journeys_from_x_to_y_by_train_in_order():
    text = ("Mallory made his way from Paris to Lyon by way of Dijon, travelling by train. "
            "From Lyon he went on to Marseille.")
    ctx = make_ctx(text, {"Mallory": "m"}, {"Paris": None, "Lyon": None, "Dijon": None, "Marseille": None})
    [j] = journeys.run(ctx)["journeys"]
    assert j.travellers == ("mallory",)
    assert j.stops == ("paris", "dijon", "lyon", "marseille")
    assert "by train" in j.modes


def test_journeys_station_follows_its_city_and_far_apart_trips_split():
    text = ("Anna set off for Moscow on foot. She stepped off the train at the Nikolaevsky Station. "
            + "Nothing else happened that year. " * 120 + "Anna sailed to Riga.")
    ctx = make_ctx(text, {"Anna": "f"}, {"Moscow": None, "Nikolaevsky Station": "Moscow", "Riga": None})
    js = journeys.run(ctx)["journeys"]
    assert [j.stops for j in js] == [("moscow", "nikolaevsky_station"), ("riga",)]
    assert "on foot" in js[0].modes


# --- memberships ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, status, role", [
    ("In 1851 Mallory joined the Geographical Society.", "granted", None),
    ("Mallory was elected to the Geographical Society.", "granted", None),
    ("His application to the Geographical Society was turned down.", "refused", None),
    ("Mallory was expelled from the Geographical Society.", "removed", None),
    ("Mallory was forced off the Geographical Society in 1860.", "removed", None),
    ("Mallory was made chairman of the Geographical Society.", "granted", "chairman"),
    ("Mallory, the editor of the Geographical Society, wrote often.", "held", "editor"),
    ("Mallory was a member of the Geographical Society.", "held", "member"),
])
def test_memberships_status_and_role(sentence, status, role):
    ctx = make_ctx("Mallory was born in York. " + sentence, {"Mallory": "m"}, {"York": None},
                   orgs=("Geographical Society",))
    ms = memberships.run(ctx)["memberships"]
    assert [(m.person, m.organization, m.status, m.role) for m in ms] == \
        [("mallory", "geographical_society", status, role)]


def test_memberships_party_label_before_a_name():
    ctx = make_ctx("The Cadet Lianov spoke first.", {"Lianov": "m"}, orgs=("Cadet",))
    [m] = memberships.run(ctx)["memberships"]
    assert (m.person, m.organization, m.status) == ("lianov", "cadet", "held")


# --- relationships ---------------------------------------------------------------------------

def _rels(ctx):
    return {(r.a, r.type, r.b) for r in relationships.run(ctx)["relationships"]}


def test_relationships_possessive_wife():
    ctx = make_ctx("Mallory's wife Anne stayed in London.", {"Mallory": "m", "Anne": "f"}, {"London": None})
    assert _rels(ctx) == {("anne", "spouse", "mallory")}


def test_relationships_sister_of_y():
    ctx = make_ctx("Anne was the sister of Mary Hutton.", {"Anne": "f", "Mary Hutton": "f"})
    assert _rels(ctx) == {("anne", "sibling", "mary_hutton")}


def test_relationships_his_old_comrade_resolves_his():
    ctx = make_ctx("Mallory came home. His old comrade Keene was waiting.", {"Mallory": "m", "Keene": "m"})
    assert _rels(ctx) == {("keene", "friend", "mallory")}


def test_relationships_rented_a_room_from_is_host():
    ctx = make_ctx("Keene rented a room from Mrs. Hutton.", {"Keene": "m", "Mrs. Hutton": "f"})
    assert _rels(ctx) == {("mrs_hutton", "host", "keene")}


def test_relationships_son_of_turned_round_to_parent():
    ctx = make_ctx("Keene, the son of Hutton, married Anne.", {"Keene": "m", "Hutton": "m", "Anne": "f"})
    assert _rels(ctx) == {("hutton", "parent", "keene"), ("keene", "spouse", "anne")}


# --- pronouns, "we", "they" -------------------------------------------------------------

def test_he_prefers_the_last_subject_over_a_nearer_object():
    text = "Sverdlov rented a room from Petrov, a printer. In 1905 he was elected to the Committee."
    ctx = make_ctx(text, {"Sverdlov": "m", "Petrov": "m"}, orgs=("Committee",))
    ms = memberships.run(ctx)["memberships"]
    assert [(m.person, m.organization, m.status) for m in ms] == [("sverdlov", "committee", "granted")]


def test_he_is_never_the_narrator():
    text = "I met Collins in Boston. He set out before me by land to Newport."
    ctx = make_ctx(text, {"I": "unknown", "me": "unknown", "Collins": "m"}, {"Boston": None, "Newport": None})
    js = journeys.run(ctx)["journeys"]
    assert [(j.travellers, j.stops) for j in js] == [(("collins",), ("boston", "newport"))]


# --- journeys -------------------------------------------------------------------------

def test_journeys_start_from_the_travellers_last_known_place():
    text = ("Spandarian and Ordzhonikidze were in Tiflis in March. "
            "They left by train and arrived in Baku two days later.")
    ctx = make_ctx(text, {"Spandarian": "m", "Ordzhonikidze": "m"}, {"Tiflis": None, "Baku": None})
    js = journeys.run(ctx)["journeys"]
    assert [(j.travellers, j.stops) for j in js] == [(("spandarian", "ordzhonikidze"), ("tiflis", "baku"))]
    assert "by train" in js[0].modes


def test_journeys_object_of_exile_travels_and_plans_do_not():
    text = ("The police exiled Stalin to Turukhansk. The Committee decided that Kamenev would go to Baku.")
    ctx = make_ctx(text, {"Stalin": "m", "Kamenev": "m"}, {"Turukhansk": None, "Baku": None}, orgs=("Committee",))
    js = journeys.run(ctx)["journeys"]
    assert [(j.travellers, j.stops) for j in js] == [(("stalin",), ("turukhansk",))]


def test_journeys_passing_a_resolution_is_not_travel_and_back_into_is():
    text = ("The Congress, at Helsingfors, passed a resolution. "
            "Their leaderless hordes slunk back into the Viborg Quarter.")
    ctx = make_ctx(text, places={"Helsingfors": None, "Viborg Quarter": None}, orgs=("Congress",))
    js = journeys.run(ctx)["journeys"]
    # the Congress was last placed at Helsingfors: its journey starts there
    assert [(j.travellers, j.stops) for j in js] == [(("congress",), ("helsingfors", "viborg_quarter"))]


# --- memberships ----------------------------------------------------------------------

def test_memberships_role_noun_with_a_list_of_names():
    text = "The Bolshevik leaders, Kamenev, Zinoviev and Rykov, were arrested in July."
    ctx = make_ctx(text, {"Kamenev": "m", "Zinoviev": "m", "Rykov": "m"}, orgs=("Bolshevik",))
    got = {(m.person, m.organization, m.role, m.status) for m in memberships.run(ctx)["memberships"]}
    assert got == {(p, "bolshevik", "leader", "held") for p in ("kamenev", "zinoviev", "rykov")}


def test_memberships_co_opted_onto_and_label_after_a_dash():
    text = ("Sverdlov was co-opted onto the Committee in 1905. "
            "I met Lianozov, a great capitalist--a Cadet by political faith.")
    ctx = make_ctx(text, {"Sverdlov": "m", "Lianozov": "m"}, orgs=("Committee", "Cadet"))
    got = {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}
    assert got == {("sverdlov", "committee", "granted"), ("lianozov", "cadet", "held")}


def test_memberships_title_names_its_body_and_government_of_a_person():
    text = "Senator Sokolov came to a meeting of the Senate. The Government of Kerensky fell."
    ctx = make_ctx(text, {"Sokolov": "m", "Kerensky": "m"}, orgs=("Senate", "Government"))
    ctx.organizations = [o if o.id != "government" else type(o)(o.id, o.name, o.aliases, o.mentions, "government")
                         for o in ctx.organizations]
    got = {(m.person, m.organization, m.role) for m in memberships.run(ctx)["memberships"]}
    assert got == {("sokolov", "senate", "senator"), ("kerensky", "government", "head")}


# --- relationships --------------------------------------------------------------------

def test_relationships_alliance_with_and_struggle_between():
    text = ("Savinkov concluded an alliance with Kornilov. "
            "The struggle between the Soviets and the Government was about to culminate.")
    ctx = make_ctx(text, {"Savinkov": "m", "Kornilov": "m"}, orgs=("Soviets", "Government"))
    got = {(frozenset((r.a, r.b)), r.type) for r in relationships.run(ctx)["relationships"]}
    assert got == {(frozenset(("kornilov", "savinkov")), "ally"), (frozenset(("government", "soviets")), "rival")}


def test_relationships_living_with_a_sister_is_not_a_host():
    text = "Sverdlov was living in Perm with his sister Sofia. Later he lodged with Grigoriev."
    ctx = make_ctx(text, {"Sverdlov": "m", "Sofia": "f", "Grigoriev": "m"}, {"Perm": None})
    got = {(r.a, r.b, r.type) for r in relationships.run(ctx)["relationships"]}
    assert got == {("sofia", "sverdlov", "sibling"), ("grigoriev", "sverdlov", "host")}


# --- memberships: party words, bodies, committees' decisions, ministers ----------------

PARTIES = ("Mensheviki", "Bolsheviks", "Cadets", "Central Committee", "Iskra", "Soviet")


def _members(text, persons, orgs=PARTIES, government=()):
    ctx = make_ctx(text, {p: "m" for p in persons}, orgs=orgs + government)
    ctx.organizations = [type(o)(o.id, o.name, o.aliases, o.mentions, "government" if o.name in government else "other")
                         for o in ctx.organizations]
    return {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}


@pytest.mark.parametrize("text, person, org", [
    ("Martov, a Menshevik, objected to the plan.", "martov", "mensheviki"),
    ("The Cadet leader Miliukov spoke first.", "miliukov", "cadets"),
    ("Menshevik Dan replied at once.", "dan", "mensheviki"),
    ("The Bolshevik Sverdlov was arrested.", "sverdlov", "bolsheviks"),
])
def test_memberships_party_word_matches_the_records_organization_by_number(text, person, org):
    name = person.capitalize()
    assert _members(text, [name]) == {(person, org, "held")}


def test_memberships_party_word_invents_no_organization_and_skips_longer_names():
    assert _members("The Trudovik Kerensky spoke.", ["Kerensky"]) == set()
    assert _members("The Menshevik Internationalist Sukhanov spoke.", ["Sukhanov"]) == set()
    assert _members("For example, Peter’s _Cadet o Rangov--a table.", ["Peter"]) == set()  # no apposition


@pytest.mark.parametrize("text, status", [
    ("The Central Committee resolved to admit Sverdlov in a consultative capacity.", "granted"),
    ("The Central Committee co-opted Sverdlov as a member.", "granted"),
    ("Sverdlov applied to join the Central Committee. His application was turned down.", "refused"),
    ("The Central Committee rejected Sverdlov's application.", "refused"),
    ("Sverdlov was expelled from the ranks of the Central Committee.", "removed"),
])
def test_memberships_committee_decisions(text, status):
    assert _members(text, ["Sverdlov"]) == {("sverdlov", "central_committee", status)}


def test_memberships_applying_is_not_joining_and_a_printer_printing_off_is_not_removed():
    assert _members("Sverdlov applied to join the Bolsheviks.", ["Sverdlov"]) == set()
    assert _members("Sverdlov sent for me to print off the Iskra.", ["Sverdlov"]) == set()


def test_memberships_body_of_an_organization_counts_as_the_organization():
    got = _members("Martov was forced off the editorial board of Iskra. Dan joined the editorial staff of Iskra. "
                   "Sverdlov was elected to the presidium of the Soviet.", ["Martov", "Dan", "Sverdlov"])
    assert got == {("martov", "iskra", "removed"), ("dan", "iskra", "granted"), ("sverdlov", "soviet", "granted")}


def test_memberships_electing_someone_to_another_body_makes_him_a_member_of_that_body():
    got = _members("The Soviet elected Sverdlov to the Central Committee.", ["Sverdlov"])
    assert got == {("sverdlov", "central_committee", "granted")}


def test_memberships_ministers_belong_to_the_government_last_named():
    text = ("The Provisional Government met daily. Minister of War Kerensky fled. "
            "Zarudny, the Minister of Justice, stayed.")
    got = _members(text, ["Kerensky", "Zarudny"], government=("Provisional Government",))
    assert got == {("kerensky", "provisional_government", "held"), ("zarudny", "provisional_government", "held")}


def test_memberships_body_named_after_its_head_and_its_fall():
    text = "The Miliukov Ministry was weak. In May the workers hurled the Lvov Government down."
    ctx = make_ctx(text, {"Miliukov": "m", "Lvov": "m"}, orgs=("Miliukov Ministry", "Lvov Government"))
    ctx.refs = [r for r in ctx.refs if not (r.kind == "person" and any(o.start <= r.start < o.end for o in ctx.refs
                                                                           if o.kind == "organization"))]
    got = {(m.person, m.organization, m.status, m.role) for m in memberships.run(ctx)["memberships"]}
    assert got == {("miliukov", "miliukov_ministry", "held", "head"), ("lvov", "lvov_government", "removed", "head")}


# --- events: light verbs, visits, dated statements, clause dates ---------------------------

def _events(text, persons, times={}, orgs=()):
    ctx = make_ctx(text, {p: "m" for p in persons}, orgs=orgs, times=times)
    return events.run(ctx)["events"]


def test_events_light_verb_and_coming_to_see_are_meetings():
    evs = _events("On 15 October 1917 Reed had a conversation with Lianozov. Later Ivanov came to see Reed.",
                  ["Reed", "Lianozov", "Ivanov"], {"15 October 1917": "1917-10-15"})
    got = [(e.type, e.participants, e.date) for e in evs if e.type == "meeting"]
    assert got == [("meeting", ("reed", "lianozov"), "1917-10-15"), ("meeting", ("ivanov", "reed"), "1917-10-15")]


def test_events_a_dated_or_public_statement_is_a_speech_an_undated_one_is_not():
    evs = _events("On 14 October 1917 Pravda said that the end was near. Martov said it was not. "
                  "Kornilov said publicly that Riga would fall.",
                  ["Martov", "Kornilov"], {"14 October 1917": "1917-10-14"}, orgs=("Pravda",))
    assert [(e.type, e.participants) for e in evs] == [("speech", ("pravda",)), ("speech", ("kornilov",))]


def test_events_date_comes_from_the_own_clause_not_a_later_one():
    text = "In 1905 Sverdlov was arrested and exiled, and in 1906 he escaped. He wrote to Lenin."
    evs = _events(text, ["Sverdlov", "Lenin"], {"1905": "1905", "1906": "1906"})
    got = {e.summary.split(": ")[1]: e.date for e in evs}
    assert got == {"arrested": "1905", "exiled": "1905", "escaped": "1906", "wrote": "1906"}


def test_events_date_keeps_only_the_known_part_and_negated_events_keep_their_date():
    text = "In 1917 Sverdlov arrived in Moscow one day. Lenin did not arrive."
    evs = _events(text, ["Sverdlov", "Lenin"], {"1917": "1917", "one day": "1917-XX-XX"})
    assert [(e.participants, e.date, e.negated) for e in evs] == [(("sverdlov",), "1917", False),
                                                                  (("lenin",), "1917", True)]


# --- journeys: companies, nested prepositions, narration order, cities ------------------

def _journeys(text, persons, places):
    ctx = make_ctx(text, persons, places)
    return [(j.travellers, j.stops, j.modes) for j in journeys.run(ctx)["journeys"]]


def test_journeys_a_man_and_his_comrade_travel_together_and_they_go_on():
    text = ("In May Orlov and his comrade Ilya Bessonov set off by sleigh for Kargopol. "
            "They reached Kargopol and went on by cart to Pudozh.")
    got = _journeys(text, {"Orlov": "m", "Ilya Bessonov": "m"}, {"Kargopol": None, "Pudozh": None})
    assert got == [(("orlov", "ilya_bessonov"), ("kargopol", "pudozh"), ("by sleigh", "by cart"))]


def test_journeys_a_preposition_under_a_vehicle_or_a_river_still_counts():
    text = ("Vera travelled from Perm by train to Kazan, and then by steamer down the Volga to Samara. "
            "Later the convoy took Gusev down the river to Tsaritsyn.")
    got = _journeys(text, {"Vera": "f", "Gusev": "m"},
                    {"Perm": None, "Kazan": None, "Volga": None, "Samara": None, "Tsaritsyn": None})
    assert got[0] == (("vera",), ("perm", "kazan", "volga", "samara"), ("by train", "by steamer"))
    assert got[1][:2] == (("gusev",), ("tsaritsyn",))


def test_journeys_the_exiles_are_the_last_travellers_and_a_stop_narrated_late_goes_before_the_arrival():
    text = ("Orlov was sent under guard from Vyatka to Glazov. On the way he had stopped at Slobodskoi. "
            "In March the exiles returned to Vyatka.")
    got = _journeys(text, {"Orlov": "m"}, {"Vyatka": None, "Glazov": None, "Slobodskoi": None})
    assert [g[:2] for g in got] == [(("orlov",), ("vyatka", "slobodskoi", "glazov", "vyatka"))]


def test_journeys_stepping_off_the_train_gives_the_mode_and_only_a_station_follows_its_city():
    text = "Orlov stepped off the train at the Warsaw Station. Next spring he sailed to Kem."
    got = _journeys(text, {"Orlov": "m"}, {"Warsaw Station": "Vilna", "Vilna": None, "Kem": "Vilna"})
    assert got == [(("orlov",), ("vilna", "warsaw_station", "kem"), ("by train", "by boat"))]


def test_journeys_another_persons_place_is_never_a_travellers_start():
    text = ("Orlov and Bessonov were at Kem in winter. "
            "Lagin, who had arrived at Onega on 3 April, met Orlov the next day.")
    got = _journeys(text, {"Orlov": "m", "Bessonov": "m", "Lagin": "m"}, {"Kem": None, "Onega": None})
    assert [g[:2] for g in got] == [(("lagin",), ("onega",))]


def test_journeys_travel_in_other_company_ends_a_journey():
    text = ("Orlov went to Kem. Orlov and Bessonov then sailed from Kem to Onega. "
            "Orlov travelled on to Vytegra.")
    got = _journeys(text, {"Orlov": "m", "Bessonov": "m"}, {"Kem": None, "Onega": None, "Vytegra": None})
    assert [g[:2] for g in got] == [(("orlov",), ("kem",)), (("orlov", "bessonov"), ("kem", "onega")),
                                    (("orlov",), ("onega", "vytegra"))]


# --- relationships: hosts, patrons, kin by apposition -------------------------------------

def _rels_of(text, persons):
    ctx = make_ctx(text, persons)
    return {(r.a, r.b, r.type) for r in relationships.run(ctx)["relationships"]}


def test_relationships_lodging_with_someone_named_and_staying_with_him():
    text = ("Orlov lodged with a fisherman named Foma Kuzin. Lagin rented a room from a widow called Praskovya. "
            "Bessonov met Orlov, and Bessonov stayed with him for a week.")
    got = _rels_of(text, {"Orlov": "m", "Foma Kuzin": "m", "Lagin": "m", "Praskovya": "f", "Bessonov": "m"})
    assert got == {("foma_kuzin", "orlov", "host"), ("praskovya", "lagin", "host"), ("orlov", "bessonov", "host")}


def test_relationships_his_wife_is_the_subjects_not_the_nearer_mans():
    text = ("Orlov lodged with Kuzin. His wife Marfa and their daughter Olga joined him. "
            "Olga, his sister, was the daughter of Kuzin.")
    got = _rels_of(text, {"Orlov": "m", "Kuzin": "m", "Marfa": "f", "Olga": "f"})
    assert ("marfa", "orlov", "spouse") in got
    assert not any(t == "spouse" and "olga" in (a, b) for a, b, t in got)
    assert not any(t == "spouse" and "kuzin" in (a, b) for a, b, t in got)
    assert ("kuzin", "olga", "parent") in got


def test_relationships_under_the_protection_of_and_taken_in_by():
    text = ("Orlov was under the protection of the local doctor, Ilya Sychev. "
            "Later Bessonov was taken in by a weaver named Gleb Rudin.")
    got = _rels_of(text, {"Orlov": "m", "Ilya Sychev": "m", "Bessonov": "m", "Gleb Rudin": "m"})
    assert got == {("ilya_sychev", "orlov", "patron"), ("gleb_rudin", "bessonov", "host")}


# --- memberships: lists ---------------------------------------------------------------------

def test_memberships_among_them_lists_members_of_the_group_hunted():
    text = "Then came a hunt of the Jacobins; dozens were arrested, among them Marat, Danton and Hebert."
    ctx = make_ctx(text, {"Marat": "m", "Danton": "m", "Hebert": "m"}, orgs=("Jacobins",))
    ms = memberships.run(ctx)["memberships"]
    assert {(m.person, m.organization, m.status) for m in ms} == \
        {(p, "jacobins", "held") for p in ("marat", "danton", "hebert")}


def test_memberships_among_them_not_for_the_body_that_acts():
    text = "The Directory arrested dozens, among them Marat and Danton."
    ctx = make_ctx(text, {"Marat": "m", "Danton": "m"}, orgs=("Directory",))
    assert memberships.run(ctx)["memberships"] == []


def test_memberships_name_colon_paragraphs_under_a_heading_naming_the_office():
    text = ("The Radical Leaders were attacked in a pamphlet. Here is its list.\n\n"
            "Hunt: spoke at every meeting.\n\nCobbett: wrote against the war.\n")
    ctx = make_ctx(text, {"Hunt": "m", "Cobbett": "m"}, orgs=("Radical",))
    ms = memberships.run(ctx)["memberships"]
    assert {(m.person, m.organization, m.role) for m in ms} == \
        {("hunt", "radical", "leader"), ("cobbett", "radical", "leader")}


def test_memberships_listed_ministers_hold_a_place_in_the_government_named_before():
    from dataclasses import replace
    text = ("The Whig Government fell. A paper printed “The Whig Ministers.”\n\n"
            "Grey: raised the duties.\n\nMelbourne: did nothing at all.\n")
    ctx = make_ctx(text, {"Grey": "m", "Melbourne": "m"}, orgs=("Whig Government",))
    ctx.organizations[:] = [replace(o, kind="government") for o in ctx.organizations]
    ms = memberships.run(ctx)["memberships"]
    assert {(m.person, m.organization, m.role, m.status) for m in ms} == \
        {("grey", "whig_government", "minister", "held"), ("melbourne", "whig_government", "minister", "held")}


# --- journeys: a way back from where the crowd went -----------------------------------------

def test_journeys_back_into_starts_where_the_crowd_went():
    text = "In July the crowd stormed the Winter Palace. The Jacobins then retreated back into the Marais."
    ctx = make_ctx(text, places={"Winter Palace": None, "Marais": None}, orgs=("Jacobins",))
    [j] = journeys.run(ctx)["journeys"]
    assert (j.travellers, j.stops) == (("jacobins",), ("winter_palace", "marais"))


def test_journeys_crowd_movement_alone_is_no_journey():
    text = "In July the crowd stormed the Winter Palace. The Jacobins then retreated into the Marais."
    ctx = make_ctx(text, places={"Winter Palace": None, "Marais": None}, orgs=("Jacobins",))
    assert [(j.travellers, j.stops) for j in journeys.run(ctx)["journeys"]] == [(("jacobins",), ("marais",))]


# --- round 5: weekday and season dates, the clock after a lapse, "told me", "which is to meet" ----------

def test_events_keep_a_weekday_of_a_known_year_and_a_time_of_day_dates_its_clause():
    text = ("On Tuesday Orlov left Perm by boat. In the evening he reached Kungur. "
            "Orlov visited Kuzin. In the summer Kuzin was arrested.")
    evs = _events(text, ["Orlov", "Kuzin"], {"Tuesday": "1723-WXX-2", "the evening": "1723-WXX-2TEV",
                                             "the summer": "1723-SU"})
    assert [(e.summary.split(": ")[1].split(" (")[0], e.date) for e in evs] == [
        ("left", "1723-WXX-2"), ("reached", "1723-WXX-2"), ("visited", "1723-WXX-2"), ("arrested", "1723-SU")]


def test_events_after_a_lapse_of_days_the_clock_keeps_only_its_year():
    text = ("At the end of April, 1724, Orlov sailed for Boston. He arrived at Boston in about a fortnight. "
            "Orlov visited Kuzin.")
    evs = _events(text, ["Orlov", "Kuzin"], {"the end of April, 1724": "1724-04", "about a fortnight": "P2W"})
    assert [e.date for e in evs] == ["1724-04", "1724-04", "1724"]


def test_events_someone_told_a_person_is_a_meeting_and_which_is_to_meet_names_its_body():
    text = ("Kuzin told Orlov that the strike was over. Kuzin said that it was over. "
            "Wait for the Constituent Assembly, which is to meet in December.")
    evs = _events(text, ["Orlov", "Kuzin"], orgs=("Constituent Assembly",))
    assert [(e.type, e.participants) for e in evs] == [("meeting", ("kuzin", "orlov")),
                                                       ("meeting", ("constituent_assembly",))]


def test_relationships_plural_nouns_passive_marriage_birth_to_parents_and_mentors():
    def rels(text, persons):  # symmetric ties in either order
        return {(a, b, t) if t not in ("spouse", "friend") else (*sorted((a, b)), t)
                for a, b, t in _rels_of(text, persons)}
    assert rels("Orlov and Kuzin became close friends in Vyatka.", {"Orlov": "m", "Kuzin": "m"}) == \
        {("kuzin", "orlov", "friend")}
    assert rels("Pavel and Maria were married in 1905.", {"Pavel": "m", "Maria": "f"}) == \
        {("maria", "pavel", "spouse")}
    assert rels("Pavel was born in 1880 to Ivan Kuzin and his wife Maria.",
                {"Pavel": "m", "Ivan Kuzin": "m", "Maria": "f"}) == \
        {("ivan_kuzin", "pavel", "parent"), ("maria", "pavel", "parent"), ("ivan_kuzin", "maria", "spouse")}
    assert rels("Kuzin was the mentor of Orlov. Pavel divorced Maria in 1910.",
                {"Orlov": "m", "Kuzin": "m", "Pavel": "m", "Maria": "f"}) == \
        {("kuzin", "orlov", "patron"), ("maria", "pavel", "spouse")}


def test_events_passive_happenings_to_things_named_by_nouns_but_not_states():
    text = ("In 1917 the food-supplies were looted from the warehouses. The picture galleries had been "
            "evacuated to Moscow. The Professor was puzzled. The waiters were organised. Another name might be "
            "added. One step remained to be taken. The exiles were being excluded.")
    evs = _events(text, [], {"1917": "1917"})
    assert [(e.summary, e.date) for e in evs] == [(": looted", "1917"), (": evacuated", "1917"),
                                                  (": excluded", "1917")]


def test_events_a_notes_date_does_not_set_the_clock_and_a_span_in_the_clause_keeps_the_year():
    text = ("In October 1917 Orlov reached Moscow.\n\n[3] See his memoirs, 1919.\n\n"
            "Orlov visited Kuzin. In the first four months of the war the warehouses were looted.")
    ctx = make_ctx(text, {"Orlov": "m", "Kuzin": "m"},
                   times={"October 1917": "1917-10", "1919": "1919", "the first four months": "P4M"})
    note = text.index("[3]")
    ctx.body = [(0, note), (text.index("Orlov visited"), len(text))]
    evs = events.run(ctx)["events"]
    assert [e.date for e in evs] == ["1917-10", "1917-10", "1917"]


def test_events_entered_into_conversation_is_a_meeting_and_at_his_house_names_the_householder():
    text = ("Kuzin entered into conversation with Orlov at the inn. Orlov went on to Perm. "
            "At Kuzin's house Orlov slept that night.")
    evs = _events(text, ["Orlov", "Kuzin"])
    got = [(e.type, set(e.participants)) for e in evs]
    assert got[0] == ("meeting", {"kuzin", "orlov"})
    assert got[-1] == ("other", {"kuzin", "orlov"})


def test_relationships_a_name_parsed_as_the_modifier_of_the_next_name_is_still_a_conjunct():
    text = "Mensheviki and Socialist Revolutionaries, who\nsupported the Provisional Government of Kerensky."
    ctx = make_ctx(text, {"Kerensky": "m"}, orgs=("Mensheviki", "Socialist Revolutionaries", "Provisional Government"))
    got = {(r.a, r.b, r.type) for r in relationships.run(ctx)["relationships"]}
    assert got == {("mensheviki", "provisional_government", "ally"),
                   ("socialist_revolutionaries", "provisional_government", "ally")}


def test_relationships_love_friends_collaborators_hatred_and_whose_wife():
    P = {"Orlov": "m", "Kuzin": "m", "Vera": "f"}
    assert _rels_of("Orlov fell in love with Vera.", P) == {("orlov", "vera", "lover")}
    assert _rels_of("Orlov made friends with Kuzin in prison.", P) == {("orlov", "kuzin", "friend")}
    assert _rels_of("Kuzin, Orlov's closest collaborator, was arrested.", P) == {("kuzin", "orlov", "colleague")}
    assert _rels_of("Orlov hated Kuzin.", P) == {("orlov", "kuzin", "enemy")}
    assert _rels_of("Orlov, whose wife Vera had died, left.", P) == {("vera", "orlov", "spouse")}
    assert _rels_of("Vera was Orlov's mistress.", P) == {("vera", "orlov", "lover")}


def test_relationships_brother_in_law_is_a_relative_and_a_relation_noun_subject_of_was():
    P = {"Orlov": "m", "Kuzin": "m", "Vera": "f", "Ivan Petrov": "m", "Anna": "f"}
    assert _rels_of("Kuzin, Orlov's brother-in-law, was added to the board.", P) == {("kuzin", "orlov", "relative")}
    assert _rels_of("Orlov was born in Perm. His father was Ivan Petrov.", P) == {("ivan_petrov", "orlov", "parent")}
    assert _rels_of("Orlov was born in Perm. His parents were Ivan Petrov and his wife Anna.", P) == {
        ("ivan_petrov", "orlov", "parent"), ("anna", "orlov", "parent"), ("anna", "ivan_petrov", "spouse")}


def test_events_nominal_actions_with_a_named_actor_or_patient_dated_only_by_their_own_phrase():
    text = ("After Lenin's death in 1924, Orlov left Moscow. In 1903 Orlov married Vera and she stayed with him "
            "until his death. The fall of Kuzin surprised nobody. A death in the family kept him home.")
    ctx = make_ctx(text, {"Lenin": "m", "Orlov": "m", "Vera": "f", "Kuzin": "m"}, times={"1924": "1924", "1903": "1903"})
    evs = [(e.type, e.participants, e.date) for e in events.run(ctx)["events"] if e.summary.split(": ")[1] in
           ("death", "fall")]
    assert evs == [("death", ("lenin",), "1924"), ("death", ("orlov",), None), ("dismissal", ("kuzin",), None)]


def test_events_an_infinitive_under_began_or_attempts_were_made_is_narrated():
    text = ("Attempts were made to disarm the Red Guard. Orlov began to organise the Red Guard. "
            "Orlov wanted to disarm the Red Guard.")
    evs = _events(text, ["Orlov"], orgs=("Red Guard",))
    assert [(e.summary.split(": ")[1], e.hypothetical) for e in evs if e.type == "other"] == [
        ("disarm", False), ("organise", False)]


def test_relationships_attacked_sided_with_joined_forces_fought_against():
    P = {"Orlov": "m", "Kuzin": "m", "Stalin": "m"}
    assert _rels_of("Stalin openly attacked Kuzin and Orlov.", P) == {("stalin", "kuzin", "enemy"),
                                                                      ("stalin", "orlov", "enemy")}
    assert _rels_of("Orlov sided with Kuzin against Stalin.", P) == {("orlov", "kuzin", "ally")}
    assert _rels_of("Orlov joined forces with Kuzin. Orlov fought in the war.", P) == {("orlov", "kuzin", "ally")}
    assert _rels_of("Orlov fought against Stalin.", P) == {("orlov", "stalin", "enemy")}


def test_events_a_lifespan_after_a_name_does_not_move_the_clock_but_a_headings_period_does():
    text = ("Childhood and family (1879–1895)\n\nIn 1879 Orlov was born in Perm. His father was Ivan Kuzin "
            "(1847–1922). Orlov went to Odessa.")
    ctx = make_ctx(text, {"Orlov": "m", "Ivan Kuzin": "m"}, places={"Perm": None, "Odessa": None},
                   times={"1879–1895": "1879", "In 1879": "1879", "1847–1922": "1922"})
    evs = events.run(ctx)["events"]
    assert [(e.summary.split(": ")[1], e.date) for e in evs] == [("born (Perm)", "1879"), ("went (Odessa)", "1879")]


# --- pronouns: the main person at a paragraph's start, "his" beside its bearer ---------------

BIO = ("Petrov was born in Tiflis in 1879. Petrov studied at the seminary, and in 1899 Petrov left it. "
       "Petrov joined the party in 1901.\n\n"
       "In 1908 Petrov was arrested. Orlov, an old friend, visited Petrov in prison. According to Orlov, "
       "his cousin Sergei had sent him parcels of warm clothing.\n\n"
       "In 1912 the Central Committee co-opted him in his absence, and he was made editor of Pravda. "
       "Kamenev, his old comrade from Tiflis, joined the editorial board in 1914.")


def test_a_pronoun_opening_a_paragraph_is_the_texts_main_person():
    from chronicle.extract import extract_string
    rec = extract_string(BIO)
    names = {e.id: e.name for e in [*rec.persons, *rec.organizations]}
    got = {(names[m.person], names[m.organization], m.role) for m in rec.memberships}
    assert ("Petrov", "Pravda", "editor") in got
    assert not any(names[m.person] == "Sergei" for m in rec.memberships)


def test_his_beside_its_bearer_is_the_last_subject_before():
    from chronicle.extract import extract_string
    rec = extract_string(BIO)
    names = {e.id: e.name for e in rec.persons}
    pairs = {(frozenset((names[r.a], names[r.b])), r.type) for r in rec.relationships}
    assert (frozenset(("Kamenev", "Petrov")), "friend") in pairs
    assert (frozenset(("Kamenev", "Sergei")), "friend") not in pairs


def test_events_place_from_a_locative_phrase_under_a_thing():
    from chronicle.extract import extract_string
    rec = extract_string("On 3 March 1913 Dzhugashvili was arrested at a charity concert in the Kalashnikov "
                         "Exchange in St Petersburg.")
    [arrest] = [e for e in rec.events if e.type == "arrest"]
    assert arrest.place == next(p.id for p in rec.places if p.name == "Kalashnikov Exchange")


@pytest.mark.parametrize("sentence, expected", [
    ("Zinoviev was deposed as president of the Petrograd Soviet.", {("Zinoviev", "Petrograd Soviet", "removed")}),
    ("His party, the Socialist Revolutionaries, ordered Kerensky to exclude the Cadets.", set()),
])
def test_memberships_deposed_as_role_and_excluding_a_body(sentence, expected):
    from chronicle.extract import extract_string
    rec = extract_string(sentence)
    names = {e.id: e.name for e in [*rec.persons, *rec.organizations]}
    got = {(names[m.person], names[m.organization], m.status) for m in rec.memberships}
    assert expected <= got and not any(m[0] == "Kerensky" and m[1] == "Cadets" for m in got)
