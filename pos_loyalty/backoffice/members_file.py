"""A members CSV file as rows: its encoding found, its delimiter sniffed, its header read.

The standard library is enough here. A file from a spreadsheet or another loyalty
system is UTF-8 (with or without a BOM), UTF-16 (Excel's "Unicode text", with a
BOM) or Windows-1252 (Excel's "CSV" on a Western Windows); the BOM or a strict
UTF-8 decode tells them apart. A guessing library (charset-normalizer) would only
be needed for the many other legacy code pages, and its guesses are wrong often
enough on short files to be worse than a clear error.
"""

import codecs
import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pos_loyalty.station.errors import StationError

# What an import sends: the API's member fields (API.md, User).
IMPORT_COLUMNS = (
    "first_name", "last_name", "email", "phone", "address", "zip", "city",
    *(f"custom_{n}" for n in range(1, 9)),
)  # fmt: skip
# What an export writes besides: an import reads past them, since the server gives
# every new member a code of its own and stamps start again at 0.
EXPORT_ONLY_COLUMNS = (
    "code", "stamps", "rewards", "reward_names", "created_at", "updated_at",
    "voided_at", "expired_at", "id", "download_url", "usable_rewards",
)  # fmt: skip
# Header spellings people use for the same column.
_ALIASES = {"e_mail": "email", "firstname": "first_name", "lastname": "last_name"}
_DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_BOMS = (
    # UTF-32's little-endian BOM starts with UTF-16's: test it first.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


class MembersFileError(StationError):
    """The file as a whole cannot be read (encoding, header): nothing is imported."""


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One data row. ``number`` is the row as a spreadsheet numbers it (the header is 1)."""

    number: int
    values: dict[str, str]
    # Set when the row cannot be read as a member at all (too many cells).
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class MembersFile:
    name: str
    encoding: str  # in words: "UTF-8", "UTF-16", "Windows-1252" …
    delimiter: str
    columns: tuple[str, ...]  # the import columns the header has, in its order
    ignored: tuple[str, ...]  # export-only columns present and read past
    rows: list[SourceRow] = field(default_factory=list)
    # Of the file's bytes: an import of the same file is recognised by it.
    sha256: str = ""

    @property
    def delimiter_name(self) -> str:
        return _DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))


def decode(data: bytes, name: str = "the file") -> tuple[str, str]:
    """The text and the encoding's name in words; raises MembersFileError."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], codec, label, name)
    utf16 = _bomless_utf16(data[:4096])
    if utf16 is not None:
        return _decode(data, utf16, "UTF-16", name)
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    # Windows-1252 leaves five bytes undefined: a file with them is something else.
    return _decode(data, "cp1252", "Windows-1252", name)


def _decode(data: bytes, codec: str, label: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), label
    except UnicodeDecodeError as exc:
        raise MembersFileError(
            f"{name} cannot be read as text: byte {exc.start} is not {label}. Save it from the"
            " spreadsheet as 'CSV UTF-8' and try again."
        ) from None


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII text has a NUL in every other byte."""
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > len(odd) // 2 and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > len(even) // 2 and odd.count(0) == 0:
        return "utf-16-be"
    return None


def sniff_delimiter(text: str) -> str:
    """The delimiter of the header line: the most frequent of , ; and tab outside quotes.
    (csv.Sniffer looks at every line and trips over commas inside addresses.)"""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "\r\n":
            break
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def header_name(cell: str) -> str:
    name = cell.strip().casefold().replace(" ", "_").replace("-", "_")
    return _ALIASES.get(name, name)


def parse_members(data: bytes, name: str = "the file") -> MembersFile:
    """Read a members file from its bytes; raises MembersFileError for the file as a whole.
    Row problems are not raised: they are for the report, row by row."""
    text, encoding = decode(data, name)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        if header is None or not any(c.strip() for c in header):
            raise MembersFileError(
                f"{name} has no header row: the first line names the columns, e.g."
                " first_name,last_name,email,phone."
            )
        names = [header_name(c) for c in header]
        _check_header(names, name)
        rows = _rows(reader, names)
    except csv.Error as exc:
        raise MembersFileError(
            f"{name} is not a CSV file the import can read (row {reader.line_num}: {exc})."
        ) from None
    return MembersFile(
        name=name,
        encoding=encoding,
        delimiter=delimiter,
        columns=tuple(n for n in names if n in IMPORT_COLUMNS),
        ignored=tuple(n for n in names if n in EXPORT_ONLY_COLUMNS),
        rows=rows,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def read_members_file(path: Path) -> MembersFile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MembersFileError(f"cannot read {path}: {exc.strerror or exc}.") from None
    return parse_members(data, str(path))


def _check_header(names: list[str], file_name: str) -> None:
    known = set(IMPORT_COLUMNS) | set(EXPORT_ONLY_COLUMNS)
    unknown = [n for n in names if n and n not in known]
    if unknown:
        listed = ", ".join(repr(n) for n in unknown)
        raise MembersFileError(
            f"{file_name}: the header has columns an import does not know: {listed}. The"
            f" columns are {', '.join(IMPORT_COLUMNS)} (and an export's code, stamps …)."
        )
    if not any(n in IMPORT_COLUMNS for n in names):
        raise MembersFileError(
            f"{file_name}: the header names no member detail; it needs some of"
            f" {', '.join(IMPORT_COLUMNS)}."
        )
    repeated = sorted({n for n in names if n and names.count(n) > 1})
    if repeated:
        raise MembersFileError(f"{file_name}: the header has {', '.join(repeated)} more than once.")


def _rows(reader: Iterator[list[str]], names: list[str]) -> list[SourceRow]:
    rows: list[SourceRow] = []
    width = len(names)
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue  # a blank line is not a member
        problem = None
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            problem = f"has {len(cells)} values; the header names {width} columns"
        values = {
            n: cells[i] for i, n in enumerate(names) if n in IMPORT_COLUMNS and i < len(cells)
        }
        rows.append(SourceRow(number, values, problem))
    return rows
