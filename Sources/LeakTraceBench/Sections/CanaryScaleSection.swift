import Foundation
import LeakTraceCore
import LeakTraceGeneration
import LeakTraceIngest
import LeakTraceKit
import LeakTraceMatching

/// Section 3: 1,000 against 1,000,000 canaries. Three figures, kept apart so none hides another:
/// - registry load (open and read every canary's person, as `CaseMatcher` does through
///   `canaryPeople()`), timed on real registry files of 1,000 and `registryCanaryCount` canaries
///   (a million by default; extrapolated per canary when smaller);
/// - `CanaryIndex` build, in memory, at 1,000 and 1,000,000;
/// - `RecordMatcher` speed over the same records held in memory, against each index.
///
/// ```swift
/// try CanaryScaleSection(context: context, list: replica).run()
/// ```
struct CanaryScaleSection: Sendable {
    static let loadTarget = 2.0
    static let slowdownTarget = 0.20

    let context: BenchContext
    let list: GeneratedList

    func run() throws {
        let options = context.options
        let small = 1_000, big = options.bigCanaryCount, stored = min(options.registryCanaryCount, options.bigCanaryCount)
        BenchLog.section("3. Canary index: \(Figures.grouped(small)) vs \(Figures.grouped(big)) canaries")
        let planted = context.benchCase.canaries
        guard big > small, stored > small, small >= planted.count else {
            throw BenchFailure("--canaries and --registry-canaries must exceed \(small) (the registry holds \(planted.count))")
        }
        let clock = ContinuousClock()
        BenchLog.note("generating \(big - planted.count) extra canary people")
        var start = clock.now
        let extra = Self.people(count: big - planted.count)
        BenchLog.line("generated \(Figures.grouped(extra.count)) extra people in \(Figures.fixed((clock.now - start).seconds, 1)) s "
            + "(CanaryGenerator's name, phone and address generators; no uniqueness redraws); the \(planted.count) planted canaries are in every set")

        // Registry load, on real files.
        // A registry whose storage this bench cannot fill (a newer schema) must not cost the rest of the section.
        var loads: [(Int, Samples)] = []
        var loadFailure: String?
        do {
            loads = try [small, stored].map { count in (count, try registryLoad(count: count, extra: extra)) }
        } catch {
            loadFailure = String(describing: error)
        }
        let parts = Self.indexParts(extra.prefix(100_000))
        // Index build and match speed, in memory.
        let basePairs = planted.map { (id: $0.id, person: $0.person) }
        var sets: [(count: Int, pairs: [(id: String, person: PersonRecord)])] = []
        for count in [small, big] {
            var pairs = basePairs
            pairs.reserveCapacity(count)
            for (offset, person) in extra.prefix(count - planted.count).enumerated() {
                pairs.append((id: "x\(offset)", person: person))
            }
            sets.append((count, pairs))
        }
        var indexTimes: [Int: Samples] = [:]
        var matchers: [Int: RecordMatcher] = [:]
        for (count, pairs) in sets {
            var samples = Samples()
            for round in 1...(count > 100_000 ? 2 : options.runs) {
                BenchLog.note("indexing \(count) canaries, run \(round)")
                start = clock.now
                let index = CanaryIndex(pairs)
                samples.add((clock.now - start).seconds)
                matchers[count] = RecordMatcher(index: index, weights: .standard)
            }
            indexTimes[count] = samples
        }
        sets = []

        BenchLog.note("reading \(options.indexRecords) records of the replica into memory")
        var records: [SeizedRecord] = []
        records.reserveCapacity(min(list.rows, options.indexRecords))
        _ = try EvidenceIntake().read(path: list.path) { record in
            if records.count < options.indexRecords { records.append(record) }
        }
        var speed: [Int: Samples] = [small: Samples(), big: Samples()]
        var found: [Int: (rows: Int, ids: Set<String>)] = [:]
        for round in 1...options.runs {
            for count in [small, big] {
                BenchLog.note("matching \(records.count) records against \(count) canaries, run \(round)")
                let matcher = matchers[count]!
                var rows = 0
                var ids = Set<String>()
                start = clock.now
                for record in records {
                    if let best = matcher.matches(in: record).first {
                        rows += 1
                        ids.insert(best.canaryID)
                    }
                }
                speed[count]!.add((clock.now - start).seconds)
                found[count] = (rows, ids)
            }
        }

        BenchLog.line("registry load (Workspace.open + registry.canaryPeople(), as `match` loads them; real SQLite files, best of \(options.runs)):")
        if let loadFailure {
            BenchLog.line("  FAILED: the bench could not fill or load a registry of \(Figures.grouped(small)) canaries: \(loadFailure.prefix(200))")
        }
        for (count, samples) in loads {
            BenchLog.line("  " + Figures.cell(Figures.grouped(count), 10) + Figures.cell(Figures.fixed(samples.best, 3) + " s", 10, right: true)
                + "   " + Figures.fixed(samples.best / Double(count) * 1e6, 1) + " µs per canary; first load "
                + Figures.fixed(samples.values.first ?? .nan, 3) + " s (reads every row and writes the sealed cache the later loads read)")
        }
        let perCanary = loads.count == 2 ? (loads[1].1.best - loads[0].1.best) / Double(stored - small) : Double.nan
        let measured = stored == big
        let bigLoad = loads.count == 2 ? (measured ? loads[1].1.best : loads[0].1.best + perCanary * Double(big - small)) : Double.nan
        BenchLog.line("index build (CanaryIndex.init, in memory) and match speed (RecordMatcher over the first \(Figures.grouped(records.count)) records, in memory):")
        BenchLog.line("  " + Figures.cell("canaries", 12) + Figures.cell("index", 10, right: true) + Figures.cell("match best", 12, right: true)
            + Figures.cell("rows/s", 12, right: true) + "   rows hit; the list's canaries found; other canaries hit")
        for count in [small, big] {
            let best = speed[count]!.best, hits = found[count]!
            let ours = hits.ids.filter { list.truth.planted[$0] != nil }.count
            BenchLog.line("  " + Figures.cell(Figures.grouped(count), 12) + Figures.cell(Figures.fixed(indexTimes[count]!.best, 3) + " s", 10, right: true)
                + Figures.cell(Figures.fixed(best, 3) + " s", 12, right: true) + Figures.cell(Figures.grouped(Int(Double(records.count) / best)), 12, right: true)
                + "   \(hits.rows); \(ours); \(hits.ids.count - ours)")
        }
        BenchLog.line("index build per canary, one core, over \(Figures.grouped(min(extra.count, 100_000))) canaries: "
            + parts.map { "\($0.name) \(Figures.fixed($0.micros, 2)) µs" }.joined(separator: ", "))
        let bigLoadIndex = bigLoad + indexTimes[big]!.best
        let loadSource = measured ? "load measured on a registry of \(Figures.grouped(stored))"
            : "load extrapolated from \(Figures.grouped(stored)) at \(Figures.fixed(perCanary * 1e6, 1)) µs per canary"
        BenchLog.line("load+index of \(Figures.grouped(big)): \(Figures.fixed(bigLoadIndex, 2)) s (\(loadSource), + index \(Figures.fixed(indexTimes[big]!.best, 2)) s measured)   "
            + "target < 2 s: \(bigLoadIndex.isNaN ? "UNMEASURED (registry load failed)" : Figures.verdict(bigLoadIndex < Self.loadTarget))")
        let slowdown = 1 - speed[small]!.best / speed[big]!.best
        BenchLog.line("match speed with \(Figures.grouped(big)) canaries: \(Figures.fixed(speed[small]!.best / speed[big]!.best * 100, 1))% of the rate with \(Figures.grouped(small)) "
            + "(falls \(Figures.fixed(max(0, slowdown) * 100, 1))%)   target falls <= 20%: \(Figures.verdict(slowdown <= Self.slowdownTarget))")
    }

    /// Best-of-runs time to open a registry of `count` canaries and load them all.
    private func registryLoad(count: Int, extra: [PersonRecord]) throws -> Samples {
        let path = context.file("registry-\(count).db")
        try RegistryFiller.copy(registry: context.benchCase.registryPath, to: path)
        let filling = ContinuousClock().now
        try RegistryFiller.add(Array(extra.prefix(count - context.benchCase.canaries.count)), to: path)
        BenchLog.line("filled a registry of \(count) canaries in \(Figures.fixed((ContinuousClock().now - filling).seconds, 1)) s")
        defer { for suffix in ["", ".key", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        var samples = Samples()
        let clock = ContinuousClock()
        for round in 1...context.options.runs {
            BenchLog.note("loading a registry of \(count) canaries, run \(round)")
            let start = clock.now
            let loaded = try Workspace.open(RegistryLocation(path: path)).registry.canaryPeople()
            samples.add((clock.now - start).seconds)
            guard loaded.count == count else { throw BenchFailure("\(path) loaded \(loaded.count) canaries, expected \(count)") }
        }
        return samples
    }

    /// What one canary's share of `CanaryIndex.init` costs, part by part, on one core: the
    /// normalisation each part runs, without the index's tables, so the closing note can say which dominates.
    static func indexParts(_ people: ArraySlice<PersonRecord>) -> [(name: String, micros: Double)] {
        let clock = ContinuousClock()
        var sink = 0
        func time(_ name: String, _ body: (PersonRecord) -> Int) -> (name: String, micros: Double) {
            let start = clock.now
            for person in people { sink &+= body(person) }
            return (name, (clock.now - start).seconds / Double(max(1, people.count)) * 1e6)
        }
        _ = CanaryIndex.prepareTables()
        let out = [
            time("phone") { PhoneNormalizer.observe($0.phone) == nil ? 0 : 1 },
            time("name") { person in
                if case .full(let n)? = NameNormalizer.observe(person.name) { return n.unicodeScalars.count }
                return 0
            },
            time("name share") { NameFrequencies.standard.fullNameShare($0.name) > 0.5 ? 1 : 0 },
            time("divisions") { AddressParser.namesDivision($0.address) ? 1 : 0 },
            time("address parse") { AddressParser.parse($0.address).namesDivision ? 1 : 0 },
        ]
        return sink == Int.min ? [] : out
    }

    /// Synthetic people from a fixed public seed, as the demo's background rows are.
    static func people(count: Int) -> [PersonRecord] {
        let generator = CanaryGenerator()
        var rng = DeterministicRandom(seed: 0xBE4C_0001_0000_0000)
        var people: [PersonRecord] = []
        people.reserveCapacity(count)
        for _ in 0..<count {
            people.append(PersonRecord(
                name: generator.names.generate(using: &rng), phone: generator.phones.generate(using: &rng),
                address: generator.addresses.generate(using: &rng).text))
        }
        return people
    }
}
