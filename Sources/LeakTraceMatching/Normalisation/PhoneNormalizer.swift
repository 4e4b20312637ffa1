/// Turns what leaked lists do to phone numbers back into something the index can look up.
///
/// Handles full-width digits, `+86`/`0086`/`86-` prefixes, a domestic trunk `0`, spaces (U+3000
/// included), dashes, brackets, masks of any length written with `*` `x` `X` `#` `＊` `?` or an
/// emoticon such as `(^_^)`, and virtual numbers with an extension (转, 分机, ext, `-`, `,`).
/// Landlines, short service numbers and anything else come back as `nil`.
///
/// ```swift
/// PhoneNormalizer.observe("＋８６ １３８－１２３４－５６７８")   // .full("13812345678")
/// PhoneNormalizer.observe("138(^_^)5678")                     // .masked(138****5678)
/// PhoneNormalizer.observe("010-12345678")                     // nil: a landline
/// PhoneNormalizer.observations(inText: "张三 电话：138 1234 5678 地址…")  // [.full("13812345678")]
/// ```
public enum PhoneNormalizer {
    /// Reads one field that should hold a single number and nothing else.
    public static func observe(_ text: String) -> PhoneObservation? {
        if let result = scan(text.unicodeScalars) { return result }
        // Spreadsheets export numbers as `13812345678.0`.
        if text.utf8.count > 2, text.utf8.last == 0x30, text.utf8.dropLast().last == 0x2E {
            return scan(text.unicodeScalars.dropLast(2))
        }
        return nil
    }

    /// Finds the numbers inside free text (chat lines, OCR, a whole row in one cell), in order.
    ///
    /// A run of digits longer than a phone number (an order id, a waybill) yields nothing, so
    /// numbers are never cut out of longer digit strings. Masked numbers need three visible digits.
    public static func observations(inText text: String) -> [PhoneObservation] {
        var found: [PhoneObservation] = []
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = ScalarClass.folded(scalars[i])
            guard ScalarClass.digit(s) != nil || s == "+" || s == "*" else {
                i = scalars.index(after: i)
                continue
            }
            // Digits glued to letters or digits before them belong to something else (`SF1234…`
            // is still read, since waybill prefixes are letters; `A12` units are too short to matter).
            var end = i
            var lastSymbol = i
            while end < scalars.endIndex, isSpanScalar(ScalarClass.folded(scalars[end])) {
                let f = ScalarClass.folded(scalars[end])
                if ScalarClass.digit(f) != nil || isMask(f) { lastSymbol = end }
                end = scalars.index(after: end)
            }
            let span = scalars[i...lastSymbol]
            readSpan(span, into: &found)
            i = end
        }
        return found
    }

    static func scan<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> PhoneObservation? {
        var scanner = PhoneScanner()
        for s in scalars {
            guard scanner.feed(s) else { return nil }
        }
        return scanner.finish()
    }

    /// The span as a whole first (so `+86 138 1234 5678` stays one number), then split at spaces
    /// and commas into the shortest runs of groups that each read as a number.
    private static func readSpan(_ span: Substring.UnicodeScalarView, into found: inout [PhoneObservation]) {
        if let whole = scan(span) {
            if acceptableInText(whole) { found.append(whole) }
            return
        }
        var groups: [Range<Substring.UnicodeScalarView.Index>] = []
        var start: Substring.UnicodeScalarView.Index?
        var i = span.startIndex
        while i < span.endIndex {
            let f = ScalarClass.folded(span[i])
            if ScalarClass.isSpace(f) || f == "," || f == "、" {
                if let s = start { groups.append(s..<i); start = nil }
            } else if start == nil {
                start = i
            }
            i = span.index(after: i)
        }
        if let s = start { groups.append(s..<span.endIndex) }
        guard groups.count > 1 else { return }
        var g = 0
        while g < groups.count {
            var matched = false
            for h in g..<min(groups.count, g + 6) {
                guard let observation = scan(span[groups[g].lowerBound..<groups[h].upperBound]) else { continue }
                if acceptableInText(observation) { found.append(observation) }
                g = h + 1
                matched = true
                break
            }
            if !matched { g += 1 }
        }
    }

    private static func acceptableInText(_ observation: PhoneObservation) -> Bool {
        if case .masked(let digits) = observation { return digits.visibleCount >= 3 }
        return true
    }

    private static func isMask(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2A, 0x78, 0x58, 0x23, 0xD7, 0x2217, 0x2731, 0x3F, 0x5E, 0x5F, 0x2022, 0x25CF, 0x2026: true
        default: false
        }
    }

    /// Scalars a number, its separators, its mask and its extension can be written with.
    private static func isSpanScalar(_ s: Unicode.Scalar) -> Bool {
        if ScalarClass.digit(s) != nil || isMask(s) || ScalarClass.isSpace(s) { return true }
        switch s.value {
        case 0x2D, 0x2010...0x2015, 0x2212, 0x2B, 0x28, 0x29, 0x5B, 0x5D, 0x3010, 0x3011, 0x2E,
            0x8F6C, 0x2C, 0x3001, 0x5206, 0x673A, 0x65, 0x45, 0x74, 0x54:
            return true
        default:
            return false
        }
    }
}
