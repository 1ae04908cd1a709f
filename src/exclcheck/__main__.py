"""`python -m exclcheck` runs the CLI."""

from exclcheck.cli import main

main()
