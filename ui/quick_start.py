"""Help → Quick start: a program from set-up to report in seven steps, each with a link.

The guide is a page of text with a small screenshot per step (the PNGs in
``resources/help``, made by ``resources/help/make_screenshots.py``) and a link
that opens the screen the step happens on. Links use the ``peerdesk:`` scheme
(``peerdesk:screen/people``, ``peerdesk:settings``, ``peerdesk:import``,
``peerdesk:sample``) and are handled here; a step whose screen the app does not
have yet says what to use instead.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peerdesk.paths import resources_dir
from ui.help import HelpDialog
from ui.qt import QCoreApplication, QDesktopServices, QUrl

if TYPE_CHECKING:
    from ui.qt import QWidget
    from ui.window_host import StartWindow

SCHEME = "peerdesk"
IMAGE_WIDTH = 300


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class Link:
    target: str  # "screen/people", "settings", "import", "sample"
    text: str


@dataclass(frozen=True)
class Step:
    key: str  # names the screenshot: resources/help/<key>.png
    title: str
    text: str
    links: tuple[Link, ...]


def help_image(key: str) -> str | None:
    path = resources_dir() / "help" / f"{key}.png"
    return QUrl.fromLocalFile(str(path)).toString() if path.is_file() else None


def steps(screens: set[str]) -> list[Step]:
    """The seven steps, with links only to the screens in ``screens`` (ScreenSpec keys)."""

    def screen(key: str, text: str) -> tuple[Link, ...]:
        return (Link(f"screen/{key}", text),) if key in screens else ()

    checkin_text = tr(
        "After each meeting, log it: held, cancelled or no-show, how long it took and a "
        "note (<b>Calendar → Log today's meetings…</b>). Staff check-ins with each mentor "
        "and mentee are on the calendar too. <b>Needs attention</b> lists pairs that have "
        "gone quiet, missed meetings in a row, or are due a check-in; the number shows "
        "beside <b>Calendar</b> in the list on the left."
    )
    if "checkins" in screens:
        checkin_text += " " + tr(
            "On <b>Check-ins</b>, record people's answers to the check-in questions by hand "
            "or import a forms export."
        )
        checkin_links = screen("checkins", tr("Open Check-ins"))
    else:
        checkin_links = screen("calendar", tr("Open the Calendar"))
    if "dashboard" in screens:
        report_text = tr(
            "The <b>Dashboard</b> shows how the program is doing: people matched, "
            "meetings held, mentor hours, satisfaction and who needs attention. "
            "<b>Export workbook…</b> saves everything in one Excel file, and <b>Save "
            "summary PDF…</b> makes a report with charts and outcomes for leadership "
            "and funders."
        )
        report_links = screen("dashboard", tr("Open the Dashboard"))
    else:
        report_text = tr(
            "The <b>Overview</b> shows the program's purpose, dates and how many people "
            "and pairs it has. A dashboard and reports for leadership and funders come in "
            "the next version."
        )
        report_links = screen("overview", tr("Open the Overview"))
    return [
        Step(
            "setup",
            tr("1. Set up the program"),
            tr(
                "Choose <b>Create a program</b> on the welcome screen (or <b>Program → New "
                "program…</b>). The setup wizard asks for a name and dates, then offers a "
                "template (workplace, school or university, youth, recovery or peer support) "
                "that fills in meetings, screening and training, matching and the pair "
                "agreement. <b>Finish</b> works after the first page: change anything later "
                "in <b>Program settings</b>."
            ),
            (Link("settings", tr("Open Program settings")),),
        ),
        Step(
            "import",
            tr("2. Bring in your people"),
            tr(
                "<b>File → Import roster…</b> reads a spreadsheet of sign-ups (.xlsx or "
                ".csv): an HR export, a Google Forms or Microsoft Forms sheet, or the blank "
                "template (<b>File → Save blank roster template…</b>). You see every row "
                "before anything is saved. On <b>People</b>, tick off each person's screening "
                "and training steps: people are offered for matching once they are ready."
            ),
            (Link("import", tr("Import a roster…")), *screen("people", tr("Open People"))),
        ),
        Step(
            "match",
            tr("3. Match mentors and mentees"),
            tr(
                "On <b>Matching</b>, <b>Suggest matches</b> finds the best pairs for the "
                "whole group at once, each with a score and its reasons, and says why anyone "
                "is left over. Drag a mentee to another mentor to change a pair, lock the "
                "pairs you like and suggest again. <b>Accept all</b> keeps the suggestions, "
                "and <b>Confirm pairs…</b> makes them active from the date you choose."
            ),
            screen("matching", tr("Open Matching")),
        ),
        Step(
            "agreements",
            tr("4. Print the agreements"),
            tr(
                "On <b>Pairs</b>, <b>Print agreements…</b> prints each pair's agreement with "
                "lines to sign (or <b>Save as PDF…</b>). <b>Mark agreement signed…</b> "
                "records the date, and <b>Introduce pair</b> writes to both of them in your "
                "own mail program."
            ),
            screen("pairs", tr("Open Pairs")),
        ),
        Step(
            "schedule",
            tr("5. Schedule the meetings"),
            tr(
                "On the <b>Calendar</b>, <b>Schedule…</b> sets up a series of meetings for "
                "every pair (every two weeks on Tuesday at 16:30, say) and staff check-ins "
                "on the program's cadence. <b>Export calendar (.ics)…</b> gives mentors and "
                "mentees a file for Outlook, Google Calendar or Apple Calendar."
            ),
            screen("calendar", tr("Open the Calendar")),
        ),
        Step("checkin", tr("6. Check in"), checkin_text, checkin_links),
        Step("report", tr("7. Report"), report_text, report_links),
    ]


def quick_start_html(screens: set[str]) -> str:
    intro = tr(
        "PeerDesk keeps your programs in one <b>program file</b> on this computer (its name "
        "ends in <i>.peerdesk</i>). Every change is saved the moment you make it: there is "
        "no Save button. These seven steps take a program from sign-up to report."
    )
    sample = tr(
        "New here? <a href='{url}'>Try the sample program</a>: invented people, pairs and "
        "meetings to click through, in a file of its own."
    ).format(url=f"{SCHEME}:sample")
    parts = ["<h2>" + tr("Quick start") + "</h2>", f"<p>{intro}</p>", f"<p>{sample}</p>"]
    for step in steps(screens):
        links = " &nbsp;·&nbsp; ".join(
            f"<a href='{SCHEME}:{link.target}'>{html.escape(link.text)} →</a>"
            for link in step.links
        )
        image = help_image(step.key)
        picture = (
            f"<td width='{IMAGE_WIDTH + 12}' valign='top'>"
            f"<img src='{image}' width='{IMAGE_WIDTH}'></td>"
            if image
            else ""
        )
        parts.append(
            f"<h3>{step.title}</h3>"
            "<table cellspacing='0' cellpadding='0'><tr>"
            f"{picture}<td valign='top'><p style='margin-top:0'>{step.text}</p>"
            f"<p>{links}</p></td></tr></table>"
        )
    files = tr(
        "<b>File → New file…</b> starts another program file; <b>File → Open…</b> and "
        "<b>Open Recent</b> open one. PeerDesk backs the file up each time it opens it and "
        "keeps the last ten copies; <b>File → Backup now</b> makes one whenever you like, and "
        "<b>File → Restore from backup…</b> puts an earlier copy back."
    )
    parts.append("<h3>" + tr("Your files and backups") + f"</h3><p>{files}</p>")
    return "".join(parts)


class QuickStartDialog(HelpDialog):
    """The guide; a link opens its screen in the window (and closes the guide)."""

    def __init__(self, window: StartWindow, parent: QWidget | None = None) -> None:
        screens = {"overview", *(spec.key for spec in window.screen_specs)}
        super().__init__(tr("Quick start"), quick_start_html(screens), parent or window)
        self.setObjectName("quickStart")
        self.window_ = window
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        self.resize(760, 640)

    def follow(self, url: QUrl) -> None:
        if url.scheme() != SCHEME:
            QDesktopServices.openUrl(url)
            return
        target = url.path()
        window = self.window_
        self.close()
        if target == "sample":
            window.open_sample()
        elif window.program_id is None:
            # Every other step needs a program: start with the first step.
            if target == "import":
                from ui.importer import launch

                launch.import_from_welcome(window)
            else:
                window.new_program()
        elif target == "settings":
            window.edit_program_settings()
        elif target == "import":
            window.import_roster()
        elif target.startswith("screen/"):
            window.show_screen(target.removeprefix("screen/"))
