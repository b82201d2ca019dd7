# ruff: noqa: E501 — each message on one line, as the core writes it
"""The core's error messages, marked so that pyside6-lupdate finds them.

The core raises :class:`peerdesk.errors.UserError` with an English template, and
:func:`ui.messages.user_message` translates it in the "errors" context. lupdate reads only
ui/, so every template the core can raise is listed here;
tests/ui/test_translation_markers.py keeps the list equal to the core's.
"""

from __future__ import annotations

from ui.qt import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("errors", "A mentor can take at most 50 mentees."),
    QT_TRANSLATE_NOOP("errors", "A quarter is 1, 2, 3 or 4, not {quarter}."),
    QT_TRANSLATE_NOOP(
        "errors", "An agreement can't be signed on a date that hasn't come yet ({date})."
    ),
    QT_TRANSLATE_NOOP("errors", "An empty password was given; nothing was changed."),
    QT_TRANSLATE_NOOP(
        "errors",
        "Another coordinator was changing the same records at the same moment, so this was not saved (none of it). Try again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Another coordinator was changing the same records; PeerDesk tried {attempts} times. Try again.",
    ),
    QT_TRANSLATE_NOOP("errors", "Answer at least one question before saving."),
    QT_TRANSLATE_NOOP(
        "errors",
        "Honour preferences (stable) pairs mentees with mentors; this program matches peers in one pool. Choose the best total score or most people matched instead.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Neither {mentor} nor {mentee} has an email address in this program file. Add at least one on the People screen, then introduce them.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "No column of “{name}” matches a {kind} question of this program. Its columns should be titled with the questions, for example “{example}”.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "No pair in this program has completed yet, so there is nobody to give a certificate to. End a pair as completed first.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "No row of “{name}” could be recorded ({count} with problems), such as: {first}"
    ),
    QT_TRANSLATE_NOOP("errors", "No row of “{path}” names someone in “{program}”{first}"),
    QT_TRANSLATE_NOOP(
        "errors", "Nobody has joined “{program}” yet. Add people with: peerdesk import FILE ROSTER"
    ),
    QT_TRANSLATE_NOOP("errors", "Nobody is invited: that circle has no members."),
    QT_TRANSLATE_NOOP("errors", "Nobody is invited: this program has no mentees."),
    QT_TRANSLATE_NOOP("errors", "Nobody is invited: this program has no mentors."),
    QT_TRANSLATE_NOOP("errors", "Nobody is invited: this program has nobody to invite."),
    QT_TRANSLATE_NOOP("errors", "Nobody in this program has the email address “{email}”."),
    QT_TRANSLATE_NOOP(
        "errors", "Nobody in “{program}” is “{text}”. Name a person by id, e-mail or full name."
    ),
    QT_TRANSLATE_NOOP("errors", "Nothing was erased. Answer “yes” to erase, or add --yes."),
    QT_TRANSLATE_NOOP(
        "errors",
        "Only an administrator may see or change who may do what on “{location}”; your role is {role}. Ask an administrator ({administrators}) if you need to.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Pair {pair} has no meeting on {day}{others}. Schedule one first with: peerdesk schedule FILE --pair {pair} --from {day}",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "Pair {pair} has {count} meetings on {day} (at {times}); add --time HH:MM."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "PeerDesk cannot print documents in “{code}”. Choose one of: {choices}."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "PeerDesk could not reach the database server at {server}: {reason} Check that the server is running and that this computer is on the right network, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "PeerDesk could not read this file ({reason}): “{name}”. Nothing was imported. If it came by email or a download, fetch it again; otherwise open it in Excel or LibreOffice, save a new copy as .xlsx, and import that.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "PeerDesk is not allowed to write to “{path}”. Choose a folder you can save in."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "Roles are for a shared database; a program file is one coordinator's."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Roles are not set up on “{location}” yet. Its owner, “{owner}”, sets them up by running peerdesk users URL once as a user who may create roles. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("errors", "Say in a few words why the pair is ending."),
    QT_TRANSLATE_NOOP("errors", "Say why the pair is ending."),
    QT_TRANSLATE_NOOP("errors", "Say why this person may be matched before finishing their steps."),
    QT_TRANSLATE_NOOP(
        "errors",
        "Several people in “{program}” are “{text}” (ids {ids}); name one by id or e-mail.",
    ),
    QT_TRANSLATE_NOOP("errors", "Something went wrong."),
    QT_TRANSLATE_NOOP("errors", "That pair has ended, so no meetings can be scheduled for it."),
    QT_TRANSLATE_NOOP("errors", "The backup could not be used: {reason}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "The connection to the database server was lost, so the last action was not saved (none of it). Check the network, then reconnect and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The copy did not hold every row (table “{table}”: {source} in the source, {target} in the copy), so it was not kept. Nothing was changed. Try again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database “{location}” belongs to another application: it has tables, but not PeerDesk's. Nothing was changed. Ask for an empty database for PeerDesk, or check the database name.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "The database “{location}” is already set up for PeerDesk. Open it instead."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database “{location}” is empty. Set it up for PeerDesk first (File → Connect to shared database… offers to, or run: peerdesk init URL).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database “{location}” was set up by a newer version of PeerDesk. Install the latest PeerDesk to use it; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "The desktop app is not available here; start it with “peerdesk open”."
    ),
    QT_TRANSLATE_NOOP("errors", "The folder “{folder}” does not exist. Choose a folder that does."),
    QT_TRANSLATE_NOOP("errors", "The last import can no longer be undone: {reason}."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The logo “{path}” could not be used: it is missing or not a PNG or JPEG picture. Choose another picture, or print without a logo.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The people or pairs of this program changed since these suggestions were made. Run Suggest matches again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "The period ends ({end}) before it starts ({start}). Nothing was computed."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The server user “{user}” may not create users (it lacks the CREATEROLE right), so PeerDesk cannot {what}. Ask whoever runs the server to run: ALTER ROLE {user} CREATEROLE; or to create the user first. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The server {server} did not accept the user name or password for “{user}”. Check them and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The server {server} has no database called “{database}”. Check the name, or ask whoever runs the server to create it.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The sheet “{sheet}” in “{name}” has no header row, so PeerDesk cannot tell which column holds what. Add a row of column titles (Name, Email, Role…) above the people, or choose the header row yourself.",
    ),
    QT_TRANSLATE_NOOP("errors", "The two passwords differ; nothing was changed."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The user “{user}” has no role on “{location}”, so it may not do this. Ask an administrator ({administrators}) to give it one. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The user “{user}” may not do this on the database “{location}”. Ask whoever runs the server to grant PeerDesk's user the rights to read and write it. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("errors", "There are no active or paused pairs to close in this program."),
    QT_TRANSLATE_NOOP("errors", "There are no pairs to print: {why}"),
    QT_TRANSLATE_NOOP("errors", "There is no import to undo in this program."),
    QT_TRANSLATE_NOOP(
        "errors",
        "There is not enough space on the disk to save the files in “{folder}”; none of them was saved. Free some space and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "There is not enough space on the disk to save “{path}”. Free some space and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "These meetings belong to different programs; log them one by one."
    ),
    QT_TRANSLATE_NOOP("errors", "This can no longer be undone: {reason}."),
    QT_TRANSLATE_NOOP(
        "errors",
        "This meeting has not started yet, so it can only be logged as cancelled. Log it as held or missed once it is over.",
    ),
    QT_TRANSLATE_NOOP("errors", "This program has no active pairs yet. Confirm some pairs first."),
    QT_TRANSLATE_NOOP(
        "errors",
        "This program has no staff check-ins. Choose how often staff check in in Program settings → Meetings.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "This program has no {kind} questions yet. Add some on the Check-ins screen."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "This question already has {count} answers, so its kind of answer can't change. Switch it off and add a new question instead.",
    ),
    QT_TRANSLATE_NOOP("errors", "Tick at least one step to record."),
    QT_TRANSLATE_NOOP(
        "errors", "You cannot {what} yourself: another administrator has to. Nothing was changed."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Your role ({role}) lets you {may}. Ask an administrator ({administrators}) if you need to. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{count} of the files to write already exist in “{folder}”, such as “{name}”. Choose another folder, or agree to replace them.",
    ),
    QT_TRANSLATE_NOOP("errors", "{problem}. Try “{hint}”."),
    QT_TRANSLATE_NOOP(
        "errors", "{record} was changed by {who}{at} while you were editing. Nothing was saved."
    ),
    QT_TRANSLATE_NOOP("errors", "{rule} Nothing was changed; look again and try once more."),
    QT_TRANSLATE_NOOP(
        "errors", "{text} is in several pairs of “{program}” (ids {ids}); name the pair by its id."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{what} was not found among the programs given to you (your role: {role}). Ask an administrator ({administrators}) if you need it.",
    ),
    QT_TRANSLATE_NOOP("errors", "{what} was not found in this file."),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{location}” already holds a program ({rows} rows in “{table}”). PeerDesk copies only into a new file or an empty database, so nothing is overwritten. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "“{location}” is both the source and the target. Name another target."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{name}” already is a {role} here. Change the role with: peerdesk users URL set {name} --role ROLE",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{name}” cannot be a user's name on the server: give 1 to {most} characters, not starting with “pg_”.",
    ),
    QT_TRANSLATE_NOOP("errors", "“{name}” cannot be read as a roster."),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{name}” could hold the answers of more than one survey; say which with --kind pre|checkin|post|closing.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "“{name}” could not be opened: {reason}. Check that it exists and try again."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{name}” has no column of email addresses, so PeerDesk can't tell who answered. Collect email addresses in the form (or add a column called Email) and export again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "“{name}” has no role on “{location}”. See who has one with: peerdesk users URL"
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{name}” has no rows to import ({reason}). Check that you chose the right file, or fill in the PeerDesk roster template.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "“{name}” has no sheet called “{sheet}”. Its sheets are: {sheets}."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "“{name}” is an administrator and has every program already. Nothing was changed."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{name}” is damaged or incomplete ({reason}). If it came by email or a download, fetch it again; otherwise open it in Excel, save a new copy as .xlsx, and import that.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{name}” is not a spreadsheet ({reason}). Choose an Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a .csv file.",
    ),
    QT_TRANSLATE_NOOP("errors", "“{name}” is one of PeerDesk's groups, not a user."),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{name}” is protected with a password, so PeerDesk cannot read it. Open it in Excel, remove the password (File → Info → Protect Workbook), save it, and import it again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "“{name}” owns the database and is always an administrator. Nothing was changed."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "“{path}” already exists. Choose another name, or agree to replace it."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "“{path}” already exists. Choose another name, or open the existing file."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "“{path}” does not exist. It may have been moved, renamed or deleted."
    ),
    QT_TRANSLATE_NOOP("errors", "“{path}” has no column called Email or ID, so it names nobody."),
    QT_TRANSLATE_NOOP(
        "errors", "“{path}” is a file, not a folder. Choose a folder to save the files in."
    ),
    QT_TRANSLATE_NOOP("errors", "“{path}” is a folder. Choose a file name to save to."),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{path}” is already open in another PeerDesk window{where}. Switch to that window, or close it and try again.",
    ),
    QT_TRANSLATE_NOOP("errors", "“{path}” is not a CSV file of text."),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{path}” is not a PeerDesk program file ({reason}). Choose a file that ends in .peerdesk, or create a new one with File → New file.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{path}” is open in another program, such as Excel, or it is read-only; close it and try again, or save under another name. The file there now is unchanged.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{path}” is open in another program, such as a PDF viewer, or it is read-only; close it and try again, or save under another name.",
    ),
    QT_TRANSLATE_NOOP("errors", "“{path}” is the program file itself, not a backup of it."),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{path}” was saved by a newer version of PeerDesk. Install the latest PeerDesk to open it; the file has not been changed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "“{program}” has no pair {text}. List them with: peerdesk pairs FILE"
    ),
    QT_TRANSLATE_NOOP("errors", "“{program}” has no step “{step}”. Its steps are: {steps}."),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{url}” is not a database address PeerDesk understands ({reason}). Write it as postgresql://user@host:5432/database.",
    ),
    # Group sessions' attendance (peerdesk/groups/attendance.py).
    QT_TRANSLATE_NOOP(
        "errors",
        "1 of the people to mark is not invited to this session. Invite them first, then mark their attendance.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{count} of the people to mark are not invited to this session. Invite them first, then mark their attendance.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "“{status}” is not an attendance mark; use attended, excused or absent."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "This session was cancelled, so nobody can attend it. Restore it first."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "This session has not begun yet, so nobody can be marked attended or absent. Mark apologies as excused now, and who came once it has begun.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{name}” has no column titled Name, First name, Last name or Email, so PeerDesk cannot tell who signed in. Add a row of column titles above the names. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "“{program}” has no kind of session “{kind}”. Its kinds are: {kinds}."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "“{program}” has no session {text}. List them with: peerdesk sessions FILE"
    ),
    # Group sessions and their kinds (peerdesk/groups/sessions.py, peerdesk/groups/kinds.py).
    QT_TRANSLATE_NOOP(
        "errors",
        "“{kind}” is not a kind of session in this program. Choose one from the list, or add it to the program's kinds of session first.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "A session's title can be at most {most} characters long.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "A session lasts between {least} minutes and {most} hours.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The capacity is the number of places: a whole number from 1 up, or empty for no limit.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{zone}” is not a time zone this computer knows.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{invite}” is not a way to invite people. Invite the mentors, the mentees, everyone, a circle or people you choose.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Choose the circle whose members are invited.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Choose at least one person to invite.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{count} of the people chosen are not in this program (ids {ids}). Choose people from this program's list.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{count} people are invited to “{title}” on {day}, which has {capacity} places.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{count} people are chosen but the session has {capacity} places. Choose fewer people, or give the session more places.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{cadence}” is not a repeat PeerDesk knows: every week, every two weeks, every four weeks or every month.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The series' last date ({last}) is before its first date ({first}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "No session of the series falls between its first and last date.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "A series can hold at most {most} sessions; this one would hold {count}. Choose an earlier last date or a longer step.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Every kind of session needs a name.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The name “{name}” is too long for a kind of session (at most {most} characters).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Two kinds of session are called “{name}”. Give each kind its own name.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "“{colour}” is not a colour PeerDesk understands. Use the form #2e7d32, or leave it empty.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The kind “{name}” can't be taken off the list: {count} session(s) are of that kind. Change their kind first, or keep it. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "A program needs at least one kind of session. Nothing was changed.",
    ),
    # Circles and forming them (peerdesk/groups/circles.py, peerdesk/groups/forming.py).
    QT_TRANSLATE_NOOP(
        "errors",
        "{count} people can make between 1 and {most} circles of at least 2 people; choose a number in that range.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Each circle has one leader: {circles} circles need {circles} leaders, and {leaders} were chosen.",
    ),
    QT_TRANSLATE_NOOP("errors", "There are no circles to print: choose at least one circle."),
    QT_TRANSLATE_NOOP(
        "errors", "There are no circles to print: no circle of this program has those ids."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "There are no circles to print: this program has no active circles yet."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "A circle needs at least 2 people (a leader and a member); choose a larger size.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "A circle's name can be at most {most} characters long.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "A person in a circle is its leader or a member.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Choose another circle to move them to.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Give the circle a name.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "One of the chosen leaders is not ready, is already in a circle or is not a mentor. Choose the leaders again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Only a paused circle can be resumed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Only an active circle can be paused.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Only an active or paused circle can be ended.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Say why the circle is ending.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Someone is in two of these circles; each person is in one.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The circle “{circle}” has ended.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The circle “{circle}” needs a leader.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "There are no circles to confirm.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{circles} circles need {circles} leaders, but only {leaders} of the people ready can lead (mentors). Choose a larger size or fewer circles.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{count} people are ready and not in a circle; forming circles needs at least 2.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{name} has completed the program and cannot join a circle.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{name} has withdrawn and cannot join a circle.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{name} is already in another circle.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{name} is in this circle already.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not a mentor and cannot lead a circle.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not in this circle.",
    ),
)
