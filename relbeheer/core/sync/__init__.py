"""Team sync rules, pure: the hybrid logical clock and how row states merge.

Nothing here knows SQLite or PostgreSQL; store/ and sync/ move the states around and
call these functions, so the rules are written down (and tested) in one place.
"""
