"""The "who am I" rules (Qt-free): saved identity, demo team, asking once, rep or manager view."""

from __future__ import annotations

from crm_desktop.domain.enums import Role
from crm_desktop.services.dto import UserDTO
from crm_desktop.services.identity import (
    Step,
    decide_identity,
    default_owner_filter,
    demo_identity,
    is_demo_team,
    saved_identity,
)


def user(uid: str, role: Role = Role.REP, *, email: str = "", active: bool = True) -> UserDTO:
    return UserDTO(uid, uid.title(), email or f"{uid}@acme-corp.com", role, active, "#123456", None)


ANN, BOB, GONE = user("ann"), user("bob", Role.MANAGER), user("gone", active=False)
DEMO = [
    user("sarah", Role.MANAGER, email="sarah.mitchell@brightpath.example"),
    user("emily", email="emily.weber@brightpath.example"),
]


def test_the_first_saved_id_that_is_an_active_user_here_is_me() -> None:
    team = [ANN, BOB, GONE]
    assert saved_identity(team, ["elsewhere", "gone", "bob", "ann"]) == BOB
    assert saved_identity(team, ["elsewhere", "gone"]) is None
    assert saved_identity(team, []) is None


def test_a_known_identity_wins_then_skip_then_demo_then_ask() -> None:
    assert decide_identity([ANN, BOB], ["ann"], skipped=True).step is Step.KNOWN
    assert decide_identity([ANN, BOB], ["ann"], skipped=False).user == ANN
    assert decide_identity([ANN, BOB], [], skipped=True).step is Step.SKIPPED
    assert decide_identity([ANN, BOB], [], skipped=False).step is Step.ASK
    assert decide_identity([], [], skipped=False).step is Step.ASK  # a new database
    demo = decide_identity(DEMO, ["ann"], skipped=False)
    assert (demo.step, demo.user) == (Step.DEMO, DEMO[0])
    assert decide_identity(DEMO, [], skipped=True).step is Step.SKIPPED


def test_only_a_team_made_entirely_of_demo_users_is_demo_data() -> None:
    assert is_demo_team(DEMO)
    assert is_demo_team([*DEMO, user("old", email="old@acme-corp.com", active=False)])
    assert not is_demo_team([*DEMO, ANN])  # demo data mixed into a real team
    assert not is_demo_team([])


def test_the_demo_identity_is_its_manager_else_its_first_user() -> None:
    assert demo_identity(DEMO) == DEMO[0]
    assert demo_identity(DEMO[1:]) == DEMO[1]
    assert demo_identity([]) is None


def test_a_rep_sees_their_own_records_first_a_manager_everyone() -> None:
    assert default_owner_filter(ANN) == "ann"
    assert default_owner_filter(BOB) is None
    assert default_owner_filter(user("root", Role.ADMIN)) is None
    assert default_owner_filter(None) is None
