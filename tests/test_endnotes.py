from chronicle.ingest.endnotes import anchor_before, find_markers, mask

GLUED = ("He left at the end of the war).1 Then Louis XIV came. Pope Pius 9 spoke in 1916–17 "
         "on 12 March. Sixteen-year-old boys listed 1) the first demand. He disliked his remarks’.2 "
         "and said so to him.’3 Then came the welcoming party.)4 Prices rose 3.5 percent.")


def test_glued_markers_found_with_numbers_and_offsets():
    ms = find_markers(GLUED)
    assert [m.number for m in ms] == [1, 2, 3, 4]
    assert all(GLUED[m.start:m.end] == str(m.number) for m in ms)
    assert GLUED[ms[0].start - 2:ms[0].start] == ")."


def test_numbers_belonging_to_the_text_are_not_markers():
    ms = find_markers(GLUED)
    taken = {GLUED[m.start - 3:m.end] for m in ms}
    for text_number in ("Pius 9", "1916–17", "12 March", "1) the", "3.5"):
        i = GLUED.index(text_number)
        assert not any(i <= m.start < i + len(text_number) for m in ms), (text_number, taken)


def test_bracketed_markers_and_note_bodies():
    text = "discovered to be forgeries;[1] and so on.\n\n[1] Part of the famous documents.\n"
    ms = find_markers(text)
    assert [(m.number, text[m.start:m.end]) for m in ms] == [(1, "[1]")]
    assert anchor_before(text, ms[0].start).endswith("forgeries;")


def test_mask_keeps_length_and_hides_markers():
    ms = find_markers(GLUED)
    masked = mask(GLUED, ms)
    assert len(masked) == len(GLUED)
    assert "war).  Then" in masked


def test_marker_sequence_restarting_at_one_in_new_chapter():
    text = "the end.1 More text.2\n\nChapter 2\n\nNew start.1 and again.2"
    assert [m.number for m in find_markers(text)] == [1, 2, 1, 2]


def test_out_of_sequence_word_glued_number_is_not_a_marker():
    text = "the war.1 He flew a B52 There were many.2"
    assert [m.number for m in find_markers(text)] == [1, 2]


def test_marker_after_a_year_ending_the_sentence():
    text = "He was first arrested in 1897.1 He escaped in 1904.2 Prices fell by 3.5 percent in 1905."
    ms = find_markers(text)
    assert [(m.number, text[m.start - 5:m.start]) for m in ms] == [(1, "1897."), (2, "1904.")]


def test_marker_after_a_span_of_years_ending_the_sentence():
    text = "She had spoken across the country on a lecture tour of 1915–16.1\n\nThe ministry was hers.2 Prices rose by 16.5 in 1917–18."
    ms = find_markers(text)
    assert [(m.number, text[m.start - 3:m.start]) for m in ms] == [(1, "16."), (2, "rs.")]


def test_a_note_after_a_small_number_ending_the_sentence_is_a_note_but_a_decimal_is_not():
    text = ("Lenin called the idea a phrase.8 The Congress approved it by 30 votes to 12.9 Prices rose to "
            "3.5 per cent.10 The rate was 12.3 in May.11\n")
    got = [(m.number, text[m.start - 3:m.end]) for m in find_markers(text)]
    assert [n for n, _ in got] == [8, 9, 10, 11]
    assert got[1] == (9, "12.9")


def test_parenthesized_markers_glued_to_the_sentence_but_not_a_spaced_list():
    text = ("That night the Emperor left in a closed carriage, with one general for his only companion.(1) "
            "The marshal kept the command. They asked for three things: (2) bread, peace and land. "
            "The army reached the river on 14 November.(2) Few crossed.(3) He preached on three heads: '(1) asking "
            "for grace'. A charity under 501(c)(3) law.\n")
    ms = find_markers(text)
    assert [(m.number, text[m.start:m.end]) for m in ms] == [(1, "(1)"), (2, "(2)"), (3, "(3)")]
    assert anchor_before(text, ms[0].start).endswith("his only companion.")
    assert "(2) bread" in mask(text, ms)


def test_superscript_markers_keep_offsets_and_sequence():
    text = "He left at the end of the war).¹ The square measured 10 m² in all. He disliked his remarks’.² Then more.³"
    ms = find_markers(text)
    assert [(m.number, text[m.start - 2:m.end]) for m in ms] == [(1, ").¹"), (2, "’.²"), (3, "e.³")]
