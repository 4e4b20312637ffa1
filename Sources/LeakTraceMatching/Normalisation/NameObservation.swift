/// What a name field says: the whole name, or a masked one.
///
/// ```swift
/// NameNormalizer.observe("张小明 先生")   // .full("张小明")
/// NameNormalizer.observe("张*明")        // .masked(MaskedName(positions: ["张", nil, "明"]))
/// ```
public enum NameObservation: Hashable, Sendable, CustomStringConvertible {
    case full(String)
    case masked(MaskedName)

    public var description: String {
        switch self {
        case .full(let name): name
        case .masked(let masked): masked.description
        }
    }
}

extension NameObservation {
    /// Characters and hidden positions together.
    var positionCount: Int {
        switch self {
        case .full(let name): name.unicodeScalars.count
        case .masked(let masked): masked.positions.count
        }
    }
}
