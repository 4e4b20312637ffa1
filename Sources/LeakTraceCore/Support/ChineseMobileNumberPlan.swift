/// Mainland China's mobile numbering plan, as libphonenumber's metadata defines it (phonenumbers
/// 9.0.43, CN mobile pattern `1(?:610\d|740[0-5])\d{6}|1(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\d{8}`).
///
/// ```swift
/// ChineseMobileNumberPlan.isValid("13812345678")  // true
/// ChineseMobileNumberPlan.isValid("14912345678")  // false: 149 is missing from libphonenumber
/// ```
public enum ChineseMobileNumberPlan {
    /// Data-only SIM prefixes: valid, seen in leaks, never generated for a canary.
    public static let dataOnlyPrefixes: Set<String> = ["145", "147"]

    /// Prefixes not in libphonenumber that still appear in leaked lists (149 data SIMs).
    public static let unlistedButIssued: Set<String> = ["149"]

    /// Whether eleven ASCII digits form a valid mobile number.
    public static func isValid(_ digits: String) -> Bool {
        let bytes = Array(digits.utf8)
        guard bytes.count == 11, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), bytes[0] == 0x31 else { return false }
        let d = bytes.map { Int($0 - 0x30) }
        switch d[1] {
        case 3, 8: return true
        case 4: return d[2] == 5 || d[2] == 7
        case 5, 9: return d[2] != 4
        case 6:
            if [2, 5, 6, 7].contains(d[2]) { return true }
            return d[2] == 1 && d[3] == 0                      // 1610 only
        case 7:
            if [0, 1, 2, 3, 5, 6, 7, 8].contains(d[2]) { return true }
            return d[2] == 4 && d[3] == 0 && d[4] <= 5   // 17400–17405 only
        default: return false
        }
    }

    /// Whether the number's first three digits could begin a mobile number, including issued
    /// prefixes libphonenumber omits; used to read masked numbers, where only the head is visible.
    public static func isPlausiblePrefix(_ head: String) -> Bool {
        guard head.utf8.count == 3 else { return false }
        if unlistedButIssued.contains(head) { return true }
        return isValid(head + (head == "161" ? "0" : head == "174" ? "00" : "") + String(repeating: "0", count: head == "161" ? 7 : head == "174" ? 6 : 8))
    }
}
