import LeakTraceCore
import LeakTraceCorpus

/// Each division written after those enclosing it, in full (浙江省杭州市西湖区), as a planted
/// address begins, with the divisions `AddressParser` reads from any text that starts so.
///
/// ```swift
/// DivisionChains.standard.regions(startingWith: "浙江省杭州市西湖区文三路100号")   // [西湖区]
/// DivisionChains.standard.regions(startingWith: "浙江杭州西湖区")                 // nil: not written in full
/// ```
/// Found by hashing the text's first bytes, a probe at each length a chain has: about a tenth of
/// reading the names one by one, for each of a million planted addresses an index files.
///
/// Why it is exact: a chain is kept only if `AddressParser.readRegion` reads it, alone, as names
/// ending exactly at its end, and nothing that follows it can change that. The normaliser leaves it
/// as written (its numerals, if any, are not rewritten, whatever follows: their runs end inside
/// it); the parser then takes the same names, because no name at a position where it starts
/// one continues past the chain's end (a name longer than the rest of the chain from there, that
/// the rest begins); and after the last name it reads no more: three were taken, or the
/// divisions read contain none.
final class DivisionChains: Sendable {
    static let standard = DivisionChains(.standard)

    private let chains: [(bytes: [UInt8], regions: [Int32])]
    /// The chains by FNV-1a of their UTF-8.
    private let chainsByHash: HashedPositions
    /// The chains' lengths in bytes, ascending.
    private let lengths: [Int]

    init(_ g: DivisionGazetteer) {
        // Every proper prefix of every name, full or short: where a name could run on.
        var namePrefixes = Set<[Unicode.Scalar]>()
        for name in g.everyName where name.count > 1 {
            for length in 1..<name.count { namePrefixes.insert(Array(name[..<length])) }
        }
        var chains: [(bytes: [UInt8], regions: [Int32])] = []
        for i in g.entries.indices {
            let text = g.chain(of: Int32(i)).reversed().map { g.entries[Int($0)].name }.joined()
            if let regions = Self.reading(text, g, namePrefixes) { chains.append((Array(text.utf8), regions)) }
        }
        self.chains = chains
        chainsByHash = HashedPositions(hashes: chains.map { FNV1a.of($0.bytes) })
        lengths = Set(chains.map(\.bytes.count)).sorted()
    }

    /// How many chains are looked up whole.
    var count: Int { chains.count }

    /// The divisions the parser reads from a text that starts with `text`, when that cannot
    /// depend on what follows; nil otherwise.
    private static func reading(_ text: String, _ g: DivisionGazetteer, _ namePrefixes: Set<[Unicode.Scalar]>) -> [Int32]? {
        let s = Array(text.unicodeScalars)
        // Han only, so NFKC, applied when the rest of an address needs it, composes nothing into it.
        guard s.allSatisfy({ HanScalarSet.range.contains($0.value) }),
              AddressNormalizer.normalizedScalars(text) == s, AddressParser.labelEnd(s) == 0 else { return nil }
        // A numeral run at the end, or a 门 a door number may end at, looks at what follows.
        guard let last = s.last, !ChineseNumerals.isNumeral(last), last != "门" else { return nil }
        var starts: [Int] = []
        let (regions, end) = AddressParser.readRegion(s, from: 0, g) { starts.append($0) }
        guard !regions.isEmpty, end == s.count else { return nil }
        for start in starts where namePrefixes.contains(Array(s[start...])) { return nil }
        let finished = starts.count == 3 || regions.allSatisfy { g.divisions(inside: $0).isEmpty }
        return finished ? regions : nil
    }

    /// `AddressParser.parse(text).regions`, when `text` starts with a chain; nil otherwise.
    func regions(startingWith text: String) -> [Int32]? {
        chain(startingWith: text)?.regions
    }

    /// The chain `text` starts with: the divisions read from it, and its length in scalars, where
    /// the normalised text goes on after it.
    func chain(startingWith text: String) -> (regions: [Int32], length: Int)? {
        var copy = text
        return copy.withUTF8 { bytes in
            var hash = FNV1a()
            var next = 0
            var i = 0
            while next < lengths.count, lengths[next] <= bytes.count {
                while i < lengths[next] {
                    hash.add(UInt64(bytes[i]))
                    i += 1
                }
                let length = i
                if let found = chainsByHash.first(hash: hash.value, where: { chains[$0].bytes.elementsEqual(bytes[..<length]) }) {
                    return (chains[found].regions, length / 3)   // Han only, three bytes a scalar
                }
                next += 1
            }
            return nil
        }
    }
}
