/// The files of a report directory. `manifest.json` lists the hash of every other file except the
/// signature over it; the public key is listed too, so swapping it breaks a hash.
///
/// ```swift
/// directory.appendingPathComponent(ReportFile.manifest.rawValue)
/// ```
public enum ReportFile: String, CaseIterable, Sendable {
    case html = "report.html"
    case json = "report.json"
    case jsonLD = "report.jsonld"
    case publicKey = "signing-key.pub"
    case manifest = "manifest.json"
    case signature = "manifest.sig"

    /// The files whose SHA-256 the manifest records.
    public static let hashed: [ReportFile] = [.html, .json, .jsonLD, .publicKey]
}
