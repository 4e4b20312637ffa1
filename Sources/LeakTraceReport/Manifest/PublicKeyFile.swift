import Foundation
import LeakTraceCore
import LeakTraceCrypto

/// `signing-key.pub`: the Ed25519 public key as a PEM SubjectPublicKeyInfo (RFC 8410), the form
/// OpenSSL reads, so anyone can check a report without LeakTrace:
/// `openssl pkeyutl -verify -pubin -inkey signing-key.pub -rawin -in manifest.json -sigfile manifest.sig`.
///
/// ```swift
/// let pem = PublicKeyFile.pem(for: key.publicKey)
/// let back = try PublicKeyFile.publicKey(fromPEM: pem)
/// ```
public enum PublicKeyFile {
    /// DER prefix of an Ed25519 SubjectPublicKeyInfo: SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING (33 bytes) }.
    static let spkiPrefix: [UInt8] = [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00]

    public static func pem(for key: Ed25519PublicKey) -> String {
        let der = Data(spkiPrefix + key.rawRepresentation)
        return "-----BEGIN PUBLIC KEY-----\n\(der.base64EncodedString())\n-----END PUBLIC KEY-----\n"
    }

    public static func publicKey(fromPEM text: String) throws -> Ed25519PublicKey {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.first == "-----BEGIN PUBLIC KEY-----", lines.last == "-----END PUBLIC KEY-----",
              let der = Data(base64Encoded: lines.dropFirst().dropLast().joined()),
              der.count == spkiPrefix.count + 32, Array(der.prefix(spkiPrefix.count)) == spkiPrefix
        else {
            throw LeakTraceError.verification("\(ReportFile.publicKey.rawValue): not an Ed25519 public key in PEM form")
        }
        return try Ed25519PublicKey(rawRepresentation: Array(der.suffix(32)))
    }

    /// SHA-256 of the raw 32-byte key, the fingerprint printed in reports and manifests.
    public static func fingerprint(of key: Ed25519PublicKey) -> String {
        key.fingerprint
    }
}
