"""Tests for chronicle.ingest: bad inputs refused with the right error, good ones read exactly."""
from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import pytest

from chronicle.errors import (
    BinaryInput,
    DecodingError,
    EmptyInput,
    InputError,
    InputTooLarge,
    MalformedInput,
    MissingInput,
    NotAFile,
)
from chronicle.ingest import SourceText, read_document

REED = Path("/work/shared/corpus/gutenberg/reed_ten_days_that_shook_the_world_pg3076.txt")

GUTENBERG = """\ufeffThe Project Gutenberg EBook of The Small War, by A. Writer\r
\r
This eBook is for the use of anyone anywhere at no cost.\r
\r
Title: The Small War\r
       and Its Aftermath\r
\r
Author: A. Writer\r
\r
*** START OF THIS PROJECT GUTENBERG EBOOK THE SMALL WAR ***\r
\r
Produced by A Volunteer\r
\r
\r
CHAPTER I\r
\r
The March\r
\r
On 3 May 1917 the regiment left Petrograd.[1]\r
\r
[1] The date is Old Style.\r
\r
CHAPTER II\r
\r
They reached Moscow a week later.\r
\r
NOTES\r
\r
1. A note at the end.\r
\r
End of the Project Gutenberg EBook of The Small War\r
\r
*** END OF THIS PROJECT GUTENBERG EBOOK THE SMALL WAR ***\r
\r
Licence text that is not part of the book.\r
"""


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def slice_of(doc: SourceText, span: tuple[int, int]) -> str:
    return doc.text[span[0]:span[1]]


def body_text(doc: SourceText) -> str:
    return "\n".join(slice_of(doc, r) for r in doc.body)


# --- bad inputs -----------------------------------------------------------------------------


def test_missing_path_raises_missing_input(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    with pytest.raises(MissingInput, match="nowhere.txt"):
        read_document(path)


def test_directory_raises_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(NotAFile, match="directory"):
        read_document(tmp_path)


def test_empty_file_raises_empty_input(tmp_path: Path) -> None:
    with pytest.raises(EmptyInput, match="empty"):
        read_document(write(tmp_path, "empty.txt", b""))


def test_whitespace_only_file_raises_empty_input(tmp_path: Path) -> None:
    with pytest.raises(EmptyInput, match="whitespace"):
        read_document(write(tmp_path, "blank.txt", " \n\t\r\n  \n"))


def test_binary_file_raises_binary_input(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(BinaryInput, match="image.txt"):
        read_document(write(tmp_path, "image.txt", png))


def test_control_bytes_without_nul_raise_binary_input(tmp_path: Path) -> None:
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 50 + b"some words"
    with pytest.raises(BinaryInput):
        read_document(write(tmp_path, "controls.txt", data))


def test_invalid_utf8_byte_raises_decoding_error_with_offset(tmp_path: Path) -> None:
    data = "Café in Petrograd — “quoted”.\n".encode() + b"bad \xff byte\n"
    offset = data.index(b"\xff")
    with pytest.raises(DecodingError, match=f"offset {offset}"):
        read_document(write(tmp_path, "broken.txt", data))


def test_stray_bytes_in_ascii_text_raise_decoding_error(tmp_path: Path) -> None:
    data = ("Trotsky arrived. " * 20).encode() + b"\xff\xfe bad" + b" more text."
    with pytest.raises(DecodingError, match="offset 340"):
        read_document(write(tmp_path, "stray.txt", data))


def test_invalid_utf16_after_bom_raises_decoding_error(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8"  # lone high surrogate
    with pytest.raises(DecodingError, match="utf-16-le"):
        read_document(write(tmp_path, "bad16.txt", data))


def test_oversized_file_fails_on_size_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(200_000_000)  # sparse: no 200 MB written

    def never(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("the file was read despite its size")

    monkeypatch.setattr("chronicle.ingest.read_bytes", never)
    with pytest.raises(InputTooLarge, match="200000000 bytes.*50000000"):
        read_document(path)


def test_max_bytes_is_configurable(tmp_path: Path) -> None:
    path = write(tmp_path, "small.txt", "x" * 100)
    with pytest.raises(InputTooLarge, match="limit of 10 bytes"):
        read_document(path, max_bytes=10)


def test_not_a_zip_epub_raises_malformed_input(tmp_path: Path) -> None:
    with pytest.raises(MalformedInput, match="book.epub"):
        read_document(write(tmp_path, "book.epub", "this is plain text, not a zip archive"))


def test_epub_without_package_document_raises_malformed_input(tmp_path: Path) -> None:
    path = tmp_path / "noopf.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("OEBPS/ch1.xhtml", _xhtml("<h1>One</h1><p>Text.</p>"))
    with pytest.raises(MalformedInput, match="no package document"):
        read_document(path)


def test_epub_with_broken_xhtml_raises_malformed_input(tmp_path: Path) -> None:
    path = _epub(tmp_path, [("ch1.xhtml", "<html><body><p>unclosed</body></html>", "")])
    with pytest.raises(MalformedInput, match="ch1.xhtml.*broken XML"):
        read_document(path)


def test_epub_spine_naming_missing_file_raises_malformed_input(tmp_path: Path) -> None:
    path = _epub(tmp_path, [("ch1.xhtml", _xhtml("<p>Hi.</p>"), "")], drop={"OEBPS/ch1.xhtml"})
    with pytest.raises(MalformedInput, match="lacks it"):
        read_document(path)


def test_error_messages_are_one_line_with_path_and_code(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.md", b"")
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message and message.startswith("[E103]")


# --- decoding ---------------------------------------------------------------------------------


def test_utf16_with_bom_is_decoded_and_bom_dropped(tmp_path: Path) -> None:
    original = "Chapter 1\n\nLenin arrived at the Finland Station — “Peace!”\n"
    doc = read_document(write(tmp_path, "u16.txt", codecs.BOM_UTF16_LE + original.encode("utf-16-le")))
    assert doc.text == original
    assert doc.encoding == "utf-16-le"


def test_utf16_big_endian_and_utf32_boms(tmp_path: Path) -> None:
    original = "Kerensky fled.\n"
    be = read_document(write(tmp_path, "be.txt", codecs.BOM_UTF16_BE + original.encode("utf-16-be")))
    u32 = read_document(write(tmp_path, "u32.txt", codecs.BOM_UTF32_LE + original.encode("utf-32-le")))
    assert be.text == u32.text == original
    assert (be.encoding, u32.encoding) == ("utf-16-be", "utf-32-le")


def test_utf8_bom_is_dropped_and_offsets_count_from_after_it(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "bom.txt", codecs.BOM_UTF8 + "Smolny Institute.\n".encode()))
    assert doc.text == "Smolny Institute.\n"
    assert doc.encoding == "utf-8-sig"
    assert doc.paragraphs == ((0, 17),)


def test_cp1252_curly_quotes_are_decoded(tmp_path: Path) -> None:
    original = "He said \u201cAll power to the Soviets!\u201d \u2014 it wasn\u2019t a caf\u00e9 matter.\n"
    doc = read_document(write(tmp_path, "legacy.txt", original.encode("cp1252")))
    assert doc.text == original
    assert doc.encoding == "cp1252"


def test_koi8r_cyrillic_is_detected(tmp_path: Path) -> None:
    original = "Вся власть Советам! Временное правительство низложено. Да здравствует революция!\n" * 4
    doc = read_document(write(tmp_path, "russian.txt", original.encode("koi8-r")))
    assert doc.text == original
    assert doc.encoding == "koi8-r"


def test_declared_html_charset_is_used_for_non_utf8_bytes(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-1"><title>T</title></head><body><p>Caf\u00e9</p></body></html>'
    doc = read_document(write(tmp_path, "page.html", page.encode("latin-1")))
    assert doc.text == "Caf\u00e9"
    assert doc.encoding == "iso8859-1"


# --- plain text ---------------------------------------------------------------------------------


def test_txt_text_equals_decoded_file_exactly(tmp_path: Path) -> None:
    raw = GUTENBERG.encode("utf-8")
    doc = read_document(write(tmp_path, "war.txt", raw))
    assert doc.text == raw.decode("utf-8-sig")  # \r\n kept, only the BOM dropped
    assert doc.format == "text"
    for start, end in doc.paragraphs:
        assert doc.text[start:end].strip() == doc.text[start:end] != ""


def test_gutenberg_header_and_footer_are_not_body(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "war.txt", GUTENBERG))
    body = body_text(doc)
    assert body.startswith("CHAPTER I")
    assert "Project Gutenberg" not in body and "Produced by" not in body and "Licence" not in body
    assert "left Petrograd" in body and "reached Moscow" in body
    assert doc.title == "The Small War and Its Aftermath"


def test_text_chapters_titles_and_trailing_notes(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "war.txt", GUTENBERG))
    assert [(s.kind, s.title) for s in doc.sections] == [
        ("chapter", "CHAPTER I. The March"),
        ("chapter", "CHAPTER II"),
        ("notes", "NOTES"),
    ]
    notes = [slice_of(doc, r) for r in doc.notes]
    assert notes == ["[1] The date is Old Style.", "NOTES\r\n\r\n1. A note at the end."]
    assert "Old Style" not in body_text(doc) and "A note at the end" not in body_text(doc)
    for section in doc.sections:
        assert slice_of(doc, (section.start, section.end)).startswith(section.title.split(".")[0])


def test_older_gutenberg_markers(tmp_path: Path) -> None:
    text = (
        "**The Project Gutenberg Etext of Old Days**\n\n"
        "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*\n\n"
        "The story itself.\n\nEnd of The Project Gutenberg Etext of Old Days\n"
    )
    doc = read_document(write(tmp_path, "old.txt", text))
    assert body_text(doc) == "The story itself."
    assert doc.title == "Old Days"


def test_roman_numeral_headings_when_no_chapter_words(tmp_path: Path) -> None:
    text = "A Memoir\n\nI\n\nFirst part text.\n\nII\n\nSecond part text.\n"
    doc = read_document(write(tmp_path, "memoir", text))
    assert [(s.kind, s.title) for s in doc.sections] == [
        ("front", "Front matter"), ("chapter", "I"), ("chapter", "II")]
    assert doc.title == "memoir"


def test_file_without_gutenberg_frame_is_all_body(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "plain.txt", "\n\nJust one paragraph.\n\n"))
    assert doc.body == ((2, 21),) and doc.notes == () and doc.sections[0].kind == "front"


# --- markdown -----------------------------------------------------------------------------------


def test_markdown_is_verbatim_and_headings_are_chapters(tmp_path: Path) -> None:
    text = (
        "# The Book\n\nIntro words.\n\n## First\n\nOne.[^1]\n\n```\n# not a heading\n```\n\n"
        "Second\n------\n\nTwo.\n\n## Notes\n\n[^1]: The note.\n"
    )
    doc = read_document(write(tmp_path, "book.md", text))
    assert doc.text == text and doc.format == "markdown"
    assert [(s.kind, s.title) for s in doc.sections] == [
        ("front", "The Book"), ("chapter", "First"), ("chapter", "Second"), ("notes", "Notes")]
    assert "The note." not in body_text(doc)
    assert any("The note." in slice_of(doc, r) for r in doc.notes)


# --- HTML ---------------------------------------------------------------------------------------


HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Red Petrograd</title>
<style>p { color: red; } .secret-style {}</style>
<script>var secretScript = "do not extract";</script></head>
<body>
<nav><a href="#c1">Contents link</a></nav>
<h1>Red Petrograd</h1>
<h2>Chapter One</h2>
<p>The   cruiser <em>Aurora</em>
fired.<sup><a class="footnote-ref" href="#fn1">1</a></sup></p>
<p>Line one<br>line two</p>
<script>alert("secretScript2")</script>
<h2>Chapter Two</h2>
<div><p>Nested paragraph.</p>Tail text.</div>
<section class="footnotes" role="doc-endnotes"><h2>Notes</h2><ol><li id="fn1">A cruiser.</li></ol></section>
</body></html>
"""


def test_html_script_and_style_contents_are_dropped(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "page.html", HTML_PAGE))
    for secret in ("secretScript", "secret-style", "color: red", "Contents link", "alert"):
        assert secret not in doc.text
    assert doc.title == "Red Petrograd" and doc.format == "html"


def test_html_blocks_become_paragraphs_and_headings_sections(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "page.html", HTML_PAGE))
    paragraphs = [slice_of(doc, p) for p in doc.paragraphs]
    assert "The cruiser Aurora fired.1" in paragraphs
    assert "Line one\nline two" in paragraphs
    assert ["Nested paragraph.", "Tail text."] == paragraphs[paragraphs.index("Nested paragraph."):][:2]
    assert doc.text == "\n\n".join(paragraphs)
    assert [(s.kind, s.title) for s in doc.sections] == [
        ("front", "Red Petrograd"), ("chapter", "Chapter One"), ("chapter", "Chapter Two"), ("notes", "Notes")]
    assert [slice_of(doc, r) for r in doc.notes] == ["Notes\n\nA cruiser."]
    assert "A cruiser." not in body_text(doc)


def test_unknown_extension_is_sniffed_as_html(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "page.data", HTML_PAGE))
    assert doc.format == "html"
    assert read_document(write(tmp_path, "notes.data", "Plain words.\n")).format == "text"


# --- EPUB ---------------------------------------------------------------------------------------


def _xhtml(body: str, body_attrs: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
        f"<head><title>doc</title></head><body{body_attrs}>{body}</body></html>"
    )


def _epub(tmp_path: Path, documents: list[tuple[str, str, str]], *, spine: list[str] | None = None,
          drop: set[str] = frozenset()) -> Path:
    """An EPUB 3 with *documents* as (file name, content, manifest properties)."""
    manifest = "".join(
        f'<item id="i{n}" href="{name}" media-type="application/xhtml+xml"'
        + (f' properties="{props}"' if props else "") + "/>"
        for n, (name, _, props) in enumerate(documents)
    )
    order = spine or [name for name, _, _ in documents]
    ids = {name: f"i{n}" for n, (name, _, _) in enumerate(documents)}
    itemrefs = "".join(f'<itemref idref="{ids[name]}"/>' for name in order)
    opf = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Ten Days</dc:title></metadata>'
        f"<manifest>{manifest}</manifest><spine>{itemrefs}</spine></package>"
    )
    container = (
        '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
        '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    files = {"mimetype": "application/epub+zip", "META-INF/container.xml": container, "OEBPS/content.opf": opf}
    files.update({f"OEBPS/{name}": content for name, content, _ in documents})
    path = tmp_path / "book.epub"
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            if name not in drop:
                archive.writestr(name, content)
    return path


def test_epub_chapters_follow_spine_order_and_notes_are_notes(tmp_path: Path) -> None:
    documents = [
        ("nav.xhtml", _xhtml('<nav epub:type="toc"><ol><li>Ch</li></ol></nav>'), "nav"),
        ("b_second.xhtml", _xhtml("<h1>Chapter Two</h1><p>Moscow rose.</p>"), ""),
        ("a_first.xhtml", _xhtml("<p>Epigraph line.</p><h1>Chapter One</h1><p>Petrograd &amp; the Neva.</p>"
                                 '<aside epub:type="footnote"><p>1. An inline footnote.</p></aside>'), ""),
        ("back.xhtml", _xhtml('<section epub:type="endnotes"><h1>Endnotes</h1><p>1. The note.</p></section>'), ""),
    ]
    spine = ["nav.xhtml", "a_first.xhtml", "b_second.xhtml", "back.xhtml"]
    doc = read_document(_epub(tmp_path, documents, spine=spine))
    assert doc.format == "epub" and doc.title == "Ten Days" and doc.encoding == "utf-8"
    assert [(s.kind, s.title) for s in doc.sections] == [
        ("chapter", "Chapter One"), ("chapter", "Chapter Two"), ("notes", "Endnotes")]
    assert slice_of(doc, (doc.sections[0].start, doc.sections[0].end)).startswith("Epigraph line.")
    assert doc.text.index("Petrograd & the Neva.") < doc.text.index("Moscow rose.")
    notes = [slice_of(doc, r) for r in doc.notes]
    assert notes == ["1. An inline footnote.", "Endnotes\n\n1. The note."]
    body = body_text(doc)
    assert "Moscow rose." in body and "The note." not in body and "inline footnote" not in body
    assert "Ch" not in doc.text.split("\n\n")  # the nav document's list is dropped


def test_epub_notes_document_found_by_file_name_and_title_fallbacks(tmp_path: Path) -> None:
    documents = [
        ("chapter1.xhtml", _xhtml("<p>No heading here.</p>"), ""),
        ("notes.xhtml", _xhtml("<p>1. By name.</p>"), ""),
    ]
    doc = read_document(_epub(tmp_path, documents))
    assert [(s.kind, s.title) for s in doc.sections] == [("chapter", "doc"), ("notes", "doc")]
    assert [slice_of(doc, r) for r in doc.notes] == ["1. By name."]


def test_epub2_xhtml_with_doctype_keeps_named_entities(tmp_path: Path) -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" '
        '"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>t</title></head><body><h2>Chapter&nbsp;I</h2><p>Trotsky&mdash;spoke.</p></body></html>"
    )
    doc = read_document(_epub(tmp_path, [("c1.xhtml", page, "")]))
    assert doc.text == "Chapter\u00a0I\n\nTrotsky\u2014spoke."
    assert [s.title for s in doc.sections] == ["Chapter I"]  # titles collapse all whitespace


def test_epub_corrupt_member_raises_malformed_input(tmp_path: Path) -> None:
    path = _epub(tmp_path, [("ch1.xhtml", _xhtml("<p>" + "words " * 200 + "</p>"), "")])
    data = bytearray(path.read_bytes())
    start = data.index(b"words words") if b"words words" in data else None
    assert start is not None  # stored uncompressed by writestr default, so corrupt the CRC instead
    data[start:start + 5] = b"XXXXX"
    path.write_bytes(bytes(data))
    with pytest.raises(MalformedInput, match="book.epub"):
        read_document(path)


# --- the real corpus ----------------------------------------------------------------------------


@pytest.mark.skipif(not REED.exists(), reason="shared corpus not available")
def test_reed_ten_days_chapters_and_footnotes() -> None:
    doc = read_document(REED)
    assert doc.title == "Ten Days That Shook the World"
    assert doc.text == REED.read_text(encoding="utf-8")
    chapters = [s.title for s in doc.sections if s.kind == "chapter" and s.title.startswith("Chapter")]
    assert len(chapters) == 12 and chapters[0] == "Chapter I. Background"
    assert len(doc.notes) == 17 and slice_of(doc, doc.notes[0]).startswith("[1] ")
    body = body_text(doc)
    assert "*** START" not in body and "Project Gutenberg" not in body
    assert body.rstrip().endswith("until it finally dissolved....")


def test_epub_extracted_end_to_end_into_a_database(tmp_path: Path) -> None:
    import chronicle
    from chronicle.store import open_store

    documents = [
        ("c1.xhtml", _xhtml("<h1>Chapter One</h1><p>General Kornilov marched on Petrograd in "
                            "September 1917.1 Kerensky was alarmed.</p>"), ""),
        ("c2.xhtml", _xhtml("<h1>Chapter Two</h1><p>Kerensky fled to Pskov.2</p>"), ""),
        ("notes.xhtml", _xhtml('<section epub:type="endnotes"><h1>Notes</h1><p>1. See the memoirs of '
                               "Miliukov.</p><p>2. Pskov was the headquarters.</p></section>"), ""),
    ]
    db = tmp_path / "book.db"
    result = chronicle.extract([_epub(tmp_path, documents)], db=db)
    rec = result.record
    assert [s.kind for s in rec.documents[0].sections] == ["chapter", "chapter", "notes"]
    assert [n.number for n in rec.endnotes] == [1, 2]
    assert {"Kornilov", "Kerensky"} <= {p.name.split()[-1] for p in rec.persons}
    store = open_store(db)
    try:
        text = store.text(rec.documents[0].id)
    finally:
        store.close()
    for p in rec.persons:
        for m in p.mentions:
            assert text[m.start:m.end] == m.text
    assert text[rec.endnotes[0].offset] == "1"
