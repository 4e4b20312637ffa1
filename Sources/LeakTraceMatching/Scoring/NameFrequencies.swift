import LeakTraceCorpus

/// How common a name, a surname and a given-name character are: the term frequencies behind the
/// name field's u, as Splink adjusts u per value. 王伟 agreeing is weaker evidence than 覃嘉怡.
///
/// The standard table comes from the corpus: surname shares (Faker's zh_CN weights, checked against
/// the Ministry of Public Security rankings) and given-name character counts (ngender). A full
/// name's share is surname × P(one or two given characters) × each character's share × 2; the
/// factor 2 stands for the correlation the independence assumption ignores (parents pick popular
/// characters for popular surnames, and popular pairs), so the estimate errs high, as every u here
/// does. 张伟 comes out at 2.9e-4; the
/// Ministry counted about 290,000 people so named among 1.4 billion (2e-4).
///
/// ```swift
/// let f = NameFrequencies.standard
/// f.surnameShare("王")          // 0.0717
/// f.fullNameShare("张伟")        // ≈ 2.9e-4
/// f.fullNameShare("覃嘉怡") < 1e-7   // true
/// ```
public struct NameFrequencies: Sendable {
    /// Share of the population by surname (欧阳 as one surname).
    let surnameShares: [String: Double]
    /// Share of given-name characters, per character.
    let characterShares: [UInt32: Double]
    /// Used for a surname or character the tables lack: no rarer than the rarest listed.
    let unlistedSurnameShare: Double
    let unlistedCharacterShare: Double

    /// Share of given names with one character (the rest have two), as `NameGenerator` draws them.
    public static let singleCharacterShare = 0.16
    /// How far a name (or a pair of visible characters) is assumed commoner than independent draws
    /// make it.
    public static let correlation = 2.0

    public static let standard = NameFrequencies(reference: .standard)

    public init(reference: ReferenceData) {
        var surnames: [String: Double] = [:]
        let total = reference.surnames.totalWeight
        for (i, surname) in reference.surnames.items.enumerated() {
            surnames[surname] = reference.surnames.share(at: i) * total / 100   // weights are percent
        }
        var characters: [Character: Double] = [:]
        for table in [reference.maleGivenCharacters, reference.femaleGivenCharacters] {
            for (i, c) in table.items.enumerated() {
                characters[Character(c), default: 0] += table.share(at: i) * table.totalWeight
            }
        }
        let count = characters.values.reduce(0, +)
        self.init(surnameShares: surnames, characterShares: characters.mapValues { $0 / count })
    }

    /// From shares counted anywhere else, such as the seized list itself. Shares are fractions.
    public init(surnameShares: [String: Double], characterShares: [Character: Double]) {
        self.surnameShares = surnameShares
        var byScalar: [UInt32: Double] = [:]
        for (c, share) in characterShares where c.unicodeScalars.count == 1 {
            byScalar[c.unicodeScalars.first!.value] = share
        }
        self.characterShares = byScalar
        unlistedSurnameShare = surnameShares.values.min() ?? 1e-4
        unlistedCharacterShare = byScalar.values.min() ?? 1e-6
    }

    public func surnameShare(_ surname: String) -> Double {
        surnameShares[surname] ?? unlistedSurnameShare
    }

    public func characterShare(_ character: Unicode.Scalar) -> Double {
        characterShares[character.value] ?? unlistedCharacterShare
    }

    /// The surname at the start of a name: a two-character one (欧阳) when listed, else the first.
    func surname(of name: [Unicode.Scalar]) -> (length: Int, share: Double) {
        if name.count >= 3 {
            var two = String.UnicodeScalarView()
            two.append(contentsOf: name[0..<2])
            if let share = surnameShares[String(two)] { return (2, share) }
        }
        guard let first = name.first else { return (0, 1) }
        return (1, surnameShares[String(Character(first))] ?? unlistedSurnameShare)
    }

    /// The chance an unrelated person has exactly this (normalised) name.
    public func fullNameShare(_ name: String) -> Double { fullNameShare(Array(name.unicodeScalars)) }

    func fullNameShare(_ name: [Unicode.Scalar]) -> Double {
        let (length, share) = surname(of: name)
        let given = name.count - length
        guard given >= 1 else { return share }
        var u = share * (given == 1 ? Self.singleCharacterShare : 1 - Self.singleCharacterShare)
        for c in name[length...] { u *= characterShare(c) }
        return min(1, u * Self.correlation)
    }

    /// The chance an unrelated person shows what a mask leaves visible: the surname's share if the
    /// surname is shown, times each other visible character's share.
    func maskedShare(_ masked: MaskedName) -> Double {
        var u = 1.0
        var others = 0
        for (i, p) in masked.positions.enumerated() {
            guard let p else { continue }
            if i == 0 {
                u *= surnameShares[String(Character(p))] ?? unlistedSurnameShare
            } else {
                u *= characterShare(p)
                others += 1
            }
        }
        return min(1, u * (others > 1 ? Self.correlation : 1))
    }
}
