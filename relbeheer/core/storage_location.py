"""Is the database on a synced folder or a network share? A pure path rule.

SQLite in WAL mode needs one machine's shared memory and file locks that work.
Sync clients (OneDrive, Dropbox, Google Drive, iCloud …) upload the database file
while it is being written, without its ``-wal`` file, and may put back an older
copy or a "conflicted copy" later; network file systems get locking wrong. Both
lose data silently, so the user is warned (once) and told to keep the database on
a local disk and let the backups go wherever they like.

The rule reads the path only, plus what the caller found out about the file
system (its type on Linux, "remote drive" on Windows) — that part needs the
operating system and lives in the services.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Folder names the sync clients create, lower case. Exact names, or a prefix for
# the "OneDrive - Company" / "Dropbox (Team)" variants.
_EXACT = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "mijn drive": "Google Drive",
    "shared drives": "Google Drive",
    "icloud drive": "iCloud",
    "iclouddrive": "iCloud",
    "com~apple~clouddocs": "iCloud",
    "mobile documents": "iCloud",
    "box sync": "Box",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud drive": "pCloud",
}
_PREFIX = {"onedrive - ": "OneDrive", "dropbox (": "Dropbox"}
# macOS File Provider: every sync client mounts under ~/Library/CloudStorage/NAME-ACCOUNT
_CLOUD_STORAGE = {"onedrive": "OneDrive", "dropbox": "Dropbox", "googledrive": "Google Drive",
                  "box": "Box", "icloud": "iCloud"}
# File system types (Linux /proc/mounts) that are network shares or cloud mounts.
NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "afpfs", "9p", "davfs", "fuse.sshfs",
    "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "ceph", "glusterfs", "fuse.glusterfs",
}


@dataclass(frozen=True)
class LocationWarning:
    kind: str  # "sync" or "network"
    detail: str  # the provider ("OneDrive") or how it was recognised ("\\\\server\\share", "nfs")


def _parts(path: str) -> list[str]:
    return [p for p in re.split(r"[\\/]+", path) if p]


def _sync_provider(parts: list[str]) -> str | None:
    lowered = [p.lower() for p in parts]
    for i, part in enumerate(lowered):
        if part in _EXACT:
            return _EXACT[part]
        for prefix, name in _PREFIX.items():
            if part.startswith(prefix):
                return name
        if part == "cloudstorage" and i > 0 and lowered[i - 1] == "library" and i + 1 < len(parts):
            client = parts[i + 1].split("-")[0]
            return _CLOUD_STORAGE.get(client.lower(), client)
    return None


def _unc_share(path: str) -> str | None:
    """``\\\\server\\share\\…`` or ``//server/share/…``; not ``\\\\?\\C:\\`` (a local long path)."""
    norm = path.replace("/", "\\")
    if not norm.startswith("\\\\"):
        return None
    parts = _parts(norm)
    if parts[:1] == ["?"] or parts[:1] == ["."]:
        if len(parts) >= 4 and parts[1].upper() == "UNC":
            return "\\\\" + "\\".join(parts[2:4])
        return None
    return "\\\\" + "\\".join(parts[:2]) if len(parts) >= 2 else None


def storage_warning(
    path: str, *, fs_type: str | None = None, remote_drive: bool = False
) -> LocationWarning | None:
    """A warning when ``path`` is in a synced folder or on a network share, else None.

    ``fs_type`` is the file system type of the mount holding the file (Linux), and
    ``remote_drive`` says that Windows reports its drive as a network drive.
    """
    provider = _sync_provider(_parts(path))
    if provider:
        return LocationWarning("sync", provider)
    share = _unc_share(path)
    if share:
        return LocationWarning("network", share)
    if fs_type and fs_type.lower() in NETWORK_FS:
        return LocationWarning("network", fs_type.lower())
    if remote_drive:
        return LocationWarning("network", path[:2])
    return None
