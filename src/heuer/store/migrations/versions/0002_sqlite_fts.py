"""SQLite full-text search (FTS5) over documents and statements, kept in sync by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-01

SQLite only: on other dialects this revision does nothing (search falls back to
LIKE there), and it is also skipped when the SQLite library lacks FTS5.

``statements_fts`` is an external-content table over ``statements`` keyed by its
INTEGER PRIMARY KEY. ``documents`` has a text primary key, so its implicit rowid
is not stable (VACUUM may renumber it); ``documents_fts_map`` gives each document
a stable integer key and ``documents_fts_content`` (a view) is the external
content of ``documents_fts``. Text is stored once, in ``documents``.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TOKENIZE = "unicode61 remove_diacritics 2"

UPGRADE = [
    # statements
    f"""CREATE VIRTUAL TABLE statements_fts USING fts5(
        content, speaker_name, sentence,
        content='statements', content_rowid='id', tokenize='{TOKENIZE}')""",
    """CREATE TRIGGER statements_fts_ai AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, content, speaker_name, sentence)
        VALUES (new.id, new.content, new.speaker_name, new.sentence);
    END""",
    """CREATE TRIGGER statements_fts_ad AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, content, speaker_name, sentence)
        VALUES ('delete', old.id, old.content, old.speaker_name, old.sentence);
    END""",
    """CREATE TRIGGER statements_fts_au AFTER UPDATE OF id, content, speaker_name, sentence ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, content, speaker_name, sentence)
        VALUES ('delete', old.id, old.content, old.speaker_name, old.sentence);
        INSERT INTO statements_fts(rowid, content, speaker_name, sentence)
        VALUES (new.id, new.content, new.speaker_name, new.sentence);
    END""",
    "INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')",
    # documents
    """CREATE TABLE documents_fts_map (
        fts_rowid INTEGER PRIMARY KEY,
        document_id VARCHAR(64) NOT NULL UNIQUE)""",
    """CREATE VIEW documents_fts_content AS
        SELECT m.fts_rowid AS fts_rowid, d.title AS title, d.text AS text
        FROM documents_fts_map AS m JOIN documents AS d ON d.id = m.document_id""",
    f"""CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text,
        content='documents_fts_content', content_rowid='fts_rowid', tokenize='{TOKENIZE}')""",
    """CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts_map(document_id) VALUES (new.id);
        INSERT INTO documents_fts(rowid, title, text)
        SELECT fts_rowid, new.title, new.text FROM documents_fts_map WHERE document_id = new.id;
    END""",
    """CREATE TRIGGER documents_fts_bd BEFORE DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        SELECT 'delete', fts_rowid, old.title, old.text FROM documents_fts_map WHERE document_id = old.id;
        DELETE FROM documents_fts_map WHERE document_id = old.id;
    END""",
    """CREATE TRIGGER documents_fts_au AFTER UPDATE OF id, title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        SELECT 'delete', fts_rowid, old.title, old.text FROM documents_fts_map WHERE document_id = old.id;
        UPDATE documents_fts_map SET document_id = new.id WHERE document_id = old.id;
        INSERT INTO documents_fts(rowid, title, text)
        SELECT fts_rowid, new.title, new.text FROM documents_fts_map WHERE document_id = new.id;
    END""",
    "INSERT INTO documents_fts_map(document_id) SELECT id FROM documents ORDER BY rowid",
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
]

DOWNGRADE = [
    "DROP TRIGGER IF EXISTS documents_fts_au",
    "DROP TRIGGER IF EXISTS documents_fts_bd",
    "DROP TRIGGER IF EXISTS documents_fts_ai",
    "DROP TABLE IF EXISTS documents_fts",
    "DROP VIEW IF EXISTS documents_fts_content",
    "DROP TABLE IF EXISTS documents_fts_map",
    "DROP TRIGGER IF EXISTS statements_fts_au",
    "DROP TRIGGER IF EXISTS statements_fts_ad",
    "DROP TRIGGER IF EXISTS statements_fts_ai",
    "DROP TABLE IF EXISTS statements_fts",
]


def _applies() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    return bool(bind.exec_driver_sql("SELECT sqlite_compileoption_used('ENABLE_FTS5')").scalar())


def upgrade() -> None:
    if _applies():
        for sql in UPGRADE:
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for sql in DOWNGRADE:
            op.execute(sql)
