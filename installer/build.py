"""Build PeerDesk's installers, then start the built app to prove it works.

    .venv/bin/python installer/build.py            # everything for this platform
    .venv/bin/python installer/build.py --bundle-only --no-smoke

Steps (each one stops the build with a non-zero exit code if it fails):

1. icons: render ``resources/icons/peerdesk.svg`` to PNGs at the usual sizes, a Windows
   ``.ico`` and a macOS ``.icns`` (into ``build/installer/icons``);
2. bundle: PyInstaller with ``installer/peerdesk.spec``: the one-folder app in ``dist/``;
3. strip (Linux): the debug information out of the bundle's shared libraries
   (``strip --strip-debug``; the executable and the symbols loading needs are kept);
4. check: every library in the bundle finds the Qt libraries it links to (none of the
   ones left out is still needed);
5. packages: on Linux a ``.deb`` (dpkg-deb) and a ``.tar.gz`` with ``install.sh`` for a
   user-level install (:mod:`installer.linux_desktop`); on Windows the Inno
   Setup installer (needs ``iscc``); on macOS a ``.dmg`` of ``PeerDesk.app``;
6. smoke test: the built app's command line takes a new program file through import,
   matching, agreements (PDF), scheduling and a calendar file; then the app starts
   offscreen on that file, as a double-click starts it, and waits for its main window.

On this 2-core Linux machine the whole build takes about three minutes (half of it
compressing the .deb).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python installer/build.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from installer import bundle
from installer.linux_desktop import (
    APP_SVG,
    LINUX_FILES,
    build_tarball,
    desktop_files,
    glibc_version,
)

ROOT = bundle.ROOT
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "peerdesk.spec"
ISS = INSTALLER / "windows" / "peerdesk.iss"

SMOKE_TIMEOUT = 180  # seconds for any one start of the built app
SHOWN = "PEERDESK_SHOWN "

# -- versions ---------------------------------------------------------------------------------

_PRE_RELEASE = re.compile(r"(?<=\d)\.?(a|b|rc|alpha|beta|c|dev)(?=\d|$)")


def debian_version(version: str) -> str:
    """PeerDesk's version (PEP 440) as a Debian version, ordered the same way.

    A pre-release sorts before its release in Debian only after a tilde:
    ``1.0.0rc1`` → ``1.0.0~rc1``, ``1.1.0.dev3`` → ``1.1.0~dev3``; a local part
    ``+abc`` is kept, a post-release ``.post1`` becomes ``+post1``.
    """
    if not re.match(r"^\d", version):
        raise ValueError(f"not a release version: {version!r}")
    result = _PRE_RELEASE.sub(lambda m: "~" + m.group(1), version, count=1)
    return result.replace(".post", "+post")


def numeric_version(version: str) -> str:
    """Four dotted numbers, as Windows file versions need: ``0.2.0rc1`` → ``0.2.0.0``."""
    release = re.match(r"^(\d+(?:\.\d+)*)", version)
    if release is None:
        raise ValueError(f"not a release version: {version!r}")
    numbers = release.group(1).split(".")[:4]
    return ".".join([*numbers, *["0"] * (4 - len(numbers))])


# -- icons ------------------------------------------------------------------------------------

ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = [], []
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        images.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(images)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images (read by macOS 10.7 and later)."""
    chunks = [
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for size in sorted(pngs)
        if size in ICNS_TYPES
    ]
    body = b"".join(chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


_qt_app: object = None  # the QGuiApplication made for rendering, if none was running


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes (QSvgRenderer)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    global _qt_app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _qt_app = QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise BuildError(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def render_icons(out_dir: Path, svg: Path = APP_SVG) -> dict[int, Path]:
    """peerdesk-N.png for every size, peerdesk.ico and peerdesk.icns in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(bundle.ICON_SIZES) | set(bundle.ICNS_SIZES))
    pngs = {size: render_png(svg, size) for size in sizes}
    paths = {}
    for size in bundle.ICON_SIZES:
        path = out_dir / f"peerdesk-{size}.png"
        path.write_bytes(pngs[size])
        paths[size] = path
    (out_dir / "peerdesk.ico").write_bytes(ico_bytes({s: pngs[s] for s in bundle.ICON_SIZES}))
    (out_dir / "peerdesk.icns").write_bytes(icns_bytes({s: pngs[s] for s in bundle.ICNS_SIZES}))
    return paths


# -- errors and steps -------------------------------------------------------------------------


class BuildError(Exception):
    """A step failed; the message says which and why."""


@dataclass
class Report:
    steps: list[tuple[str, float]] = field(default_factory=list)
    sizes: list[tuple[str, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[None]:
        print(f"==> {name}", flush=True)
        start = time.monotonic()
        yield
        seconds = time.monotonic() - start
        self.steps.append((name, seconds))
        print(f"    {name}: {seconds:.1f} s", flush=True)

    def summary(self) -> str:
        lines = ["", "PeerDesk build"]
        lines += [f"  {name:<12} {seconds:7.1f} s" for name, seconds in self.steps]
        total = sum(seconds for _name, seconds in self.steps)
        lines.append(f"  {'total':<12} {total:7.1f} s")
        lines += [f"  {name}: {megabytes(size)}" for name, size in self.sizes]
        lines += [f"  {note}" for note in self.notes]
        return "\n".join(lines)


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def tree_size(path: Path) -> int:
    """Bytes of every file under ``path`` (links not followed)."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            total += os.lstat(os.path.join(dirpath, name)).st_size
    return total


def run(cmd: Sequence[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run a build tool; a failure becomes a BuildError with its output."""
    printable = " ".join(str(part) for part in cmd)
    try:
        done = subprocess.run(
            [str(part) for part in cmd], capture_output=True, text=True, check=False, **kwargs
        )  # type: ignore[call-overload]
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BuildError(f"{printable}: {exc}") from exc
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-40:])
        raise BuildError(f"{printable} exited with {done.returncode}:\n{tail}")
    return done


# -- the bundle -------------------------------------------------------------------------------


def run_pyinstaller(dist: Path, work: Path) -> None:
    """The one-folder app into ``dist`` (the spec takes the icons from ``work/icons``)."""
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            SPEC,
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            dist,
            "--workpath",
            work / "pyinstaller",
        ],
        cwd=ROOT,
        env=dict(os.environ, **{bundle.ICON_DIR_VARIABLE: str(work / "icons")}),
    )


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def missing_libraries(app_dir: Path) -> dict[str, list[str]]:
    """Linux: for each library in the bundle, the libraries it links to that are nowhere.

    Run with the bundle's library folder on the search path, as the app runs.
    """
    internal = app_dir / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    missing: dict[str, list[str]] = {}
    for path in sorted(internal.rglob("*")):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        done = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
        )
        names = [
            line.split("=>")[0].strip() for line in done.stdout.splitlines() if "not found" in line
        ]
        if names:
            missing[str(path.relative_to(app_dir))] = names
    return missing


def check_bundle(app_dir: Path, report: Report) -> None:
    """Fail if a library in the bundle needs a Qt library that was left out."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return
    problems = []
    others = set()
    for where, names in missing_libraries(app_dir).items():
        for name in names:
            if "qt6" in name.lower():
                problems.append(f"{where} needs {name}")
            else:
                others.add(name)
    if problems:
        raise BuildError("Qt libraries left out but still needed:\n" + "\n".join(problems))
    if others:
        # Optional desktop libraries this machine lacks (GTK for the GTK theme plugin...):
        # on a user's desktop they come from the system.
        report.notes.append("not on this machine (optional): " + ", ".join(sorted(others)))


# -- debug information ------------------------------------------------------------------------


def shared_libraries(app_dir: Path) -> list[Path]:
    """The shared libraries (``*.so``, ``*.so.N``) in the bundle, links left out."""
    return [
        path
        for path in sorted((app_dir / "_internal").rglob("*"))
        if (path.suffix == ".so" or ".so." in path.name)
        and path.is_file()
        and not path.is_symlink()
        and is_elf(path)
    ]


Segment = tuple[int, int, int, int, str, int]  # offset, address, file size, size, flags, align


def load_segments(readelf_output: str) -> list[Segment]:
    """The LOAD segments in ``readelf -lW`` output: what the loader maps into memory."""
    segments = []
    for line in readelf_output.splitlines():
        parts = line.split()
        if parts[:1] == ["LOAD"]:
            offset, address, _physical, file_size, size = (int(x, 16) for x in parts[1:6])
            segments.append(
                (offset, address, file_size, size, "".join(parts[6:-1]), int(parts[-1], 16))
            )
    return segments


def loads_the_same(before: list[Segment], after: list[Segment]) -> bool:
    """Whether a stripped library maps into memory as the original did.

    Taking debug sections out never touches what is loaded, so any change means strip
    mangled the file: libraries that auditwheel's patchelf rewrote (numpy's and scipy's
    OpenBLAS) come out with segments cut short and not page-aligned, and fail to load
    ("ELF load command address/offset not page-aligned").
    """
    if not before or len(before) != len(after):
        return False
    for old, new in zip(before, after, strict=True):
        offset, address = new[0], new[1]
        if old[1:] != new[1:] or (offset - address) % max(new[-1], 1):
            return False
    return True


def _segments_of(path: Path) -> list[Segment]:
    done = subprocess.run(["readelf", "-lW", str(path)], capture_output=True, text=True)
    return load_segments(done.stdout) if done.returncode == 0 else []


def strip_debug_info(app_dir: Path, report: Report) -> None:
    """Linux: take the debug information out of the bundle's shared libraries.

    Only the debug sections go (``strip --strip-debug``); the symbol tables that
    libraries are linked and loaded by stay, and the executable is left alone. Each
    library is stripped into a copy, which replaces it only if it loads the same
    (:func:`loads_the_same`); one that strip cannot read or would change is kept as
    it is. (PyInstaller's ``strip=True``, a full strip of everything, broke numpy.)
    """
    if not sys.platform.startswith("linux") or not all(
        shutil.which(tool) for tool in ("strip", "readelf")
    ):
        report.notes.append("debug information kept: no strip or readelf here")
        return
    before = tree_size(app_dir)
    libraries = shared_libraries(app_dir)
    kept: list[str] = []
    for library in libraries:
        copy = library.with_name(library.name + ".stripped")
        done = subprocess.run(
            ["strip", "--strip-debug", "-o", str(copy), str(library)], capture_output=True
        )
        if done.returncode == 0 and loads_the_same(_segments_of(library), _segments_of(copy)):
            shutil.copymode(library, copy)
            os.replace(copy, library)
        else:
            copy.unlink(missing_ok=True)
            kept.append(str(library.relative_to(app_dir)))
    after = tree_size(app_dir)
    report.sizes.append(("one-folder app before stripping debug information", before))
    report.notes.append(
        f"debug information stripped from {len(libraries) - len(kept)} libraries: "
        f"{megabytes(before - after)} less"
    )
    if kept:
        report.notes.append("left as they were (strip cannot do them safely): " + ", ".join(kept))


# -- Linux packages ---------------------------------------------------------------------------

# What the app takes from the system (see bundle.LINUX_SYSTEM_LIBRARIES), as packages of
# Debian 12 and Ubuntu 22.04 (later releases provide the same names).
DEB_DEPENDS = (
    "libstdc++6",
    "libgcc-s1",
    "libglib2.0-0",
    "libdbus-1-3",
    "libfontconfig1",
    "libfreetype6",
    "libzstd1",
    "libegl1",
    "libgl1",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libcups2",
)
# Wayland sessions (Qt falls back to X11 without them), the GLX path, the GTK theme.
DEB_RECOMMENDS = (
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libxcb-glx0",
    "libgtk-3-0",
    "shared-mime-info",
    "desktop-file-utils",
)

DEB_DESCRIPTION = """\
Run a peer-mentoring program from one desktop app
 PeerDesk lets one coordinator run a peer-mentoring program from start to
 finish on their own computer: set up the program, import rosters from Excel,
 match mentors and mentees, print pair agreements, schedule and log meetings,
 check in, and report. All data stays in one local program file (.peerdesk).
"""


def deb_architecture() -> str:
    if shutil.which("dpkg"):
        return run(["dpkg", "--print-architecture"]).stdout.strip()
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def deb_control(
    version: str,
    arch: str,
    installed_size_kib: int,
    glibc: str | None = None,
) -> str:
    """The DEBIAN/control file of the PeerDesk package."""
    depends = [f"libc6 (>= {glibc})" if glibc else "libc6", *DEB_DEPENDS]
    description = DEB_DESCRIPTION.rstrip("\n")
    fields = [
        ("Package", bundle.APP_ID),
        ("Version", debian_version(version)),
        ("Architecture", arch),
        ("Maintainer", "PeerDesk developers <peerdesk@example.org>"),
        ("Installed-Size", str(installed_size_kib)),
        ("Depends", ", ".join(depends)),
        ("Recommends", ", ".join(DEB_RECOMMENDS)),
        ("Section", "misc"),
        ("Priority", "optional"),
        ("Description", description),
    ]
    return "".join(f"{name}: {value}\n" for name, value in fields)


def installed_size_kib(root: Path) -> int:
    """Installed-Size as dpkg counts it: KiB per file rounded up, plus one per folder."""
    total = 0
    for dirpath, dirs, files in os.walk(root):
        if Path(dirpath) == root and "DEBIAN" in dirs:
            dirs.remove("DEBIAN")
        total += len(dirs)
        for name in files:
            total += -(-os.lstat(os.path.join(dirpath, name)).st_size // 1024)
    return total


def _normalise_modes(root: Path) -> None:
    """Folders 0755, programs and libraries 0755, every other file 0644."""
    for dirpath, dirs, files in os.walk(root):
        for name in dirs:
            os.chmod(os.path.join(dirpath, name), 0o755)
        for name in files:
            path = os.path.join(dirpath, name)
            if os.path.islink(path):
                continue
            executable = os.stat(path).st_mode & 0o111
            os.chmod(path, 0o755 if executable else 0o644)
    os.chmod(root, 0o755)


def stage_deb(app_dir: Path, stage: Path, version: str, arch: str, icons: Path) -> None:
    """Lay out the package's files under ``stage`` (the app goes to /opt/peerdesk)."""
    if stage.exists():
        shutil.rmtree(stage)
    app_id = bundle.APP_ID
    opt = stage / "opt" / app_id
    shutil.copytree(app_dir, opt, symlinks=True)
    usr = stage / "usr"
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / app_id).symlink_to(f"/opt/{app_id}/{app_id}")
    share = usr / "share"
    desktop_files(share, icons)
    (share / "doc" / app_id).mkdir(parents=True)
    shutil.copyfile(LINUX_FILES / "copyright", share / "doc" / app_id / "copyright")
    debian = stage / "DEBIAN"
    debian.mkdir()
    for script in ("postinst", "postrm"):
        shutil.copyfile(LINUX_FILES / "debian" / script, debian / script)
        os.chmod(debian / script, 0o755)
    _normalise_modes(stage)
    size = installed_size_kib(stage)
    (debian / "control").write_text(
        deb_control(version, arch, size, glibc_version()), encoding="utf-8"
    )
    os.chmod(debian / "control", 0o644)


def build_deb(stage: Path, out_dir: Path, version: str, arch: str) -> Path:
    out = out_dir / f"{bundle.APP_ID}_{debian_version(version)}_{arch}.deb"
    out.unlink(missing_ok=True)
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", stage, out])
    return out


# -- Windows and macOS packages ---------------------------------------------------------------


def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def build_windows_installer(app_dir: Path, out_dir: Path, version: str, icons: Path) -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise BuildError("Inno Setup (iscc) is not installed; get it from jrsoftware.org")
    run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DAppNumericVersion={numeric_version(version)}",
            f"/DSourceDir={app_dir}",
            f"/DIconFile={icons / 'peerdesk.ico'}",
            f"/DOutputDir={out_dir}",
            ISS,
        ]
    )
    return out_dir / f"PeerDesk-{version}-windows-setup.exe"


def build_dmg(out_dir: Path, version: str) -> Path:
    out = out_dir / f"PeerDesk-{version}-macos.dmg"
    out.unlink(missing_ok=True)
    app = out_dir / f"{bundle.APP_NAME}.app"
    run(
        [
            "hdiutil",
            "create",
            "-volname",
            "PeerDesk",
            "-srcfolder",
            app,
            "-ov",
            "-format",
            "UDZO",
            out,
        ]
    )
    return out


# -- smoke test -------------------------------------------------------------------------------


def smoke_env(home: Path) -> dict[str, str]:
    """The environment of a user's desktop, offscreen: nothing of the build's Python."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "PEERDESK_", "QT_"))
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PEERDESK_HOME"] = str(home)
    return env


ROSTER_HEADERS = ("Full name", "Email", "Role", "Status", "Department", "Interests", "Years")


def write_roster(path: Path, people: int = 12) -> None:
    """A small roster workbook, as a coordinator's own would look, all ready to match."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Roster"
    sheet.append(ROSTER_HEADERS)
    for i in range(people):
        sheet.append(
            [
                f"Person {i:02d}",
                f"person{i}@example.org",
                "Mentor" if i % 2 == 0 else "Mentee",
                "Ready",
                f"Department {i % 3}",
                f"Topic {i % 5}, Topic {(i + 1) % 5}",
                i,
            ]
        )
    book.save(path)


def start_until_shown(exe: Path, args: Sequence[str], env: dict[str, str]) -> tuple[float, str]:
    """Start the app; (seconds from start to its window showing, the file it shows)."""
    env = dict(env, PEERDESK_QUIT_WHEN_SHOWN="1")
    start = time.time()
    done = run([exe, *args], env=env, timeout=SMOKE_TIMEOUT)
    stamps = [line for line in done.stdout.splitlines() if line.startswith(SHOWN)]
    if not stamps:
        raise BuildError(f"the app never showed its window:\n{done.stdout}\n{done.stderr}")
    _prefix, stamp, *shown = stamps[-1].split(" ", 2)
    return float(stamp) - start, shown[0] if shown else ""


def smoke_test(exe: Path, version: str, report: Report, logo: Path) -> None:
    """Use the built app as a coordinator would, on fresh files in a temporary folder.

    The command line walks a program through its life (each step loads other parts of
    the bundle); then the window opens on the file as a file manager opens it.
    """
    if not exe.is_file():
        raise BuildError(f"no app at {exe}")
    with tempfile.TemporaryDirectory(prefix="peerdesk-smoke-") as tmp_name:
        tmp = Path(tmp_name)
        env = smoke_env(tmp / "home")

        def cli(*args: str | Path) -> str:
            return run([exe, *args], env=env, timeout=SMOKE_TIMEOUT).stdout

        out = cli("--version")
        if version not in out:
            raise BuildError(f"--version printed {out!r}, not {version}")
        # A new file: SQLAlchemy and the Alembic migrations, read as files from the bundle.
        program = tmp / "Smoke test.peerdesk"
        cli("init", program, "--program", "Smoke test")
        if not program.is_file():
            raise BuildError("init made no program file")
        # A roster workbook: openpyxl and python-calamine.
        roster = tmp / "Roster.xlsx"
        write_roster(roster)
        out = cli("import", program, roster)
        if "12 added" not in out:
            raise BuildError(f"the roster import said: {out}")
        # Matching: numpy and scipy.
        out = cli("match", program, "--apply", "--confirm")
        if "Saved 6 active pairs" not in out:
            raise BuildError(f"matching said: {out}")
        # Agreements: reportlab, the shipped fonts (embedded in the PDF), a PNG logo (Pillow).
        pdf = tmp / "Agreements.pdf"
        cli("agreements", program, "--out", pdf, "--logo", logo)
        data = pdf.read_bytes() if pdf.is_file() else b""
        if not data.startswith(b"%PDF") or b"/FontFile2" not in data:
            raise BuildError("the agreements PDF is missing or has no embedded font")
        # Meetings and a calendar file: zoneinfo and icalendar.
        first = (date.today() + timedelta(days=7)).isoformat()
        last = (date.today() + timedelta(days=60)).isoformat()
        cli(
            "schedule",
            program,
            "--weekday",
            "tue",
            "--time",
            "17:30",
            "--from",
            first,
            "--until",
            last,
        )
        ics = tmp / "Meetings.ics"
        cli("ics", program, "--out", ics)
        if not ics.is_file() or "BEGIN:VEVENT" not in ics.read_text(encoding="utf-8"):
            raise BuildError("the calendar file has no meetings")
        # The window, on the file passed as a file manager passes it.
        seconds, shown = start_until_shown(exe, [str(program)], env)
        if Path(shown).resolve() != program.resolve():
            raise BuildError(f"the window showed {shown!r}, not {program}")
        log = tmp / "home" / "data" / "logs" / "peerdesk.log"
        text = log.read_text(encoding="utf-8") if log.is_file() else ""
        bad = [line for line in text.splitlines() if " ERROR " in line or " CRITICAL " in line]
        if bad or "Traceback" in text:
            raise BuildError("the app logged errors:\n" + text)
        report.notes.append(f"smoke test: main window shown {seconds:.2f} s after start")


# -- the command ------------------------------------------------------------------------------


def build(args: argparse.Namespace, report: Report) -> None:
    version = bundle.project_version()
    dist: Path = args.dist.resolve()
    work: Path = args.work.resolve()
    plat = sys.platform
    app_dir = dist / bundle.folder_name(plat)
    icons = work / "icons"
    print(f"PeerDesk {version} on {plat}; output in {dist}", flush=True)

    with report.step("icons"):
        render_icons(icons)
    if not args.skip_bundle:
        with report.step("bundle"):
            run_pyinstaller(dist, work)
    if not app_dir.is_dir():
        raise BuildError(f"no one-folder app at {app_dir}")
    if plat.startswith("linux"):
        with report.step("strip"):
            strip_debug_info(app_dir, report)
    with report.step("check"):
        check_bundle(app_dir, report)
    report.sizes.append((f"one-folder app ({app_dir.name}/)", tree_size(app_dir)))

    if not args.bundle_only:
        if plat.startswith("linux"):
            arch = deb_architecture()
            with report.step("deb"):
                stage = work / "deb" / f"{bundle.APP_ID}_{debian_version(version)}_{arch}"
                stage_deb(app_dir, stage, version, arch, icons)
                deb = build_deb(stage, dist, version, arch)
            report.sizes.append((deb.name, deb.stat().st_size))
            with report.step("tar.gz"):
                tarball = build_tarball(app_dir, dist, version, icons, glibc_version())
            report.sizes.append((tarball.name, tarball.stat().st_size))
        elif plat.startswith("win"):
            with report.step("installer"):
                setup = build_windows_installer(app_dir, dist, version, icons)
            report.sizes.append((setup.name, setup.stat().st_size))
        elif plat == "darwin":
            with report.step("dmg"):
                dmg = build_dmg(dist, version)
            report.sizes.append((dmg.name, dmg.stat().st_size))

    if not args.no_smoke:
        with report.step("smoke test"):
            exe = bundle.console_executable(dist, plat)
            smoke_test(exe, version, report, icons / "peerdesk-64.png")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="installer/build.py", description="Build PeerDesk's installers and smoke-test them."
    )
    parser.add_argument("--dist", type=Path, default=bundle.DIST_DIR, help="output folder")
    parser.add_argument("--work", type=Path, default=bundle.WORK_DIR, help="scratch folder")
    parser.add_argument(
        "--skip-bundle", action="store_true", help="reuse the one-folder app already built"
    )
    parser.add_argument(
        "--bundle-only", action="store_true", help="build the app folder but no installer"
    )
    parser.add_argument("--no-smoke", action="store_true", help="do not start the built app")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    report = Report()
    try:
        build(args, report)
    except BuildError as exc:
        print(report.summary(), flush=True)
        print(f"\nBUILD FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    print(report.summary(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
