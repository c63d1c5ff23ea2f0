"""Exporting the audit log at the counter: a manager's action, itself audited."""

from typing import TextIO

from pos_loyalty.station.audit import AuditLog
from pos_loyalty.station.staff import Permission
from pos_loyalty.station.staff_access import Approval, StaffAccess


def export_audit(
    audit: AuditLog,
    out: TextIO,
    *,
    access: StaffAccess | None,
    station: str,
    operator: str,
    approval: Approval | None = None,
) -> int:
    """Write the whole audit log as CSV to ``out``; returns the number of entries.

    Raises NotAllowedError unless a manager is signed in or ``approval`` is given.
    The export is recorded first, so the file says who took it."""
    who = access.require(Permission.AUDIT_EXPORT, approval) if access is not None else None
    audit.record(
        "audit_export",
        operator=who.name if who is not None else operator,
        station=station,
        outcome="exported",
    )
    return audit.export_csv(out)
