"""The audit trail (issue 15 item 3): who changed what, and who saw personal data whole.

Every request whose transaction changes a row (or writes the personal-data access log) leaves one
entry in its service's ``audit_entry`` table, written in that same transaction just before it
commits: the caller, the operation, the path, each changed row before and after, the request id
and the time. Entries are numbered without gaps and hash-chained, so an edited or deleted entry
is found by :func:`shared.audit.chain.verify_chain` (``make audit-verify``).

- :mod:`shared.audit.entries`: the table's columns, how values are written down, the chain's hash.
- :mod:`shared.audit.capture`: where changes are caught (SQLAlchemy session events) and the entry
  written.
- :mod:`shared.audit.chain`: the check of a whole chain.
- :mod:`shared.audit.router`: ``GET /api/v1/audit`` for municipal admins.
"""
