/// Reads one phone-like field scalar by scalar into at most 32 symbols held inline, then decides
/// what the field says. No `Regex`, no heap allocation until a result string is made (and eleven
/// ASCII digits fit Swift's small-string storage, so `.full` allocates nothing either).
///
/// ```swift
/// var scanner = PhoneScanner()
/// for s in "+86 138 1234 5678".unicodeScalars { guard scanner.feed(s) else { break } }
/// scanner.finish()   // .full("13812345678")
/// ```
struct PhoneScanner {
    /// 0–9: a digit; `maskSymbol`: a hidden position.
    private var symbols = SIMD32<UInt8>()
    private(set) var count = 0
    /// Bit k: a separator came just before symbol k.
    private var boundaries: UInt32 = 0
    /// Bit k: that separator was a dash, the only one that may start an unmarked extension.
    private var dashBoundaries: UInt32 = 0
    private var pendingBoundary = false
    private var pendingDash = false
    private var plus = false
    /// Where an explicit extension marker (转, 分机, ext, comma) put the extension.
    private var extensionStart: Int?
    /// Progress through a two- or three-scalar marker: 1 after 分, 2 after e, 3 after ex.
    private var marker: UInt8 = 0
    private(set) var digitCount = 0

    static let maskSymbol: UInt8 = 10
    static let capacity = 32

    init() {}

    /// Takes one scalar; `false` means the field is not a phone (an unexpected character or too long).
    mutating func feed(_ raw: Unicode.Scalar) -> Bool {
        let s = ScalarClass.folded(raw)
        if marker != 0 { return continueMarker(s) }
        if let d = ScalarClass.digit(s) {
            digitCount += 1
            return append(d)
        }
        switch s.value {
        case 0x2A, 0x78, 0x58, 0x23, 0xD7, 0x2217, 0x2731, 0x3F, 0x5E, 0x5F, 0x2022, 0x25CF, 0x2026:
            // * x X # × ∗ ✱ ? ^ _ • ● …: a hidden digit (`(^_^)` reads as a run of three)
            guard extensionStart == nil else { return false }
            return append(PhoneScanner.maskSymbol)
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
            pendingBoundary = true
            pendingDash = true
            return true
        case 0x2B:
            if count == 0 { plus = true }
            pendingBoundary = true
            return true
        case 0x28, 0x29, 0x5B, 0x5D, 0x3010, 0x3011, 0x2E:
            pendingBoundary = true
            return true
        case 0x8F6C, 0x2C, 0x3001:   // 转 , 、
            return beginExtension()
        case 0x5206:                 // 分(机)
            marker = 1
            return true
        case 0x65, 0x45:             // e(xt)
            marker = 2
            return true
        default:
            if ScalarClass.isSpace(s) {
                pendingBoundary = true
                return true
            }
            return false
        }
    }

    private mutating func continueMarker(_ s: Unicode.Scalar) -> Bool {
        switch (marker, s.value) {
        case (1, 0x673A):                 // 机
            marker = 0
            return beginExtension()
        case (2, 0x78), (2, 0x58):        // x
            marker = 3
            return true
        case (3, 0x74), (3, 0x54):        // t
            marker = 0
            return beginExtension()
        default:
            return false
        }
    }

    private mutating func beginExtension() -> Bool {
        // `17012345678,,1234`: a dialler waits at each comma, so separators may repeat.
        if let start = extensionStart, start == count { return true }
        guard extensionStart == nil, count > 0 else { return false }
        extensionStart = count
        pendingBoundary = true
        return true
    }

    private mutating func append(_ symbol: UInt8) -> Bool {
        guard count < PhoneScanner.capacity else { return false }
        if pendingBoundary && count > 0 {
            boundaries |= 1 << UInt32(count)
            if pendingDash { dashBoundaries |= 1 << UInt32(count) }
        }
        pendingBoundary = false
        pendingDash = false
        symbols[count] = symbol
        count += 1
        return true
    }

    private func isDigit(_ i: Int, _ value: UInt8) -> Bool { symbols[i] == value }

    /// What the fed scalars say, or `nil` when they are not a mobile number.
    func finish() -> PhoneObservation? {
        guard marker == 0, count > 0 else { return nil }
        let mainEnd = extensionStart ?? count
        if let start = extensionStart, !(1...6).contains(count - start) { return nil }

        // +86 / 0086 / 86 / a domestic trunk 0, only where a mobile number's leading 1 follows.
        var p = 0
        if plus {
            guard mainEnd > 2, isDigit(0, 8), isDigit(1, 6) else { return nil }
            p = 2
        } else if mainEnd > 4, isDigit(0, 0), isDigit(1, 0), isDigit(2, 8), isDigit(3, 6), isDigit(4, 1) {
            p = 4
        } else if mainEnd > 2, isDigit(0, 8), isDigit(1, 6), isDigit(2, 1) {
            p = 2
        } else if mainEnd == 12, isDigit(0, 0), isDigit(1, 1) {
            p = 1
        }

        var end = mainEnd
        var extStart = extensionStart
        // An unmarked extension: exactly eleven symbols, a dash, then one to six digits.
        if extStart == nil, end - p > 11, dashBoundaries & (1 << UInt32(p + 11)) != 0, (1...6).contains(end - p - 11) {
            extStart = p + 11
            end = p + 11
        }
        if let start = extStart {
            for i in start..<count where symbols[i] == PhoneScanner.maskSymbol { return nil }
            guard end - p == 11, symbols[p] == 1 else { return nil }
            return .virtual(number: text(p..<end), extension: text(start..<count))
        }

        let n = end - p
        var masks = 0
        for i in p..<end where symbols[i] == PhoneScanner.maskSymbol { masks += 1 }
        if masks == 0 {
            guard n == 11, symbols[p] == 1, (3...9).contains(symbols[p + 1]) else { return nil }
            return .full(text(p..<end))
        }
        if n == 11 {
            var positions = [UInt8?](repeating: nil, count: 11)
            for i in 0..<11 where symbols[p + i] != PhoneScanner.maskSymbol { positions[i] = symbols[p + i] }
            return masked(positions)
        }
        // A mask run of another length (`138***5678`, `(^_^)`): head and tail digits keep their places.
        var head = 0
        while p + head < end, symbols[p + head] != PhoneScanner.maskSymbol { head += 1 }
        var tail = 0
        while end - 1 - tail >= p, symbols[end - 1 - tail] != PhoneScanner.maskSymbol { tail += 1 }
        guard head + masks + tail == n, head >= 1, head + tail >= 3, head + tail <= 10 else { return nil }
        var positions = [UInt8?](repeating: nil, count: 11)
        for i in 0..<head { positions[i] = symbols[p + i] }
        for i in 0..<tail { positions[10 - i] = symbols[end - 1 - i] }
        return masked(positions)
    }

    private func masked(_ positions: [UInt8?]) -> PhoneObservation? {
        if let first = positions[0], first != 1 { return nil }
        if let second = positions[1], !(3...9).contains(second) { return nil }
        guard let digits = MaskedDigits(positions: positions), digits.visibleCount > 0 else { return nil }
        return .masked(digits)
    }

    private func text(_ range: Range<Int>) -> String {
        var out = ""
        for i in range {
            let s = symbols[i]
            out.unicodeScalars.append(s == PhoneScanner.maskSymbol ? "*" : Unicode.Scalar(0x30 + UInt32(s))!)
        }
        return out
    }
}
