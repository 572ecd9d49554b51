"""Outside file formats as plain Python: CSV cells, vCard and iCalendar.

Everything here is pure (no SQLite, no Qt): it turns text the way Dutch users
really have it (``1.234,56``, ``31-12-2025``, Outlook's quoted-printable vCards,
Windows time-zone names) into plain values and dataclasses, and writes our data
back out in those formats. The store decides what becomes a row.
"""
