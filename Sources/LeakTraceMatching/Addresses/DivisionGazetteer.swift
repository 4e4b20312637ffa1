import LeakTraceCore
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
///
/// A class: the parser reaches `standard` at every position it reads, and a struct of a dozen
/// tables was copied there, a retain and a release for each table.
final class DivisionGazetteer: Sendable {
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
    /// The same names, found by an FNV-1a hash of their scalars, so `forEachName(in:at:_:)` builds
    /// no string per length it tries (it runs for every position of every address a match parses).
    private let named: [(name: [Unicode.Scalar], divisions: [(division: Int32, full: Bool)])]
    private let namedByHash: HashedPositions
    private let byCode: [String: Int32]
    /// The lengths of the names that start with each scalar, as bits (bit n: a name of n scalars),
    /// so a lookup hashes and probes only lengths that exist: two or three of the fourteen below
    /// the longest name, for most first characters.
    private let lengthsByFirst: [Unicode.Scalar: UInt32]
    /// `lengthsByFirst` over U+3400…U+9FFF as a flat array: every division name starts there.
    private let hanLengths: [UInt32]
    /// The most scalars any name has: how far past a position `forEachName(in:at:_:)` can read.
    let longestName: Int
    /// Every division in depth-first order, each followed by those inside it, and where each
    /// division's run starts and ends: the divisions inside one are a slice, found without search.
    private let preorder: [Int32]
    private let subtree: [Range<Int>]

    static let standard = DivisionGazetteer(reference: .standard)

    init(reference: ReferenceData) {
        var byCode: [String: Int32] = [:]
        for (i, d) in reference.divisions.enumerated() { byCode[d.code] = Int32(i) }
        var entries: [Entry] = []
        var byName: [String: [(division: Int32, full: Bool)]] = [:]
        var lengths: [Unicode.Scalar: UInt32] = [:]
        for (i, d) in reference.divisions.enumerated() {
            entries.append(Entry(code: d.code, name: d.name, level: d.level, parent: d.parentCode.flatMap { byCode[$0] } ?? -1))
            var names = [(d.name, true)]
            let short = d.shortName
            if short != d.name, short.unicodeScalars.count >= 2 { names.append((short, false)) }
            // Addresses are read after script folding, which takes 乾 to 干: 乾安县 reads 干安县.
            for (name, full) in names {
                let folded = String(String.UnicodeScalarView(name.unicodeScalars.map(ScriptFolding.simplified)))
                if folded != name { names.append((folded, full)) }
            }
            for (name, full) in names {
                byName[name, default: []].append((Int32(i), full))
                let count = name.unicodeScalars.count
                precondition(count < 32, "division names are shorter than 32 scalars")
                lengths[name.unicodeScalars.first!, default: 0] |= 1 << UInt32(count)
            }
        }
        self.entries = entries
        self.byName = byName
        // Sorted, so the table is laid out the same in every process.
        let named = byName.sorted { $0.key < $1.key }.map { (name: Array($0.key.unicodeScalars), divisions: $0.value) }
        self.named = named
        namedByHash = HashedPositions(hashes: named.map { entry in
            var hash = FNV1a()
            for scalar in entry.name { hash.add(UInt64(scalar.value)) }
            return hash.value
        })
        self.byCode = byCode
        lengthsByFirst = lengths
        var hanLengths = [UInt32](repeating: 0, count: 0xA000 - 0x3400)
        for (first, bits) in lengths where first.value >= 0x3400 && first.value < 0xA000 { hanLengths[Int(first.value - 0x3400)] = bits }
        self.hanLengths = hanLengths
        (preorder, subtree) = Self.preorder(entries)
        longestName = lengths.values.map { 31 - $0.leadingZeroBitCount }.max() ?? 0
    }

    func index(code: String) -> Int? { byCode[code].map(Int.init) }

    func divisions(named name: String) -> [Int] { (byName[name] ?? []).map { Int($0.division) } }

    /// Every name the gazetteer finds, full or short.
    var everyName: [[Unicode.Scalar]] { named.map(\.name) }

    /// The divisions inside `division`, at every depth, not counting itself.
    func divisions(inside division: Int32) -> ArraySlice<Int32> {
        let run = subtree[Int(division)]
        return preorder[(run.lowerBound + 1)..<run.upperBound]
    }

    private static func preorder(_ entries: [Entry]) -> ([Int32], [Range<Int>]) {
        var children = [[Int32]](repeating: [], count: entries.count)
        var roots: [Int32] = []
        for (i, entry) in entries.enumerated() {
            if entry.parent >= 0 { children[Int(entry.parent)].append(Int32(i)) } else { roots.append(Int32(i)) }
        }
        var order: [Int32] = []
        order.reserveCapacity(entries.count)
        var runs = [Range<Int>](repeating: 0..<0, count: entries.count)
        func visit(_ i: Int32) {
            let start = order.count
            order.append(i)
            for child in children[Int(i)] { visit(child) }
            runs[Int(i)] = start..<order.count
        }
        for root in roots { visit(root) }
        return (order, runs)
    }

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

    /// The names that start at `position`, longest first, each with the divisions it names and
    /// whether it named them in full, one at a time until `body` returns true: the parser stops at
    /// the first name that fits, so the rest are never looked up and no list is built.
    func forEachName(
        in scalars: [Unicode.Scalar], at position: Int, _ body: (Int, [(division: Int32, full: Bool)]) -> Bool
    ) {
        guard position < scalars.count else { return }
        let first = scalars[position]
        var lengths = first.value &- 0x3400 < 0xA000 - 0x3400 ? hanLengths[Int(first.value &- 0x3400)] : lengthsByFirst[first] ?? 0
        lengths &= ~3   // a name of one scalar is never looked for
        let available = scalars.count - position
        if available < 31 { lengths &= (2 << UInt32(available)) - 1 }   // names that would run past the end
        guard lengths != 0 else { return }
        let longestHere = 31 - lengths.leadingZeroBitCount
        // The hash of every prefix from this position, in one pass; then longest first, as promised.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: longestHere + 1) { hashes in
            var hash = FNV1a()
            for length in 1...longestHere {
                hash.add(UInt64(scalars[position + length - 1].value))
                hashes[length] = hash.value
            }
            while lengths != 0 {
                let length = 31 - lengths.leadingZeroBitCount
                lengths &= ~(1 << UInt32(length))
                if let hit = namedByHash.first(hash: hashes[length], where: { Self.equal(named[$0].name, scalars, at: position, length: length) }),
                   body(length, named[hit].divisions) {
                    return
                }
            }
        }
    }

    @inline(__always)
    private static func equal(_ name: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at position: Int, length: Int) -> Bool {
        guard name.count == length else { return false }
        for k in 0..<length where name[k] != scalars[position + k] { return false }
        return true
    }
}
