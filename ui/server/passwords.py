"""Passwords of shared databases, kept in the system keyring and nowhere else.

A password is saved only when the user ticks "Remember password" and the
computer has a real password store (the Windows Credential Locker, the macOS
Keychain, the Secret Service on Linux desktops). Without one, PeerDesk asks for
the password each time: it is never written to a file. Each database is
remembered under its key, the URL without the password (``Database.key``).

Failures of the store (locked, refused, missing) mean "no password saved":
the user is asked instead. The log says only which kind of failure it was.

The settings list which keys have a password in the keyring (never the password):
loading the keyring and finding its backend takes a few hundred milliseconds, so
opening a database whose password was not saved here does not ask it at all.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

SERVICE = "PeerDesk shared database"
KEPT = "servers/passwordKept"  # the keys whose password is in the keyring


def _kept() -> list[str]:
    from ui.memory import app_settings

    return [str(k) for k in app_settings().value(KEPT, [], type=list)]


def _set_kept(key: str, kept: bool) -> None:
    from ui.memory import app_settings

    keys = [k for k in _kept() if k != key] + ([key] if kept else [])
    app_settings().setValue(KEPT, keys)


def available() -> bool:
    """Whether this computer has a real keyring to keep passwords in."""
    try:
        import keyring
        from keyring.backends import chainer, fail, null

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring setup is the same as none
        log.info("no keyring: %s", type(exc).__name__)
        return False
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)


def saved(key: str) -> str | None:
    """The password remembered for the database ``key``, if any."""
    if key not in _kept() or not available():
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, key)
    except Exception as exc:
        log.info("the keyring did not give a password: %s", type(exc).__name__)
        return None


def save(key: str, password: str) -> bool:
    """Remember ``password`` for ``key`` in the keyring; False if it could not."""
    if not available():
        return False
    import keyring

    try:
        keyring.set_password(SERVICE, key, password)
    except Exception as exc:
        log.warning("the keyring did not keep the password: %s", type(exc).__name__)
        return False
    _set_kept(key, True)
    return True


def forget(key: str) -> None:
    """Forget the password of ``key`` (unticked "Remember password", or it was refused)."""
    _set_kept(key, False)
    if not available():
        return
    import keyring

    try:
        if keyring.get_password(SERVICE, key) is not None:
            keyring.delete_password(SERVICE, key)
    except Exception as exc:
        log.info("the keyring did not forget a password: %s", type(exc).__name__)
