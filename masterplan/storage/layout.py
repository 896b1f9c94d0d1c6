"""The tables of the store, defined once: the Stände with their files and row versions, and the reporting rounds
with their confirmations and reminders. Store creates them; backup copies them in this order (parents first)."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, LargeBinary, MetaData, String, Table, Text

metadata = MetaData()
stand_table = Table(
    "stand",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(200), nullable=False),
    Column("note", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("is_example", Boolean, nullable=False),
    Column("counts", Text, nullable=False),
    Column("changes", Text, nullable=False),
)
file_table = Table(
    "stand_file",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("stand_id", Integer, ForeignKey("stand.id"), nullable=False, index=True),
    Column("file_name", String(300), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("content", LargeBinary, nullable=False),
)
version_table = Table(
    "row_version",
    metadata,
    Column("sheet", String(40), primary_key=True),
    Column("key", String(400), primary_key=True),
    Column("stand_id", Integer, ForeignKey("stand.id"), primary_key=True, index=True),
    Column("data", Text, nullable=True),
)

round_table = Table(
    "round",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("stichtag", Date, nullable=False),
    Column("deadline", Date, nullable=False),
    Column("note", Text, nullable=False),
    Column("base_stand_id", Integer, nullable=True),  # the newest Stand when the round opened; reports come after it
    Column("opened_at", DateTime(timezone=True), nullable=False),
    Column("opened_by", String(200), nullable=False),
    Column("closed_at", DateTime(timezone=True), nullable=True),
    Column("closed_by", String(200), nullable=True),
    Column("result_stand_id", Integer, nullable=True),
)
confirmation_table = Table(
    "round_confirmation",
    metadata,
    Column("round_id", Integer, ForeignKey("round.id"), primary_key=True),
    Column("federfuehrung", String(100), primary_key=True),
    Column("stand_id", Integer, nullable=True),  # the Stand confirmed as unchanged
    Column("confirmed_at", DateTime(timezone=True), nullable=False),
    Column("confirmed_by", String(200), nullable=False),
)
reminder_table = Table(
    "round_reminder",
    metadata,
    Column("round_id", Integer, ForeignKey("round.id"), primary_key=True),
    Column("federfuehrung", String(100), primary_key=True),
    Column("sent_on", Date, primary_key=True),  # the city's day, so a repeated run that day sends nothing
    Column("address", String(300), nullable=False),
    Column("sent_at", DateTime(timezone=True), nullable=False),
)

TABLES = (stand_table, file_table, version_table, round_table, confirmation_table, reminder_table)
