import LeakTraceCore
import LeakTraceCorpus

/// Draws Chinese personal names: a surname by its population share, then one or two given-name
/// characters drawn by sex from their observed frequencies.
///
/// ```swift
/// let names = NameGenerator()
/// var rng = DeterministicRandom(seed: 42)
/// names.generate(using: &rng)   // e.g. "陈志华"
/// ```
public struct NameGenerator: Sendable {
    /// Share of given names with a single character. Two-character names dominate among adults who
    /// shop online; one-character names were common for those born before the 1990s.
    public static let singleCharacterShare = 0.16

    private let surnames: WeightedTable<String>
    private let male: WeightedTable<String>
    private let female: WeightedTable<String>

    public init(reference: ReferenceData = .standard) {
        surnames = reference.surnames
        male = reference.maleGivenCharacters
        female = reference.femaleGivenCharacters
    }

    public func generate(using rng: inout DeterministicRandom) -> String {
        let surname = surnames.draw(using: &rng)
        let characters = rng.chance(0.5) ? male : female
        var name = surname + characters.draw(using: &rng)
        if !rng.chance(Self.singleCharacterShare) {
            name += characters.draw(using: &rng)
        }
        return name
    }
}
