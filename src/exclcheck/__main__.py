"""`python -m exclcheck` runs the CLI."""

from exclcheck.launch import main

main()
