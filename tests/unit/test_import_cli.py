"""``main.py import`` and ``main.py export`` as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.app import main

ROOT = Path(__file__).resolve().parents[2]


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_list_fields(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "import", "deals", "--list-fields")
    assert code == 0
    assert out.split() == [
        "name", "amount", "currency", "pipeline", "stage", "owner", "company", "contacts",
        "close_date", "created_at", "source", "probability", "lost_reason", "external_id",
    ]  # fmt: skip
    _, out, _ = cli(capsys, "import", "companies", "--list-fields")
    assert out.split()[:3] == ["name", "domain", "industry"]


def test_import_with_suggested_mapping_dry_run_and_error_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "crm.sqlite3"
    source = tmp_path / "contacts.csv"
    source.write_bytes("姓名,邮箱,备注\n张伟,zw@example.cn,x\n坏人,bad,\n".encode("gb18030"))
    errors = tmp_path / "errors.csv"
    code, out, _ = cli(
        capsys, "import", "contacts", str(source), "--db", str(db), "--dry-run",
        "--errors", str(errors),
    )  # fmt: skip
    assert code == 0
    assert "姓名 -> full_name" in out and "备注 -> (ignored)" in out
    assert "new: 1" in out and "errors: 1" in out and "dry run" in out
    assert errors.read_text(encoding="utf-8-sig").splitlines()[1].startswith("3,邮箱,")
    code, out, _ = cli(capsys, "import", "contacts", str(source), "--db", str(db))
    assert "new: 1" in out
    code, out, _ = cli(capsys, "import", "contacts", str(source), "--db", str(db))
    assert "skipped: 1" in out


def test_explicit_map_custom_property_and_update_by(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "crm.sqlite3"
    source = tmp_path / "c.csv"
    source.write_text("Mail,Size,Ref\nada@example.org,38,P1\n")
    code, out, _ = cli(
        capsys, "import", "contacts", str(source), "--db", str(db), "--map", "Mail=email",
        "--map", "Size=custom:shoe", "--map", "Ref=external_id", "--update-by", "external_id",
    )  # fmt: skip
    assert code == 0 and "mapping (suggested)" not in out and "new: 1" in out
    out_file = tmp_path / "out.csv"
    code, out, _ = cli(capsys, "export", "contacts", str(out_file), "--db", str(db))
    assert code == 0 and "1 contacts written" in out
    lines = out_file.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(",custom:shoe") and lines[1].endswith(",P1,38")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "contacts", "MISSING"], "no such file"),
        (["import", "contacts"], "needs a FILE"),
        (["import", "contacts", "FILE", "--map", "X=nope"], "not a contacts field"),
        (["import", "contacts", "FILE", "--update-by", "domain"], "can be matched by"),
        (["import", "contacts", "FILE", "--encoding", "klingon"], "unknown encoding"),
    ],
)
def test_errors_exit_non_zero(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], message: str
) -> None:
    source = tmp_path / "c.csv"
    source.write_text("Email\na@b.org\n")
    args = [
        str(source) if a == "FILE" else str(tmp_path / a) if a == "MISSING" else a for a in args
    ]
    code, _, err = cli(capsys, *args, "--db", str(tmp_path / "crm.sqlite3"))
    assert code != 0
    assert message in err


def test_export_formats_in_a_real_process(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite3"
    source = tmp_path / "d.csv"
    source.write_text('Name,Amount,Stage\nBig,"$1,000",Won\n')
    run = [sys.executable, str(ROOT / "main.py")]
    done = subprocess.run([*run, "import", "deals", str(source), "--db", str(db)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "new: 1" in done.stdout
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"deals.out.{fmt}"
        done = subprocess.run([*run, "export", "deals", str(out), "--db", str(db), "--format", fmt],
                              capture_output=True, text=True, timeout=120, cwd=ROOT)  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 0
    bad = subprocess.run([*run, "export", "deals", str(tmp_path / "x.vcf"), "--db", str(db)],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)  # fmt: skip
    assert bad.returncode == 2 and "vCard" in bad.stderr
