"""The full installer build and its smoke test, on demand: ``pytest -m slow_build``.

Runs ``installer/build.py`` as a release would, into a temporary folder: the
one-folder app, the .deb and the .tar.gz (on Linux), then the built app makes a
program file, imports and matches a roster, writes agreements and a calendar
file, and shows its main window offscreen. It takes a
few minutes (about three on a two-core machine), so the normal test run skips it.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

import peerdesk
from installer import build, bundle

ROOT = Path(__file__).resolve().parents[2]
DOWNLOAD_LIMIT = 120_000_000  # bytes: what a user on a slow line can still download


@pytest.mark.slow_build
def test_build_command_builds_installs_and_starts_the_app(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "work"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "installer" / "build.py"),
            "--dist",
            str(dist),
            "--work",
            str(work),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    print(done.stdout[-3000:])
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-5000:]
    assert "smoke test: main window shown" in done.stdout

    version = peerdesk.__version__
    if sys.platform.startswith("linux"):
        [deb] = dist.glob(f"peerdesk_{build.debian_version(version)}_*.deb")
        [tarball] = dist.glob(f"peerdesk-{version}-linux-*.tar.gz")
        assert deb.stat().st_size < DOWNLOAD_LIMIT
        contents = subprocess.run(
            ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
        ).stdout
        for path in (
            "./opt/peerdesk/peerdesk",
            "./usr/share/applications/peerdesk.desktop",
            "./usr/share/mime/packages/peerdesk.xml",
            "./opt/peerdesk/_internal/peerdesk/migrations/versions/",
            "./opt/peerdesk/_internal/resources/icons/peerdesk.svg",
            "./opt/peerdesk/_internal/resources/fonts/NotoSans-Regular.ttf",
            "./opt/peerdesk/_internal/pypdfium2_raw/libpdfium.so",  # loaded with ctypes
            "./opt/peerdesk/_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
            "./opt/peerdesk/_internal/PySide6/Qt/plugins/iconengines/libqsvgicon.so",
            "./opt/peerdesk/_internal/PySide6/Qt/translations/qtbase_de.qm",
        ):
            assert path in contents
        for left_out in ("virtualkeyboard", "libQt6Quick", "libQt6Qml", "tkinter", "/tls/"):
            assert left_out not in contents
        assert tarball.stat().st_size > 0
        with tarfile.open(tarball) as tar:
            names = set(tar.getnames())
        top = f"peerdesk-{version}"
        for name in ("install.sh", "README.txt", "share/applications/peerdesk.desktop"):
            assert f"{top}/{name}" in names
        # The libraries carry no debug information (strip --strip-debug), yet the app ran;
        # only those strip cannot do safely are kept as they were, and the build says so.
        app = dist / bundle.folder_name(sys.platform)
        stripped = next(x for x in done.stdout.splitlines() if "debug information stripped" in x)
        assert float(stripped.split(": ")[1].split()[0]) > 20  # MB less
        with_debug = [
            str(path.relative_to(app))
            for path in build.shared_libraries(app)
            if ".debug_info"
            in subprocess.run(
                ["readelf", "-S", "--wide", str(path)], capture_output=True, text=True
            ).stdout
        ]
        said = next((x for x in done.stdout.splitlines() if "left as they were" in x), "")
        assert all(path in said for path in with_debug), with_debug
