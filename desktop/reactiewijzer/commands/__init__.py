"""Subcommands of the `reactiewijzer` CLI: each module has `register(subparsers)`."""
