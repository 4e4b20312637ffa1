/// The ENFSI (2015) verbal equivalents of a likelihood ratio.
///
/// ```swift
/// VerbalScale(log10LR: 14.2)  // .extremelyStrong
/// VerbalScale(log10LR: 0.9)   // .weak (LR ≈ 7.9)
/// ```
/// An LR below 1 supports the alternative proposition; the scale is then read on 1/LR.
public enum VerbalScale: String, Codable, Sendable, CaseIterable {
    case none = "no support"
    case weak
    case moderate
    case moderatelyStrong = "moderately strong"
    case strong
    case veryStrong = "very strong"
    case extremelyStrong = "extremely strong"

    public init(log10LR: Double) {
        let magnitude = abs(log10LR)
        switch magnitude {
        case ..<0.30103: self = .none          // LR < 2
        case ..<1: self = .weak                // 2–10
        case ..<2: self = .moderate            // 10–100
        case ..<3: self = .moderatelyStrong    // 100–1,000
        case ..<4: self = .strong              // 1,000–10,000
        case ..<6: self = .veryStrong          // 10,000–1,000,000
        default: self = .extremelyStrong       // above 1,000,000
        }
    }

    public var english: String { rawValue }

    public var chinese: String {
        switch self {
        case .none: "不支持"
        case .weak: "弱支持"
        case .moderate: "中等支持"
        case .moderatelyStrong: "较强支持"
        case .strong: "强支持"
        case .veryStrong: "很强支持"
        case .extremelyStrong: "极强支持"
        }
    }
}
