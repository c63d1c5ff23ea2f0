"""A self-hostable server for the v4 Loyalty API (ASGI + SQLite).

It imports nothing from the client, the station or the UI.
"""
