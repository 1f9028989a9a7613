"""``python -m tests.perf`` (``make bench``): every benchmark, one table, one JSON file.

See tests/perf/runner.py for the options; README "Performance" for the latest figures.
"""

from __future__ import annotations

from tests.perf.runner import main

raise SystemExit(main())
