/// A name with some characters hidden (`张*明`, `张**`, `*明`, or `张` + 先生).
///
/// Platforms disagree on how many `*` they print, so a single run of hidden characters may stand
/// for one to three real ones; with several runs every position must line up.
///
/// ```swift
/// let m = MaskedName(positions: ["张", nil, "明"])
/// m.isCompatible(with: "张小明")   // true
/// m.isCompatible(with: "张明")     // false: the hidden run needs at least one character
/// m.description                   // "张*明"
/// ```
public struct MaskedName: Hashable, Sendable, CustomStringConvertible {
    /// Each character, `nil` where hidden.
    public let positions: [Unicode.Scalar?]

    public init(positions: [Unicode.Scalar?]) {
        self.positions = positions
    }

    /// How many characters can be checked.
    public var visibleCount: Int { positions.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// Whether the first character (almost always the surname) is shown.
    public var showsSurname: Bool { positions.first.map { $0 != nil } ?? false }

    /// Whether a planted name (already normalised) could be behind this mask.
    public func isCompatible(with name: String) -> Bool {
        isCompatible(with: Array(name.unicodeScalars))
    }

    func isCompatible(with name: [Unicode.Scalar]) -> Bool {
        guard visibleCount > 0 else { return false }
        if name.count == positions.count {
            for (seen, planted) in zip(positions, name) where seen != nil && seen != planted { return false }
            return true
        }
        // One hidden run of another length: the head and the tail must sit at the two ends.
        guard let runStart = positions.firstIndex(where: { $0 == nil }),
            let runEnd = positions.lastIndex(where: { $0 == nil }),
            positions[runStart...runEnd].allSatisfy({ $0 == nil })
        else { return false }
        let head = runStart
        let tail = positions.count - 1 - runEnd
        let hidden = name.count - head - tail
        guard hidden >= 1, hidden <= 3 else { return false }
        for i in 0..<head where positions[i] != name[i] { return false }
        for i in 0..<tail where positions[positions.count - 1 - i] != name[name.count - 1 - i] { return false }
        return true
    }

    public var description: String {
        var out = String.UnicodeScalarView()
        for p in positions { out.append(p ?? "*") }
        return String(out)
    }
}
