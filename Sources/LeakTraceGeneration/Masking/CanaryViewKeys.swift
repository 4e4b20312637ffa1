import LeakTraceCore

/// The index keys that keep a canary apart from every other under each `MaskView`.
///
/// - `maskedKey`: the GB/T 41833 view as text (the registry's UNIQUE `masked_key` column).
/// - `viewHashes`: the other views' keys, hashed; the registry keeps them UNIQUE too.
/// - `nearHashes`: the two halves of the coarsest view, (surname, locality) and (street and house).
///   A one-character typo changes one half only, so a canary within one edit of another shares a
///   half with it: the registry returns the canaries under each half and `isTooClose` compares them.
///   That keeps canaries two edits apart with two index probes, never a scan.
///
/// ```swift
/// let (person, address) = generator.draw(seed: seed, phone: .synthetic)
/// let keys = CanaryViewKeys(person: person, address: address)
/// keys.maskedKey     // "陈*华|139******15|浙江省杭州市西湖区文三路128号翠苑新村5幢"
/// keys.viewHashes    // three Int64, one per hashed view
/// ```
public struct CanaryViewKeys: Hashable, Sendable {
    /// The views stored as hashes (the GB/T view is stored as text).
    public static let hashedViews: [MaskView] = [.legacyFourDigit, .virtualNumber, .surnameOnly]

    public let maskedKey: String
    public let viewHashes: [Int64]
    public let nearHashes: [Int64]
    /// The coarsest view of this canary, which neighbours are compared on.
    public let coarseView: String

    /// `localityLength` is the length, in characters, of the province, city and district that
    /// open the address: where the address's second half begins.
    public init(person: PersonRecord, localityLength: Int) {
        maskedKey = MaskView.gbt41833.key(for: person)
        viewHashes = Self.hashedViews.map { Self.viewHash($0, person: person) }
        let surname = MaskView.surnameOnly(person.name)
        let address = MaskView.address(person.address)
        let split = address.index(address.startIndex, offsetBy: min(localityLength, address.count))
        nearHashes = [
            StableHash.of("near-locality|" + surname + "|" + address[..<split]),
            StableHash.of("near-house|" + address[split...]),
        ]
        coarseView = surname + "|" + address
    }

    public init(person: PersonRecord, address: GeneratedAddress) {
        self.init(person: person, localityLength: address.locality.count)
    }

    /// The stored hash of `view`'s key (for every view but `gbt41833`, which is stored as text).
    public static func viewHash(_ view: MaskView, person: PersonRecord) -> Int64 {
        StableHash.of(view.rawValue + "|" + view.key(for: person))
    }

    /// The coarsest view of any record, as `coarseView` holds it for a canary.
    public static func coarseView(of person: PersonRecord) -> String {
        MaskView.surnameOnly.key(for: person)
    }

    /// Whether `other` is within one edit of this canary under the coarsest view (equal included).
    public func isTooClose(to other: PersonRecord) -> Bool {
        EditDistance.isWithinOne(coarseView, Self.coarseView(of: other))
    }
}
