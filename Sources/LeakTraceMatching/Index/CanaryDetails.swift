import Synchronization
import LeakTraceCore

/// What scoring needs of a canary beyond its keys (the normalised name, its term frequency, the
/// parsed address), worked out the first time a record is scored against that canary and kept.
///
/// ```swift
/// let details = CanaryDetails(people: people)
/// details.details(at: 17).address.parsed.district
/// ```
/// Parsing every planted address when the index is built took about 14 µs a canary, 14 s for a
/// million, while a list of any size is scored against few of them. Shared by the threads that
/// match one list; two threads may both work out one canary, and keep the same value.
final class CanaryDetails: Sendable {
    struct Details: Sendable {
        let name: [Unicode.Scalar]
        let nameShare: Double
        let address: PlantedAddress
    }

    private let people: [PersonRecord]
    private let known = Mutex<[Int32: Details]>([:])

    init(people: [PersonRecord]) {
        self.people = people
    }

    func details(at slot: Int) -> Details {
        if let found = known.withLock({ $0[Int32(slot)] }) { return found }
        let person = people[slot]
        let name = Self.normalizedName(person.name).scalars
        let made = Details(name: name, nameShare: NameFrequencies.standard.fullNameShare(name), address: PlantedAddress(person.address))
        known.withLock { $0[Int32(slot)] = made }
        return made
    }

    /// A planted name as scoring reads it, and as the name key files it when it reads as a full name.
    static func normalizedName(_ text: String) -> (scalars: [Unicode.Scalar], key: String?) {
        if case .full(let normalized)? = NameNormalizer.observe(text) {
            return (Array(normalized.unicodeScalars), normalized)
        }
        return (text.unicodeScalars.filter { !ScalarClass.isSpace($0) }, nil)
    }
}
