/// A name written in pinyin (`Zhang Wei`, `ZHANG Wei`, `zhangwei`, `Wei Zhang`, `Lü Xin`), kept as
/// toneless lower-case letters (ü as `v`) in the orders the name may have been written in.
///
/// Matching goes through the readings of the planted name's characters (`PinyinReadings`), never
/// through a romanisation of the seen name, so every reading of a heteronym surname counts.
///
/// ```swift
/// let p = NameNormalizer.observePinyin("Wei ZHANG")!
/// p.orders         // ["weizhang", "zhangwei"]: as written, and surname-first
/// p.description    // "wei zhang"
/// ```
public struct PinyinName: Hashable, Sendable, CustomStringConvertible {
    /// Lower-case words as written.
    public let words: [String]

    public init(words: [String]) {
        self.words = words
    }

    /// The letters as written and, for two or more words, with the last word first (given name
    /// first is how Latin-script forms are often filled in).
    public var orders: [String] {
        let written = words.joined()
        guard words.count >= 2 else { return [written] }
        let surnameFirst = words.last! + words.dropLast().joined()
        return surnameFirst == written ? [written] : [written, surnameFirst]
    }

    public var description: String { words.joined(separator: " ") }
}
