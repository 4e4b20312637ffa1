/// What a phone-like field says: a full number, a masked one, or a virtual number with an extension.
///
/// Virtual numbers (Taobao's order-number protection, 2022 on) are kept apart: the eleven digits
/// belong to the platform, not to the buyer, so they must never match a planted number.
///
/// ```swift
/// PhoneNormalizer.observe("+86 138-1234-5678")   // .full("13812345678")
/// PhoneNormalizer.observe("138****5678")         // .masked(MaskedDigits("138****5678")!)
/// PhoneNormalizer.observe("17012345678转1234")   // .virtual(number: "17012345678", extension: "1234")
/// ```
public enum PhoneObservation: Hashable, Sendable, CustomStringConvertible {
    /// Eleven ASCII digits.
    case full(String)
    /// Eleven positions, some hidden.
    case masked(MaskedDigits)
    /// A platform's virtual number (digits, or a masked pattern with `*`) and its extension digits.
    case virtual(number: String, extension: String)

    /// The text the observation stands for, normalised (`138****5678`, `17012345678转1234`).
    public var description: String {
        switch self {
        case .full(let digits): digits
        case .masked(let masked): masked.description
        case .virtual(let number, let ext): number + "转" + ext
        }
    }
}
