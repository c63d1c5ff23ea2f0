"""Reading a members file: encodings, delimiters, the header, and the plan made of it
(no server: the program's members are given)."""

import codecs

import pytest

from pos_loyalty.api import Member
from pos_loyalty.backoffice.import_plan import ExistingMembers, Outcome, batch_key, plan_import
from pos_loyalty.backoffice.members_file import MembersFileError, parse_members

TEXT = (
    "first_name,last_name,email\r\n"
    "Zoë,Ærø-Straße,zoe@example.com\r\n"
    "José,Núñez,jose@example.com\r\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8 with BOM"),
        (TEXT.encode("utf-16"), "UTF-16"),  # with its BOM, as Excel writes it
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "UTF-16"),
        (TEXT.encode("utf-16-le"), "UTF-16"),  # no BOM: told by the NULs
        (TEXT.encode("cp1252"), "Windows-1252"),
    ],
)
def test_each_encoding_reads_the_same_names(data: bytes, encoding: str) -> None:
    source = parse_members(data)
    assert source.encoding == encoding
    assert [r.values for r in source.rows] == [
        {"first_name": "Zoë", "last_name": "Ærø-Straße", "email": "zoe@example.com"},
        {"first_name": "José", "last_name": "Núñez", "email": "jose@example.com"},
    ]
    assert [r.number for r in source.rows] == [2, 3]


def test_bytes_of_no_known_encoding_are_refused_with_a_way_out() -> None:
    # 0x81 is undefined in Windows-1252 and not UTF-8 either.
    with pytest.raises(MembersFileError, match=r"byte 25 is not Windows-1252\. Save it"):
        parse_members(b"first_name,last_name\r\nab,\x81\x81\r\n")


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ('first_name;email\nAnn;"ann@x.example; or not"\n', ";"),
        ('first_name,city\nAnn,"Paris; France"\n', ","),
        ("first_name\temail\nAnn\tann@x.example\n", "\t"),
        ("first_name\nAnn\n", ","),
    ],
)
def test_the_delimiter_is_sniffed_from_the_header(text: str, delimiter: str) -> None:
    source = parse_members(text.encode())
    assert source.delimiter == delimiter
    assert source.rows[0].values["first_name"] == "Ann"


def test_header_names_are_forgiving_about_case_spaces_and_e_mail() -> None:
    source = parse_members(b"First Name;E-Mail;PHONE\nAnn;ann@x.example;0123456\n")
    assert source.columns == ("first_name", "email", "phone")


def test_an_export_s_own_columns_are_read_past() -> None:
    source = parse_members(b"first_name,code,stamps,created_at\nAnn,abc,3,2026-01-01 10:00:00\n")
    assert source.ignored == ("code", "stamps", "created_at")
    assert source.rows[0].values == {"first_name": "Ann"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (b"", "no header row"),
        (b"\n\n", "no header row"),
        (b"first_name,emial\nAnn,a@b.example\n", "'emial'"),
        (b"code,stamps\nabc,1\n", "names no member detail"),
        (b"email,email\na@b.example,c@d.example\n", "email more than once"),
    ],
)
def test_a_header_that_will_not_do_stops_the_file(text: bytes, words: str) -> None:
    with pytest.raises(MembersFileError, match=words):
        parse_members(text)


def test_blank_lines_are_not_members_and_row_numbers_stay_a_spreadsheet_s() -> None:
    source = parse_members(b"first_name,email\n\nAnn,a@x.example\n,\nBob,b@x.example,,\n")
    assert [(r.number, r.values["first_name"]) for r in source.rows] == [(3, "Ann"), (5, "Bob")]
    assert all(r.problem is None for r in source.rows)  # empty trailing cells are fine


def test_plan_reports_bad_rows_with_column_and_reason_and_skips_repeats() -> None:
    text = (
        b"first_name,last_name,email,phone\n"
        b"Ann,Lee,ann@example.com,+44 20 7946 0001\n"  # row 2: fine
        b"Bob,,bob@,\n"  # 3: bad e-mail
        b"Cy,,,12ab\n"  # 4: bad phone
        b",,,\n"  # 5: blank: not a row
        b"Di,,ANN@Example.com,\n"  # 6: repeats row 2's e-mail
        b"Ed,,,+44 (20) 7946-0001\n"  # 7: repeats row 2's phone (its digits)
        b"Flo,,flo@example.com,,extra\n"  # 8: one cell too many
        b",,,\n"
        b"Gus,,gus@example.com,\n"  # 10: already in the program
        b"Hal,,,+44 20 7946 9999\n"  # 11: fine (phone only)
        b"Ida\n"  # 12: fine (a name only, short row)
    )
    existing = ExistingMembers([Member(id=1, code="c1", first_name="Gus", email="Gus@Example.com")])
    plan = plan_import(parse_members(text), existing, card_id=7, batch_size=2)
    outcomes = {r.row: (r.outcome, r.column) for r in plan.rows}
    assert outcomes == {
        2: (Outcome.QUEUED, ""),
        3: (Outcome.FAILED, "email"),
        4: (Outcome.FAILED, "phone"),
        6: (Outcome.SKIPPED, "email"),
        7: (Outcome.SKIPPED, "phone"),
        8: (Outcome.FAILED, ""),
        10: (Outcome.SKIPPED, "email"),
        11: (Outcome.QUEUED, ""),
        12: (Outcome.QUEUED, ""),
    }
    reasons = {r.row: r.reason for r in plan.rows}
    assert reasons[6] == "repeats the e-mail of row 2"
    assert reasons[10] == "already a member: Gus (c1) has this e-mail"
    assert "has 5 values" in reasons[8]
    assert [b.rows for b in plan.batches] == [(2, 11), (12,)]


def test_batch_keys_come_from_the_rows_and_the_program() -> None:
    rows = [{"first_name": "Ann"}, {"first_name": "Bob"}]
    assert batch_key(1, rows) == batch_key(1, [dict(r) for r in rows])
    assert batch_key(1, rows) != batch_key(2, rows)
    assert batch_key(1, rows) != batch_key(1, rows[::-1])
    assert len(batch_key(1, rows)) <= 128  # the API's limit on a key
