import Foundation
import LeakTraceCore
import LeakTraceCrypto

/// Checks a report directory: the Ed25519 signature over `manifest.json`, the SHA-256 of every
/// file it lists, and that nothing is missing or added. It reports every failure it finds, not
/// just the first, so an examiner learns at once which files were touched.
///
/// Without `expectedPublicKey` the key in `signing-key.pub` is used, which proves the files are as
/// the key holder signed them; pass the registry's key to prove who that holder is.
///
/// ```swift
/// let result = ReportVerifier.verify(directory: dir, expectedPublicKey: registryKey.publicKey)
/// guard result.ok else { throw LeakTraceError.verification(result.failures.joined(separator: "; ")) }
/// ```
public enum ReportVerifier {
    public static func verify(directory: URL, expectedPublicKey: Ed25519PublicKey? = nil) -> ReportVerification {
        var failures: [String] = []
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            return ReportVerification(ok: false, failures: ["\(directory.path): not a readable directory"], publicKeyFingerprint: "")
        }
        let present = Set(entries)
        func read(_ name: String) -> Data? {
            present.contains(name) ? try? Data(contentsOf: directory.appendingPathComponent(name)) : nil
        }
        for file in ReportFile.allCases where !present.contains(file.rawValue) {
            failures.append("\(file.rawValue): missing")
        }

        var fileKey: Ed25519PublicKey?
        if let pem = read(ReportFile.publicKey.rawValue) {
            fileKey = try? PublicKeyFile.publicKey(fromPEM: String(decoding: pem, as: UTF8.self))
            if fileKey == nil { failures.append("\(ReportFile.publicKey.rawValue): not an Ed25519 public key in PEM form") }
        }
        if let expectedPublicKey, let fileKey, fileKey.rawRepresentation != expectedPublicKey.rawRepresentation {
            failures.append("\(ReportFile.publicKey.rawValue): key \(PublicKeyFile.fingerprint(of: fileKey)) is not the expected key \(PublicKeyFile.fingerprint(of: expectedPublicKey))")
        }
        let key = expectedPublicKey ?? fileKey
        let fingerprint = key.map(PublicKeyFile.fingerprint(of:)) ?? ""

        let manifestData = read(ReportFile.manifest.rawValue)
        var manifest: ReportManifest?
        if let manifestData {
            manifest = try? JSONCoding.decoder().decode(ReportManifest.self, from: manifestData)
            if manifest == nil { failures.append("\(ReportFile.manifest.rawValue): not a valid report manifest") }
        }
        if let manifestData, let signature = read(ReportFile.signature.rawValue), let key {
            if !key.isValidSignature([UInt8](signature), for: manifestData) {
                failures.append("\(ReportFile.signature.rawValue): signature does not verify over \(ReportFile.manifest.rawValue) with key \(fingerprint)")
            }
        } else if present.contains(ReportFile.signature.rawValue) && key == nil {
            failures.append("\(ReportFile.signature.rawValue): cannot be checked without a public key")
        }

        guard let manifest else {
            return ReportVerification(ok: false, failures: failures, publicKeyFingerprint: fingerprint)
        }
        if !fingerprint.isEmpty && manifest.publicKeyFingerprint != fingerprint {
            failures.append("\(ReportFile.manifest.rawValue): names signing key \(manifest.publicKeyFingerprint), not \(fingerprint)")
        }
        for (name, expected) in manifest.files.sorted(by: { $0.key < $1.key }) {
            // A listed name must stay inside the directory, whatever the manifest says.
            guard !name.isEmpty, !name.contains("/"), name != ".", name != ".." else {
                failures.append("\(name): not a plain file name")
                continue
            }
            guard present.contains(name) else {
                if ReportFile(rawValue: name) == nil { failures.append("\(name): missing") }
                continue
            }
            guard let data = read(name) else {
                failures.append("\(name): cannot be read")
                continue
            }
            if Digest.sha256Hex(data) != expected.lowercased() {
                failures.append("\(name): SHA-256 does not match the manifest")
            }
        }
        let unsigned: Set<String> = [ReportFile.manifest.rawValue, ReportFile.signature.rawValue]
        for file in ReportFile.hashed where manifest.files[file.rawValue] == nil && present.contains(file.rawValue) {
            failures.append("\(file.rawValue): not listed in the manifest")
        }
        for name in entries.sorted() where manifest.files[name] == nil && !unsigned.contains(name) && ReportFile(rawValue: name) == nil {
            failures.append("\(name): not listed in the manifest")
        }
        return ReportVerification(ok: failures.isEmpty, failures: failures, publicKeyFingerprint: fingerprint)
    }
}
