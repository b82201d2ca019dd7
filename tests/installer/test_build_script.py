"""The installer build's own logic, fast enough for every test run (issue #8).

What goes into the one-folder app (installer/bundle.py), the spec's choices, the
Linux desktop entry and MIME type, the .deb and .tar.gz layout, the icons, and the
Windows installer script. The full build and smoke test are in test_packaged_app.py.
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import stat
import struct
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import peerdesk
from installer import build, bundle

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer" / "linux"


def imported_modules(*packages: str) -> set[str]:
    """Every module named in an import statement anywhere in PeerDesk's own code."""
    found: set[str] = set()
    for package in packages:
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    found.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.add(node.module)
                    found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def is_excluded(module: str) -> bool:
    return any(module == ex or module.startswith(ex + ".") for ex in bundle.EXCLUDED_MODULES)


# -- what is left out --------------------------------------------------------------------------


def test_nothing_peerdesk_imports_is_left_out() -> None:
    used = imported_modules("peerdesk", "ui")
    assert not sorted(m for m in used if is_excluded(m))
    # The scipy parts matching and reports use are among them, and kept.
    assert any(m.startswith("scipy.optimize") for m in used)
    assert any(m.startswith("scipy.sparse") for m in used)


def test_the_unused_parts_are_left_out() -> None:
    for module in ("tkinter", "test", "pytest", "hypothesis", "pygments"):
        assert is_excluded(module), module
    for qt in ("QtQml", "QtQuick", "Qt3DCore", "QtWebEngineCore", "QtMultimedia", "QtNetwork"):
        assert is_excluded(f"PySide6.{qt}"), qt
    for sub in ("signal", "io", "datasets", "cluster"):
        assert is_excluded(f"scipy.{sub}"), sub
    for kept in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"):
        assert not is_excluded(kept), kept
    for kept in ("scipy.optimize", "scipy.sparse.csgraph", "scipy.stats", "numpy.f2py", "PIL"):
        # numpy.f2py: scipy's array API layer imports it; PIL: reportlab needs Pillow.
        assert not is_excluded(kept), kept


KEEP_CASES = [
    # Qt platform plugins: the desktop ones and offscreen stay; embedded ones go.
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", "linux", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", "linux", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", "linux", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", "win32", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "darwin", True),
    # Input: compose and IBus, not the virtual keyboard.
    (
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "linux",
        False,
    ),
    (
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "linux",
        True,
    ),
    # Images: SVG and ICO; no GIF, TIFF, WebP, PDF.
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", "linux", True),
    ("PySide6\\plugins\\imageformats\\qico.dll", "win32", True),
    ("PySide6/Qt/plugins/imageformats/libqgif.so", "linux", False),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", "linux", False),
    ("PySide6/Qt/plugins/imageformats/libqwebp.so", "linux", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", "linux", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "linux", True),
    # Network information, TLS, SQL drivers, QML tooling: out.
    ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", "linux", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "linux", False),
    ("PySide6\\plugins\\tls\\qschannelbackend.dll", "win32", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", "linux", False),
    ("PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so", "linux", False),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", "linux", True),
    ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", "linux", False),
    # Qt libraries only the left-out parts use.
    ("PySide6/Qt/lib/libQt6Quick.so.6", "linux", False),
    ("PySide6/Qt/lib/libQt6Qml.so.6", "linux", False),
    ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", "linux", False),
    ("PySide6/Qt/lib/libQt6Network.so.6", "linux", False),
    ("libQt6EglFSDeviceIntegration.so.6", "linux", False),
    ("PySide6\\Qt6Quick.dll", "win32", False),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", "darwin", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", "linux", True),
    ("PySide6/Qt/lib/libQt6OpenGL.so.6", "linux", True),  # the Wayland EGL plugin needs it
    ("PySide6\\Qt6Widgets.dll", "win32", True),
    ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", "darwin", True),
    ("PySide6/Qt/lib/libicudata.so.73", "linux", True),
    # Translations: qtbase only.
    ("PySide6/Qt/translations/qtbase_de.qm", "linux", True),
    ("PySide6/Qt/translations/qtbase_pt_BR.qm", "linux", True),
    ("PySide6\\translations\\qtbase_fr.qm", "win32", True),
    ("PySide6/Qt/translations/qt_de.qm", "linux", False),
    ("PySide6/Qt/translations/qtdeclarative_de.qm", "linux", False),
    ("PySide6/Qt/translations/assistant_de.qm", "linux", False),
    # The desktop's own libraries come from the system on Linux, Python's stay.
    ("libstdc++.so.6", "linux", False),
    ("libglib-2.0.so.0", "linux", False),
    ("libfontconfig.so.1", "linux", False),
    ("libxcb-cursor.so.0", "linux", False),
    ("libgtk-3.so.0", "linux", False),
    ("libcups.so.2", "linux", False),
    ("libpython3.11.so.1.0", "linux", True),
    ("libsqlite3.so.0", "linux", True),
    ("libssl.so.3", "linux", True),
    ("libffi.so.8", "linux", True),
    ("numpy.libs/libscipy_openblas64_-32a4b2a6.so", "linux", True),
    ("scipy.libs/libgfortran-8f1e9814.so.5.0.0", "linux", True),
    ("libstdc++-6.dll", "win32", True),  # only Linux takes these from the system
    # Test suites and PeerDesk's own data.
    ("scipy/special/tests/data/boost.npz", "linux", False),
    ("numpy/_core/tests/data/astype_copy.pkl", "linux", False),
    ("scipy/optimize/_highspy/_core.cpython-311-x86_64-linux-gnu.so", "linux", True),
    ("resources/icons/peerdesk.svg", "linux", True),
    ("peerdesk/migrations/versions/0001_initial_initial_schema.py", "linux", True),
]


@pytest.mark.parametrize(("dest", "platform", "kept"), KEEP_CASES)
def test_which_collected_files_stay(dest: str, platform: str, kept: bool) -> None:
    assert bundle.keep_file(dest, platform) is kept


def test_filter_toc_drops_entries_by_their_bundle_path() -> None:
    toc = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/src/libqvnc.so", "BINARY"),
        ("PySide6/Qt/translations/qt_help_de.qm", "/src/qt_help_de.qm", "DATA"),
    ]
    assert bundle.filter_toc(toc, "linux") == toc[:1]


# -- what is put in ---------------------------------------------------------------------------


def test_modules_imported_by_name_are_bundled() -> None:
    from peerdesk import cli
    from ui import qt, screens

    own = bundle.own_modules()
    hidden = bundle.hidden_imports()
    assert set(qt._LAZY) <= set(bundle.QT_HIDDEN_IMPORTS)
    assert set(cli.COMMAND_MODULES) <= set(own)
    assert {spec.module for spec in screens.SCREENS} <= set(own)
    assert {"peerdesk", "ui", "ui.launcher", "peerdesk.cli"} <= set(own)
    assert set(own) <= set(hidden)
    # Alembic reads the migration scripts as files; they are data, not modules.
    assert not [m for m in own if m.startswith("peerdesk.migrations")]


def test_resources_and_every_migration_script_are_data() -> None:
    datas = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in bundle.datas()}
    versions = sorted((ROOT / "peerdesk" / "migrations" / "versions").glob("*.py"))
    assert versions
    for script in versions:
        rel = script.relative_to(ROOT).as_posix()
        assert (rel, "peerdesk/migrations/versions") in datas
    assert ("peerdesk/migrations/env.py", "peerdesk/migrations") in datas
    assert ("peerdesk/migrations/script.py.mako", "peerdesk/migrations") in datas
    assert ("resources/icons/peerdesk.svg", "resources/icons") in datas
    assert not [src for src, _dest in datas if "__pycache__" in src or src.endswith(".pyc")]


def test_the_pyside_version_shown_in_about_travels_with_the_app() -> None:
    found = bundle.metadata_datas()
    assert any(dest.lower().startswith("pyside6_essentials-") for _src, dest in found)
    assert all(Path(src).name == "METADATA" and Path(src).is_file() for src, _dest in found)


def test_version_is_the_package_version() -> None:
    assert bundle.project_version() == peerdesk.__version__


# -- the spec ---------------------------------------------------------------------------------


class Recorder:
    """Stands in for one of PyInstaller's spec classes and remembers how it was called."""

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self, kind: str, calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]):
        self.kind = kind
        self.calls = calls

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append((self.kind, args, kwargs))
        if self.kind == "Analysis":
            return AnalysisResult()
        return (self.kind, kwargs.get("name"))


class AnalysisResult:
    def __init__(self) -> None:
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.binaries = [
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/qxcb.dll", "/x/qxcb.dll", "BINARY"),
            ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "", ""),
            ("PySide6/Qt/lib/libQt6Quick.so.6", "/x/libQt6Quick.so.6", "BINARY"),
        ]
        self.datas = [("PySide6/Qt/translations/qt_de.qm", "/x/qt_de.qm", "DATA")]


def run_spec(
    platform: str, monkeypatch: pytest.MonkeyPatch, icons: Path
) -> list[tuple[str, tuple[Any, ...], dict[str, Any]]]:
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv(bundle.ICON_DIR_VARIABLE, str(icons))
    names: dict[str, Any] = {
        kind: Recorder(kind, calls) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    }
    names["SPECPATH"] = str(ROOT / "installer")
    names["__file__"] = str(ROOT / "installer" / "peerdesk.spec")
    spec = (ROOT / "installer" / "peerdesk.spec").read_text(encoding="utf-8")
    exec(compile(spec, "peerdesk.spec", "exec"), names)
    return calls


def calls_of(calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]], kind: str) -> list[Any]:
    return [(args, kwargs) for k, args, kwargs in calls if k == kind]


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_spec_builds_one_unstripped_folder(
    platform: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "peerdesk.ico").write_bytes(b"ico")
    (tmp_path / "peerdesk.icns").write_bytes(b"icns")
    calls = run_spec(platform, monkeypatch, tmp_path)

    [(_args, analysis)] = calls_of(calls, "Analysis")
    assert analysis["excludes"] == bundle.EXCLUDED_MODULES
    assert analysis["noarchive"] is True  # .pyc files in the folder: starts as fast as source
    assert set(bundle.QT_HIDDEN_IMPORTS) <= set(analysis["hiddenimports"])
    assert any(dest == "peerdesk/migrations/versions" for _src, dest in analysis["datas"])

    exes = calls_of(calls, "EXE")
    assert [(kw["name"], kw["console"]) for _a, kw in exes] == bundle.executables(platform)
    for _args, kwargs in exes:
        assert kwargs["exclude_binaries"] is True  # one folder, not one file
        assert kwargs["strip"] is False and kwargs["upx"] is False
        assert kwargs["argv_emulation"] is (platform == "darwin")
        expected_icon = str(tmp_path / "peerdesk.ico") if platform == "win32" else None
        assert kwargs["icon"] == expected_icon

    [(collected, collect)] = calls_of(calls, "COLLECT")
    assert collect["strip"] is False and collect["upx"] is False
    assert collect["name"] == bundle.folder_name(platform)
    binaries = collected[len(exes)]
    assert [b[0] for b in binaries] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/qxcb.dll",
    ]
    assert collected[len(exes) + 1] == []  # qt_de.qm is not a qtbase translation

    bundles = calls_of(calls, "BUNDLE")
    if platform == "darwin":
        [(_args, app)] = bundles
        assert app["name"] == "PeerDesk.app"
        assert app["icon"] == str(tmp_path / "peerdesk.icns")
        assert app["bundle_identifier"] == bundle.BUNDLE_ID
        assert app["info_plist"] == bundle.mac_info_plist(peerdesk.__version__)
    else:
        assert not bundles


def test_spec_builds_without_icons_when_none_were_rendered(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = run_spec("darwin", monkeypatch, tmp_path / "missing")
    [(_args, app)] = calls_of(calls, "BUNDLE")
    assert app["icon"] is None


def test_mac_bundle_opens_peerdesk_files() -> None:
    plist = bundle.mac_info_plist("1.2.3")
    assert plist["CFBundleShortVersionString"] == "1.2.3"
    [doc] = plist["CFBundleDocumentTypes"]
    assert doc["CFBundleTypeExtensions"] == ["peerdesk"]
    assert doc["LSItemContentTypes"] == [bundle.FILE_TYPE_ID]
    assert doc["CFBundleTypeRole"] == "Editor"
    [uti] = plist["UTExportedTypeDeclarations"]
    assert uti["UTTypeIdentifier"] == bundle.FILE_TYPE_ID
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == ["peerdesk"]
    assert uti["UTTypeTagSpecification"]["public.mime-type"] == [bundle.MIME_TYPE]


def test_executables_and_the_one_the_smoke_test_starts(tmp_path: Path) -> None:
    assert bundle.console_executable(tmp_path, "linux") == tmp_path / "peerdesk" / "peerdesk"
    assert bundle.console_executable(tmp_path, "win32") == (
        tmp_path / "PeerDesk" / "peerdesk-cli.exe"
    )
    assert bundle.console_executable(tmp_path, "darwin") == (
        tmp_path / "PeerDesk.app" / "Contents" / "MacOS" / "PeerDesk"
    )


# -- Linux desktop integration ----------------------------------------------------------------


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / "peerdesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_peerdesk_on_the_double_clicked_file() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "PeerDesk"
    assert entry["Exec"] == f"{bundle.APP_ID} %f"  # the launcher opens a bare file path
    assert entry["TryExec"] == bundle.APP_ID
    assert entry["Icon"] == bundle.APP_ID
    assert entry["Terminal"] == "false"
    assert bundle.MIME_TYPE in entry["MimeType"].split(";")
    assert entry["MimeType"].endswith(";") and entry["Categories"].endswith(";")
    assert "Office" in entry["Categories"].split(";")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_is_valid() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(LINUX / "peerdesk.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_mime_type_claims_peerdesk_files_as_a_kind_of_sqlite_database() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "peerdesk.xml").getroot()
    [mime] = root.findall("m:mime-type", ns)
    assert mime.get("type") == bundle.MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.peerdesk"]
    assert [s.get("type") for s in mime.findall("m:sub-class-of", ns)] == [
        "application/vnd.sqlite3"
    ]
    [icon] = mime.findall("m:icon", ns)
    assert icon.get("name") == bundle.MIME_TYPE.replace("/", "-")
    assert mime.findtext("m:comment", namespaces=ns) == "PeerDesk program file"


@pytest.mark.parametrize("script", ["postinst", "postrm"])
def test_maintainer_scripts_work_without_the_desktop_tools(script: str, tmp_path: Path) -> None:
    # With an empty PATH none of update-mime-database & co. exists: the script must still
    # succeed (a server or a minimal system has none of them).
    path = LINUX / "debian" / script
    assert os.access(path, os.X_OK)
    done = subprocess.run(
        ["/bin/sh", str(path), "configure" if script == "postinst" else "remove"],
        env={"PATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


# -- versions and the .deb control file -------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("1.0.0rc1", "1.0.0~rc1"),
        ("1.0.0b2", "1.0.0~b2"),
        ("1.1.0.dev3", "1.1.0~dev3"),
        ("1.0.0.post1", "1.0.0+post1"),
    ],
)
def test_debian_versions_sort_like_python_ones(version: str, debian: str) -> None:
    assert build.debian_version(version) == debian


def test_debian_version_order_puts_release_candidates_first() -> None:
    if shutil.which("dpkg") is None:
        pytest.skip("needs dpkg")
    rc, final = build.debian_version("1.0.0rc1"), build.debian_version("1.0.0")
    done = subprocess.run(["dpkg", "--compare-versions", rc, "lt", final], check=False)
    assert done.returncode == 0


@pytest.mark.parametrize(
    ("version", "numeric"),
    [
        ("0.1.0", "0.1.0.0"),
        ("1.2rc1", "1.2.0.0"),
        ("2.0.1.dev4", "2.0.1.0"),
        ("1.2.3.4.5", "1.2.3.4"),
    ],
)
def test_windows_file_version(version: str, numeric: str) -> None:
    assert build.numeric_version(version) == numeric


def parse_control(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    last = ""
    for line in text.splitlines():
        if line.startswith(" "):
            fields[last] += "\n" + line
        else:
            last, value = line.split(": ", 1)
            fields[last] = value
    return fields


def test_deb_control_file() -> None:
    text = build.deb_control("1.0.0rc1", "amd64", 290_000, "2.36")
    assert text.endswith("\n") and "\n\n" not in text
    fields = parse_control(text)
    assert fields["Package"] == "peerdesk"
    assert fields["Version"] == "1.0.0~rc1"
    assert fields["Architecture"] == "amd64"
    assert fields["Installed-Size"] == "290000"
    depends = [d.strip() for d in fields["Depends"].split(",")]
    assert depends[0] == "libc6 (>= 2.36)"
    # Qt's X11 platform plugin needs these since Qt 6.5; the system provides them.
    assert {"libxcb-cursor0", "libxkbcommon-x11-0", "libfontconfig1", "libglib2.0-0"} <= set(
        depends
    )
    summary, *long_lines = fields["Description"].split("\n")
    assert summary and len(summary) < 80
    assert long_lines and all(line.startswith(" ") for line in long_lines)


def fake_app(folder: Path) -> Path:
    """A stand-in one-folder app: an executable, a library and a symlink to it."""
    app = folder / "peerdesk"
    (app / "_internal").mkdir(parents=True)
    exe = app / "peerdesk"
    exe.write_text("#!/bin/sh\necho PeerDesk\n", encoding="utf-8")
    exe.chmod(0o700)
    lib = app / "_internal" / "libexample.so.1"
    lib.write_bytes(b"\x7fELF" + b"\0" * 2000)
    lib.chmod(0o600)
    (app / "_internal" / "libexample.so").symlink_to("libexample.so.1")
    return app


@pytest.fixture(scope="module")
def icons(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Path:
    # qapp first: the renderer would otherwise make a QGuiApplication, and the widget
    # tests later in the run need a QApplication.
    folder = tmp_path_factory.mktemp("icons")
    build.render_icons(folder)
    return folder


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")
def test_deb_installs_the_app_menu_entry_file_type_and_icons(tmp_path: Path, icons: Path) -> None:
    app = fake_app(tmp_path)
    stage = tmp_path / "stage"
    build.stage_deb(app, stage, "1.0.0rc1", "amd64", icons)
    deb = build.build_deb(stage, tmp_path, "1.0.0rc1", "amd64")
    assert deb.name == "peerdesk_1.0.0~rc1_amd64.deb"

    info = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True)
    fields = parse_control(info.stdout)
    assert fields["Package"] == "peerdesk" and fields["Version"] == "1.0.0~rc1"
    assert int(fields["Installed-Size"]) == build.installed_size_kib(stage)

    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True)
    entries = {}
    for line in listing.stdout.splitlines():
        mode, owner, _size, _date, _time, name, *rest = line.split()
        entries[name.removeprefix(".")] = (mode, owner, rest)
    assert entries["/opt/peerdesk/peerdesk"][:2] == ("-rwxr-xr-x", "root/root")
    assert entries["/opt/peerdesk/_internal/libexample.so.1"][:2] == ("-rw-r--r--", "root/root")
    assert entries["/opt/peerdesk/_internal/libexample.so"][2] == ["->", "libexample.so.1"]
    assert entries["/usr/bin/peerdesk"][2] == ["->", "/opt/peerdesk/peerdesk"]
    assert entries["/usr/share/applications/peerdesk.desktop"][0] == "-rw-r--r--"
    assert "/usr/share/mime/packages/peerdesk.xml" in entries
    assert "/usr/share/doc/peerdesk/copyright" in entries
    for size in bundle.ICON_SIZES:
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/peerdesk.png" in entries
        assert (
            f"/usr/share/icons/hicolor/{size}x{size}/mimetypes/application-x-peerdesk.png"
            in entries
        )
    assert "/usr/share/icons/hicolor/scalable/apps/peerdesk.svg" in entries
    assert all(mode.startswith("d") is name.endswith("/") for name, (mode, *_r) in entries.items())

    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "--control", str(deb), str(control)], check=True)
    for script in ("postinst", "postrm"):
        assert stat.S_IMODE((control / script).stat().st_mode) == 0o755


def test_tarball_holds_the_folder_and_its_user_install_owned_by_root(
    tmp_path: Path, icons: Path
) -> None:
    app = fake_app(tmp_path)
    out = build.build_tarball(app, tmp_path, "1.2.3", icons, "2.36")
    assert out.name.startswith("peerdesk-1.2.3-linux-") and out.name.endswith(".tar.gz")
    with tarfile.open(out) as tar:
        members = {m.name: m for m in tar.getmembers()}
        readme = tar.extractfile("peerdesk-1.2.3/README.txt")
        assert readme is not None
        readme_text = readme.read().decode("utf-8")
    top = "peerdesk-1.2.3"
    share = f"{top}/share"
    assert {
        top,
        f"{top}/peerdesk",
        f"{top}/_internal",
        f"{top}/_internal/libexample.so.1",
        f"{top}/_internal/libexample.so",
        f"{top}/install.sh",
        f"{top}/README.txt",
        f"{share}/applications/peerdesk.desktop",
        f"{share}/mime/packages/peerdesk.xml",
        f"{share}/icons/hicolor/scalable/apps/peerdesk.svg",
        f"{share}/icons/hicolor/48x48/mimetypes/application-x-peerdesk.png",
    } <= set(members)
    assert all(m.uid == 0 and m.gid == 0 and m.uname == "root" for m in members.values())
    assert members[f"{top}/peerdesk"].mode & 0o100
    assert members[f"{top}/install.sh"].mode & 0o111 == 0o111
    link = members[f"{top}/_internal/libexample.so"]
    assert link.issym() and link.linkname == "libexample.so.1"
    # The README says how to install, how to remove, and what the computer needs.
    assert "./install.sh" in readme_text
    assert "~/.local/lib/peerdesk/install.sh --uninstall" in readme_text
    assert "glibc) 2.36" in readme_text and "{glibc}" not in readme_text


# ``readelf -lW`` of numpy's OpenBLAS (patched by auditwheel's patchelf) before and after
# ``strip --strip-debug`` of binutils 2.40: the last segments cut short and misaligned.
OPENBLAS_LOADS = """
  Type           Offset   VirtAddr           PhysAddr           FileSiz  MemSiz   Flg Align
  LOAD           0x000000 0x0000000000000000 0x0000000000000000 0x2887dc 0x2887dc R   0x1000
  LOAD           0x288800 0x0000000000289800 0x0000000000289800 0x133fe70 0x133fe70 R E 0x1000
  LOAD           0x16d2000 0x00000000015ed000 0x00000000015ed000 0x07d670 0x07d670 RW  0x1000
  LOAD           0x1750000 0x000000000166b000 0x000000000166b000 0x03a7c0 0x03a7c0 RW  0x1000
"""
OPENBLAS_STRIPPED = """
  Type           Offset   VirtAddr           PhysAddr           FileSiz  MemSiz   Flg Align
  LOAD           0x000000 0x0000000000000000 0x0000000000000000 0x2887dc 0x2887dc R   0x1000
  LOAD           0x288800 0x0000000000289800 0x0000000000289800 0x133fe70 0x133fe70 R E 0x1000
  LOAD           0x15de000 0x00000000015ed000 0x00000000015ed000 0x043098 0x043098 RW  0x1000
  LOAD           0x1621098 0x000000000166b000 0x000000000166b000 0x000000 0x000000 RW  0x1000
"""


def test_a_library_strip_would_mangle_is_recognised() -> None:
    before = build.load_segments(OPENBLAS_LOADS)
    assert before[1] == (0x288800, 0x289800, 0x133FE70, 0x133FE70, "RE", 0x1000)
    assert build.loads_the_same(before, before)
    assert not build.loads_the_same(before, build.load_segments(OPENBLAS_STRIPPED))
    # Moved in the file but mapped the same, page-aligned: still the same library.
    moved = [(offset + 0x1000, *rest) for offset, *rest in before]
    assert build.loads_the_same(before, moved)  # type: ignore[arg-type]
    misaligned = [(offset + 0x98, *rest) for offset, *rest in before]
    assert not build.loads_the_same(before, misaligned)  # type: ignore[arg-type]
    assert not build.loads_the_same([], [])  # not a library readelf can read


@pytest.mark.skipif(
    shutil.which("gcc") is None or shutil.which("strip") is None or sys.platform != "linux",
    reason="needs gcc and strip on Linux",
)
def test_debug_information_is_stripped_and_the_library_still_loads(tmp_path: Path) -> None:
    import ctypes

    app = fake_app(tmp_path)
    source = tmp_path / "answer.c"
    source.write_text("int answer(void) { return 42; }\n", encoding="utf-8")
    library = app / "_internal" / "sub" / "libanswer.so.1"
    library.parent.mkdir()
    subprocess.run(
        ["gcc", "-g", "-O0", "-shared", "-fPIC", "-o", str(library), str(source)], check=True
    )

    def sections(path: Path) -> str:
        return subprocess.run(
            ["readelf", "-S", "--wide", str(path)], capture_output=True, text=True, check=True
        ).stdout

    assert ".debug_info" in sections(library)
    exe_before = (app / "peerdesk").read_bytes()
    report = build.Report()
    build.strip_debug_info(app, report)
    assert ".debug_info" not in sections(library)
    assert ".dynsym" in sections(library)  # what loading needs stays
    assert ctypes.CDLL(str(library)).answer() == 42
    assert (app / "peerdesk").read_bytes() == exe_before  # the executable is left alone
    # The fake library strip cannot read is left as it was, and said.
    assert (app / "_internal" / "libexample.so.1").read_bytes() == b"\x7fELF" + b"\0" * 2000
    assert any("_internal/libexample.so.1" in note for note in report.notes)  # kept, said
    [(_what, before)] = report.sizes
    assert before > build.tree_size(app)


# -- icons ------------------------------------------------------------------------------------


def test_icons_are_rendered_at_every_size(icons: Path) -> None:
    from PySide6.QtGui import QImage

    for size in bundle.ICON_SIZES:
        image = QImage(str(icons / f"peerdesk-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        # Drawn, not blank: the middle is the icon's blue tile, the corner transparent.
        assert image.pixelColor(size // 2, size // 4).alpha() == 255
        assert image.pixelColor(0, 0).alpha() < 128


def test_windows_icon_holds_every_size(icons: Path) -> None:
    from PySide6.QtGui import QImageReader

    data = (icons / "peerdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(bundle.ICON_SIZES))
    sizes = []
    for i in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        sizes.append(width or 256)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
    assert sizes == list(bundle.ICON_SIZES)
    reader = QImageReader(str(icons / "peerdesk.ico"))
    assert reader.imageCount() == len(bundle.ICON_SIZES)


def test_mac_icon_holds_every_size(icons: Path) -> None:
    data = (icons / "peerdesk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, offset = [], 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert data[offset + 8 : offset + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        offset += length
    assert offset == len(data)
    assert kinds == [build.ICNS_TYPES[size] for size in bundle.ICNS_SIZES]


# -- the build command ------------------------------------------------------------------------


def test_smoke_test_runs_the_app_as_a_user_would(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    monkeypatch.setenv("VIRTUAL_ENV", "/venv")
    monkeypatch.setenv("QT_PLUGIN_PATH", "/plugins")
    monkeypatch.setenv("PEERDESK_QUIT_WHEN_SHOWN", "1")
    env = build.smoke_env(Path("/tmp/home"))
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert env["PEERDESK_HOME"] == "/tmp/home"
    assert not [k for k in env if k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_PLUGIN"))]
    assert "PEERDESK_QUIT_WHEN_SHOWN" not in env


def test_smoke_test_roster_goes_through_import_and_matching(tmp_path: Path) -> None:
    # The smoke test drives the built app with this roster; from source it must work too,
    # or a failing smoke test would blame the packaging for it.
    from io import StringIO

    from peerdesk import cli

    roster, program = tmp_path / "Roster.xlsx", tmp_path / "Smoke.peerdesk"
    build.write_roster(roster)
    out = StringIO()
    assert cli.main(["init", str(program), "--program", "Smoke test"], out=out) == 0
    assert cli.main(["import", str(program), str(roster)], out=out) == 0
    assert cli.main(["match", str(program), "--apply", "--confirm"], out=out) == 0
    assert "12 added" in out.getvalue() and "Saved 6 active pairs" in out.getvalue()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_check_fails_when_a_kept_library_needs_a_left_out_qt_library(tmp_path: Path) -> None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqminimal.so"
    if not plugin.is_file():
        pytest.skip("this PySide6 has no minimal platform plugin")
    app = tmp_path / "peerdesk"
    (app / "_internal").mkdir(parents=True)
    shutil.copy(plugin, app / "_internal" / plugin.name)
    with pytest.raises(build.BuildError, match="libQt6Gui"):
        build.check_bundle(app, build.Report())


def test_build_fails_with_a_nonzero_exit_when_there_is_no_app(qapp: object, tmp_path: Path) -> None:
    code = build.main(
        ["--skip-bundle", "--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work")]
    )
    assert code == 1
    assert (tmp_path / "work" / "icons" / "peerdesk.ico").is_file()


# -- Windows ----------------------------------------------------------------------------------


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in (ROOT / "installer" / "windows" / "peerdesk.iss").read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def test_windows_installer_is_per_user_and_associates_peerdesk_files() -> None:
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # the user's programs folder
    assert setup["ChangesAssociations"] == "yes"
    # build.py looks for the installer under this name.
    assert setup["OutputBaseFilename"] == "PeerDesk-{#AppVersion}-windows-setup"
    text = (ROOT / "installer" / "windows" / "peerdesk.iss").read_text("utf-8")
    windowed = [name for name, console in bundle.executables("win32") if not console]
    assert f'#define AppExe "{windowed[0]}.exe"' in text
    registry = sections["Registry"]
    assert registry and all(line.startswith("Root: HKA;") for line in registry)
    assert any('Subkey: "Software\\Classes\\.peerdesk"' in line for line in registry)
    assert any('shell\\open\\command"' in line and '""%1""' in line for line in registry)
    assert any(line.startswith('Name: "{autoprograms}\\') for line in sections["Icons"])


def test_windows_uninstall_leaves_the_users_files() -> None:
    removed = iss_sections()["UninstallDelete"]
    assert removed
    for line in removed:
        name = line.split('Name: "', 1)[1].split('"', 1)[0]
        assert name.startswith(("{app}", "{localappdata}\\PeerDesk"))
        assert "backups" not in name and "{userdocs}" not in name
        if line.startswith("Type: filesandordirs"):
            assert name in ("{localappdata}\\PeerDesk\\logs",)


# -- About ------------------------------------------------------------------------------------


def test_about_names_what_the_app_bundles(qapp: object) -> None:
    from ui.help import licences_html

    text = licences_html()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    shown = {
        "pyside6-essentials": "PySide6",
        "sqlalchemy": "SQLAlchemy",
        "alembic": "Alembic",
        "openpyxl": "openpyxl",
        "python-calamine": "python-calamine",
        "reportlab": "ReportLab",
        "platformdirs": "platformdirs",
        "numpy": "NumPy",
        "scipy": "SciPy",
        "icalendar": "icalendar",
        "pypdfium2": "pypdfium2",
        "snowballstemmer": "snowballstemmer",
        "rustworkx": "rustworkx",
        "psycopg": "psycopg",
        "keyring": "keyring",
        "babel": "Babel",
        "tzdata": "Apache 2.0",  # among "the libraries these use"
    }
    for dep in project["dependencies"]:
        name = re.split(r"[<>=!;\[ ]", dep, maxsplit=1)[0].lower()
        assert name in shown, f"{name} is bundled: name it and its licence in About"
        assert shown[name] in text
    assert "Lesser General Public License" in text and "replace" in text
