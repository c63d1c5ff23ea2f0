"""Members files for the import tests: made from a seeded random, so a failure repeats."""

import csv
import io
import random
from dataclasses import dataclass, field

HEADER = ("first_name", "last_name", "email", "phone", "custom_1")
FIRST = ("Anna", "Björn", "Chloé", "Dmitri", "Eun-ji", "Fatima", "Gonçalo", "Hana", "Iñigo", "Jo")
LAST = ("Lee", "Müller", "O'Brien", "Núñez", "Dubois", "Kowalska", "Øster", "Smith", "Ito", "Ng")


@dataclass
class MembersCsv:
    rows: list[dict[str, str]] = field(default_factory=list)
    # Spreadsheet row numbers (the header is 1) of what the import must do with them.
    bad: dict[int, str] = field(default_factory=dict)  # row → column ("" for the whole row)
    skipped: set[int] = field(default_factory=set)
    imported: set[int] = field(default_factory=set)

    def text(self, delimiter: str = ",", extra: dict[int, str] | None = None) -> str:
        out = io.StringIO()
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(HEADER)
        for number, row in enumerate(self.rows, start=2):
            cells = [row.get(c, "") for c in HEADER]
            if extra and number in extra:
                cells.append(extra[number])
            writer.writerow(cells)
        return out.getvalue()

    def expected_names(self) -> set[str]:
        return {_name(self.rows[n - 2]) for n in self.imported}


def _name(row: dict[str, str]) -> str:
    return f"{row.get('first_name', '')} {row.get('last_name', '')}".strip()


def good_row(rng: random.Random, n: int, tag: str, *, contact: bool = True) -> dict[str, str]:
    row = {
        "first_name": f"{rng.choice(FIRST)} {n}",
        "last_name": rng.choice(LAST),
        "custom_1": f"since {2000 + n % 25}",
    }
    if contact:
        row["email"] = f"{tag}-{n}@example.com"
        row["phone"] = f"+44 20 {n:08d}"
    return row


_BAD = (
    ("email", lambda r: r | {"email": "missing-domain@"}),
    ("phone", lambda r: r | {"phone": "020 79ab 4600"}),
    ("first_name", lambda r: r | {"first_name": "N" * 51}),
    ("", lambda r: {"custom_1": "nobody to reach"}),
)


def messy_file(
    rng: random.Random, size: int, tag: str, *, bad: int, repeats: int, known_emails: list[str]
) -> tuple[MembersCsv, dict[int, str]]:
    """``size`` rows: ``bad`` invalid ones (a fifth with one cell too many), ``repeats``
    repeating an earlier row's e-mail or phone, one per ``known_emails`` already in the
    program, the rest good. Returns the file and its extra cells by row."""
    kinds = ["bad"] * bad + ["repeat"] * repeats + ["known"] * len(known_emails)
    kinds += ["good"] * (size - len(kinds))
    rng.shuffle(kinds)
    kinds.remove("good")
    kinds.insert(0, "good")  # a repeat needs a row before it
    made = MembersCsv()
    extra: dict[int, str] = {}
    good_rows: list[int] = []
    known = list(known_emails)
    spoilt = 0
    for i, kind in enumerate(kinds):
        number = i + 2
        row = good_row(rng, i, tag)
        if kind == "good":
            made.imported.add(number)
            good_rows.append(number)
        elif kind == "bad" and spoilt % 5 == 4:
            extra[number] = "one cell too many"
            made.bad[number] = ""
            spoilt += 1
        elif kind == "bad":
            column, spoil = _BAD[spoilt % len(_BAD)]
            row = spoil(row)
            made.bad[number] = column
            spoilt += 1
        elif kind == "repeat":
            earlier = made.rows[rng.choice(good_rows) - 2]
            if i % 2:
                row["email"] = earlier["email"].upper()
            else:
                # The same number written another way: the same digits.
                row.pop("email")
                digits = earlier["phone"].removeprefix("+44 20 ")
                row["phone"] = f"+44(20){digits[:4]}-{digits[4:]}"
            made.skipped.add(number)
        else:
            row["email"] = known.pop().title()
            made.skipped.add(number)
        made.rows.append(row)
    return made, extra
