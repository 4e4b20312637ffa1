import LeakTraceCore
import LeakTraceCorpus

/// The features a broker could use to spot canaries in a list: surname, given-name characters and
/// length, phone prefix, district, and the address's shape (lane, hutong, 里, rural, compound, unit).
///
/// ```swift
/// let features = RealismFeatures()
/// features.tokens(for: person)
/// // ["s:陈", "glen:2", "g1:志", "g2:华", "p:139", "d:330106", "shape:urban", "bw:幢", "unit:1", …]
/// ```
public struct RealismFeatures: Sendable {
    private let surnames: Set<String>
    /// Province → its children, by name, to read the district off the start of an address.
    private let reference: ReferenceData
    private let provinces: [Division]

    public init(reference: ReferenceData = .standard) {
        self.reference = reference
        surnames = Set(reference.surnames.items)
        provinces = reference.provinces
    }

    public func tokens(for person: PersonRecord, includePhone: Bool = true) -> [String] {
        var tokens: [String] = []
        let name = person.name
        let surname = name.count > 2 && surnames.contains(String(name.prefix(2))) ? String(name.prefix(2)) : String(name.prefix(1))
        let given = Array(name.dropFirst(surname.count))
        tokens.append("s:" + surname)
        tokens.append("glen:\(given.count)")
        for (index, character) in given.enumerated() { tokens.append("g\(index + 1):\(character)") }
        if includePhone { tokens.append("p:" + person.phone.prefix(3)) }
        let (code, rest) = locality(of: person.address)
        tokens.append("d:" + code)
        tokens += shapeTokens(rest)
        return tokens
    }

    /// The code of the most specific division the address opens with, and what follows it.
    func locality(of address: String) -> (String, Substring) {
        var rest = Substring(address)
        var code = "?"
        var candidates = provinces
        while let match = candidates.first(where: { rest.hasPrefix($0.name) }) {
            code = match.code
            rest = rest.dropFirst(match.name.count)
            candidates = reference.children(of: match.code)
        }
        return (code, rest)
    }

    private func shapeTokens(_ rest: Substring) -> [String] {
        let shape: String
        if rest.contains("弄") { shape = "lane" }
        else if rest.contains("胡同") { shape = "hutong" }
        else if rest.contains("组") && rest.contains("村") { shape = "rural" }
        else if rest.contains("里") && rest.contains("号楼") && !rest.contains("路") { shape = "li" }
        else { shape = "urban" }
        var tokens = ["shape:" + shape]
        for word in ["号楼", "栋", "幢", "座"] where rest.contains(word) {
            tokens.append("bw:" + word)
            break
        }
        tokens.append(rest.contains("单元") || rest.contains("门") ? "unit:1" : "unit:0")
        tokens.append("room:" + (rest.hasSuffix("室") ? "室" : "bare"))
        tokens.append("len:\(min(rest.count / 4, 8))")
        return tokens
    }
}
