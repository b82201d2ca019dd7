"""PeerDesk on a Linux desktop: its menu entry, file type and icons, and the .tar.gz.

The .deb installs the desktop files system-wide under ``/usr/share``; the .tar.gz
carries the same files in a ``share/`` folder beside the app, with ``install.sh``
to put them under the user's ``~/.local`` (no root) and take them away again, and
a README saying how. Both lay the files out with :func:`desktop_files`.
"""

from __future__ import annotations

import contextlib
import os
import platform
import re
import shutil
import tarfile
import tempfile
from pathlib import Path

from installer import bundle

LINUX_FILES = bundle.ROOT / "installer" / "linux"
APP_SVG = bundle.ROOT / "resources" / "icons" / "peerdesk.svg"
# What the .tar.gz adds beside the app folder's own files.
TARBALL_EXTRAS = ("install.sh", "README.txt", "share")


def glibc_version() -> str | None:
    """The C library version of this machine (the oldest the built app runs on)."""
    with contextlib.suppress(ValueError, OSError, AttributeError):
        text = os.confstr("CS_GNU_LIBC_VERSION") or ""
        match = re.search(r"(\d+\.\d+)", text)
        if match:
            return match.group(1)
    return None


def desktop_files(share: Path, icons: Path) -> None:
    """The menu entry, the ``.peerdesk`` MIME type and the icons, as under ``/usr/share``.

    ``icons`` holds ``peerdesk-N.png`` for every size in :data:`bundle.ICON_SIZES`.
    """
    app_id = bundle.APP_ID
    for folder, name, source in (
        ("applications", f"{app_id}.desktop", LINUX_FILES / "peerdesk.desktop"),
        ("mime/packages", f"{app_id}.xml", LINUX_FILES / "peerdesk.xml"),
    ):
        (share / folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, share / folder / name)
    hicolor = share / "icons" / "hicolor"
    mime_icon = bundle.MIME_TYPE.replace("/", "-")
    for size in bundle.ICON_SIZES:
        png = icons / f"peerdesk-{size}.png"
        for kind, name in (("apps", app_id), ("mimetypes", mime_icon)):
            folder = hicolor / f"{size}x{size}" / kind
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(png, folder / f"{name}.png")
    for kind, name in (("apps", app_id), ("mimetypes", mime_icon)):
        folder = hicolor / "scalable" / kind
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(APP_SVG, folder / f"{name}.svg")


def readme_text(glibc: str | None) -> str:
    """The README of the .tar.gz, naming the oldest C library the build runs on."""
    text = (LINUX_FILES / "README.txt").read_text(encoding="utf-8")
    return text.replace("{glibc}", glibc or "of the system it was built on")


def stage_tarball_extras(stage: Path, icons: Path, glibc: str | None) -> None:
    """``install.sh``, ``README.txt`` and ``share/`` for the .tar.gz, into ``stage``."""
    stage.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(LINUX_FILES / "install.sh", stage / "install.sh")
    os.chmod(stage / "install.sh", 0o755)
    (stage / "README.txt").write_text(readme_text(glibc), encoding="utf-8")
    desktop_files(stage / "share", icons)


def build_tarball(
    app_dir: Path, out_dir: Path, version: str, icons: Path, glibc: str | None = None
) -> Path:
    """``peerdesk-VERSION-linux-MACHINE.tar.gz``: the one-folder app with ``install.sh``,
    ``README.txt`` and ``share/`` beside its executable, everything owned by root."""
    top = f"{bundle.APP_ID}-{version}"
    out = out_dir / f"{top}-linux-{platform.machine().lower()}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tempfile.TemporaryDirectory(prefix="peerdesk-tarball-") as tmp:
        extras = Path(tmp)
        stage_tarball_extras(extras, icons, glibc)
        with tarfile.open(out, "w:gz", compresslevel=9) as tar:
            tar.add(app_dir, arcname=top, filter=owned_by_root)
            for name in TARBALL_EXTRAS:
                tar.add(extras / name, arcname=f"{top}/{name}", filter=owned_by_root)
    return out
