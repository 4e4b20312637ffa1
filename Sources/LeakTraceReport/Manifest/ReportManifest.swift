import Foundation
import LeakTraceCore

/// `manifest.json`: the SHA-256 of every file in a report directory, and what the report is.
/// The Ed25519 signature in `manifest.sig` covers these exact bytes.
///
/// ```swift
/// let manifest = try ReportWriter(signingKey: key).write(findings, language: .zh, to: dir)
/// manifest.files["report.html"]   // "9f86d081…"
/// ```
public struct ReportManifest: Codable, Hashable, Sendable {
    public static let currentFormat = "leaktrace-report-manifest/1"

    public var format: String
    public var `case`: String
    public var generatedAt: Date
    public var language: ReportLanguage
    public var tool: String
    public var toolVersion: String
    public var registryFingerprint: String
    /// SHA-256 of the raw Ed25519 public key in `signing-key.pub`.
    public var publicKeyFingerprint: String
    public var hashAlgorithm: String
    public var signatureAlgorithm: String
    /// File name → lower-case hex SHA-256. Encoded with sorted keys, so in name order.
    public var files: [String: String]

    public init(
        case caseName: String, generatedAt: Date, language: ReportLanguage, toolVersion: String,
        registryFingerprint: String, publicKeyFingerprint: String, files: [String: String]
    ) {
        self.format = Self.currentFormat
        self.case = caseName
        self.generatedAt = generatedAt
        self.language = language
        self.tool = LeakTraceVersion.toolName
        self.toolVersion = toolVersion
        self.registryFingerprint = registryFingerprint
        self.publicKeyFingerprint = publicKeyFingerprint
        self.hashAlgorithm = "SHA-256"
        self.signatureAlgorithm = "Ed25519"
        self.files = files
    }

    enum CodingKeys: String, CodingKey {
        case format, `case`, language, tool, files
        case generatedAt = "generated_at"
        case toolVersion = "tool_version"
        case registryFingerprint = "registry_fingerprint"
        case publicKeyFingerprint = "public_key_fingerprint"
        case hashAlgorithm = "hash_algorithm"
        case signatureAlgorithm = "signature_algorithm"
    }
}
