"""Memberships on whole narratives: what must not be read as a person's place in a body.

Short passages written for these tests; each error class was found auditing whole books (see
docs/memberships.md): names that are no names, office words and adjectives taken for the body,
coordinated lists, reference lines, allegations, and pronouns after an unnamed stranger.
"""
from __future__ import annotations

import pytest

from chronicle.resolve import memberships
from chronicle.resolve.memberships import _citation, _person_name
from tests.helpers import make_ctx


def _got(text, persons, orgs, narrator=False):
    ctx = make_ctx(text, {p: "m" for p in persons}, orgs=orgs)
    return {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}


@pytest.mark.parametrize("name, ok", [
    ("Leonid Krasin", True), ("Catherine of Aragon", True), ("Menshevik Gomberg", True), ("Dan", True), ("M.", True),
    ("III", False), ("R. S. D. R. P.", False), ("Secretary", False), ("Military Commissar", False),
    ("Staff Headquarters", False), ("Georgia Category", False), ("Cossacks of Kerensky", False),
    ("Kiev Bolsheviki", False), ("Orel Massacres", False), ("Dark People", False), ("White Russian", False),
])
def test_a_person_name_that_is_no_name(name, ok):
    assert _person_name(name) is ok


@pytest.mark.parametrize("line, cited", [
    ('[21] A. Volkov, "The Politics of Terror", Pravda, 28 January 1991, p. 3.', True),
    ("Leonard Shore, The Party of the Soviet Union (Vintage Books: New York, 1971) pp. 175 and 647.", True),
    ("Category:1878 births Category:Old Bolsheviks", True), ("Jerrold, Early Court.", True),
    ("Martov, a Menshevik, objected.", False),
    ("In 1906 he joined the party, and in 1917 he was elected to its Central Committee.", False),
])
def test_reference_lines_are_not_narrative(line, cited):
    assert _citation(line) is cited


def test_a_reference_line_gives_no_membership():
    text = "[3] Leonard Shore, The Soviet Party (Vintage Books: New York, 1971) pp. 175 and 647."
    assert _got(text, ["Leonard Shore"], ("Vintage Books", "Soviet Party")) == set()


def test_a_bare_office_word_tagged_as_a_body_is_a_title():
    text = "Among them was Schreider, Mayor of Petrograd, and Prokin, Minister of Supplies."
    assert _got(text, ["Schreider", "Prokin"], ("Minister",)) == set()


def test_a_generic_last_word_of_a_longer_body_is_an_adjective():
    text = "Rakov later served as Soviet ambassador to Japan. The Petrograd Soviet met at noon."
    assert _got(text, ["Rakov"], ("Petrograd Soviet",)) == set()


def test_coordinated_party_labels_before_a_role_noun_are_not_distributed():
    text = "Here the Menshevik and Revolutionary leaders--Avksentiev, Dan, Lieber--rubbed shoulders with us."
    got = _got(text, ["Avksentiev", "Dan", "Lieber"], ("Menshevik", "Revolutionary"))
    assert got == set()


def test_a_conjunct_with_its_own_noun_does_not_share_the_role():
    text = "The raid was led by the NKVD agent Iosif Grigulevich and Mexican painter David Siqueiros."
    got = _got(text, ["Iosif Grigulevich", "David Siqueiros"], ("NKVD",))
    assert ("iosif_grigulevich", "nkvd", "held") in got
    assert not any(p == "david_siqueiros" for p, _, _ in got)


def test_a_second_minister_in_a_list_is_not_the_firsts():
    text = "The pact was negotiated by Soviet foreign minister Vyacheslav Molotov and German foreign minister Ribbentrop."
    got = _got(text, ["Vyacheslav Molotov", "Ribbentrop"], ("German",))
    assert ("vyacheslav_molotov", "german", "held") not in got


@pytest.mark.parametrize("text", [
    "Volkov declared that he was no Bolshevik.",
    "Volkov claimed to be a loyal Bolshevik.",
    "Volkov was alleged to belong to the Bolsheviks.",
])
def test_no_label_a_claim_or_an_allegation_is_no_membership(text):
    assert _got(text, ["Volkov"], ("Bolshevik", "Bolsheviks")) == set()


def test_a_plain_label_and_joining_still_count():
    got = _got("Volkov was a Bolshevik. In 1906 Orlov joined the Bolsheviks.", ["Volkov", "Orlov"],
               ("Bolshevik", "Bolsheviks"))
    assert ("volkov", "bolshevik", "held") in got and ("orlov", "bolsheviks", "granted") in got


def test_a_pronoun_after_an_unnamed_stranger_is_not_the_person_named_before():
    text = ("Volkov went out to the car. The chauffeur violently protested; the paint would get scratched, "
            "he said. True, he was a Bolshevik.")
    assert _got(text, ["Volkov"], ("Bolshevik",)) == set()


def test_a_pronoun_with_no_stranger_between_is_still_read():
    text = "Volkov went out to the car. True, he was a Bolshevik."
    assert ("volkov", "bolshevik", "held") in _got(text, ["Volkov"], ("Bolshevik",))


def test_the_narrators_we_and_a_quoted_i_hold_no_place():
    from chronicle.extract import extract_string
    rec = extract_string("I walked to the hall. Citizens, we, the Union of Railwaymen, will not yield. "
                         "“I am a member of the Central Committee,” said a voice.")
    names = {e.id: e.name for e in [*rec.persons, *rec.organizations]}
    assert not any(names.get(m.person) in (None, "the narrator", "I") for m in rec.memberships)


@pytest.mark.parametrize("text, expected", [
    ("Krestinsky was replaced as a member of the Politburo by Zinoviev.",
     {("krestinsky", "politburo", "removed"), ("zinoviev", "politburo", "granted")}),
    ("In 1941 Stalin replaced Molotov as Premier of the Sovnarkom.",
     {("stalin", "sovnarkom", "granted"), ("molotov", "sovnarkom", "removed")}),
    ("On the surface, Trotsky weathered them and was elected one of only five full members of the Politburo.",
     {("trotsky", "politburo", "granted")}),
    ("After the revolution Bukharin became editor of the party newspaper, Pravda.", {("bukharin", "pravda", "granted")}),
])
def test_replacing_one_of_the_members_and_a_paper_named_after_its_noun(text, expected):
    persons = ["Krestinsky", "Zinoviev", "Stalin", "Molotov", "Trotsky", "Bukharin"]
    got = _got(text, [p for p in persons if p in text], ("Politburo", "Sovnarkom", "Pravda"))
    assert got == expected


@pytest.mark.parametrize("text", [
    "Volkov left early. Next to me sat a youth with the shoulder-straps of a Lieutenant. He was a member of the "
    "Battalion Committee.",
    "Volkov left early. Then a soldier came in. He was a member of the Battalion Committee.",
])
def test_a_pronoun_after_an_unnamed_newcomer_is_not_the_person_named_before(text):
    assert _got(text, ["Volkov"], ("Battalion Committee",)) == set()


def test_a_bare_title_is_not_the_person_it_was_matched_to():
    text = "Colonel Muraviov left. Later I asked about the regiment. The Colonel is a Menshevik."
    ctx = make_ctx(text, {"Muraviov": "m"}, orgs=("Menshevik",))
    import re as _re
    from chronicle.context import EntityRef
    m = _re.search(r"The Colonel", text)
    ctx.refs = sorted([*ctx.refs, EntityRef(m.start(), m.end(), "muraviov", "person")], key=lambda r: (r.start, r.end))
    assert memberships.run(ctx)["memberships"] == []


def test_a_body_owned_by_the_organization_and_a_second_coordinated_role():
    text = "In March 1919, Bukharin became a member of the Comintern's executive committee and a candidate member of the Politburo."
    got = _got(text, ["Bukharin"], ("Comintern", "Politburo"))
    assert got == {("bukharin", "comintern", "granted"), ("bukharin", "politburo", "granted")}


def test_a_ministers_field_is_not_the_body_sharing_its_word():
    import re as _re
    from chronicle.context import EntityRef
    text = "Shliapnikov, Commissar of Labour, spoke. The Labour Group abstained."
    ctx = make_ctx(text, {"Shliapnikov": "m"}, orgs=("Labour Group",))
    m = _re.search(r"Labour,", text)
    ctx.refs = sorted([*ctx.refs, EntityRef(m.start(), m.start() + 6, "labour_group", "organization")],
                      key=lambda r: (r.start, r.end))
    assert memberships.run(ctx)["memberships"] == []


@pytest.mark.parametrize("text, expected", [
    ("In November 1920 Semenov was driven by the Red Army from Transbaikalia.", set()),
    ("Wrangel's men were forced south by the Red Army.", set()),
    ("Kaledin had been dismissed by the Provisional Government.", {("kaledin", "provisional_government", "removed")}),
    ("He gave up command and designated Semyonov as the new leader of the White Army.",
     {("semyonov", "white_army", "granted")}),
    ("An agreement was reached between Denikin, head of the Volunteer Army, and Krasnov, Ataman of the Don Cossacks.",
     {("denikin", "volunteer_army", "held")}),
])
def test_the_agent_that_drives_out_designating_and_appositions_in_a_list(text, expected):
    persons = [p for p in ("Semenov", "Wrangel", "Kaledin", "Semyonov", "Denikin", "Krasnov") if p in text]
    got = _got(text, persons, ("Red Army", "Provisional Government", "White Army", "Volunteer Army"))
    assert got == expected


def test_an_office_with_the_body_in_apposition_and_a_congress_before_a_name():
    got = _got("On 26 October, Lenin declared himself Chairman of a new government, the Sovnarkom.", ["Lenin"],
               ("Sovnarkom",))
    assert got == {("lenin", "sovnarkom", "held")}
    assert _got("At the thirteenth Congress Kamenev and Zinoviev helped Stalin.", ["Kamenev", "Zinoviev", "Stalin"],
                ("Congress",)) == set()


def test_a_noun_naming_the_body_before_member_is_kept():
    import re as _re
    from chronicle.context import EntityRef
    text = "In 1912 Petrov became a Duma member. The Fourth Duma met in November."
    ctx = make_ctx(text, {"Petrov": "m"}, orgs=("Fourth Duma",))
    m = _re.search(r"Duma member", text)
    ctx.refs = sorted([*ctx.refs, EntityRef(m.start(), m.start() + 4, "fourth_duma", "organization")],
                      key=lambda r: (r.start, r.end))
    got = {(x.person, x.organization, x.status) for x in memberships.run(ctx)["memberships"]}
    assert got == {("petrov", "fourth_duma", "granted")}


def test_its_chairman_is_the_body_named_before():
    text = ("Trotsky did much of the work at the Soviet and, after Nosar's arrest on 26 November 1905, "
            "was elected its chairman.")
    assert _got(text, ["Trotsky", "Nosar"], ("Soviet",)) == {("trotsky", "soviet", "granted")}
    text = "Trotsky spoke at the Soviet in Moscow, and admired its mayor."
    ctx = make_ctx(text, {"Trotsky": "m"}, places={"Moscow": None}, orgs=("Soviet",))
    assert memberships.run(ctx)["memberships"] == []


def test_a_party_word_taken_for_a_person_fields_of_office_assertions_and_not_returning():
    ctx = make_ctx("The Whig leaders rallied round her. The Whigs were in power.", {"Whig": "m"}, orgs=("Whigs",))
    assert memberships.run(ctx)["memberships"] == []
    assert _got("Lord Salisbury, the Secretary of State for India, was much perturbed.", ["Salisbury"], ("State",)) == set()
    assert _got("It has often been asserted that Kent was a Liberal.", ["Kent"], ("Liberal",)) == set()
    assert _got("Palmerston did not return to the Foreign Office.", ["Palmerston"], ("Foreign Office",)) == set()
    assert _got("Palmerston was not admitted to the Club.", ["Palmerston"], ("Club",)) == {("palmerston", "club", "refused")}


def test_his_prime_minister_is_not_in_the_government_named_last():
    text = ("The Soviet Government took Irkutsk. Kolchak and his prime minister Victor Pepelyaev were shot. "
            "The war minister Orlov resigned.")
    ctx = make_ctx(text, {"Kolchak": "m", "Victor Pepelyaev": "m", "Orlov": "m"}, orgs=("Soviet Government",))
    ctx.organizations = [type(o)(o.id, o.name, o.aliases, o.mentions, "government") for o in ctx.organizations]
    got = {(m.person, m.organization) for m in memberships.run(ctx)["memberships"]}
    assert got == {("orlov", "soviet_government")}


def test_a_name_after_a_date_the_parser_hangs_on_in_is_still_the_subject():
    got = _got("In April 1917 Kamenev was elected to the Central Committee. In July Sverdlov became secretary "
               "of the Central Committee.", ["Kamenev", "Sverdlov"], ("Central Committee",))
    assert ("sverdlov", "central_committee", "granted") in got


def test_general_secretary_is_an_office_not_a_person():
    from chronicle.extract import extract_string
    rec = extract_string("In 1922 Stalin was appointed General Secretary.")
    assert [p.name for p in rec.persons] == ["Stalin"]


def test_an_application_to_rejoin_rejected_however_parsed():
    # the parser leaves "application" as the root and hangs "rejected" under "rejoin"
    text = "In 1934 Bukharin wrote to Stalin. Bukharin's application to rejoin the Politburo was rejected."
    assert _got(text, ["Bukharin", "Stalin"], ("Politburo",)) == {("bukharin", "politburo", "refused")}


def test_an_application_with_no_body_takes_none_named_in_passing():
    text = ("Berezin supported Stalin in the struggle against the Left Opposition. In 1930 Berezin was expelled from "
            "the party. Berezin's application to be readmitted was rejected twice.")
    assert not any(s == "refused" for _, _, s in _got(text, ["Berezin", "Stalin"], ("Left Opposition",)))
    text = "Sverdlov applied to join the Central Committee. His application was turned down."
    assert _got(text, ["Sverdlov"], ("Central Committee",)) == {("sverdlov", "central_committee", "refused")}


@pytest.mark.parametrize("text, persons, orgs, expected", [
    ("Berezin escaped to Paris. In 1912 the Prague Conference elected him a candidate member of the Central "
     "Committee.", ["Berezin"], ("Central Committee", "Prague Conference"), ("berezin", "central_committee", "granted")),
    ("Zaslavsky returned to Samara in 1910. In 1912 the Central Committee resolved to admit him in a consultative "
     "capacity to its Russian Bureau.", ["Zaslavsky"], ("Central Committee", "Russian Bureau"),
     ("zaslavsky", "russian_bureau", "granted")),
    ("Within a year she had joined the Union of Struggle, then led by Stepan Radchenko, and was teaching.",
     ["Stepan Radchenko"], ("Union of Struggle",), ("stepan_radchenko", "union_of_struggle", "held")),
    ("The Okhrana's informer in the bureau, Yakov Zhitomirsky, had betrayed her.", ["Yakov Zhitomirsky"], ("Okhrana",),
     ("yakov_zhitomirsky", "okhrana", "held")),
    ("In 1907 Vera was sent as a delegate to the London Congress.", ["Vera"], ("London Congress",),
     ("vera", "london_congress", "granted")),
])
def test_biography_phrasings_of_a_seat(text, persons, orgs, expected):
    assert expected in _got(text, persons, orgs)


def test_sent_to_a_body_without_a_seat_is_no_membership():
    text = "In 1907 Vera was sent to the London Congress with a letter. Orlov sent a report to the Congress."
    assert _got(text, ["Vera", "Orlov"], ("London Congress", "Congress")) == set()


def test_an_object_persuaded_to_leave_leaves_and_one_invited_to_join_does_not_join():
    text = ("Lurie was exiled to Tasseevo. Among the exiles was Iosif Dubrovinsky, who became his closest friend and "
            "persuaded him to leave the Bund.")
    assert _got(text, ["Iosif Dubrovinsky", "Lurie"], ("Bund",)) == {("lurie", "bund", "removed")}
    text = "Lurie was in Geneva. In 1905 Lenin invited him to join the Bund."
    assert _got(text, ["Lenin", "Lurie"], ("Bund",)) == set()


def test_taken_on_as_an_officer_of_a_body_and_a_request_for_something_else():
    text = "Lurie went to Geneva, where Lenin took him on as a secretary of the editorial board of Vpered."
    assert _got(text, ["Lenin", "Lurie"], ("Vpered",)) == {("lurie", "vpered", "held")}
    text = "Lurie was arrested. The Central Committee twice refused his request for funds."
    assert _got(text, ["Lurie"], ("Central Committee",)) == set()


def test_a_body_sending_a_delegate_and_a_kin_nouns_possessor():
    text = "In 1907 the Moscow Committee sent Voronova as a delegate to the London Congress."
    assert ("voronova", "london_congress", "granted") in _got(text, ["Voronova"], ("Moscow Committee", "London Congress"))
    text = ("Voronova was arrested. In prison she learned that her husband had left the party and joined the "
            "Socialist Revolutionaries.")
    assert _got(text, ["Voronova"], ("Socialist Revolutionaries",)) == set()  # the husband joined, not she
    text = "Kerensky was born in Simbirsk. His grandfather was head of the Topographical Bureau."
    assert _got(text, ["Kerensky"], ("Topographical Bureau",)) == set()


def test_the_body_named_again_alone_is_the_one_it_was_of():
    text = ("In 1918 Voronov was appointed to the collegium of the Commissariat of Labour. In 1921 he supported the "
            "Opposition and was removed from the collegium.")
    got = _got(text, ["Voronov"], ("Commissariat of Labour", "Opposition"))
    assert {("voronov", "commissariat_of_labour", "granted"), ("voronov", "commissariat_of_labour", "removed")} <= got
    text = "Voronova sat on the board of the Bank. In 1921 Orlov was removed from the board of the Mill."
    assert ("orlov", "bank", "removed") not in _got(text, ["Voronova", "Orlov"], ("Bank", "Mill"))


def test_a_voice_of_a_kind_on_the_body_deciding_is_a_place_granted():
    from chronicle.extract import extract_string
    rec = extract_string("The Russian Bureau of the Central Committee considered the arrivals. The Bureau resolved to "
                         "admit Muranov as a full member. Stalin, because of 'certain personal traits', was given only "
                         "an advisory voice.6 Kamenev was admitted with a consultative vote.")
    name = {e.id: e.name for e in (*rec.persons, *rec.organizations)}
    got = {(name[m.person], m.role, m.status, name[m.organization]) for m in rec.memberships}
    bureau = "Russian Bureau of the Central Committee"
    assert ("Stalin", "advisory member", "granted", bureau) in got
    assert ("Kamenev", "consultative member", "granted", bureau) in got
    rec = extract_string("The Bureau met. Stalin was not given an advisory voice.")
    assert not rec.memberships


def test_taking_over_a_board_is_a_place_on_it():
    from chronicle.extract import extract_string
    rec = extract_string("Within three days, however, Stalin, Kamenev and Muranov had taken over the editorial board "
                         "of Pravda.")
    name = {e.id: e.name for e in (*rec.persons, *rec.organizations)}
    got = {(name[m.person], m.status, name[m.organization]) for m in rec.memberships}
    assert got == {(p, "granted", "Pravda") for p in ("Stalin", "Kamenev", "Muranov")}


def test_its_chairman_named_through_a_role_noun_of_the_body_a_relative_clause_hangs_on():
    from chronicle.extract import extract_string
    rec = extract_string("Within days he was speaking at the Soviet of Workers' Deputies, which met in the hall of the "
                         "Free Economic Society. Its first chairman, the lawyer Georgy Khrustalev-Nosar, was arrested "
                         "on 26 November.")
    name = {e.id: e.name for e in (*rec.persons, *rec.organizations)}
    got = {(name[m.person], m.role, name[m.organization]) for m in rec.memberships}
    assert got == {("Georgy Khrustalev-Nosar", "chairman", "Soviet of Workers' Deputies")}


# --- round 11: the unseen passages' phrasings (each on a passage written for the test) ---

def test_the_short_form_of_a_body_and_its_chairman_after_the_arrest():
    text = ("The Kharkov Council of Workers' Deputies met daily. Pavel Orlov, who had led the Council’s bureau after "
            "the arrest of its chairman, Ivan Dobrov, in December, was exiled.")
    got = _got(text, ["Pavel Orlov", "Ivan Dobrov"], ("Kharkov Council of Workers' Deputies",))
    org = "kharkov_council_of_workers_deputies"
    assert {("pavel_orlov", org, "held"), ("ivan_dobrov", org, "held")} <= got
    # "the Council historian": an adjective, and a word two bodies share names neither
    text = "The Kharkov Council of Workers' Deputies and the City Council met. Pavel Orlov led the Council."
    assert not _got(text, ["Pavel Orlov"], ("Kharkov Council of Workers' Deputies", "City Council"))


def test_a_noun_in_apposition_to_a_person_is_the_subject_of_its_relative_clause():
    text = ("Anselm Rossi, the Dominican monk who had served the Sicilian Brigade as surgeon since the winter, rode "
            "with the staff.")
    ctx = make_ctx(text, {"Anselm Rossi": "m"}, orgs=("Sicilian Brigade",))
    got = {(m.person, m.organization, m.role, m.status) for m in memberships.run(ctx)["memberships"]}
    assert got == {("anselm_rossi", "sicilian_brigade", "surgeon", "held")}


def test_a_body_named_with_its_leaders_possessive_and_a_unit_of_it_given():
    text = ("Marco Vanni’s Alpine Legion held the pass. At Parma Hugo Lenz joined them with four hundred men. "
            "Marco Vanni gave him a battalion of the Legion.")
    got = _got(text, ["Marco Vanni", "Hugo Lenz"], ("Marco Vanni’s Alpine Legion",))
    assert {("marco_vanni", "marco_vanni_s_alpine_legion", "held"),
            ("hugo_lenz", "marco_vanni_s_alpine_legion", "granted")} <= got


def test_a_command_declined_is_refused():
    for text in ("Enrico Sala would not take the supreme command of the National Guard.",
                 "Enrico Sala refused the command of the National Guard."):
        assert _got(text, ["Enrico Sala"], ("National Guard",)) == {("enrico_sala", "national_guard", "refused")}
    assert _got("Enrico Sala took command of the National Guard.", ["Enrico Sala"], ("National Guard",)) == \
        {("enrico_sala", "national_guard", "granted")}


def test_elected_for_a_place_is_a_seat_in_the_assembly_named_before():
    text = "The Frankfurt Parliament met in May. Robert Blum, elected for Leipzig in the spring, spoke first."
    ctx = make_ctx(text, {"Robert Blum": "m"}, {"Leipzig": None}, orgs=("Frankfurt Parliament",))
    got = {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}
    assert got == {("robert_blum", "frankfurt_parliament", "granted")}
    text = "The Leipzig Choir sang in May. Robert Blum, elected for Leipzig in the spring, spoke first."
    ctx = make_ctx(text, {"Robert Blum": "m"}, {"Leipzig": None}, orgs=("Leipzig Choir",))
    assert not memberships.run(ctx)["memberships"]


def test_among_the_guests_of_the_body_the_paragraph_is_about():
    text = ("The congress of the Workers' League was driven out of Basel by the Swiss Police and met instead at "
            "Zurich, in the Volkshaus. Among the guests were Clara Zetkin, who had come from Stuttgart, and August "
            "Bebel, with whom Lina Morgenstern formed a friendship.")
    ctx = make_ctx(text, {"Clara Zetkin": "f", "August Bebel": "m", "Lina Morgenstern": "f"}, {"Zurich": None},
                   orgs=("Workers' League", "Swiss Police", "Volkshaus"))
    got = {(m.person, m.organization, m.role, m.status) for m in memberships.run(ctx)["memberships"]}
    assert got == {("clara_zetkin", "workers_league", "guest", "held"), ("august_bebel", "workers_league", "guest", "held")}


def test_a_deciding_vote_refused_and_a_consultative_voice_allowed():
    text = ("Yuli Martov reached the Stockholm Congress late. The credentials committee refused him a deciding vote and "
            "allowed him only a consultative voice.")
    got = _got(text, ["Yuli Martov"], ("Stockholm Congress",))
    assert got == {("yuli_martov", "stockholm_congress", "refused"), ("yuli_martov", "stockholm_congress", "granted")}


def test_a_collaborator_on_a_paper_and_the_one_whose_collaborator_he_was():
    text = "Yuli Martov left Geneva in May. His old collaborator on the weekly Iskra, Pavel Axelrod, stayed behind."
    got = _got(text, ["Yuli Martov", "Pavel Axelrod"], ("Iskra",))
    assert got == {("yuli_martov", "iskra", "held"), ("pavel_axelrod", "iskra", "held")}


def test_the_one_who_offered_to_lay_down_a_command_held_it():
    text = ("Carlo Pisani would not take the supreme command of the Army of the Alps, which Pietro Roselli offered to "
            "lay down in his favour.")
    got = _got(text, ["Carlo Pisani", "Pietro Roselli"], ("Army of the Alps",))
    assert got == {("carlo_pisani", "army_of_the_alps", "refused"), ("pietro_roselli", "army_of_the_alps", "held")}
    text = "Pietro Roselli kept the command of the Army of the Alps, which Carlo Pisani had resigned in May."
    got = _got(text, ["Carlo Pisani", "Pietro Roselli"], ("Army of the Alps",))
    assert got == {("carlo_pisani", "army_of_the_alps", "removed"), ("pietro_roselli", "army_of_the_alps", "held")}


def test_those_one_sat_on_a_body_with_sat_on_it_too():
    text = "Vera Orlova, who sat on the Central Bureau with Pavel Gusev and Anna Lenz, did not intervene."
    got = _got(text, ["Vera Orlova", "Pavel Gusev", "Anna Lenz"], ("Central Bureau",))
    assert got == {(p, "central_bureau", "held") for p in ("vera_orlova", "pavel_gusev", "anna_lenz")}
    text = "Vera Orlova spoke on the Central Bureau with Pavel Gusev."
    assert ("pavel_gusev", "central_bureau", "held") not in _got(text, ["Vera Orlova", "Pavel Gusev"], ("Central Bureau",))


def test_colleagues_of_a_body_listed_and_those_who_resigned_with_him():
    text = ("Luigi Ferri wanted the city held. When the Council voted to yield, the Regent resigned, and with him his "
            "colleagues of the Directory, Paolo Sarti and Marco Bini, rather than sign the terms.")
    got = _got(text, ["Luigi Ferri", "Paolo Sarti", "Marco Bini"], ("Council", "Directory"))
    assert got == {(p, "directory", "removed") for p in ("luigi_ferri", "paolo_sarti", "marco_bini")}
    text = "In 1922 Ivan Gusev sat in the Bureau; his colleagues on the Bureau, Paolo Sarti and Marco Bini, distrusted him."
    got = _got(text, ["Ivan Gusev", "Paolo Sarti", "Marco Bini"], ("Bureau",))
    assert got == {(p, "bureau", "held") for p in ("ivan_gusev", "paolo_sarti", "marco_bini")}


def test_a_person_proposed_for_a_body_who_will_not_stand_is_refused():
    text = ("The Directory resigned that evening. A new directory was named the next day. A handful of deputies proposed "
            "Carlo Pisani for it, but he would not let his name go forward; nor would he take the supreme command of "
            "the Army of the Alps.")
    got = _got(text, ["Carlo Pisani"], ("Directory", "Army of the Alps"))
    assert got == {("carlo_pisani", "directory", "refused"), ("carlo_pisani", "army_of_the_alps", "refused")}
    text = "The Directory met that evening. A handful of deputies proposed Carlo Pisani for it."
    assert not _got(text, ["Carlo Pisani"], ("Directory",))


def test_in_charge_of_a_body():
    text = "In May Anna Voronova was elected to the Moscow Committee, and within a week she was in charge of its Bureau."
    ctx = make_ctx(text, {"Anna Voronova": "f"}, orgs=("Moscow Committee", "Bureau"))
    got = {(m.person, m.organization, m.status) for m in memberships.run(ctx)["memberships"]}
    assert {("anna_voronova", "moscow_committee", "granted"), ("anna_voronova", "bureau", "held")} <= got
    got = _got("The Bureau put Pavel Gusev in charge of the Press Section.", ["Pavel Gusev"], ("Bureau", "Press Section"))
    assert got == {("pavel_gusev", "press_section", "granted")}


def test_a_chairmanship_that_went_to_someone():
    text = "After the congress the chairmanship of the Workers' Council went at first to Ivan Lapin."
    assert _got(text, ["Ivan Lapin"], ("Workers' Council",)) == {("ivan_lapin", "workers_council", "granted")}


def test_resigned_from_it_is_the_body_named_just_before():
    text = ("Ivan Lapin's support for the strike put him at odds with the majority of the Workers' Council, and on "
            "4 May he resigned from it.")
    assert _got(text, ["Ivan Lapin"], ("Workers' Council",)) == {("ivan_lapin", "workers_council", "removed")}
    text = "Ivan Lapin met the Workers' Council in a crowded hall, and he left it at noon."
    assert not _got(text, ["Ivan Lapin"], ("Workers' Council",))


def test_the_chair_of_a_body_and_the_one_elected_in_his_place():
    text = ("Four days later Ivan Lapin was removed from the chair of the Workers' Council, and Pavel Gusev was "
            "elected in his place.")
    ctx = make_ctx(text, {"Ivan Lapin": "m", "Pavel Gusev": "m"}, orgs=("Workers' Council",))
    got = {(m.person, m.organization, m.role, m.status) for m in memberships.run(ctx)["memberships"]}
    assert got == {("ivan_lapin", "workers_council", "chairman", "removed"),
                   ("pavel_gusev", "workers_council", "chairman", "granted")}


# Biography's posts in armed services and bodies (found on the passages bukharin-1911 and nelson-1805; the
# passages below are written for these tests).

def test_appointed_to_the_command_of_a_body_is_granted():
    text = "Olga Reiss was appointed to the command of the Baltic Division in March."
    assert _got(text, ["Olga Reiss"], ("Baltic Division",)) == {("olga_reiss", "baltic_division", "granted")}


def test_a_second_preposition_joined_to_the_first_is_elected_too():
    text = "Kravets had been elected to the Petersburg Committee that spring and to the Central Bureau in June."
    assert _got(text, ["Kravets"], ("Petersburg Committee", "Central Bureau")) == {
        ("kravets", "petersburg_committee", "granted"), ("kravets", "central_bureau", "granted")}


def test_a_proposal_that_came_to_nothing_is_refused_and_a_bare_proposal_is_nothing():
    text = ("When Orlov proposed Semyonov for the editorial board of Zarya, the others objected that he was too "
            "young, and the proposal lapsed.")
    assert _got(text, ["Orlov", "Semyonov"], ("Zarya",)) == {("semyonov", "zarya", "refused")}
    assert _got("Orlov proposed Semyonov for the editorial board of Zarya.", ["Orlov", "Semyonov"], ("Zarya",)) == set()


def test_leaving_as_a_bodys_correspondent_keeps_the_post():
    assert _got("Semyonov left as Iskra’s Berlin correspondent and nothing more.", ["Semyonov"], ("Iskra",)) == {
        ("semyonov", "iskra", "held")}
    assert _got("Semyonov resigned as editor of Iskra in May.", ["Semyonov"], ("Iskra",)) == {
        ("semyonov", "iskra", "removed")}
    assert _got("Semyonov left Iskra in May.", ["Semyonov"], ("Iskra",)) == {("semyonov", "iskra", "removed")}


def test_a_rank_before_a_name_of_a_body_is_a_post_in_it():
    text = "At dawn Colonel James Wright of the Royal Engineers rode into the camp."
    assert _got(text, ["James Wright"], ("Royal Engineers",)) == {("james_wright", "royal_engineers", "held")}
    # eighth session: a named person's "of" the body reads as held without a rank too ("Y of the great Committee")
    assert _got("At dawn James Wright of the Royal Engineers rode in.", ["James Wright"], ("Royal Engineers",)) == {
        ("james_wright", "royal_engineers", "held")}


@pytest.mark.parametrize("text", [
    "Admiral Harwood was second in command of the Channel Fleet.",
    "Harwood, second in command of the Channel Fleet, disagreed.",
    "He was appointed to the command of the Channel Fleet, with Harwood, who had served in the Indies, as his second.",
    "In May Jervis was given the command of the Channel Fleet, with Rear-Admiral Harwood for his second.",
])
def test_second_in_command_is_held(text):
    assert ("harwood", "channel_fleet", "held") in _got(text, ["Harwood", "Jervis"], ("Channel Fleet",))


def test_recalled_from_a_body_is_removed_and_remembering_is_not():
    assert _got("Harwood was recalled from the Channel Fleet in June.", ["Harwood"], ("Channel Fleet",)) == {
        ("harwood", "channel_fleet", "removed")}
    assert _got("Harwood recalled the Channel Fleet of his youth.", ["Harwood"], ("Channel Fleet",)) == set()


def test_on_the_editorial_board_is_held_and_writing_for_a_paper_is_a_contributor():
    assert _got("Semyonov was on the editorial board of Iskra.", ["Semyonov"], ("Iskra",)) == {
        ("semyonov", "iskra", "held")}
    assert _got("Semyonov wrote for Iskra from Berlin.", ["Semyonov"], ("Iskra",)) == {("semyonov", "iskra", "held")}
    assert _got("That winter Semyonov began writing regularly for Iskra.", ["Semyonov"], ("Iskra",)) == {
        ("semyonov", "iskra", "held")}
    # a piece written for the paper is no post on it
    assert _got("Semyonov wrote a long letter for Iskra.", ["Semyonov"], ("Iskra",)) == set()
    assert _got("The memoir that Semyonov wrote for Iskra was never printed.", ["Semyonov"], ("Iskra",)) == set()


@pytest.mark.parametrize("text, status", [
    ("Alby was in command of the Channel Fleet.", "held"),
    ("Alby was relieved of the command of the Channel Fleet.", "removed"),
    ("Alby hoisted his flag in the Channel Fleet.", "granted"),
    ("In the Channel Fleet, Alby flew his flag.", "held"),
])
def test_naval_commands_and_flags(text, status):
    assert _got(text, ["Alby"], ("Channel Fleet",)) == {("alby", "channel_fleet", status)}


def test_succeeding_someone_as_an_officer_of_a_body():
    text = "In 1804 Alby succeeded Crewe as chairman of the Treasury Board."
    assert _got(text, ["Alby", "Crewe"], ("Treasury Board",)) == {
        ("alby", "treasury_board", "granted"), ("crewe", "treasury_board", "removed")}
