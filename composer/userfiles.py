"""Turning the bytes of a user's file into text, with messages that say what to do.

Notes files and letters arrive from every kind of editor: UTF-8 with or without a byte-order mark,
Windows Notepad's "Unicode" (UTF-16 with a mark), or a legacy encoding. Unicode with a mark is
read; anything else that is not UTF-8 gets one clear error naming the line.
"""

from __future__ import annotations

import codecs

from composer.errors import InputError

SAVE_AS_UTF8 = 'save it as UTF-8 (in Notepad: File > Save as, Encoding "UTF-8")'

# UTF-32 first: its little-endian mark starts like UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def as_utf8(data: bytes, label: str, error: type[InputError] = InputError) -> bytes:
    """`data` as UTF-8 bytes: UTF-16/32 with a byte-order mark is converted; others unchanged.

    UTF-16 without a mark (a NUL in most byte pairs) and damaged UTF-16/32 raise `error`.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).encode("utf-8")
            except UnicodeDecodeError as exc:
                raise error(
                    f"{label}: the file is {name} text (it starts with a {name} byte-order mark) "
                    f"but is damaged at byte {exc.start}; {SAVE_AS_UTF8}."
                ) from None
    if data.count(b"\x00") * 4 > len(data):  # text has no NULs; UTF-16 has one in every pair
        raise error(
            f"{label}: the file looks like UTF-16 text without a byte-order mark; {SAVE_AS_UTF8}."
        )
    return data


def decode_utf8(data: bytes, label: str, error: type[InputError] = InputError) -> str:
    """UTF-8 bytes (a leading mark allowed) as text; otherwise `error` naming the line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(
            f"{label}: line {line}: byte 0x{data[exc.start]:02x} is not UTF-8 text (a Windows "
            f"or Latin-1 file?); {SAVE_AS_UTF8}."
        ) from None


def decode_text(data: bytes, label: str, error: type[InputError] = InputError) -> str:
    """The text of a user's file: UTF-8, or UTF-16/32 with a byte-order mark."""
    return decode_utf8(as_utf8(data, label, error), label, error)
