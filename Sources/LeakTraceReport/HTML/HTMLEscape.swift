/// Escapes text for HTML. Every string that comes from evidence passes through here: seized rows
/// are written by the people under investigation and must be shown, never interpreted.
///
/// Besides the five markup characters, control characters and bidirectional overrides are made
/// visible as `⟨U+202E⟩`: a right-to-left override in a seized row could otherwise reorder what
/// the court reads without changing the bytes the hash covers.
///
/// ```swift
/// HTMLEscape.text("<script>alert(1)</script>")   // "&lt;script&gt;alert(1)&lt;/script&gt;"
/// ```
enum HTMLEscape {
    static func text(_ string: String) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if isHiddenControl(scalar) {
                    out += "⟨U+" + hex4(scalar.value) + "⟩"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    private static func isHiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true             // C0 and C1 controls (tab and LF handled above)
        case 0x200E, 0x200F, 0x061C: true                // directional marks
        case 0x202A...0x202E, 0x2066...0x2069: true      // bidi embeddings, overrides and isolates
        case 0xFEFF: true                                // a BOM inside a cell hides a mismatch
        default: false
        }
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
