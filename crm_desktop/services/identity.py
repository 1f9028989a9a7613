"""The "who am I" of this laptop: which user is me in a database, and what I see first.

The choice is a per-laptop preference (the UI keeps it in QSettings), not data of the database:
the same file may be opened by several people. These rules are Qt-free so that they can be
tested without a window:

* my saved identity in a database is the first saved user id that is an active user there;
* a database holding only the demo team gets its manager without a question (nobody has to
  answer one to look around demo data, and a manager sees the whole team);
* otherwise the person is asked once per database; "skip for now" is remembered (and wins
  over the demo manager);
* a rep sees their own records first, a manager or admin sees the whole team: a view
  preference (the owner filter lists, the board and dashboards start with), not security.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from crm_desktop.domain.enums import Role
from crm_desktop.services import demo_data
from crm_desktop.services.dto import UserDTO


class Step(StrEnum):
    KNOWN = "known"  # a saved identity applies
    DEMO = "demo"  # demo data only: its manager is chosen without asking
    SKIPPED = "skipped"  # asked before and skipped: a quiet hint only
    ASK = "ask"  # ask who I am (pick a user, or add myself)


@dataclass(frozen=True)
class IdentityDecision:
    step: Step
    user: UserDTO | None = None


def saved_identity(users: Sequence[UserDTO], saved_ids: Iterable[str]) -> UserDTO | None:
    """The first of ``saved_ids`` that is an active user of this database."""
    active = {user.id: user for user in users if user.active}
    for user_id in saved_ids:
        if user_id in active:
            return active[user_id]
    return None


def is_demo_team(users: Sequence[UserDTO]) -> bool:
    """Whether every active user is one of the made-up demo team."""
    domain = "@" + demo_data.USER_EMAIL_DOMAIN
    active = [user for user in users if user.active]
    return bool(active) and all((user.email or "").lower().endswith(domain) for user in active)


def demo_identity(users: Sequence[UserDTO]) -> UserDTO | None:
    """The demo team's manager (the first by name), else its first user."""
    active = [user for user in users if user.active]
    managers = [user for user in active if user.role is not Role.REP]
    first = managers or active
    return first[0] if first else None


def decide_identity(
    users: Sequence[UserDTO], saved_ids: Iterable[str], *, skipped: bool
) -> IdentityDecision:
    """What to do about "who am I" when a database opens on this laptop."""
    known = saved_identity(users, saved_ids)
    if known is not None:
        return IdentityDecision(Step.KNOWN, known)
    if skipped:
        return IdentityDecision(Step.SKIPPED)
    if is_demo_team(users):
        return IdentityDecision(Step.DEMO, demo_identity(users))
    return IdentityDecision(Step.ASK)


def default_owner_filter(me: UserDTO | None) -> str | None:
    """The owner the lists, board and dashboards filter on first: a rep's own id, else None."""
    return me.id if me is not None and me.role is Role.REP else None
