"""Entry point: `zhreader` and `python -m reader`."""

import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to a headless subcommand or open the window, keeping Qt off the CLI path."""
    args = sys.argv[1:] if argv is None else argv
    from reader import cli

    if args and args[0] in cli.SUBCOMMANDS:
        return cli.main(args)
    if args and args[0] in ("-h", "--help", "--version"):
        return cli.main(args)
    from reader.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
