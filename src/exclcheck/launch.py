"""The command's entry point, which answers Ctrl-C from its first moment.

Loading the CLI's modules (click, rich, rapidfuzz, the judge) takes a few tenths of a
second; a Ctrl-C then would otherwise end in a traceback. This module imports nothing
heavy itself, so it is running before they load.
"""

from __future__ import annotations

import sys

_INTERRUPTED = 130  # the shell's code for a command ended by Ctrl-C (as in exclcheck.cli)


def main() -> None:
    try:
        from exclcheck.cli import main as cli_main
    except KeyboardInterrupt:
        sys.stderr.write("\nexclcheck: interrupted\n")
        sys.exit(_INTERRUPTED)
    cli_main()
