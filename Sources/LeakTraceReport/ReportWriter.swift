import Foundation
import LeakTraceCore
import LeakTraceCrypto

/// Writes a signed evidence report: `report.html`, `report.json`, `report.jsonld`,
/// `signing-key.pub`, then `manifest.json` with the SHA-256 of each and `manifest.sig`, the
/// Ed25519 signature over the manifest's bytes.
///
/// The same findings and key give the same bytes in every file (Ed25519 signatures are
/// deterministic), so a report can be regenerated and compared with the one filed.
///
/// ```swift
/// let writer = ReportWriter(signingKey: registryKey)
/// let manifest = try writer.write(findings, language: .zh, to: URL(fileURLWithPath: "case-7/report"))
/// print(manifest.publicKeyFingerprint)
/// ```
public struct ReportWriter: Sendable {
    private let signingKey: Ed25519PrivateKey

    public init(signingKey: Ed25519PrivateKey) {
        self.signingKey = signingKey
    }

    /// Writes the report into `directory`, created if needed. Refuses a non-empty directory unless
    /// it holds only the files of a previous report of the same case, which are then replaced.
    @discardableResult
    public func write(_ findings: CaseFindings, language: ReportLanguage, to directory: URL) throws -> ReportManifest {
        try prepare(directory, caseName: findings.caseName)
        let publicKey = signingKey.publicKey
        let fingerprint = PublicKeyFile.fingerprint(of: publicKey)
        let document = ReportDocument(findings: findings, language: language, signingKeyFingerprint: fingerprint)

        let contents: [(ReportFile, Data)] = [
            (.html, Data(HTMLReportRenderer(document: document).render().utf8)),
            (.json, try JSONCoding.encoder().encode(document) + Data("\n".utf8)),
            (.jsonLD, try CaseJSONLDWriter(findings: findings).data() + Data("\n".utf8)),
            (.publicKey, Data(PublicKeyFile.pem(for: publicKey).utf8)),
        ]
        var hashes: [String: String] = [:]
        for (file, data) in contents {
            try write(data, file, in: directory)
            hashes[file.rawValue] = Digest.sha256Hex(data)
        }
        let manifest = ReportManifest(
            case: findings.caseName, generatedAt: findings.generatedAt, language: language,
            toolVersion: findings.toolVersion, registryFingerprint: findings.registryFingerprint,
            publicKeyFingerprint: fingerprint, files: hashes)
        let manifestData = try JSONCoding.encoder().encode(manifest) + Data("\n".utf8)
        let signature: [UInt8]
        do {
            signature = try signingKey.signature(for: manifestData)
        } catch {
            throw LeakTraceError.verification("\(directory.appendingPathComponent(ReportFile.signature.rawValue).path): signing failed: \(error)")
        }
        try write(manifestData, .manifest, in: directory)
        // The signature is written last: a report interrupted before this point does not verify.
        try write(Data(signature), .signature, in: directory)
        return manifest
    }

    private func write(_ data: Data, _ file: ReportFile, in directory: URL) throws {
        let url = directory.appendingPathComponent(file.rawValue)
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw LeakTraceError.unreadableFile(path: url.path, line: nil, reason: "cannot write: \(error.localizedDescription)")
        }
    }

    /// Creates the directory, or checks that what is there is a previous report of this case.
    private func prepare(_ directory: URL, caseName: String) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            do {
                try fm.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw LeakTraceError.invalidInput("\(directory.path): cannot create the report directory: \(error.localizedDescription)")
            }
            return
        }
        guard isDirectory.boolValue else {
            throw LeakTraceError.invalidInput("\(directory.path): exists and is not a directory")
        }
        let entries = try fm.contentsOfDirectory(atPath: directory.path)
        guard !entries.isEmpty else { return }
        let known = Set(ReportFile.allCases.map(\.rawValue))
        let strangers = entries.filter { !known.contains($0) }.sorted()
        let previous = try? JSONCoding.decoder().decode(
            ReportManifest.self, from: Data(contentsOf: directory.appendingPathComponent(ReportFile.manifest.rawValue)))
        guard strangers.isEmpty, let previous, previous.case == caseName else {
            let reason = !strangers.isEmpty
                ? "holds files that are not part of a report (\(strangers.prefix(3).joined(separator: ", ")))"
                : previous.map { "holds the report of another case ('\($0.case)')" } ?? "is not empty and holds no report manifest"
            throw LeakTraceError.invalidInput("\(directory.path): \(reason); choose an empty or new directory")
        }
    }
}
