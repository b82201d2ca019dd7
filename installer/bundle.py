"""What goes into the one-folder app, shared by ``peerdesk.spec`` and ``build.py``.

Plain Python with no PyInstaller import, so the rules are tested in the normal
test run (``tests/installer/test_build_script.py``):

* the Python modules left out (tkinter, test suites, Qt modules and scipy
  subpackages PeerDesk does not use);
* which Qt plugins, Qt libraries and Qt translations are kept;
* the data files (icons, the Alembic migrations, which are loaded by path);
* the modules PeerDesk imports by name, which PyInstaller cannot see;
* the macOS Info.plist with the ``.peerdesk`` document type.
"""

from __future__ import annotations

import os
import re
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

APP_NAME = "PeerDesk"
APP_ID = "peerdesk"  # the Linux executable, package, desktop entry and icon name
MIME_TYPE = "application/x-peerdesk"
FILE_EXTENSION = ".peerdesk"
BUNDLE_ID = "org.peerdesk.PeerDesk"  # macOS bundle identifier
FILE_TYPE_ID = "org.peerdesk.program"  # macOS uniform type identifier of .peerdesk files

# Build output (both folders are git-ignored).
WORK_DIR = ROOT / "build" / "installer"
DIST_DIR = ROOT / "dist"
ICON_DIR = WORK_DIR / "icons"  # where build.py renders the icons, unless it says otherwise:
ICON_DIR_VARIABLE = "PEERDESK_BUILD_ICONS"  # (for the spec) the folder it rendered them to
ICON_SIZES = (16, 32, 48, 64, 128, 256)  # the Linux hicolor sizes and the Windows .ico
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # the macOS .icns

# -- Python modules -------------------------------------------------------------------------

# scipy subpackages PeerDesk uses: optimize, sparse and sparse.csgraph (matching) and
# stats (reports), with what they import themselves (linalg, special, spatial, fft,
# integrate, interpolate, ndimage, _lib, constants). These it never touches:
UNUSED_SCIPY = (
    "cluster",
    "datasets",
    "differentiate",
    "fftpack",
    "io",
    "misc",
    "odr",
    "signal",
)

# Qt for Python modules PeerDesk does not import; leaving them out leaves out their Qt
# libraries too (Qml and Quick alone are some 30 MB).
UNUSED_QT = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDBus",
    "QtDesigner",
    "QtGraphs",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)

EXCLUDED_MODULES: list[str] = [
    # The standard library's GUI toolkit and its own test suite.
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "test",
    "lib2to3",
    # Test and development packages that may sit in the build environment.
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "pypdf",
    "IPython",
    "matplotlib",
    "pandas",
    "setuptools",
    "pkg_resources",
    "pip",
    # Syntax highlighting for Mako's error pages (Alembic's templates never show them).
    "pygments",
    # Pillow (reportlab reads PNG and JPEG logos with it): not its AVIF and WebP codecs
    # (5 MB of libavif and libwebp), colour management or Tk.
    "PIL.AvifImagePlugin",
    "PIL._avif",
    "PIL.WebPImagePlugin",
    "PIL._webp",
    "PIL.ImageCms",
    "PIL._imagingcms",
    "PIL.ImageTk",
    "PIL._imagingtk",
    # The interactive prompt's line editing (and its libreadline, libtinfo).
    "readline",
    "numpy.tests",
    "numpy.testing.tests",
    "scipy.conftest",
    "sqlalchemy.testing",
    "alembic.testing",
    "openpyxl.tests",
    "reportlab.graphics.testshapes",
    *(f"scipy.{name}" for name in UNUSED_SCIPY),
    *(f"PySide6.{name}" for name in UNUSED_QT),
]

# Qt modules the front end imports by name (``ui.qt`` looks these up on first use).
QT_HIDDEN_IMPORTS = ("PySide6.QtSvg", "PySide6.QtPrintSupport")

# What SQLAlchemy and Alembic load by name at run time.
LIBRARY_HIDDEN_IMPORTS = (
    "sqlalchemy.dialects.sqlite",
    "alembic.op",
    "alembic.context",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
)

OWN_PACKAGES = ("peerdesk", "ui")


def own_modules(root: Path = ROOT) -> list[str]:
    """Every module of PeerDesk itself, as dotted names.

    Screens (``ui.screens``) and command-line commands are imported by name when
    first used, so PyInstaller's import scan would miss them; listing every module
    keeps each later feature in the bundle without touching the spec. The
    migration scripts are left out: Alembic reads them as files (see :func:`datas`).
    """
    names: list[str] = []
    for package in OWN_PACKAGES:
        base = root / package
        for path in sorted(base.rglob("*.py")):
            rel = path.relative_to(root).with_suffix("")
            parts = rel.parts
            if "__pycache__" in parts or parts[:2] == ("peerdesk", "migrations"):
                continue
            if parts[-1] == "__init__":
                parts = parts[:-1]
            names.append(".".join(parts))
    return names


def hidden_imports(root: Path = ROOT) -> list[str]:
    return [*own_modules(root), *QT_HIDDEN_IMPORTS, *LIBRARY_HIDDEN_IMPORTS]


# -- data files -------------------------------------------------------------------------------

MIGRATION_PATTERNS = ("*.py", "*.mako")


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for the resources and the migration scripts."""
    found: list[tuple[str, str]] = []
    resources = root / "resources"
    for path in sorted(resources.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            found.append((str(path), str(path.parent.relative_to(root).as_posix())))
    migrations = root / "peerdesk" / "migrations"
    for folder in (migrations, migrations / "versions"):
        for pattern in MIGRATION_PATTERNS:
            for path in sorted(folder.glob(pattern)):
                found.append((str(path), folder.relative_to(root).as_posix()))
    return found


# Distributions whose version the app reads with importlib.metadata (About, crash reports).
METADATA_DISTRIBUTIONS = ("PySide6-Essentials", "shiboken6")


def metadata_datas() -> list[tuple[str, str]]:
    """(file, folder) for the ``METADATA`` of the distributions named above, if installed."""
    found: list[tuple[str, str]] = []
    for name in METADATA_DISTRIBUTIONS:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for file in dist.files or ():
            if file.name == "METADATA" and file.parent.name.endswith(".dist-info"):
                found.append((str(dist.locate_file(file)), file.parent.as_posix()))
    return found


# -- Qt plugins, libraries and translations ---------------------------------------------------

# Plugin folders kept; every other folder (virtual keyboard input, QML tooling, SQL
# drivers, TLS, network information, multimedia, generic evdev input, EGL device
# integrations, Wayland compositor plugins, Qt Designer...) is left out.
KEPT_PLUGIN_TYPES: dict[str, frozenset[str] | None] = {
    # None: every plugin in the folder; a set: only these (names without lib/.so/.dll).
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa", "qdirect2d"}),
    "platformthemes": None,
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "imageformats": frozenset({"qsvg", "qico"}),
    "iconengines": None,
    "styles": None,
    "printsupport": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl"}),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
}

# Qt libraries that only the left-out plugins and modules use.
DROPPED_QT_LIBRARIES = re.compile(
    r"qt6(qml|quick|3d|webengine|webchannel|websockets|multimedia|virtualkeyboard|network"
    r"|sql|test|designer|help|uitools|lottie|labs|pdf|positioning|sensors|serialport|charts"
    r"|datavisualization|graphs|shadertools|spatialaudio|texttospeech|waylandcompositor"
    r"|wlshellintegration|eglfs|openglwidgets|svgwidgets|concurrent|xml|statemachine|scxml"
    r"|remoteobjects|location|bluetooth|nfc|httpserver|webview)"
)

# Qt's own translations: PeerDesk only uses Qt Widgets' standard texts (dialog buttons,
# the file dialog, context menus), which are all in qtbase_*.qm.
KEPT_TRANSLATION = re.compile(r"qtbase_[a-z]{2}(_[a-z]{2})?\.qm")


# Linux: the desktop's own libraries, taken from the system like any desktop program
# takes them (the .deb depends on their packages; build.py's DEB_DEPENDS). A copy
# bundled from the build machine can clash with the system's plugins and drivers: an
# older libstdc++ stops Mesa's OpenGL driver from loading, a bundled GLib does not match
# the system's GIO modules, a bundled fontconfig not the system's font configuration.
# The PySide6 wheel itself expects these from the system. Python's own libraries
# (libpython, OpenSSL, SQLite, libffi, zlib, bz2, lzma, expat) stay in the bundle.
LINUX_SYSTEM_LIBRARIES = re.compile(
    r"lib(stdc\+\+|gcc_s|x11|x11-xcb|xau|xdmcp|xext|xrender|xi|xfixes|xcursor|xrandr"
    r"|xinerama|xcomposite|xdamage|xcb.*|xkbcommon.*|fontconfig|freetype|png16"
    r"|brotli(common|dec|enc)|glib-2\.0|gio-2\.0|gobject-2\.0|gmodule-2\.0|gthread-2\.0"
    r"|pcre2-8|mount|blkid|selinux|dbus-1|systemd|lz4|zstd|cap|gcrypt|gpg-error|gtk-3"
    r"|gdk-3|gdk_pixbuf-2\.0|atk-1\.0|atk-bridge-2\.0|atspi|pango.*|cairo.*|pixman-1"
    r"|harfbuzz|fribidi|thai|datrie|graphite2|epoxy|jpeg|tiff|webp.*|deflate|jbig|lerc"
    r"|cups|avahi.*|gnutls|nettle|hogweed|gmp|p11-kit|idn2|unistring|tasn1|krb5.*"
    r"|gssapi_krb5|k5crypto|com_err|keyutils|bsd|md|wayland.*)\.so(\.[0-9.]+)?",
    re.IGNORECASE,
)


def _plugin_stem(filename: str) -> str:
    stem = filename.lower().split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_file(dest: str, platform: str) -> bool:
    """Whether a file PyInstaller collected (its path in the bundle) stays in the app."""
    path = PurePosixPath(dest.replace("\\", "/").lower())
    parts = path.parts
    if not parts:
        return True
    name = parts[-1]
    if platform.startswith("linux") and len(parts) == 1 and LINUX_SYSTEM_LIBRARIES.fullmatch(name):
        return False
    if _is_dropped_qt_library(parts):
        return False
    if "tests" in parts[:-1] and parts[0] in ("numpy", "scipy", "openpyxl", "reportlab"):
        return False
    if parts[0] in ("pyside6", "shiboken6"):
        if "plugins" in parts[:-2]:
            index = parts.index("plugins")
            kind = parts[index + 1]
            if kind not in KEPT_PLUGIN_TYPES:
                return False
            allowed = KEPT_PLUGIN_TYPES[kind]
            return allowed is None or _plugin_stem(name) in allowed
        if "translations" in parts[:-1]:
            return bool(KEPT_TRANSLATION.fullmatch(name))
        if name.startswith("qt") and name.endswith((".qml", ".qmltypes")):
            return False
        if "qml" in parts[:-1] or "metatypes" in parts[:-1]:
            return False
    return True


def _is_dropped_qt_library(parts: tuple[str, ...]) -> bool:
    """libQt6Quick.so.6 (Linux), Qt6Quick.dll (Windows), QtQuick.framework/... (macOS)."""
    for part in parts:
        normal = part.removeprefix("lib")
        if normal.startswith("qt") and not normal.startswith("qt6"):
            normal = "qt6" + normal[2:]
        if DROPPED_QT_LIBRARIES.match(normal):
            return True
    return False


def filter_toc(toc: Any, platform: str) -> list[Any]:
    """A PyInstaller TOC (a list of (dest, source, kind)) without the files left out."""
    return [entry for entry in toc if keep_file(entry[0], platform)]


def icon_dir(environ: dict[str, str] | None = None) -> Path:
    """The folder of the rendered icons the spec uses (the .ico and the .icns)."""
    value = (os.environ if environ is None else environ).get(ICON_DIR_VARIABLE)
    return Path(value) if value else ICON_DIR


# -- executables ---------------------------------------------------------------------------------


def folder_name(platform: str) -> str:
    """The one-folder app's folder in ``dist/`` (also the macOS ``.app`` name, without it)."""
    return APP_ID if platform.startswith("linux") else APP_NAME


def executables(platform: str) -> list[tuple[str, bool]]:
    """(name, console) of each executable in the folder.

    Windows gets two: ``PeerDesk.exe`` without a console window for the Start menu and
    double-clicked files, and ``peerdesk-cli.exe`` for the command line (a windowed
    program has no standard output there). Elsewhere one executable does both.
    """
    if platform.startswith("win"):
        return [(APP_NAME, False), (f"{APP_ID}-cli", True)]
    if platform == "darwin":
        return [(APP_NAME, False)]
    return [(APP_ID, True)]


def console_executable(dist_dir: Path, platform: str) -> Path:
    """The executable that prints to a terminal: the command line and the smoke test use it."""
    name = next(name for name, console in executables(platform) if console or platform == "darwin")
    if platform == "darwin":
        return dist_dir / f"{APP_NAME}.app" / "Contents" / "MacOS" / name
    suffix = ".exe" if platform.startswith("win") else ""
    return dist_dir / folder_name(platform) / f"{name}{suffix}"


# -- macOS ---------------------------------------------------------------------------------------


def mac_info_plist(version: str) -> dict[str, Any]:
    """The Info.plist entries of PeerDesk.app: version, and the .peerdesk document type."""
    extension = FILE_EXTENSION.lstrip(".")
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "LSMinimumSystemVersion": "11.0",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "PeerDesk program file",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [FILE_TYPE_ID],
                "CFBundleTypeExtensions": [extension],
                "CFBundleTypeIconFile": "peerdesk.icns",
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": FILE_TYPE_ID,
                "UTTypeDescription": "PeerDesk program file",
                "UTTypeConformsTo": ["public.data", "public.database"],
                "UTTypeIconFile": "peerdesk.icns",
                "UTTypeTagSpecification": {
                    "public.filename-extension": [extension],
                    "public.mime-type": [MIME_TYPE],
                },
            }
        ],
    }


def project_version(root: Path = ROOT) -> str:
    """``peerdesk.__version__``, read from the source without importing PeerDesk."""
    text = (root / "peerdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", text, re.MULTILINE)
    if match is None:
        raise ValueError("peerdesk/__init__.py has no __version__")
    return match.group(1)
