"""The synced-folder / network-share rule for where the database lives."""

from __future__ import annotations

import pytest

from relbeheer.core.storage_location import LocationWarning, storage_warning


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (r"C:\Users\anna\OneDrive\relbeheer.db", ("sync", "OneDrive")),
        (r"C:\Users\anna\OneDrive - Fietsen BV\Documenten\relbeheer.db", ("sync", "OneDrive")),
        ("/Users/anna/Library/CloudStorage/OneDrive-Personal/relbeheer.db", ("sync", "OneDrive")),
        ("/home/anna/Dropbox/crm/relbeheer.db", ("sync", "Dropbox")),
        (r"D:\Dropbox (Fietsen)\relbeheer.db", ("sync", "Dropbox")),
        (r"G:\My Drive\relbeheer.db", ("sync", "Google Drive")),
        (r"G:\Mijn Drive\relbeheer.db", ("sync", "Google Drive")),
        ("/Users/anna/Library/CloudStorage/GoogleDrive-anna@x.nl/My Drive/r.db", ("sync", "Google Drive")),
        ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/relbeheer.db", ("sync", "iCloud")),
        (r"C:\Users\anna\iCloudDrive\relbeheer.db", ("sync", "iCloud")),
        ("/Users/anna/Library/CloudStorage/Box-Box/relbeheer.db", ("sync", "Box")),
        ("/home/anna/Nextcloud/relbeheer.db", ("sync", "Nextcloud")),
        ("/Users/anna/Library/CloudStorage/SomeNewSync-x/relbeheer.db", ("sync", "SomeNewSync")),
        (r"\\fileserver\sales\relbeheer.db", ("network", r"\\fileserver\sales")),
        ("//fileserver/sales/relbeheer.db", ("network", r"\\fileserver\sales")),
        (r"\\?\UNC\fileserver\sales\relbeheer.db", ("network", r"\\fileserver\sales")),
        # local places, including look-alikes
        (r"\\?\C:\Users\anna\relbeheer.db", None),
        (r"C:\Users\anna\AppData\Local\relbeheer\relbeheer.db", None),
        ("/home/anna/.local/share/relbeheer/relbeheer.db", None),
        ("/home/anna/dropbox-notes.txt/../relbeheer.db", None),
        ("/home/anna/onedriveish/relbeheer.db", None),
        ("/home/anna/Documents/Box/relbeheer.db", None),
    ],
)
def test_path_rule(path, expected):
    """Sync clients' folders and UNC shares are recognised; local paths are not."""
    warning = storage_warning(path)
    assert (None if warning is None else (warning.kind, warning.detail)) == expected


@pytest.mark.parametrize(
    ("fs_type", "remote", "expected"),
    [
        ("nfs4", False, LocationWarning("network", "nfs4")),
        ("cifs", False, LocationWarning("network", "cifs")),
        ("fuse.sshfs", False, LocationWarning("network", "fuse.sshfs")),
        ("ext4", False, None),
        ("btrfs", False, None),
        (None, True, LocationWarning("network", "Z:")),
    ],
)
def test_file_system_facts(fs_type, remote, expected):
    """A network file system type or a Windows network drive also warns."""
    assert storage_warning("Z:/crm/relbeheer.db" if remote else "/mnt/crm/relbeheer.db",
                           fs_type=fs_type, remote_drive=remote) == expected
