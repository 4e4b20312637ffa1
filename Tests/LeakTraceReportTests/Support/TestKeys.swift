import LeakTraceCrypto

/// Fixed signing keys, so tests can compare bytes across runs.
enum TestKeys {
    static let signing = try! Ed25519PrivateKey(rawRepresentation: [UInt8](repeating: 0x11, count: 32))
    static let other = try! Ed25519PrivateKey(rawRepresentation: [UInt8](repeating: 0x22, count: 32))
}
