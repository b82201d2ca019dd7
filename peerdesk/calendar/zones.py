"""The coordinator's time zone, by its IANA name, and wall-clock arithmetic in it.

A meeting series keeps the *name* of its zone ("Europe/London"), not an
offset: each occurrence is placed at its local time in that zone and only then
converted to UTC, so a 17:30 meeting stays at 17:30 on both sides of a
daylight-saving change. ``datetime.now().astimezone().tzinfo`` would give a
fixed offset, which is exactly what must not be stored; the name is read from
the system instead (``TZ``, ``/etc/localtime``, ``/etc/timezone``, the Windows
registry), falling back to UTC.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time as _time
from datetime import UTC, date, datetime, time
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

FALLBACK_ZONE = "UTC"

# The Windows names of the zones most coordinators live in; others fall back to the
# fixed offset of the moment (or UTC). Windows uses "Standard Time" names all year.
_WINDOWS_ZONES = {
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kiev",
    "GTB Standard Time": "Europe/Bucharest",
    "Russian Standard Time": "Europe/Moscow",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "US Mountain Standard Time": "America/Phoenix",
    "Pacific Standard Time": "America/Los_Angeles",
    "Alaskan Standard Time": "America/Anchorage",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Atlantic Standard Time": "America/Halifax",
    "Newfoundland Standard Time": "America/St_Johns",
    "Canada Central Standard Time": "America/Regina",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "SA Pacific Standard Time": "America/Bogota",
    "E. South America Standard Time": "America/Sao_Paulo",
    "Argentina Standard Time": "America/Buenos_Aires",
    "South Africa Standard Time": "Africa/Johannesburg",
    "W. Central Africa Standard Time": "Africa/Lagos",
    "E. Africa Standard Time": "Africa/Nairobi",
    "Egypt Standard Time": "Africa/Cairo",
    "Israel Standard Time": "Asia/Jerusalem",
    "Arabian Standard Time": "Asia/Dubai",
    "India Standard Time": "Asia/Kolkata",
    "China Standard Time": "Asia/Shanghai",
    "Singapore Standard Time": "Asia/Singapore",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Korea Standard Time": "Asia/Seoul",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "E. Australia Standard Time": "Australia/Brisbane",
    "W. Australia Standard Time": "Australia/Perth",
    "Cen. Australia Standard Time": "Australia/Adelaide",
    "New Zealand Standard Time": "Pacific/Auckland",
    "UTC": "UTC",
}


def is_zone(name: str) -> bool:
    """Whether ``name`` is an IANA zone this machine knows."""
    if not name or name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _from_path(path: str) -> str | None:
    """``/usr/share/zoneinfo/Europe/London`` → ``Europe/London``."""
    marker = "zoneinfo/"
    index = path.rfind(marker)
    if index < 0:
        return None
    name = path[index + len(marker) :]
    if name.startswith(("posix/", "right/")):
        name = name.split("/", 1)[1]
    return name if is_zone(name) else None


def _from_windows() -> str | None:
    if sys.platform != "win32":
        return None
    try:
        import winreg

        key = winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE,
            r"SYSTEM\CurrentControlSet\Control\TimeZoneInformation",
        )
        with key:
            name, _kind = winreg.QueryValueEx(key, "TimeZoneKeyName")
    except OSError:
        return None
    zone = _WINDOWS_ZONES.get(str(name).strip("\x00 "))
    return zone if zone and is_zone(zone) else None


def _fixed_offset() -> str | None:
    """A whole-hour offset without daylight saving, as ``Etc/GMT±N`` (note the sign)."""
    if _time.daylight:
        return None
    seconds = _time.timezone  # west of UTC is positive, as in Etc/GMT+5
    if seconds % 3600:
        return None
    hours = seconds // 3600
    name = "Etc/GMT" if hours == 0 else f"Etc/GMT{hours:+d}"
    return name if is_zone(name) else None


def system_zone_name() -> str:
    """The IANA name of this computer's time zone, read fresh each time."""
    env = os.environ.get("TZ", "").strip().lstrip(":")
    if env:
        if is_zone(env):
            return env
        found = _from_path(env)
        if found:
            return found
    with contextlib.suppress(OSError):
        found = _from_path(os.path.realpath("/etc/localtime"))
        if found:
            return found
    with contextlib.suppress(OSError, UnicodeDecodeError):
        name = Path("/etc/timezone").read_text(encoding="utf-8").strip()
        if is_zone(name):
            return name
    return _from_windows() or _fixed_offset() or FALLBACK_ZONE


def local_zone_name() -> str:
    """The zone new meetings are scheduled in: the system's, read once per process."""
    return _cached_zone()


@cache
def _cached_zone() -> str:
    return system_zone_name()


@cache
def zone(name: str) -> ZoneInfo:
    """The zone called ``name``; UTC for a name this machine does not know."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ZoneInfo(FALLBACK_ZONE)


def to_utc(day: date, at: time, zone_name: str) -> datetime:
    """The instant ``day`` at ``at`` on the wall clocks of ``zone_name``, in UTC.

    A time that a spring-forward change skips (02:30 on the night clocks go
    forward) lands on the same instant as the hour before the change would give,
    i.e. an hour later on the clock — the calendar programs do the same.
    """
    local = datetime.combine(day, at.replace(tzinfo=None), tzinfo=zone(zone_name))
    return local.astimezone(UTC)


def to_local(instant: datetime, zone_name: str) -> datetime:
    """``instant`` on the wall clocks of ``zone_name``."""
    return instant.astimezone(zone(zone_name))


def local_date(instant: datetime, zone_name: str) -> date:
    return to_local(instant, zone_name).date()


def today_in(zone_name: str | None = None) -> date:
    return datetime.now(zone(zone_name or local_zone_name())).date()
