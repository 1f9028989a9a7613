"""Composition root: parse the command line, then run a headless command or the GUI."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from crm_desktop.cli import build_parser, run_command

    args = build_parser().parse_args(argv)
    if args.command:
        return run_command(args)
    from crm_desktop.ui.application import run_gui

    return int(run_gui(args))
