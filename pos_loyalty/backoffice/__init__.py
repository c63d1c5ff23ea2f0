"""The back office, without Qt: bulk import and export of members, push messages,
programs and the day's numbers. The command line (cli_backoffice.py) and the
manager window are two front ends on these modules.

Layer: beside ``station/`` (it uses ``api/`` and ``station/``), never ``server/``
and never PySide6.
"""
