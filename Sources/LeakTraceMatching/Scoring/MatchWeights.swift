import Foundation
import LeakTraceCore

/// The m and u of every field and agreement level, the evidence threshold, and the rules a hit
/// must satisfy beyond it.
///
/// **m** is read conditionally on how the list presents a field: a masked list can at best show
/// a masked-compatible phone, so exact and masked share one m (the chance the canary's field
/// survived copying intact). **u** is the chance an unrelated record agrees at that level:
///
/// | Field, level | m | u | bits | why u |
/// |---|---|---|---|---|
/// | phone exact | 0.95 | 1e-9 | +29.8 | one number among ~1.7e9 issued |
/// | phone masked, v digits visible | 0.95 | 10^−(v−2) | +9.9 (3+2), +16.5 (3+4) | the leading 1 is certain and the ~50 prefixes count as one decimal digit |
/// | phone disagree | 0.05 | 0.9999 | −4.3 | |
/// | name exact | 0.9 | 1e-4 | +13.1 | the commonest full names (张伟) reach ~2e-4; most are far rarer |
/// | name masked | 0.9 | 0.05 for the surname × 0.02 per other visible character | +4.2 (张**), +9.8 (张*明) | 王 7.25 %, 张 6.83 %; the top given-name characters ~1–2 % |
/// | name disagree | 0.1 | 0.9999 | −3.3 | traditional characters and typos are not yet undone |
/// | address exact | 0.8 | 1e-8 | +26.3 | one household among ~5e8 |
/// | address masked (unit, room hidden) | 0.8 | 1e-6 | +19.6 | a building of ~100 households |
/// | address partial | 0.8 | 1e-4 | +13.0 | a compound or a stretch of road |
/// | address disagree | 0.2 | 0.9999 | −2.3 | abbreviations the comparer does not yet undo |
///
/// Every u errs high, so weights understate the evidence. The threshold, 32 bits, keeps every
/// accepted pattern's u_record at or below 1e-10 (the weakest: phone masked to four digits, name
/// exact, address partial): q ≈ 6e-5 per canary for a 619,109-row list, so a thousand canaries
/// expect about 0.06 chance hits. Issue 4 replaces the fixed name u with term frequencies from
/// the seized list itself.
///
/// Beyond the threshold: a masked phone never counts without the name or the address agreeing; a
/// full phone counts only if the name or address agrees (controlled pool numbers serve many
/// canaries), or, for a number that belongs to one canary only, if both are absent; without any
/// phone agreement both name and address must agree.
///
/// ```swift
/// var weights = MatchWeights.standard
/// weights.threshold = 36                                   // stricter
/// weights.chanceMatchProbability(listSize: 619_109)         // q for the weakest accepted pattern
/// ```
public struct MatchWeights: Hashable, Sendable {
    public var phoneExact = LevelProbabilities(m: 0.95, u: 1e-9)
    /// m of a masked-compatible phone; u comes from `maskedPhoneU(visibleDigits:)`.
    public var phoneMaskedM = 0.95
    /// u never rises above this, so a barely visible mask still weighs something positive.
    public var phoneMaskedMaximumU = 0.5
    public var phoneDisagree = LevelProbabilities(m: 0.05, u: 0.9999)

    public var nameExact = LevelProbabilities(m: 0.9, u: 1e-4)
    public var nameMaskedM = 0.9
    /// Chance an unrelated person shares the visible surname (the commonest, 王, is 7.25 %).
    public var nameSurnameU = 0.05
    /// Chance an unrelated person shares one visible given-name character at its place.
    public var nameCharacterU = 0.02
    public var nameDisagree = LevelProbabilities(m: 0.1, u: 0.9999)

    public var addressExact = LevelProbabilities(m: 0.8, u: 1e-8)
    public var addressMasked = LevelProbabilities(m: 0.8, u: 1e-6)
    public var addressPartial = LevelProbabilities(m: 0.8, u: 1e-4)
    public var addressDisagree = LevelProbabilities(m: 0.2, u: 0.9999)

    /// Minimum total weight, in bits, for a hit.
    public var threshold = 32.0

    public init() {}

    public static let standard = MatchWeights()

    // MARK: Field scores

    public func maskedPhoneU(visibleDigits v: Int) -> Double {
        min(phoneMaskedMaximumU, pow(10, -Double(v - 2)))
    }

    public func phoneScore(_ agreement: FieldAgreement, visibleDigits: Int = 11) -> FieldScore {
        switch agreement {
        case .exact: FieldScore(agreement: .exact, level: phoneExact)
        case .masked, .partial:
            FieldScore(
                agreement: agreement,
                level: LevelProbabilities(m: phoneMaskedM, u: maskedPhoneU(visibleDigits: visibleDigits)))
        case .disagree: FieldScore(agreement: .disagree, level: phoneDisagree)
        case .missing: .missing
        }
    }

    public func maskedNameU(showsSurname: Bool, otherVisible: Int) -> Double {
        (showsSurname ? nameSurnameU : 1) * pow(nameCharacterU, Double(otherVisible))
    }

    public func nameScore(_ agreement: FieldAgreement, showsSurname: Bool = true, otherVisible: Int = 0) -> FieldScore {
        switch agreement {
        case .exact: FieldScore(agreement: .exact, level: nameExact)
        case .masked, .partial:
            FieldScore(
                agreement: agreement,
                level: LevelProbabilities(
                    m: nameMaskedM, u: maskedNameU(showsSurname: showsSurname, otherVisible: otherVisible)))
        case .disagree: FieldScore(agreement: .disagree, level: nameDisagree)
        case .missing: .missing
        }
    }

    public func addressScore(_ agreement: FieldAgreement) -> FieldScore {
        switch agreement {
        case .exact: FieldScore(agreement: .exact, level: addressExact)
        case .masked: FieldScore(agreement: .masked, level: addressMasked)
        case .partial: FieldScore(agreement: .partial, level: addressPartial)
        case .disagree: FieldScore(agreement: .disagree, level: addressDisagree)
        case .missing: .missing
        }
    }

    // MARK: Decision

    /// Whether scored fields make a hit. `phoneShared`: the planted number serves several canaries.
    public func accepts(_ scores: FieldScores, phoneShared: Bool) -> Bool {
        guard scores.total >= threshold else { return false }
        let name = scores.name.agreement
        let address = scores.address.agreement
        let corroborated = name.agrees || address.agrees
        switch scores.phone.agreement {
        case .exact:
            return corroborated || (name == .missing && address == .missing && !phoneShared)
        case .masked, .partial:
            return corroborated
        case .disagree, .missing:
            return name.agrees && address.agrees
        }
    }
}
