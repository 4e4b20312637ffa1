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
/// | name exact | 0.9 | the name's own share (`NameFrequencies`), 1e-6 … 5e-4 | +11.6 (张伟) … +19.8 | term frequency: 张伟 ≈ 2.9e-4, rare names far less; never below 1e-6, never above the commonest |
/// | name masked | 0.9 | the visible surname's share × each other visible character's share, at most 0.0717 × 0.025 per character | +3.7 (王*) … +9 (覃*), more with a visible given character | 王 7.17 %, 张 6.74 % … 覃 0.18 %; the commonest given character (华) 1.6 % |
/// | name pinyin (`partial`) | 0.9 | 8 × the name's share | 3 bits under exact | zhang wei also spells 张威, 章伟, 张薇 …: about eight homophones per name |
/// | name disagree | 0.1 | 0.9999 | −3.3 | typos and nicknames remain |
/// | address exact | 0.8 | 1e-8 | +26.3 | one household among ~5e8 |
/// | address masked (unit, room hidden) | 0.8 | 1e-6 | +19.6 | a building of ~100 households |
/// | address partial | 0.8 | 1e-4 | +13.0 | a compound or a stretch of road |
/// | address disagree | 0.02 | 0.9999 | −5.6 | typos and OCR slips only: a canary's record never moves, and abbreviated, masked or truncated copies agree at a level above |
///
/// The agreement levels' m are conditional on how the list presents the field, so they and the
/// disagreement m need not sum to one. A disagreeing address weighs −5.6 bits so that a decoy sharing
/// a rare surname, a given character and seven visible phone digits but living elsewhere (16.5 +
/// 19.8 bits) stays below the threshold.
///
/// Every u errs high, so weights understate the evidence. The threshold, 32 bits, keeps every
/// accepted pattern's u_record at or below 2^−32 ≈ 2.3e-10 (the weakest: nine phone digits
/// visible, 王 and one given character visible, no address, 1.8e-10): q ≈ 1.1e-4 per canary for a
/// 619,109-row list, so a thousand canaries expect about 0.1 chance hits. The name's u is a term frequency (Splink's adjustment): the
/// matcher scores each canary with its own name's share from `NameFrequencies`, clamped between
/// `nameMinimumU` and the fixed u here, which stand for the commonest names and so bound the
/// weakest accepted pattern.
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

    /// u is the ceiling for the commonest names; each name's own share is used below it.
    public var nameExact = LevelProbabilities(m: 0.9, u: 5e-4)
    public var nameMaskedM = 0.9
    /// Chance an unrelated person shares the visible surname: the commonest, 王, at 7.17 %.
    public var nameSurnameU = 0.0717
    /// Chance an unrelated person shares one visible given-name character at its place (the
    /// commonest, 华, is 1.6 %; pairs are assumed twice as common as independent draws make them).
    public var nameCharacterU = 0.025
    /// Term frequencies are not believed below this: a name's share is an estimate from tables.
    public var nameMinimumU = 1e-6
    /// How many names one pinyin spelling stands for, roughly: zhang wei is 张伟, 张威, 章伟, 张薇 …
    public var namePinyinHomophones = 8.0
    public var nameDisagree = LevelProbabilities(m: 0.1, u: 0.9999)

    public var addressExact = LevelProbabilities(m: 0.8, u: 1e-8)
    public var addressMasked = LevelProbabilities(m: 0.8, u: 1e-6)
    public var addressPartial = LevelProbabilities(m: 0.8, u: 1e-4)
    public var addressDisagree = LevelProbabilities(m: 0.02, u: 0.9999)

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

    /// The worst case: the commonest names, as if no term frequency were known.
    public func nameScore(_ agreement: FieldAgreement, showsSurname: Bool = true, otherVisible: Int = 0) -> FieldScore {
        switch agreement {
        case .exact: FieldScore(agreement: .exact, level: nameExact)
        case .partial:
            FieldScore(agreement: .partial, level: LevelProbabilities(m: nameExact.m, u: min(1, nameExact.u * namePinyinHomophones)))
        case .masked:
            FieldScore(
                agreement: agreement,
                level: LevelProbabilities(
                    m: nameMaskedM, u: maskedNameU(showsSurname: showsSurname, otherVisible: otherVisible)))
        case .disagree: FieldScore(agreement: .disagree, level: nameDisagree)
        case .missing: .missing
        }
    }

    /// With the term frequency `share` of what agreed (`NameFrequencies`): the name's share for
    /// `.exact` and `.partial` (pinyin), the visible characters' share for `.masked`. Clamped to
    /// `nameMinimumU` below and to the worst case above.
    public func nameScore(_ agreement: FieldAgreement, termFrequency share: Double, showsSurname: Bool = true, otherVisible: Int = 0) -> FieldScore {
        let ceiling = nameScore(agreement, showsSurname: showsSurname, otherVisible: otherVisible)
        let u: Double
        switch agreement {
        case .exact: u = share
        case .partial: u = share * namePinyinHomophones
        case .masked: u = share
        case .disagree, .missing: return ceiling
        }
        let m = agreement == .masked ? nameMaskedM : nameExact.m
        return FieldScore(agreement: agreement, level: LevelProbabilities(m: m, u: min(ceiling.u, max(nameMinimumU, u))))
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
