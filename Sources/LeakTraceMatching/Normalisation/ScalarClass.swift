/// How the normalisers read one Unicode scalar, decided without allocating and without NFKC for
/// the characters leaked lists actually contain (full-width digits and punctuation, U+3000).
///
/// ```swift
/// ScalarClass.digit("９")       // 9
/// ScalarClass.folded("Ａ")      // "A"
/// ScalarClass.isHan("张")       // true
/// ```
enum ScalarClass {
    /// The decimal value of an ASCII or full-width digit.
    @inline(__always)
    static func digit(_ s: Unicode.Scalar) -> UInt8? {
        let v = s.value
        if v >= 0x30 && v <= 0x39 { return UInt8(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return UInt8(v - 0xFF10) }
        return nil
    }

    /// Full-width ASCII (U+FF01–FF5E) and the ideographic space folded to ASCII, as NFKC would;
    /// everything else unchanged. Covers what GBK exports and Chinese input methods produce.
    @inline(__always)
    static func folded(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v >= 0xFF01 && v <= 0xFF5E { return Unicode.Scalar(v - 0xFEE0)! }
        if v == 0x3000 || v == 0x00A0 { return " " }
        return s
    }

    /// A CJK ideograph (unified, extension A and the supplementary-plane extensions).
    @inline(__always)
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x3134F)
            || (v >= 0xF900 && v <= 0xFAFF)
    }

    /// White space of any width, including U+3000 and no-break space.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x3000, 0x2002...0x200B, 0xFEFF: true
        default: false
        }
    }

    /// A character that stands for a hidden character in names and addresses (`*`, `＊`, `×`, `?`).
    @inline(__always)
    static func isTextMask(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2A, 0xFF0A, 0xD7, 0x2217, 0x2731, 0x3F, 0xFF1F: true
        default: false
        }
    }
}
