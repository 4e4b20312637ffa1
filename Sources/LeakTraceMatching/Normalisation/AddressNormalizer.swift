import Foundation

/// Brings a delivery address to one written form, and compares a seen address with a planted one
/// part by part (see `AddressParser` and `compare(seen:planted:)`).
///
/// Normalising applies NFKC where compatibility characters occur (full-width digits and letters,
/// Kangxi radicals from OCR, circled numbers), folds traditional characters to simplified ones,
/// drops spaces and punctuation but keeps `-` and `#` (3-2-301, 3#楼), upper-cases Latin letters,
/// writes every mask character as `*`, and rewrites Chinese numerals before an address marker as
/// digits (三单元 → 3单元, 二〇一室 → 201室).
///
/// ```swift
/// AddressNormalizer.normalize("浙江省 杭州市（西湖区）文三路１００号")  // "浙江省杭州市西湖区文三路100号"
/// AddressNormalizer.normalize("華星花園三棟二單元")                     // "华星花园3栋2单元"
/// AddressNormalizer.compare(seen: "杭州市西湖区文三路100号华星花园3栋**",
///                           planted: "浙江省杭州市西湖区文三路100号华星花园3栋2单元601室")  // .masked
/// ```
public enum AddressNormalizer {
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in normalizedScalars(text) { out.append(s) }
        return String(out)
    }

    static func normalizedScalars(_ text: String) -> [Unicode.Scalar] {
        var source = text
        if text.unicodeScalars.contains(where: needsCompatibilityMapping) {
            source = text.precomposedStringWithCompatibilityMapping
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(source.unicodeScalars.count)
        for raw in source.unicodeScalars {
            let s = ScalarClass.folded(raw)
            if ScalarClass.isSpace(s) { continue }
            if ScalarClass.isTextMask(s) {
                out.append("*")
                continue
            }
            let v = s.value
            if v < 0x80 {
                if (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || v == 0x2D || v == 0x23 { out.append(s); continue }
                if v >= 0x61 && v <= 0x7A { out.append(Unicode.Scalar(v - 0x20)!); continue }
                continue   // other ASCII punctuation and controls
            }
            if v == 0x3007 { out.append(s); continue }                      // 〇 is a numeral
            if (0x2010...0x2015).contains(v) || v == 0x2212 { out.append("-"); continue }   // dashes of every width
            if (0x3000...0x303F).contains(v) || (0x2010...0x205E).contains(v) || (0xFE30...0xFE4F).contains(v)
                || v == 0xB7 || v == 0x30FB
            {
                continue   // CJK and general punctuation
            }
            out.append(ScriptFolding.simplified(s))
        }
        ChineseNumerals.rewrite(&out)
        return out
    }

    private static func needsCompatibilityMapping(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2460...0x24FF, 0x2F00...0x2FDF, 0x3200...0x33FF, 0xF900...0xFAFF, 0xFE30...0xFE6F, 0xFF5F...0xFFEF:
            true
        default:
            false
        }
    }

    /// Words that make a cell look like an address, so a free-text row without one can be told
    /// from a row whose address differs.
    static let addressWords: [[Unicode.Scalar]] = [
        "省", "市", "区", "县", "镇", "乡", "村", "路", "街", "道", "号", "弄", "巷", "栋", "幢", "楼", "单元", "室",
        "小区", "花园", "苑", "大厦",
    ].map { Array($0.unicodeScalars) }

    /// Whether a text carries at least two address words and a few characters around them.
    public static func looksLikeAddress(_ text: String) -> Bool {
        let scalars = normalizedScalars(text)
        guard scalars.count >= 6 else { return false }
        var hits = 0
        for word in addressWords where scalars.firstRange(of: word) != nil {
            hits += 1
            if hits >= 2 { return true }
        }
        return false
    }
}
