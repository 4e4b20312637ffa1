/// A planted address, normalised and parsed once, the first time a record is scored against it.
///
/// ```swift
/// let a = PlantedAddress("浙江省杭州市西湖区文三路100号")
/// a.parsed.district   // "西湖区"
/// ```
struct PlantedAddress: Hashable, Sendable {
    let parsed: ParsedAddress

    init(_ text: String) {
        parsed = AddressParser.parse(text)
    }
}
