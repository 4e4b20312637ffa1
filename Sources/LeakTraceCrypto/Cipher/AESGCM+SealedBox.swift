extension AESGCM {
    /// Nonce, ciphertext and tag kept together, with a single-blob form for a database column.
    ///
    /// Sealing through this type draws a fresh random nonce each time, which removes the one
    /// mistake that breaks GCM outright: reusing a nonce under the same key.
    ///
    /// ```swift
    /// let box = try AESGCM.seal(Array(canaryJSON.utf8), key: key, aad: Array(canaryID.utf8))
    /// store(box.combined)                                   // nonce ‖ ciphertext ‖ tag
    /// let plain = try AESGCM.open(AESGCM.SealedBox(combined: blob), key: key, aad: Array(canaryID.utf8))
    /// ```
    public struct SealedBox: Sendable, Hashable {
        public let nonce: [UInt8]
        public let ciphertext: [UInt8]
        public let tag: [UInt8]

        public init(nonce: [UInt8], ciphertext: [UInt8], tag: [UInt8]) {
            self.nonce = nonce
            self.ciphertext = ciphertext
            self.tag = tag
        }

        /// Splits `nonce ‖ ciphertext ‖ tag`.
        public init(combined: [UInt8]) throws {
            guard combined.count >= AESGCM.nonceLength + AESGCM.tagLength else {
                throw CryptoError("AES-256-GCM: sealed box is \(combined.count) bytes, shorter than nonce and tag")
            }
            nonce = Array(combined.prefix(AESGCM.nonceLength))
            ciphertext = Array(combined.dropFirst(AESGCM.nonceLength).dropLast(AESGCM.tagLength))
            tag = Array(combined.suffix(AESGCM.tagLength))
        }

        public var combined: [UInt8] {
            nonce + ciphertext + tag
        }
    }

    /// Seals under a fresh random 12-byte nonce.
    public static func seal(_ plaintext: [UInt8], key: [UInt8], aad: [UInt8]) throws -> SealedBox {
        let nonce = SecureRandom.bytes(nonceLength)
        let (ciphertext, tag) = try seal(plaintext, key: key, nonce: nonce, aad: aad)
        return SealedBox(nonce: nonce, ciphertext: ciphertext, tag: tag)
    }

    public static func open(_ box: SealedBox, key: [UInt8], aad: [UInt8]) throws -> [UInt8] {
        try open(box.ciphertext, tag: box.tag, key: key, nonce: box.nonce, aad: aad)
    }
}
