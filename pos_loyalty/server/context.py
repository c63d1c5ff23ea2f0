"""Everything a request handler needs, built once per server."""

from dataclasses import dataclass, field

from pos_loyalty.domain.timestamps import Clock, utc_now
from pos_loyalty.server.config import ServerConfig
from pos_loyalty.server.database import open_database
from pos_loyalty.server.store.cards import CardStore
from pos_loyalty.server.store.idempotency import IdempotencyStore
from pos_loyalty.server.store.keys import KeyStore
from pos_loyalty.server.store.members import MemberStore
from pos_loyalty.server.store.push import PushStore
from pos_loyalty.server.store.sql import Connection


@dataclass
class ServerContext:
    config: ServerConfig
    # SQLite's connection, or PostgreSQL's (config.database_url): see store.sql.
    conn: Connection
    clock: Clock
    keys: KeyStore = field(init=False)
    cards: CardStore = field(init=False)
    members: MemberStore = field(init=False)
    push: PushStore = field(init=False)
    idempotency: IdempotencyStore = field(init=False)

    def __post_init__(self) -> None:
        self.keys = KeyStore(self.conn, self.clock)
        self.cards = CardStore(self.conn, self.clock, self.config.card_domain)
        self.members = MemberStore(self.conn, self.clock)
        self.push = PushStore(self.conn, self.clock)
        self.idempotency = IdempotencyStore(self.conn, self.clock)

    @classmethod
    def open(cls, config: ServerConfig, clock: Clock = utc_now) -> "ServerContext":
        if config.database_url is not None:
            # Imported here: SQLite alone never loads psycopg.
            from pos_loyalty.server.postgres import open_postgres

            return cls(config, open_postgres(config.database_url), clock)
        return cls(config, open_database(config.db_path), clock)

    def close(self) -> None:
        self.conn.close()
