"""Writing a finished export (PDF, workbook, calendar file) to the user's disk.

Whole or not at all, and never over a file unasked: the bytes go to a
temporary file beside the target, which is then renamed over it
(``os.replace``), so a crash or a full disk never leaves half a file under the
user's name. What went wrong is told from the step that failed and the error's
type or number, never from its text.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from peerdesk.errors import DiskFull, NoPermission, UserError

log = logging.getLogger(__name__)


class OutputExists(UserError):
    template = "“{path}” already exists. Choose another name, or agree to replace it."


class OutputsExist(UserError):
    template = (
        "{count} of the files to write already exist in “{folder}”, such as “{name}”. "
        "Choose another folder, or agree to replace them."
    )


class OutputLocked(UserError):
    template = (
        "“{path}” is open in another program, such as a PDF viewer, or it is read-only; "
        "close it and try again, or save under another name."
    )


class NoRoomForFiles(DiskFull):
    template = (
        "There is not enough space on the disk to save the files in “{folder}”; none of them "
        "was saved. Free some space and try again."
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


# Windows' ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION: another program holds the file.
_WINDOWS_HELD = (32, 33)
# What a full disk or a used-up quota say, here and on Windows (112 disk full, 39 handle EOF).
_FULL = (errno.ENOSPC, errno.EDQUOT)
_WINDOWS_FULL = (39, 112)


def _is_full(exc: OSError) -> bool:
    return exc.errno in _FULL or getattr(exc, "winerror", None) in _WINDOWS_FULL


def _is_held(exc: OSError) -> bool:
    return getattr(exc, "winerror", None) in _WINDOWS_HELD or exc.errno in (
        errno.EBUSY,
        errno.ETXTBSY,
    )


def _translate(exc: OSError, path: Path) -> Exception:
    if _is_full(exc):
        return DiskFull(path=str(path))
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:  # EACCES, EPERM, EROFS
        return NoPermission(path=str(path))
    return exc


def _translate_replacing(exc: OSError, path: Path, locked: type[OutputLocked]) -> Exception:
    """An error from putting a finished file in place of ``path``."""
    if _is_full(exc):
        return DiskFull(path=str(path))
    if isinstance(exc, IsADirectoryError):
        return OutputIsFolder(path=str(path))
    if _is_held(exc) or isinstance(exc, PermissionError):  # EACCES, EPERM
        # The folder took the temporary file, so it is the target that is held.
        return locked(path=str(path))
    return exc


def _temporary(path: Path, kind: str) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.{kind}")


def _write_temporary(path: Path, data: bytes, *, overwrite: bool) -> Path:
    """Write ``data`` beside ``path`` under a hidden temporary name; returns that name."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise OutputIsFolder(path=str(path))
    if not path.parent.is_dir():
        raise OutputFolderMissing(folder=str(path.parent))
    if path.exists() and not overwrite:
        raise OutputExists(path=str(path))
    tmp = _temporary(path, "partial")
    try:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _translate(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _put_in_place(tmp: Path, path: Path, *, overwrite: bool, locked: type[OutputLocked]) -> None:
    if not overwrite and path.exists():  # someone made it while we wrote
        raise OutputExists(path=str(path))
    try:
        os.replace(tmp, path)
    except OSError as exc:
        raise _translate_replacing(exc, path, locked) from exc


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
    :class:`~peerdesk.errors.DiskFull` if the disk is full. Whatever fails, the
    file already there is left as it was and no temporary file is left behind.
    """
    path = Path(path).expanduser()
    tmp = _write_temporary(path, data, overwrite=overwrite)
    try:
        _put_in_place(tmp, path, overwrite=overwrite, locked=locked)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _keep_previous(path: Path, locked: type[OutputLocked]) -> Path:
    """A second name for the file at ``path`` (a hard link, else a copy), to put it back."""
    kept = _temporary(path, "previous")
    kept.unlink(missing_ok=True)
    try:
        os.link(path, kept)
    except OSError:
        try:
            shutil.copyfile(path, kept)
        except OSError as exc:
            kept.unlink(missing_ok=True)
            if isinstance(exc, PermissionError) or _is_held(exc):
                raise locked(path=str(path)) from exc
            raise _translate(exc, path) from exc
    return kept


def write_files(
    files: Iterable[tuple[Path, bytes]],
    *,
    overwrite: bool = False,
    locked: type[OutputLocked] = OutputLocked,
) -> list[Path]:
    """Write several files, all of them or none; returns the paths written.

    ``files`` may be a generator that makes each file's bytes when asked, so only
    one file's bytes are held at a time. Every file is first written under a
    temporary name; only when all are whole on the disk are they put in place,
    and if one of them cannot be (another program holds it), those already put in
    place are taken back to what they were. So a full disk, a locked file or a
    cancel never leaves some of the files new and some old, nor a temporary file
    behind. Raises the same errors as :func:`write_file`, but for a full disk
    :class:`NoRoomForFiles` (a :class:`~peerdesk.errors.DiskFull`) naming the folder.
    """
    staged: list[tuple[Path, Path]] = []  # (temporary, target)
    kept: dict[Path, Path] = {}  # target -> its previous contents, under a second name
    placed: list[Path] = []
    keep_kept: set[Path] = set()
    try:
        for path, data in files:
            path = Path(path).expanduser()
            staged.append((_write_temporary(path, data, overwrite=overwrite), path))
        for _tmp, path in staged:
            if path.exists():
                kept[path] = _keep_previous(path, locked)
        for tmp, path in staged:
            _put_in_place(tmp, path, overwrite=overwrite, locked=locked)
            placed.append(path)
    except BaseException as exc:
        for path in reversed(placed):
            try:
                if path in kept:
                    os.replace(kept[path], path)
                else:
                    path.unlink()
            except OSError:
                log.warning("could not put back a file after a failed write")
                keep_kept.add(path)
        for tmp, _path in staged:
            tmp.unlink(missing_ok=True)
        if isinstance(exc, DiskFull):  # say that none was saved, not just the one that failed
            raise NoRoomForFiles(folder=str(Path(exc.fields["path"]).parent)) from exc
        raise
    finally:
        for path, previous in kept.items():
            if path not in keep_kept:
                previous.unlink(missing_ok=True)
    return [path for _tmp, path in staged]


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
