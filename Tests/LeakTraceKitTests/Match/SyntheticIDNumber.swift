import Foundation

/// Resident ID numbers for tests, never a real person's: region code `9xxxxx` (no province starts
/// with 9), a date and a sequence, with the check character computed here independently of
/// `ResidentIDNumber` (weights as 2^(17−i) mod 11, check value (12 − sum mod 11) mod 11).
enum SyntheticIDNumber {
    static func make(region: Int, birth: String, sequence: Int) -> String {
        let body = "9" + String(format: "%05d", region % 100_000) + birth + String(format: "%03d", sequence % 1000)
        precondition(body.count == 17)
        var sum = 0
        for (i, character) in body.enumerated() {
            var weight = 1
            for _ in 0..<(17 - i) { weight = weight * 2 % 11 }
            sum += Int(String(character))! * weight
        }
        let check = (12 - sum % 11) % 11
        return body + (check == 10 ? "X" : String(check))
    }
}
