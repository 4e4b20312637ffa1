import LeakTraceCorpus

/// Every province, city and district of `Corpus/divisions.tsv`, findable by full name (浙江省,
/// 杭州市, 西湖区) and by short name (浙江, 杭州, 西湖), with each division's parent, so an address's
/// leading place names can be read as a chain and checked against one another.
///
/// A name may belong to several divisions (南山区: Shenzhen and Hegang; 朝阳: a Beijing district
/// and a Liaoning city); lookups return all of them and the parser narrows by the rest.
///
/// ```swift
/// let g = DivisionGazetteer.standard
/// g.divisions(named: "南山区").map { g.entries[$0].code }   // ["230404", "440305"]
/// g.isWithin(g.index(code: "440305")!, g.index(code: "440000")!)   // true
/// ```
struct DivisionGazetteer: Sendable {
    struct Entry: Sendable {
        let code: String
        let name: String
        let level: DivisionLevel
        /// Index of the enclosing division, -1 for a province.
        let parent: Int32
    }

    let entries: [Entry]
    /// Full names, and short names of two or more characters; `full` tells which it was.
    private let byName: [String: [(division: Int32, full: Bool)]]
    /// The same names by a hash of their scalars, so `names(in:at:)` builds no string per length
    /// it tries (it runs for every position of every address a match parses).
    private let byHash: [UInt64: [(name: [Unicode.Scalar], divisions: [(division: Int32, full: Bool)])]]
    private let byCode: [String: Int32]
    /// The longest name that starts with each scalar, so a lookup tries only lengths that exist.
    private let longestByFirst: [Unicode.Scalar: Int]
    /// The most scalars any name has: how far past a position `names(in:at:)` can read.
    let longestName: Int

    static let standard = DivisionGazetteer(reference: .standard)

    init(reference: ReferenceData) {
        var byCode: [String: Int32] = [:]
        for (i, d) in reference.divisions.enumerated() { byCode[d.code] = Int32(i) }
        var entries: [Entry] = []
        var byName: [String: [(division: Int32, full: Bool)]] = [:]
        var longest: [Unicode.Scalar: Int] = [:]
        for (i, d) in reference.divisions.enumerated() {
            entries.append(Entry(code: d.code, name: d.name, level: d.level, parent: d.parentCode.flatMap { byCode[$0] } ?? -1))
            var names = [(d.name, true)]
            let short = d.shortName
            if short != d.name, short.unicodeScalars.count >= 2 { names.append((short, false)) }
            for (name, full) in names {
                byName[name, default: []].append((Int32(i), full))
                let first = name.unicodeScalars.first!
                longest[first] = max(longest[first] ?? 0, name.unicodeScalars.count)
            }
        }
        self.entries = entries
        self.byName = byName
        var byHash: [UInt64: [(name: [Unicode.Scalar], divisions: [(division: Int32, full: Bool)])]] = [:]
        for (name, divisions) in byName {
            let scalars = Array(name.unicodeScalars)
            var hash = Self.hashSeed
            for scalar in scalars { hash = Self.hash(hash, scalar) }
            byHash[hash, default: []].append((scalars, divisions))
        }
        self.byHash = byHash
        self.byCode = byCode
        self.longestByFirst = longest
        longestName = longest.values.max() ?? 0
    }

    func index(code: String) -> Int? { byCode[code].map(Int.init) }

    func divisions(named name: String) -> [Int] { (byName[name] ?? []).map { Int($0.division) } }

    /// `division` and every division it lies in, most specific first.
    func chain(of division: Int32) -> some Sequence<Int32> {
        sequence(first: division) { [entries] in
            let parent = entries[Int($0)].parent
            return parent >= 0 ? parent : nil
        }
    }

    /// Whether `inner` is `outer` or lies inside it.
    func isWithin(_ inner: Int, _ outer: Int) -> Bool {
        var i = Int32(inner)
        while i >= 0 {
            if Int(i) == outer { return true }
            i = entries[Int(i)].parent
        }
        return false
    }

    /// Names that start at `position`, longest first, each with the divisions it names and
    /// whether it named them in full.
    func names(in scalars: [Unicode.Scalar], at position: Int) -> [(length: Int, divisions: [(division: Int32, full: Bool)])] {
        guard position < scalars.count, let longest = longestByFirst[scalars[position]] else { return [] }
        var found: [(length: Int, divisions: [(division: Int32, full: Bool)])] = []
        let longestHere = min(longest, scalars.count - position)
        // The hash of every prefix from this position, in one pass; then longest first, as promised.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: longestHere + 1) { hashes in
            var hash = Self.hashSeed
            for length in 1...longestHere {   // at least 1: the guard above
                hash = Self.hash(hash, scalars[position + length - 1])
                hashes[length] = hash
            }
            var length = longestHere
            while length >= 2 {
                if let bucket = byHash[hashes[length]],
                   let hit = bucket.first(where: { $0.name.elementsEqual(scalars[position..<(position + length)]) }) {
                    found.append((length, hit.divisions))
                }
                length -= 1
            }
            return found
        }
    }

    private static let hashSeed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// FNV-1a over the scalar's value, one step.
    @inline(__always)
    private static func hash(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
    }
}
