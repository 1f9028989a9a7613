"""Benchmark data sets, built with the demo generator and cached between runs.

A data set is a demo database of a given shape. Its file name carries a key made of the shape
(every count), the seed, the schema revision this build writes and a hash of the demo
generator's source, so a schema change or a generator change builds a new file instead of
reusing (or migrating) a stale one. Files live in the user cache folder
(``~/.cache/crm-desktop-bench`` on Linux) or in ``$CRM_DESKTOP_BENCH_CACHE``.

    python -m tests.perf.datasets [--size smoke|full] [NAME ...]   # build ahead of a run
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path

import platformdirs

from crm_desktop.services.demo.sizes import LARGE, SMALL, DemoSize, scaled_size
from crm_desktop.storage.schema import SCHEMA_REVISION

SEED = 42
DEMO_PACKAGE = Path(__file__).resolve().parents[2] / "crm_desktop" / "services" / "demo"


@dataclass(frozen=True)
class Dataset:
    name: str
    size: DemoSize
    seed: int = SEED


#: The shapes per benchmark size. "large" serves start-up (100k contacts) and the dashboards
#: (200k deals, 1M activities); "contacts" is 1M contacts with little else (the lists);
#: "kanban" gives ~5,000 open deals in the default pipeline (about a third are open).
SHAPES: dict[str, dict[str, DemoSize]] = {
    "full": {
        "large": replace(LARGE, deals=200_000, tasks=40_000),
        "contacts": replace(
            scaled_size(1_000_000), deals=2_000, activities=2_000, tasks=100, nps=100
        ),
        "kanban": replace(scaled_size(10_000), deals=15_300, activities=60_000, tasks=5_000),
    },
    "smoke": {
        "large": SMALL,
        "contacts": replace(scaled_size(2_000), deals=200, activities=500, tasks=50, nps=50),
        "kanban": SMALL,
    },
}


def generator_version() -> str:
    """A hash of the demo generator's source: any change to it rebuilds every data set."""
    digest = hashlib.sha256()
    for path in sorted(DEMO_PACKAGE.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def cache_dir() -> Path:
    folder = os.environ.get("CRM_DESKTOP_BENCH_CACHE")
    return Path(folder) if folder else Path(platformdirs.user_cache_dir("crm-desktop-bench"))


def dataset(name: str, size: str) -> Dataset:
    return Dataset(name, SHAPES[size][name])


def key(data: Dataset) -> str:
    shape = "-".join(str(v) for v in asdict(data.size).values())
    shape_hash = hashlib.sha256(shape.encode()).hexdigest()[:8]
    return (  # the shape, not the name: equal shapes share one file
        f"demo-{data.size.contacts}c-{data.size.deals}d-{shape_hash}-s{data.seed}"
        f"-r{SCHEMA_REVISION}-g{generator_version()}"
    )


def path_of(data: Dataset) -> Path:
    return cache_dir() / f"{key(data)}.sqlite3"


def prune(data: Dataset) -> list[Path]:
    """Delete the files of ``data``'s shape and seed built for another schema revision or
    generator (a full data set is 1-2 GB); returns what was deleted."""
    current = key(data)
    shape = current.split("-r")[0]
    gone = []
    for path in cache_dir().glob(f"{shape}-r*"):
        if not path.name.startswith(f"{current}."):
            path.unlink(missing_ok=True)
            gone.append(path)
    return gone


def meta(path: Path) -> dict[str, object]:
    """What was recorded when the file was built (its "today", counts, build time)."""
    return dict(json.loads(path.with_suffix(".json").read_text()))


def ensure(data: Dataset, *, quiet: bool = False) -> Path:
    """The cached file of ``data``, built first when missing (into a temporary name, so an
    interrupted build is never used)."""
    path = path_of(data)
    if path.exists() and path.with_suffix(".json").exists():
        return path
    from crm_desktop.services.container import Services
    from crm_desktop.services.demo import DemoService

    path.parent.mkdir(parents=True, exist_ok=True)
    prune(data)
    partial = path.with_name(path.stem + ".partial.sqlite3")
    for stale in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        stale.unlink(missing_ok=True)
    if not quiet:
        print(f"building data set {path.name} (once) ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    today = date.today()
    services = Services.open(partial)
    try:
        result = DemoService(services.db).generate(data.size, seed=data.seed, today=today)
    finally:
        services.close()
    seconds = time.perf_counter() - start
    partial.rename(path)
    info = {"today": today.isoformat(), "build_s": round(seconds, 1), "counts": result.counts}
    path.with_suffix(".json").write_text(json.dumps(info, indent=2, default=str))
    if not quiet:
        print(f"built {path.name} in {seconds:.0f} s", file=sys.stderr, flush=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="data sets (default: all)")
    parser.add_argument("--size", choices=sorted(SHAPES), default="full")
    args = parser.parse_args(argv)
    for name in args.names or list(SHAPES[args.size]):
        print(ensure(dataset(name, args.size)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
