"""``python -m bench import [SIZES…]``: run a benchmark and print a Markdown table for the README."""

import argparse

from bench import importing

parser = argparse.ArgumentParser(prog="python -m bench")
commands = parser.add_subparsers(dest="command", required=True)
load = commands.add_parser("import", help="Import gegen openpyxl-Lesen, je Planumfang")
load.add_argument("sizes", nargs="*", type=int, default=[42, 10_000, 50_000])
args = parser.parse_args()
if args.command == "import":
    importing.main(args.sizes)
