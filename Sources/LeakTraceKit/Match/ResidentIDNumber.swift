/// Recognises a Chinese resident identity number (GB 11643-1999) in a cell: 17 digits and a check
/// character (`0`–`9` or `X`), with the ISO 7064 MOD 11-2 check digit and a birth date that exists.
///
/// ```swift
/// ResidentIDNumber.isValid(Array("11010519491231002X".utf8))      // true: check digit and date agree
/// ResidentIDNumber.contains(Array("身份证：11010519491231002X".utf8))  // true
/// ```
/// Only validated numbers count: an 18-digit order number passes the check digit one time in
/// eleven, and the date test removes most of those. A masked ID number (`1101**********1234`)
/// cannot be validated and is not counted.
public enum ResidentIDNumber {
    static let weights: [Int] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// Check character for `sum % 11`.
    static let checkCharacters: [UInt8] = Array("10X98765432".utf8)

    /// The check character (`0`–`9`, `X`) of the first 17 digits, nil when they are not 17 digits.
    public static func checkCharacter<C: Collection<UInt8>>(of first17: C) -> UInt8? {
        guard first17.count == 17 else { return nil }
        var sum = 0
        for (byte, weight) in zip(first17, weights) {
            let digit = byte &- 0x30
            guard digit < 10 else { return nil }
            sum += Int(digit) * weight
        }
        return checkCharacters[sum % 11]
    }

    /// Whether the 18 bytes are a valid resident ID number (region code's first digit 1–9, real
    /// birth date from 1900 on, right check character; a lowercase `x` accepted).
    public static func isValid<C: Collection<UInt8>>(_ bytes: C) -> Bool where C.Index == Int {
        guard bytes.count == 18 else { return false }
        let start = bytes.startIndex
        guard bytes[start] >= 0x31, bytes[start] <= 0x39 else { return false }
        guard let check = checkCharacter(of: bytes[start..<start + 17]) else { return false }
        let last = bytes[start + 17] == 0x78 ? 0x58 : bytes[start + 17]
        guard last == check else { return false }
        func number(_ offset: Int, _ length: Int) -> Int {
            bytes[(start + offset)..<(start + offset + length)].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
        }
        let year = number(6, 4), month = number(10, 2), day = number(12, 2)
        guard (1900...2099).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    /// Whether the text holds a valid ID number as a run of exactly 18 digits/`X` bounded by anything
    /// else (so `身份证号：…` counts, and a longer run of digits does not). Allocates nothing: it runs
    /// on every other cell of every counted row.
    public static func contains<C: Collection<UInt8>>(_ text: C) -> Bool where C.Index == Int {
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if !((byte &- 0x30) < 10 || byte == 0x58 || byte == 0x78) {
                if index - start == 18, isValid(text[start..<index]) { return true }
                start = index + 1
            }
            index += 1
        }
        return text.endIndex - start == 18 && isValid(text[start..<text.endIndex])
    }
}
