"""Bytes to text, never guessing silently.

Order of evidence: a byte-order mark; strict UTF-8; an encoding the file
declares (HTML ``<meta charset>``, XML declaration, Gutenberg
``Character set encoding:``); finally a legacy 8-bit guess: charset-normalizer
for text in a non-Latin script (koi8-r, cp1251...), otherwise cp1252, which
must then read as plausible prose. Bytes that look like a binary file raise
:class:`BinaryInput`; a file that is mostly UTF-8 (or ASCII) but holds
invalid bytes raises :class:`DecodingError` naming the byte offset.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from chronicle.errors import BinaryInput, DecodingError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_VALID_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_CONTROL_BYTE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_DECLARED = (
    re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I),
    re.compile(rb"<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.I),
    re.compile(rb"^Character set encoding:\s*([A-Za-z0-9_.:-]+)", re.I | re.M),
)
_CONTROL_CHARS = frozenset(chr(c) for c in [*range(0, 9), *range(14, 27), *range(28, 32), 127])
_SNIFF = 64 * 1024
_MAX_CONTROL_SHARE = 0.05
_MIN_HIGH_SHARE_FOR_GUESS = 0.05
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode *data* read from *path*; return ``(text, encoding)``.

    A leading BOM is dropped from the text; nothing else is changed.
    """
    text, encoding = _decode(data, path)
    _refuse_control_text(text, path)
    return text, encoding


def _decode(data: bytes, path: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            name = "utf-8-sig" if encoding == "utf-8" else encoding
            return _strict(data[len(bom):], encoding, path, len(bom)), name
    utf16 = _bomless_utf16(data)
    if utf16:
        return _strict(data, utf16, path, 0), utf16
    _refuse_binary(data, path)
    return _without_bom(data, path)


def _without_bom(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes that carry no BOM and look like text."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    declared = declared_encoding(data)
    if declared is not None:
        return _strict(data, declared, path, 0), declared
    if _mostly_utf8(data):
        raise DecodingError(
            f"{path}: invalid UTF-8 byte 0x{data[utf8_error.start]:02x} at byte offset "
            f"{utf8_error.start} in a file that is otherwise UTF-8"
        ) from utf8_error
    return _legacy(data, path)


def declared_encoding(data: bytes) -> str | None:
    """The encoding the file names for itself near its start, if Python knows it."""
    head = data[:_SNIFF]
    for pattern in _DECLARED:
        match = pattern.search(head)
        if match:
            name = match.group(1).decode("ascii", "replace")
            try:
                found = codecs.lookup(name).name
            except LookupError:
                return None
            # a BOM-less "utf-16"/"utf-32" declaration in 8-bit bytes is a known authoring slip
            return None if found.startswith(("utf-16", "utf-32")) else found
    return None


def _strict(data: bytes, encoding: str, path: str, shift: int) -> str:
    """Decode strictly; an error names the byte offset in the whole file."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodingError(
            f"{path}: bytes at offset {exc.start + shift} are not valid {encoding} ({exc.reason})"
        ) from exc


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the NUL bytes fall on one parity only, as in ASCII-heavy UTF-16."""
    sample = data[:_SNIFF]
    if len(sample) < 4 or len(sample) % 2 or b"\x00" not in sample:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls == 0:
        return "utf-16-be"
    return None


def _refuse_binary(data: bytes, path: str) -> None:
    """Raise :class:`BinaryInput` for NUL bytes or a high share of control bytes."""
    sample = data[:_SNIFF]
    nul = sample.find(b"\x00")
    if nul >= 0:
        raise BinaryInput(f"{path}: looks binary (NUL byte at offset {nul})")
    controls = len(_CONTROL_BYTE.findall(sample))
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise BinaryInput(
            f"{path}: looks binary ({controls} control bytes in the first {len(sample)} bytes)"
        )


def _refuse_control_text(text: str, path: str) -> None:
    """Raise :class:`BinaryInput` when decoded text is full of control characters."""
    sample = text[:_SNIFF]
    controls = sum(1 for char in sample if char in _CONTROL_CHARS)
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise BinaryInput(f"{path}: looks binary ({controls} control characters after decoding)")


def _mostly_utf8(data: bytes) -> bool:
    """True when valid UTF-8 multi-byte sequences are at least as common as stray high bytes."""
    valid = _VALID_MULTIBYTE.findall(data)
    if not valid:
        return False
    stray = len(_HIGH_BYTE.findall(data)) - sum(len(seq) for seq in valid)
    return len(valid) >= stray


def _legacy(data: bytes, path: str) -> tuple[str, str]:
    """Guess a legacy 8-bit encoding: charset-normalizer for non-Latin scripts, else cp1252.

    cp1252 text must read as prose (see :func:`_first_implausible`); stray
    bytes in otherwise ASCII text, such as ``ÿþ`` between English words, are a
    :class:`DecodingError`, not a silent guess.
    """
    best = from_bytes(data).best()
    high_share = len(_HIGH_BYTE.findall(data)) / len(data)
    if best is not None and high_share >= _MIN_HIGH_SHARE_FOR_GUESS and not _latin_only(str(best)):
        return str(best), codecs.lookup(best.encoding).name
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DecodingError(
            f"{path}: byte 0x{data[exc.start]:02x} at offset {exc.start} is neither UTF-8 nor cp1252 text"
        ) from exc
    bad = _first_implausible(western)
    if bad is not None:
        raise DecodingError(
            f"{path}: invalid UTF-8 byte 0x{data[bad]:02x} at byte offset {bad} "
            "(and the bytes do not read as cp1252 text either)"
        )
    return western, "cp1252"


def _first_implausible(text: str) -> int | None:
    """Index of the first non-ASCII character that is unlikely in Western prose, or ``None``.

    Punctuation, symbols, digits and spaces are plausible; a letter is
    plausible inside a word that has an ASCII letter too, or standing alone
    (``à``); control and unassigned characters never are.
    """
    for match in _NON_ASCII.finditer(text):
        index = match.start()
        category = unicodedata.category(text[index])
        if category[0] in "PSNZ":
            continue
        if category[0] != "L" or not _plausible_word(text, index):
            return index
    return None


def _plausible_word(text: str, index: int) -> bool:
    start = end = index
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[start:end]
    return len(word) == 1 or any(char.isascii() for char in word)


def _latin_only(text: str) -> bool:
    """True when every non-ASCII letter in *text* is a Latin-script letter."""
    for char in set(text):
        if ord(char) > 127 and char.isalpha() and "LATIN" not in unicodedata.name(char, ""):
            return False
    return True
