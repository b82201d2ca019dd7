"""Writing a finished export (PDF, workbook, calendar file) to the user's disk.

Whole or not at all, and never over a file unasked: the bytes go to a
temporary file beside the target, which is then renamed over it
(``os.replace``), so a crash or a full disk never leaves half a file under the
user's name. What went wrong is told from the step that failed and the error's
type or number, never from its text.
"""

from __future__ import annotations

import errno
import os
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from peerdesk.errors import DiskFull, NoPermission, UserError


class OutputExists(UserError):
    template = "“{path}” already exists. Choose another name, or agree to replace it."


class OutputsExist(UserError):
    template = (
        "{count} of the files to write already exist in “{folder}”, such as “{name}”. "
        "Choose another folder, or agree to replace them."
    )


class OutputLocked(UserError):
    template = (
        "PeerDesk could not replace “{path}”: it is open in another program, such as a PDF "
        "viewer or a spreadsheet, or it is read-only. Close it there and try again, or save "
        "under another name."
    )


class OutputIsFolder(UserError):
    template = "“{path}” is a folder. Choose a file name to save to."


class OutputFolderMissing(UserError):
    template = "The folder “{folder}” does not exist. Choose a folder that does."


class NotAFolder(UserError):
    template = "“{path}” is a file, not a folder. Choose a folder to save the files in."


def check_targets(targets: Sequence[Path], *, overwrite: bool, folder: Path | None = None) -> None:
    """Refuse up front, before any work, if a target is taken (and not to be replaced).

    ``folder``, for a batch of files, is created if it does not exist yet.
    """
    if folder is not None:
        if folder.exists() and not folder.is_dir():
            raise NotAFolder(path=str(folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except PermissionError:
            raise NoPermission(path=str(folder)) from None
        except OSError as exc:
            raise _translate(exc, folder) from exc
    for target in targets:
        if target.is_dir():
            raise OutputIsFolder(path=str(target))
        if not target.parent.is_dir():
            raise OutputFolderMissing(folder=str(target.parent))
    if overwrite:
        return
    taken = [t for t in targets if t.exists()]
    if not taken:
        return
    if len(targets) == 1 or folder is None:
        raise OutputExists(path=str(taken[0]))
    raise OutputsExist(count=len(taken), folder=str(folder), name=taken[0].name)


def _translate(exc: OSError, path: Path) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(path=str(path))
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return NoPermission(path=str(path))
    return exc


def write_file(
    path: Path,
    data: bytes,
    *,
    overwrite: bool = False,
    locked: type[OutputLocked] = OutputLocked,
) -> Path:
    """Write ``data`` to ``path`` atomically; returns the path written.

    Raises :class:`OutputExists` if ``path`` exists and ``overwrite`` is false,
    ``locked`` (an :class:`OutputLocked`, worded for the kind of file) if it exists
    but cannot be replaced (open in a PDF viewer or Excel on Windows, read-only),
    :class:`~peerdesk.errors.NoPermission` if the folder cannot be written to,
    :class:`~peerdesk.errors.DiskFull` if the disk is full.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise OutputIsFolder(path=str(path))
    if not path.parent.is_dir():
        raise OutputFolderMissing(folder=str(path.parent))
    if path.exists() and not overwrite:
        raise OutputExists(path=str(path))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _translate(exc, path) from exc
    try:
        if not overwrite and path.exists():  # someone made it while we wrote
            raise OutputExists(path=str(path))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull(path=str(path)) from exc
        if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
            # The folder took the temporary file, so it is the target that is held.
            raise locked(path=str(path)) from exc
        if isinstance(exc, IsADirectoryError):
            raise OutputIsFolder(path=str(path)) from exc
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))}
    | {f"LPT{n}" for n in range(1, 10)}
)


def safe_file_name(stem: str, suffix: str = ".pdf", limit: int = 120) -> str:
    """A file name that works on Windows, macOS and Linux; accents are kept."""
    text = unicodedata.normalize("NFC", stem)
    text = _FORBIDDEN.sub(" ", text)
    text = " ".join(text.split()).strip(" .")
    if not text or text.upper() in _RESERVED:
        text = f"document {text}".strip()
    return text[:limit].rstrip(" .") + suffix
