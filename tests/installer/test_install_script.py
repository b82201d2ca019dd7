"""The .tar.gz's ``install.sh``: a user-level install under ``~/.local``, and its removal.

Run for real with ``sh``, into a temporary home folder (with a space in its name), from
a .tar.gz built around a stand-in app; the desktop tools are stand-ins that write down
how they were called, except ``update-mime-database``, which runs for real where it is
installed, so that ``*.peerdesk`` is shown to be registered.
"""

from __future__ import annotations

import os
import shlex
import shutil
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from installer import build, bundle

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="a Linux install")

TOOLS = ("xdg-mime", "update-desktop-database", "gtk-update-icon-cache")


@pytest.fixture
def fake_icons(tmp_path: Path) -> Path:
    folder = tmp_path / "icons"
    folder.mkdir()
    for size in bundle.ICON_SIZES:
        (folder / f"peerdesk-{size}.png").write_bytes(b"\x89PNG fake %d" % size)
    return folder


@pytest.fixture
def unpacked(tmp_path: Path, fake_icons: Path) -> Path:
    """The .tar.gz of a stand-in app, unpacked as a user unpacks it; the app prints its args."""
    app = tmp_path / "built" / "peerdesk"
    (app / "_internal").mkdir(parents=True)
    exe = app / "peerdesk"
    exe.write_text('#!/bin/sh\necho "PeerDesk started with: $*"\n', encoding="utf-8")
    exe.chmod(0o755)
    (app / "_internal" / "libexample.so.1").write_bytes(b"\x7fELF" + b"\0" * 100)
    (app / "_internal" / "libexample.so").symlink_to("libexample.so.1")
    tarball = build.build_tarball(app, tmp_path, "1.2.3", fake_icons, "2.36")
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    with tarfile.open(tarball) as tar:
        tar.extractall(downloads, filter="tar")
    return downloads / "peerdesk-1.2.3"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "my home"
    folder.mkdir()
    return folder


@pytest.fixture
def tools(tmp_path: Path) -> Path:
    """Stand-in desktop tools that write their arguments to ``calls.log``."""
    folder = tmp_path / "tools"
    folder.mkdir()
    for name in TOOLS:
        script = folder / name
        script.write_text(
            f'#!/bin/sh\necho "{name} $*" >> "{folder}/calls.log"\n', encoding="utf-8"
        )
        script.chmod(0o755)
    return folder


def run_script(
    script: Path, home: Path, tools: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    env = {
        "HOME": str(home),
        "PATH": f"{tools}:/usr/bin:/bin",
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        ["sh", str(script), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=home,
        timeout=120,
        check=False,
    )


def calls(tools: Path) -> list[str]:
    log = tools / "calls.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def exec_line_args(entry: Path) -> list[str]:
    """The Exec line of a desktop entry, split as the desktop splits it."""
    [line] = [x for x in entry.read_text(encoding="utf-8").splitlines() if x.startswith("Exec=")]
    return shlex.split(line.removeprefix("Exec="))


def test_installs_the_app_menu_entry_file_type_and_icons(
    unpacked: Path, home: Path, tools: Path
) -> None:
    # The user's own things, which neither install nor uninstall may touch.
    data = home / ".local" / "share"
    own_data = data / "PeerDesk" / "backups" / "Spring-1234" / "kept.peerdesk"
    own_data.parent.mkdir(parents=True)
    own_data.write_bytes(b"a backup")
    other_entry = data / "applications" / "other.desktop"
    other_entry.parent.mkdir(parents=True)
    other_entry.write_text("[Desktop Entry]\nName=Other\n", encoding="utf-8")

    done = run_script(unpacked / "install.sh", home, tools)
    assert done.returncode == 0, done.stderr
    app_dir = home / ".local" / "lib" / "peerdesk"
    exe = app_dir / "peerdesk"
    assert f"PeerDesk is installed in {app_dir}." in done.stdout
    assert f"To remove PeerDesk: {app_dir}/install.sh --uninstall" in done.stdout
    assert "is not on your PATH" in done.stdout  # ~/.local/bin is not on this PATH

    # The app folder: the app, its libraries (links kept), the script to remove it.
    assert os.access(exe, os.X_OK)
    assert (app_dir / "_internal" / "libexample.so").readlink() == Path("libexample.so.1")
    assert os.access(app_dir / "install.sh", os.X_OK)
    assert (app_dir / "README.txt").is_file()
    assert not list(app_dir.parent.glob("peerdesk.*"))  # no half-copied folder left

    # The command.
    link = home / ".local" / "bin" / "peerdesk"
    assert link.is_symlink() and link.resolve() == exe.resolve()
    started = subprocess.run([str(link), "Spring.peerdesk"], capture_output=True, text=True)
    assert started.stdout.strip() == "PeerDesk started with: Spring.peerdesk"

    # The menu entry starts the installed app on the double-clicked file (a path with a
    # space, quoted as the desktop entry specification says).
    entry = data / "applications" / "peerdesk.desktop"
    assert exec_line_args(entry) == [str(exe), "%f"]
    assert f"TryExec={exe}\n" in entry.read_text(encoding="utf-8")
    assert "MimeType=application/x-peerdesk;" in entry.read_text(encoding="utf-8")

    # The file type and icons, and the desktop told about them.
    assert (data / "mime" / "packages" / "peerdesk.xml").is_file()
    for size in bundle.ICON_SIZES:
        for kind, name in (("apps", "peerdesk"), ("mimetypes", "application-x-peerdesk")):
            icon = data / "icons" / "hicolor" / f"{size}x{size}" / kind / f"{name}.png"
            assert icon.read_bytes() == b"\x89PNG fake %d" % size
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "peerdesk.svg").is_file()
    said = calls(tools)
    assert "xdg-mime default peerdesk.desktop application/x-peerdesk" in said
    assert f"update-desktop-database -q {data}/applications" in said
    if shutil.which("update-mime-database"):  # the real one: *.peerdesk is now known
        globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-peerdesk:*.peerdesk" in globs

    # Removed again: everything it put there goes, the user's own things stay.
    mimeapps = home / ".config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text(
        "[Default Applications]\n"
        "application/x-peerdesk=peerdesk.desktop;\n"
        "text/plain=org.gnome.TextEditor.desktop\n",
        encoding="utf-8",
    )
    gone = run_script(app_dir / "install.sh", home, tools, "--uninstall")
    assert gone.returncode == 0, gone.stderr
    assert "PeerDesk is removed. Your program files, backups and logs are kept." in gone.stdout
    assert not app_dir.exists()
    assert not link.exists() and not link.is_symlink()
    assert not entry.exists()
    assert not (data / "mime" / "packages" / "peerdesk.xml").exists()
    assert not [p for p in (data / "icons").rglob("*") if p.is_file()]
    assert own_data.read_bytes() == b"a backup"
    assert other_entry.is_file()
    assert mimeapps.read_text(encoding="utf-8") == (
        "[Default Applications]\ntext/plain=org.gnome.TextEditor.desktop\n"
    )
    if shutil.which("update-mime-database"):
        assert "*.peerdesk" not in (data / "mime" / "globs2").read_text(encoding="utf-8")


def test_installing_again_replaces_the_old_version(unpacked: Path, home: Path, tools: Path) -> None:
    assert run_script(unpacked / "install.sh", home, tools).returncode == 0
    app_dir = home / ".local" / "lib" / "peerdesk"
    (app_dir / "_internal" / "from-the-old-version").write_text("old", encoding="utf-8")
    again = run_script(unpacked / "install.sh", home, tools)
    assert again.returncode == 0, again.stderr
    assert not (app_dir / "_internal" / "from-the-old-version").exists()
    assert sorted(p.name for p in app_dir.parent.iterdir()) == ["peerdesk"]
    manifest = (app_dir / "installed-files.txt").read_text(encoding="utf-8").splitlines()
    assert len(manifest) == len(set(manifest))  # each file once, not once per install


def test_another_peerdesk_command_is_left_alone(unpacked: Path, home: Path, tools: Path) -> None:
    command = home / ".local" / "bin" / "peerdesk"
    command.parent.mkdir(parents=True)
    command.write_text("#!/bin/sh\necho from pip\n", encoding="utf-8")
    done = run_script(unpacked / "install.sh", home, tools)
    assert done.returncode == 0, done.stderr
    assert "Left" in done.stdout and "it is not PeerDesk's link" in done.stdout
    assert command.read_text(encoding="utf-8") == "#!/bin/sh\necho from pip\n"
    app_dir = home / ".local" / "lib" / "peerdesk"
    assert run_script(app_dir / "install.sh", home, tools, "--uninstall").returncode == 0
    assert command.read_text(encoding="utf-8") == "#!/bin/sh\necho from pip\n"


def test_desktop_tools_that_fail_do_not_stop_the_install(
    unpacked: Path, home: Path, tools: Path
) -> None:
    for name in TOOLS:
        (tools / name).write_text("#!/bin/sh\nexit 3\n", encoding="utf-8")
    done = run_script(unpacked / "install.sh", home, tools)
    assert done.returncode == 0, done.stderr
    assert (home / ".local" / "share" / "applications" / "peerdesk.desktop").is_file()


def test_it_refuses_to_run_away_from_the_app(tmp_path: Path, home: Path, tools: Path) -> None:
    lone = tmp_path / "lone"
    lone.mkdir()
    shutil.copyfile(build.LINUX_FILES / "install.sh", lone / "install.sh")
    done = run_script(lone / "install.sh", home, tools)
    assert done.returncode == 1
    assert "run install.sh from the unpacked PeerDesk folder" in done.stderr
    assert not (home / ".local").exists()
    nothing = run_script(lone / "install.sh", home, tools, "--uninstall")
    assert nothing.returncode == 1 and "not installed" in nothing.stderr
    wrong = run_script(lone / "install.sh", home, tools, "--frobnicate")
    assert wrong.returncode == 1 and "unknown option --frobnicate" in wrong.stderr


def test_the_script_is_executable_in_the_repository() -> None:
    mode = (build.LINUX_FILES / "install.sh").stat().st_mode
    assert stat.S_IMODE(mode) & 0o111 == 0o111
