"""Where PeerDesk keeps things on the user's computer.

Program files default to the documents folder (they are the user's
documents); logs and backups go to the per-user data folder. ``PEERDESK_HOME``
moves all of it, which tests and portable installs use.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "PeerDesk"
FILE_SUFFIX = ".peerdesk"


def _home_override() -> Path | None:
    value = os.environ.get("PEERDESK_HOME")
    return Path(value) if value else None


def documents_dir() -> Path:
    override = _home_override()
    if override is not None:
        return override / "Documents"
    return Path(platformdirs.user_documents_dir())


def data_dir() -> Path:
    override = _home_override()
    if override is not None:
        return override / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return data_dir() / "logs"


def backups_root() -> Path:
    return data_dir() / "backups"


def default_file() -> Path:
    return documents_dir() / f"{APP_NAME}{FILE_SUFFIX}"


def resources_dir() -> Path:
    """The shipped resources: beside the source tree, or inside a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
