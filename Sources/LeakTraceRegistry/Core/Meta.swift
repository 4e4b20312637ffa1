import GRDB

/// Key–value facts about the registry itself (its id, public key, creation time).
enum Meta {
    enum Key: String {
        case registryID = "registry_id"
        case publicKey = "public_key"
        case createdAt = "created_at"
        case pipelineName = "pipeline_name"
        /// `CanaryVault.checkValue` of the key the canaries are sealed under; absent while plaintext.
        case canaryVaultCheck = "canary_vault_check"
        /// `CanaryVault.examinerCheckValue`: recognises an examiner's key without the planter's.
        case examinerVaultCheck = "examiner_vault_check"
        /// "1" once every canary has its examiner copies in `canary_unlock`.
        case examinerCopiesComplete = "examiner_copies_complete"
        /// Bumped by triggers on every insert, update and delete in `canary` (migration v6).
        case canaryGeneration = "canary_generation"
    }

    static func set(_ key: Key, _ value: String, in db: Database) throws {
        try db.execute(sql: "INSERT INTO registry_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       arguments: [key.rawValue, value])
    }

    static func get(_ key: Key, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM registry_meta WHERE key = ?", arguments: [key.rawValue])
    }
}
