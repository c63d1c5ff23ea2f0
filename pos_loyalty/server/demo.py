"""The demo database: two programs and about 25 members with realistic data."""

import random

from pos_loyalty.domain.stamp_rules import RewardRule
from pos_loyalty.server.context import ServerContext
from pos_loyalty.server.store import transaction

_MEMBERS = [
    ("Emma", "Janssens", "Kerkstraat 12", "2000", "Antwerp"),
    ("Lucas", "Peeters", "Meir 88", "2000", "Antwerp"),
    ("Olivia", "Smith", "14 Baker Street", "NW1 6XE", "London"),
    ("Noah", "Müller", "Hauptstraße 5", "10115", "Berlin"),
    ("Mila", "Dubois", "12 rue de la Paix", "75002", "Paris"),
    ("Liam", "O'Connor", "3 Grafton Street", "D02", "Dublin"),
    ("Sofia", "Rossi", "Via Roma 21", "00184", "Rome"),
    ("Arthur", "Claes", "Veldstraat 40", "9000", "Ghent"),
    ("Louise", "Maes", "Grote Markt 1", "1000", "Brussels"),
    ("Jules", "Willems", "Bondgenotenlaan 7", "3000", "Leuven"),
    ("Ava", "Johnson", "221 Pine Avenue", "98101", "Seattle"),
    ("Mateo", "García", "Calle Mayor 10", "28013", "Madrid"),
    ("Nora", "Hansen", "Karl Johans gate 22", "0159", "Oslo"),
    ("Finn", "de Vries", "Damrak 70", "1012", "Amsterdam"),
    ("Chloé", "Lambert", "Rue Neuve 33", "1000", "Brussels"),
    ("Elias", "Wouters", "Lange Nieuwstraat 2", "2000", "Antwerp"),
    ("Zoë", "Van den Berg", "Oudegracht 150", "3511", "Utrecht"),
    ("Oscar", "Nilsson", "Drottninggatan 9", "111 51", "Stockholm"),
    ("Yasmine", "El Amrani", "Boulevard Anspach 60", "1000", "Brussels"),
    ("Hugo", "Lefèvre", "Place Bellecour 4", "69002", "Lyon"),
    ("Amélie", "Fontaine", "Rue Sainte-Catherine 8", "33000", "Bordeaux"),
    ("Kai", "Tanaka", "1-2-3 Shibuya", "150-0002", "Tokyo"),
    ("Ines", "Costa", "Rua Augusta 120", "1100-053", "Lisbon"),
    ("Victor", "Mertens", "Steenweg 19", "8000", "Bruges"),
    ("Lina", "Schmidt", "Marienplatz 3", "80331", "Munich"),
]


def seed_demo(ctx: ServerContext, rng: random.Random | None = None) -> bool:
    """Fill an empty database; a database that has cards is left alone."""
    if ctx.cards.all():
        return False
    rng = rng or random.Random(2024)
    with transaction(ctx.conn):
        coffee = ctx.cards.add(
            "Coffee Club",
            "stamp",
            10,
            (RewardRule(5, "Free cookie", 30), RewardRule(10, "Free coffee", 30)),
        )
        smoothie = ctx.cards.add(
            "Smoothie Bar", "stamp", 8, (RewardRule(8, "Free smoothie", 60),), daily_limit=3
        )
        members = []
        for n, (first, last, address, zip_code, city) in enumerate(_MEMBERS):
            card = coffee if n % 5 else smoothie
            handle = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
            phone = f"+32 4{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            member = ctx.members.create(
                card,
                {
                    "first_name": first,
                    "last_name": last,
                    "address": address,
                    "zip": zip_code,
                    "city": city,
                    "phone": phone,
                    "email": f"{handle}@example.com",
                },
            )
            most = card.daily_stamp_limit or 14
            stamps = rng.randint(0, most)
            if stamps:
                ctx.members.add_stamps(card, member.id, stamps)
            members.append((card, member.id))
        ctx.members.void(*members[-2])
    return True
