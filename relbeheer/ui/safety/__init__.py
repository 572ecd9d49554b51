"""Safety in the desktop app: one window per database, damaged files, restore, GDPR."""
