"""The PostgreSQL side of team sync (psycopg 3, the optional ``team`` extra).

``server_schema`` creates and migrates the team server's tables, roles and row-level
security; ``client`` pushes this laptop's outbox and pulls what the team changed.
The merge rules themselves live in core/sync (pure, shared with the laptop side).
"""
