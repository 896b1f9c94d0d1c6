"""``python -m bench import|pages|report [SIZES…]``, ``uploads``, ``load [SESSIONS] [ROUNDS]``: a Markdown table for the
README."""

import argparse

from bench import importing, load, pages, reports, uploads

parser = argparse.ArgumentParser(prog="python -m bench")
commands = parser.add_subparsers(dest="command", required=True)
importer = commands.add_parser("import", help="Import gegen openpyxl-Lesen, je Planumfang")
importer.add_argument("sizes", nargs="*", type=int, default=[42, 10_000, 50_000])
views = commands.add_parser("pages", help="Laufzeit jeder Seite (AppTest), kalt und warm, je Planumfang")
views.add_argument("sizes", nargs="*", type=int, default=[pages.EXAMPLE_SIZE, 1_000, 10_000])
report = commands.add_parser("report", help="Sitzung, Foliensatz und PDF-Bericht, je Planumfang")
report.add_argument("sizes", nargs="*", type=int, default=[42, 1_000])
commands.add_parser("uploads", help="Große und feindliche CSV-Uploads gegen pandas.read_csv")
crowd = commands.add_parser("load", help="Zwei Instanzen hinter nginx, viele Browser-Sitzungen zugleich")
crowd.add_argument("sessions", nargs="?", type=int, default=20)
crowd.add_argument("rounds", nargs="?", type=int, default=2)
args = parser.parse_args()
if args.command == "import":
    importing.main(args.sizes)
elif args.command == "pages":
    pages.main(args.sizes)
elif args.command == "report":
    reports.main(args.sizes)
elif args.command == "uploads":
    uploads.main()
elif args.command == "load":
    load.main(args.sessions, args.rounds)
