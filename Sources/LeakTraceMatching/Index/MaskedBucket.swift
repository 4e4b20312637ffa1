/// Which visible digits of a masked number a look-up uses: the first 3 with the last 2 when both
/// show, else the last 4, else the first 7. One rule for `CanaryIndex` and `BlockingKeys`, so an
/// examiner's copies are filed under exactly the bucket the matcher searches.
///
/// ```swift
/// if case .masked(let m)? = PhoneNormalizer.observe("138****5678") { MaskedBucket(m) }   // .headTail(13878)
/// ```
enum MaskedBucket: Hashable {
    /// head3 × 100 + tail2
    case headTail(UInt32)
    case tail4(UInt32)
    case head7(UInt32)

    init?(_ m: MaskedDigits) {
        func number(_ range: Range<Int>) -> UInt32? {
            var value: UInt32 = 0
            for i in range {
                guard let d = m.digit(at: i) else { return nil }
                value = value * 10 + UInt32(d)
            }
            return value
        }
        if let head = number(0..<3), let tail = number(9..<11) {
            self = .headTail(head * 100 + tail)
        } else if let tail = number(7..<11) {
            self = .tail4(tail)
        } else if let head = number(0..<7) {
            self = .head7(head)
        } else {
            return nil
        }
    }

    /// The key within its table.
    var value: UInt64 {
        switch self {
        case .headTail(let key), .tail4(let key), .head7(let key): UInt64(key)
        }
    }
}
