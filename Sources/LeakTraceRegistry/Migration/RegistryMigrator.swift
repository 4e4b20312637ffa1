import GRDB

/// The registry's schema, one migration per version. Migrations only ever add: a registry written by
/// an older LeakTrace opens in a newer one with nothing lost.
enum RegistryMigrator {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE registry_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE entity (
                    id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, position INTEGER NOT NULL);
                CREATE TABLE flow (
                    from_id TEXT NOT NULL REFERENCES entity(id), to_id TEXT NOT NULL REFERENCES entity(id),
                    copy INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL, PRIMARY KEY (from_id, to_id));
                CREATE TABLE plant (
                    id TEXT PRIMARY KEY NOT NULL, placement TEXT NOT NULL, planted_at TEXT NOT NULL,
                    recorded_at TEXT NOT NULL, count INTEGER NOT NULL, phone_origin TEXT NOT NULL,
                    operator TEXT NOT NULL, status TEXT NOT NULL, export_path TEXT, export_sha256 TEXT);
                CREATE TABLE canary (
                    id TEXT PRIMARY KEY NOT NULL, sequence INTEGER NOT NULL UNIQUE,
                    plant_id TEXT NOT NULL REFERENCES plant(id),
                    name TEXT NOT NULL, phone TEXT NOT NULL, address TEXT NOT NULL, order_json TEXT NOT NULL,
                    phone_origin TEXT NOT NULL, placement TEXT NOT NULL, visibility TEXT NOT NULL,
                    planted_at TEXT NOT NULL, masked_key TEXT NOT NULL UNIQUE, burned INTEGER NOT NULL DEFAULT 0);
                CREATE INDEX canary_phone ON canary(phone);
                CREATE INDEX canary_plant ON canary(plant_id);
                CREATE TABLE case_file (
                    name TEXT PRIMARY KEY NOT NULL, examiner TEXT NOT NULL, matched_at TEXT NOT NULL,
                    attribution_json TEXT NOT NULL, counts_json TEXT NOT NULL);
                CREATE TABLE evidence (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, case_name TEXT NOT NULL REFERENCES case_file(name) ON DELETE CASCADE,
                    position INTEGER NOT NULL, item_json TEXT NOT NULL, sha256 TEXT NOT NULL);
                CREATE TABLE hit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, case_name TEXT NOT NULL REFERENCES case_file(name) ON DELETE CASCADE,
                    position INTEGER NOT NULL, canary_id TEXT NOT NULL REFERENCES canary(id), hit_json TEXT NOT NULL);
                CREATE INDEX hit_case ON hit(case_name, position);
                CREATE TABLE audit_log (
                    seq INTEGER PRIMARY KEY NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
                    detail TEXT NOT NULL, prev_hash TEXT NOT NULL, entry_hash TEXT NOT NULL);
                """)
        }
        // Canary keys under every waybill mask (MaskView in LeakTraceGeneration), hashed to 64 bits.
        // `canary_view_key` keeps each view UNIQUE; `canary_near_key` finds look-alikes for the
        // two-edit distance check. Both are looked up by index, so a million canaries stay fast.
        migrator.registerMigration("v3-canary-view-keys") { db in
            try db.execute(sql: """
                CREATE TABLE canary_view_key (
                    hash INTEGER PRIMARY KEY NOT NULL, sequence INTEGER NOT NULL REFERENCES canary(sequence)) WITHOUT ROWID;
                CREATE INDEX canary_view_key_sequence ON canary_view_key(sequence);
                CREATE TABLE canary_near_key (
                    hash INTEGER NOT NULL, sequence INTEGER NOT NULL REFERENCES canary(sequence),
                    PRIMARY KEY (hash, sequence)) WITHOUT ROWID;
                """)
        }
        // Signed tree heads of the audit log's Merkle tree (RFC 9162), one per size the log was
        // sealed at; and which case's report disclosed each burned canary. `case_name` is not a
        // foreign key: re-matching a case replaces its rows, and the disclosure must outlive that.
        migrator.registerMigration("v2-audit-tree-heads-and-disclosures") { db in
            try db.execute(sql: """
                CREATE TABLE audit_tree_head (
                    tree_size INTEGER PRIMARY KEY NOT NULL, root_hash TEXT NOT NULL,
                    timestamp_ms INTEGER NOT NULL, signature TEXT NOT NULL);
                CREATE TABLE canary_disclosure (
                    canary_id TEXT NOT NULL REFERENCES canary(id), case_name TEXT NOT NULL, disclosed_at TEXT NOT NULL,
                    PRIMARY KEY (canary_id, case_name)) WITHOUT ROWID;
                """)
        }
        // Canaries sealed at rest (issue 7): the plaintext columns of a sealed row hold '' and the
        // fields live in `sealed` (AES-256-GCM); look-ups go through HMAC tags under a key derived
        // from the registry secret. Older plaintext rows are sealed the first time the registry is
        // opened with its key (`Registry.open(at:vault:)`), which needs no schema of its own.
        migrator.registerMigration("v4-sealed-canaries") { db in
            try db.execute(sql: """
                ALTER TABLE canary ADD COLUMN sealed BLOB;
                ALTER TABLE canary ADD COLUMN phone_tag TEXT;
                ALTER TABLE canary ADD COLUMN name_tag TEXT;
                ALTER TABLE canary ADD COLUMN address_tag TEXT;
                CREATE INDEX canary_phone_tag ON canary(phone_tag);
                """)
        }
        // Examiner copies (issue 7's roles): each canary sealed again under a key derived from each
        // of its blocking keys, filed under a keyed tag of that key, so an examiner's key opens a
        // canary only when a seized record shows one of its keys. Filled for older canaries the
        // first time the planter opens the registry.
        migrator.registerMigration("v5-examiner-copies") { db in
            try db.execute(sql: """
                CREATE TABLE canary_unlock (
                    tag TEXT NOT NULL, sequence INTEGER NOT NULL REFERENCES canary(sequence), sealed BLOB NOT NULL,
                    PRIMARY KEY (tag, sequence)) WITHOUT ROWID;
                CREATE INDEX canary_unlock_sequence ON canary_unlock(sequence);
                """)
        }
        // A sealed copy of every canary's person in sequence order, in chunks, so a planter's match
        // opens a million canaries in a few reads instead of a million (`Registry.canaryPeople`).
        // Valid only for the canary table's current generation, which triggers bump on every
        // change to `canary`, whoever makes it; a stale cache is rebuilt, never read.
        migrator.registerMigration("v6-canary-people-cache") { db in
            try db.execute(sql: """
                CREATE TABLE canary_people_cache (
                    chunk INTEGER PRIMARY KEY NOT NULL, generation INTEGER NOT NULL, count INTEGER NOT NULL, sealed BLOB NOT NULL);
                INSERT INTO registry_meta (key, value) VALUES ('canary_generation', '0') ON CONFLICT(key) DO NOTHING;
                CREATE TRIGGER canary_generation_insert AFTER INSERT ON canary BEGIN
                    UPDATE registry_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'canary_generation'; END;
                CREATE TRIGGER canary_generation_delete AFTER DELETE ON canary BEGIN
                    UPDATE registry_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'canary_generation'; END;
                CREATE TRIGGER canary_generation_update AFTER UPDATE ON canary BEGIN
                    UPDATE registry_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'canary_generation'; END;
                """)
        }
        return migrator
    }
}
