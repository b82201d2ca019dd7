"""How a refusal by the server is said in the words of the user's role (issue 18.4).

Apart from :mod:`peerdesk.storage.roles` (who may do what, which reads programs), so
that :mod:`peerdesk.storage.postgres`, which translates the server's refusals, needs
nothing that leads back to it.
"""

from __future__ import annotations

from peerdesk.errors import NotFound, UserError
from peerdesk.storage.row_security import Access

#: What each role may do, in the words used to refuse it.
MAY = {
    Access.VIEWER: "read and export, not change records",
    Access.COORDINATOR: "change the programs given to you, not this",
    Access.ADMINISTRATOR: "do everything",
}


class RoleRefused(UserError):
    """The server refused a change the user's role does not allow (see :func:`role_refusal`)."""

    template = (
        "Your role ({role}) lets you {may}. Ask an administrator ({administrators}) "
        "if you need to. Nothing was changed."
    )


class NoRole(UserError):
    template = (
        "The user “{user}” has no role on “{location}”, so it may not do this. Ask an "
        "administrator ({administrators}) to give it one. Nothing was changed."
    )


class NotGiven(NotFound):
    template = (
        "{what} was not found among the programs given to you (your role: {role}). "
        "Ask an administrator ({administrators}) if you need it."
    )


def role_refusal(
    error: UserError, role: str | None, admins: list[str], user: str, location: str
) -> UserError:
    """The server's refusal (``NoServerPermission``), or a record the policies hid from
    the user (``NotFound``), in the words of the user's ``role``. An administrator's is
    left as it is: the server itself, not PeerDesk's roles, refused them."""
    asked = ", ".join(admins) or "the database's owner"
    if role == Access.ADMINISTRATOR:
        return error
    if isinstance(error, NotFound):
        if role is None:
            return NoRole(user=user, location=location, administrators=asked)
        what = str(error.fields.get("what", "It"))
        return NotGiven(what=what, role=role, administrators=asked)
    if role is None:
        return NoRole(user=user, location=location, administrators=asked)
    return RoleRefused(role=role, may=MAY[Access(role)], administrators=asked)
