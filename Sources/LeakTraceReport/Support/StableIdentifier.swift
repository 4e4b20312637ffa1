import LeakTraceCrypto

/// UUID-shaped identifiers derived from content, so the same findings always give the same JSON-LD
/// `@id`s and two reports of one case can be merged in a graph store without duplicates.
///
/// The 122 free bits are the first bits of the SHA-256 of the parts. They are laid out as a
/// version 4 UUID because CASE/UCO's identifier check (`UcoThing-identifier-regex-shape`) accepts
/// versions 0–5 only; RFC 9562's version 8, meant for such hashes, draws a finding from
/// `case_validate`, and version 5 would need SHA-1. A hash output is as unpredictable as the
/// random bits version 4 expects, so the label is not misleading about collision odds.
///
/// ```swift
/// StableIdentifier.uuid("file", evidence.sha256, evidence.path)  // "3f1c…-…-8…-…"
/// ```
enum StableIdentifier {
    static func uuid(_ parts: String...) -> String { uuid(parts) }

    static func uuid(_ parts: [String]) -> String {
        // The unit separator cannot occur in the parts we hash (paths, hex, names), so
        // ("ab", "c") and ("a", "bc") never collide.
        let digest = Digest.sha256Hex(Array(parts.joined(separator: "\u{1F}").utf8))
        var hex = Array(digest.prefix(32))
        hex[12] = "4"                                            // version 4 layout
        let variant = Int(String(hex[16]), radix: 16)! & 0x3 | 0x8 // RFC 9562 variant 10xx
        hex[16] = Character(String(variant, radix: 16))
        let s = String(hex)
        let i = s.startIndex
        func part(_ a: Int, _ b: Int) -> Substring { s[s.index(i, offsetBy: a)..<s.index(i, offsetBy: b)] }
        return "\(part(0, 8))-\(part(8, 12))-\(part(12, 16))-\(part(16, 20))-\(part(20, 32))"
    }
}
