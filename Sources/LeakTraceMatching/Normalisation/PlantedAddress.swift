/// A planted address, normalised and parsed once, the first time a record is scored against it.
///
/// ```swift
/// let a = PlantedAddress("浙江省杭州市西湖区文三路100号")
/// a.parsed.district   // "西湖区"
/// PlantedAddress.provinces(of: "浙江省杭州市西湖区文三路100号")   // [浙江省's gazetteer entry]
/// ```
struct PlantedAddress: Hashable, Sendable {
    let parsed: ParsedAddress

    init(_ text: String) {
        parsed = AddressParser.parse(text)
    }

    /// The provinces the address lies in, as `MaskedBlocks.provinces(of: AddressParser.parse(text))`
    /// returns them. An index of a million canaries needs only this of every address, and a full
    /// parse costs about 14 µs; an address written from its province's full name on (浙江省…,
    /// 宁夏回族自治区…, as planted addresses are) lies in that province whatever follows, because
    /// the parser reads every later division inside it, so that case is read from the prefix alone.
    static func provinces(of text: String) -> [Int32] {
        if let province = ProvinceNames.standard.provinces(startingWith: text) { return province }
        return MaskedBlocks.provinces(of: AddressParser.parse(text))
    }
}

/// The provinces' full names, found at the start of a text by their first two scalars.
struct ProvinceNames: Sendable {
    static let standard = ProvinceNames(DivisionGazetteer.standard)

    /// Each province also as a one-element array made once, so the answer for a million addresses
    /// shares a few arrays instead of allocating one each.
    private let byFirstTwo: [UInt64: [(name: [Unicode.Scalar], province: Int32, asList: [Int32])]]

    init(_ gazetteer: DivisionGazetteer) {
        var byFirstTwo: [UInt64: [(name: [Unicode.Scalar], province: Int32, asList: [Int32])]] = [:]
        for (i, entry) in gazetteer.entries.enumerated() where entry.level == .province {
            let name = Array(entry.name.unicodeScalars)
            guard name.count >= 2 else { continue }
            byFirstTwo[Self.key(name[0], name[1]), default: []].append((name, Int32(i), [Int32(i)]))
        }
        // Longest first, so 内蒙古自治区 is never cut short by a shorter name with the same start.
        self.byFirstTwo = byFirstTwo.mapValues { $0.sorted { $0.name.count > $1.name.count } }
    }

    private static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

    /// The province whose full name `text` starts with, exactly as written (no spaces, no label).
    func province(startingWith text: String) -> Int32? {
        entry(startingWith: text)?.province
    }

    /// `province(startingWith:)` as the list `MaskedBlocks.provinces(of:)` gives.
    func provinces(startingWith text: String) -> [Int32]? {
        entry(startingWith: text)?.asList
    }

    private func entry(startingWith text: String) -> (name: [Unicode.Scalar], province: Int32, asList: [Int32])? {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), let second = scalars.next(),
              let names = byFirstTwo[Self.key(first, second)] else { return nil }
        return names.first { text.unicodeScalars.starts(with: $0.name) }
    }
}
