"""A logical dump of a diary: what the couple wrote, independent of row ids and file layout.

Used to prove that upgrades, backups, restores and JSON round-trips lose nothing.
"""

from __future__ import annotations

from sqlalchemy import Connection

_QUERIES = {
    "partner": "SELECT uuid, name, colour, position FROM partner ORDER BY position",
    "checkin": (
        "SELECT c.uuid, p.uuid, c.day, c.logged_at, c.stress, c.closeness, c.availability, c.note "
        "FROM checkin c JOIN partner p ON p.id = c.partner_id ORDER BY c.uuid"
    ),
    "checkin_tag": (
        "SELECT c.uuid, t.name FROM checkin_tag ct JOIN checkin c ON c.id = ct.checkin_id "
        "JOIN tag t ON t.id = ct.tag_id ORDER BY c.uuid, t.name"
    ),
    "tag": "SELECT name, archived FROM tag ORDER BY name",
    "life_event": "SELECT uuid, kind, title, starts_on, ends_on, note FROM life_event ORDER BY uuid",
    "bookmark": (
        "SELECT b.day, c.uuid FROM bookmark b LEFT JOIN checkin c ON c.id = b.checkin_id "
        "ORDER BY b.day, c.uuid"
    ),
    "setting": "SELECT key, value FROM setting ORDER BY key",
}


def logical_dump(conn: Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every table's content as sorted tuples, keyed by table name."""
    return {
        table: [tuple(r) for r in conn.exec_driver_sql(sql).fetchall()] for table, sql in _QUERIES.items()
    }
