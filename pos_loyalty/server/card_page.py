"""The member's card page behind download_url: stamps, rewards, messages and a QR code."""

from collections.abc import Sequence
from functools import lru_cache
from html import escape

import segno

from pos_loyalty.server.store.cards import Card
from pos_loyalty.server.store.members import Member
from pos_loyalty.server.store.sql import Row

_STYLE = """
body{font-family:system-ui,sans-serif;background:#f4f1ea;color:#1d1b16;margin:0}
main{max-width:28rem;margin:0 auto;padding:1.5rem}
.card{background:#fff;border-radius:1rem;padding:1.5rem;box-shadow:0 2px 8px #0002}
h1{font-size:1.4rem;margin:0 0 .25rem}.member{font-size:1.2rem;margin:0 0 1rem}
.stamps{display:flex;flex-wrap:wrap;gap:.4rem;margin:1rem 0}
.stamp{width:2rem;height:2rem;border-radius:50%;border:3px solid #6b4f2a}
.stamp.on{background:#6b4f2a}.count{font-weight:600}
.qr{text-align:center;margin:1rem 0}.qr img{width:14rem;height:14rem;image-rendering:pixelated}
.code{text-align:center;font-family:monospace;letter-spacing:.1em}
.void{background:#b3261e;color:#fff;padding:.75rem;border-radius:.5rem}
li{margin:.3rem 0}small{color:#5f5a50}
"""


@lru_cache(maxsize=4096)
def _qr_image(url: str) -> str:
    # A PNG rather than inline SVG: any phone or test can decode it as an image.
    # Kept per URL: making it was most of a page's cost (12-15 ms), and a
    # member's URL never changes.
    data_uri = segno.make(url, error="m").png_data_uri(scale=6, border=4)
    return f'<img src="{data_uri}" alt="QR code of this card" width="240" height="240">'


def _stamps(stamps: int, goal: int) -> str:
    filled = min(stamps, goal)
    circles = "".join(
        f'<span class="stamp{" on" if i < filled else ""}"></span>' for i in range(goal)
    )
    return (
        f'<div class="stamps" role="img" aria-label="{filled} of {goal} stamps">{circles}</div>'
        f'<p class="count">{stamps} of {goal} stamps</p>'
    )


def _rewards(member: Member, now: str) -> str:
    usable = [
        r
        for r in member.rewards
        if r["used_at"] is None and (r["expired_at"] is None or r["expired_at"] > now)
    ]
    if not usable:
        return "<p>No rewards to use yet. Keep collecting!</p>"
    items = "".join(
        f"<li><strong>{escape(r['name'])}</strong>"
        + (f" <small>valid until {escape(r['expired_at'])} UTC</small>" if r["expired_at"] else "")
        + "</li>"
        for r in usable
    )
    return f"<ul>{items}</ul>"


# How often an open page asks for new messages. Polling rather than server-sent events:
# one small indexed query per open page every few seconds, under the page's own rate
# limit, and no long-lived connection per phone for the server to hold.
POLL_SECONDS = 5

# Adds new messages on top without a reload. textContent only: a message is never HTML.
# A hidden tab does not ask; a 429 waits as long as Retry-After says.
_LIVE_SCRIPT = """
(function(){
var box=document.getElementById("messages");if(!box||!window.fetch)return;
var list=box.querySelector("ul"),feed=box.dataset.feed,last=+box.dataset.last||0;
var every=(+box.dataset.every||5)*1000;
function item(m){var li=document.createElement("li");li.textContent=m.message+" ";
var s=document.createElement("small");s.textContent=m.sent_at+" UTC";li.appendChild(s);
li.dataset.id=m.id;return li;}
function poll(){if(document.hidden){setTimeout(poll,every);return;}
fetch(feed+"?after="+last,{cache:"no-store"}).then(function(r){
if(r.status===429){var wait=(+r.headers.get("Retry-After")||every/1000)*1000;
setTimeout(poll,Math.max(wait,every));return null;}
return r.ok?r.json():null;}).then(function(d){
if(d===null)return;
d.messages.slice().reverse().forEach(function(m){
if(m.id>last){list.insertBefore(item(m),list.firstChild);last=m.id;}});
while(list.children.length>10)list.removeChild(list.lastChild);
if(list.children.length)box.hidden=false;setTimeout(poll,every);
}).catch(function(){setTimeout(poll,every*2);});}
setTimeout(poll,every);})();
"""


def _messages(messages: Sequence[Row], feed: str) -> str:
    """Always there (hidden while empty), so that a message sent later can appear."""
    items = "".join(
        f'<li data-id="{m["id"]}">{escape(m["message"])} <small>{escape(m["sent_at"])} UTC</small>'
        "</li>"
        for m in messages
    )
    last = messages[0]["id"] if messages else 0
    return (
        f'<section id="messages" aria-live="polite" data-feed="{escape(feed)}"'
        f' data-last="{last}" data-every="{POLL_SECONDS}"{"" if messages else " hidden"}>'
        f"<h2>Messages</h2><ul>{items}</ul></section><script>{_LIVE_SCRIPT}</script>"
    )


def messages_payload(messages: Sequence[Row], after: int) -> dict[str, object]:
    """The JSON an open page polls: the messages newer than the one it shows, newest first."""
    return {
        "messages": [
            {"id": m["id"], "message": m["message"], "sent_at": m["sent_at"]}
            for m in messages
            if m["id"] > after
        ]
    }


def render_card_page(
    card: Card, member: Member, url: str, messages: Sequence[Row], now: str, feed: str
) -> str:
    row = member.row
    name = " ".join(p for p in (row["first_name"], row["last_name"]) if p) or "Member"
    status = (
        f'<p class="void">This card was voided on {escape(row["voided_at"])} UTC'
        " and can no longer be used.</p>"
        if row["voided_at"]
        else ""
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(card.name)} – {escape(name)}</title><style>{_STYLE}</style></head>
<body><main><div class="card">
<h1>{escape(card.name)}</h1><p class="member">{escape(name)}</p>{status}
{_stamps(row["stamps"], card.stamps_required)}
<section><h2>Your rewards</h2>{_rewards(member, now)}</section>
<div class="qr">{_qr_image(url)}</div><p class="code">{escape(row["code"])}</p>
</div>{_messages(messages, feed)}</main></body></html>"""


def render_too_many() -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Too many requests'
        f'</title><style>{_STYLE}</style></head><body><main><div class="card">'
        "<h1>Too many requests</h1><p>Too many pages were asked for from here."
        " Wait a moment and reload.</p></div></main></body></html>"
    )


def render_not_found() -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Card not found</title>'
        f'<style>{_STYLE}</style></head><body><main><div class="card"><h1>Card not found</h1>'
        "<p>This loyalty card does not exist or was deleted. Ask at the counter.</p>"
        "</div></main></body></html>"
    )
