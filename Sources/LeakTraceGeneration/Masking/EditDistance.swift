/// Whether two texts are at most one edit apart (one character replaced, inserted or deleted).
///
/// Canaries are kept at least two edits apart under the coarsest mask, so that one typo made while
/// re-keying a leaked list never turns one canary into another. A full Levenshtein table is not
/// needed for that question: one pass over both texts answers it.
///
/// ```swift
/// EditDistance.isWithinOne("翠苑新村5幢", "翠苑新村6幢")   // true
/// EditDistance.isWithinOne("翠苑新村5幢", "翠苑新村16幢")  // true
/// EditDistance.isWithinOne("翠苑新村5幢", "翠园新村6幢")   // false
/// ```
public enum EditDistance {
    public static func isWithinOne(_ a: String, _ b: String) -> Bool {
        isWithinOne(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    public static func isWithinOne(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        if i == short.count { return true }
        if short.count == long.count {
            // One replacement at i: the rest must agree.
            return short[(i + 1)...] == long[(i + 1)...]
        }
        // One insertion in the longer text at i.
        return short[i...] == long[(i + 1)...]
    }
}
