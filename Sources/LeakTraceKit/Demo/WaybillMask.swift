import LeakTraceCore

/// What a leak does to a record: GB/T 41833-2022 waybill masking, older `138****5678` masking, and
/// the reformatting brokers' spreadsheets apply.
///
/// ```swift
/// WaybillMask.name("张伟明")           // "张*明"
/// WaybillMask.phone("13812345678")     // "138******78"
/// WaybillMask.address("…5幢2单元301室") // "…5幢**"
/// ```
public enum WaybillMask {
    /// Hides the second character (the standard asks for at least one).
    public static func name(_ name: String) -> String {
        var characters = Array(name)
        guard characters.count >= 2 else { return name }
        characters[1] = "*"
        return String(characters)
    }

    /// GB/T 41833: six digits hidden, the first three and last two shown.
    public static func phone(_ phone: String) -> String {
        let digits = Array(phone)
        guard digits.count == 11 else { return phone }
        return String(digits[0..<3]) + "******" + String(digits[9..<11])
    }

    /// The 2017 privacy waybill: four middle digits hidden.
    public static func phoneLegacy(_ phone: String) -> String {
        let digits = Array(phone)
        guard digits.count == 11 else { return phone }
        return String(digits[0..<3]) + "****" + String(digits[7..<11])
    }

    /// Drops the unit and room (`2单元301室`, or a bare `301室`) and marks the cut with `**`.
    public static func address(_ address: String) -> String {
        var scalars = Array(address)
        func dropTrailing(_ suffix: String) -> Bool {
            let tail = Array(suffix)
            guard scalars.count > tail.count, Array(scalars.suffix(tail.count)) == tail else { return false }
            var end = scalars.count - tail.count
            var start = end
            while start > 0, scalars[start - 1].isASCII, scalars[start - 1].isNumber { start -= 1 }
            guard start < end else { return false }
            end = start
            scalars.removeSubrange(end...)
            return true
        }
        let droppedRoom = dropTrailing("室")
        let droppedUnit = dropTrailing("单元")
        guard droppedRoom || droppedUnit else { return address }
        return String(scalars) + "**"
    }

    /// A phone as a spreadsheet or a chat message might carry it.
    public static func reformatted(_ phone: String, style: Int) -> String {
        let d = Array(phone)
        guard d.count == 11 else { return phone }
        let a = String(d[0..<3]), b = String(d[3..<7]), c = String(d[7..<11])
        switch style % 4 {
        case 0: return "+86 \(a) \(b) \(c)"
        case 1: return "\(a)-\(b)-\(c)"
        case 2: return String(phone.unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
        default: return "0086\(phone)"
        }
    }
}
