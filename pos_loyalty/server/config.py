"""Settings of one server instance."""

from dataclasses import dataclass
from pathlib import Path

MAX_ID = 2**63 - 1  # SQLite's INTEGER range; larger ids cannot exist.


@dataclass(frozen=True, slots=True)
class ServerConfig:
    db_path: Path
    # postgresql://USER@HOST/DB: the PostgreSQL store instead of the SQLite file.
    database_url: str | None = None
    host: str = "127.0.0.1"
    port: int = 8765
    # Per API key; 0 turns rate limiting off.
    rate_limit_per_second: float = 50.0
    rate_limit_burst: int = 100
    # Per client address: logins that need a PBKDF2 run (a key pair not verified
    # before), whatever --rate-limit says; a verified pair is never held up by it.
    login_attempts_per_second: float = 1.0
    login_attempt_burst: int = 10
    # Per client address: the public card page (no key), whatever --rate-limit says.
    card_pages_per_second: float = 10.0
    card_page_burst: int = 30
    max_body_bytes: int = 1024 * 1024
    # The base of download_url; None means "as the request reached us".
    public_url: str | None = None
    card_domain: str = "pos-loyalty.local"
    # A request head (request line and headers) past either cap is a 431.
    max_head_bytes: int = 16 * 1024
    max_headers: int = 100
    # A head must arrive within head_timeout s; a body within body_timeout s plus
    # one second per body_min_rate bytes it has sent. Slower is a 408.
    head_timeout: float = 10.0
    body_timeout: float = 10.0
    body_min_rate: int = 500
