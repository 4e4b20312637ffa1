import LeakTraceCorpus

/// Every toneless reading of each character a canary name can contain (`Corpus/pinyin.tsv`, from
/// pypinyin), and the test whether pinyin letters spell a Han name through them.
///
/// All readings count, not the likeliest: 单 as a surname is shan, 曾 zeng, 区 ou, 仇 qiu, 查 zha,
/// 朴 piao, 解 xie, where a generic converter picks dan, ceng, qu, chou, cha, pu, jie. A reading with
/// `v` (lv, nv) also matches the `u` that keyboards without ü produce.
///
/// ```swift
/// let r = PinyinReadings.standard
/// r.spells("shanxiaoming", "单晓明")   // true
/// r.spells("danxiaoming", "单晓明")    // true
/// r.spells("zhangxiaoming", "单晓明")  // false
/// ```
struct PinyinReadings: Sendable {
    let table: [UInt32: [[UInt8]]]

    static let standard = PinyinReadings(reference: .standard)

    init(reference: ReferenceData) {
        var table: [UInt32: [[UInt8]]] = [:]
        table.reserveCapacity(reference.pinyinReadings.count)
        for (character, readings) in reference.pinyinReadings {
            guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { continue }
            var forms: [[UInt8]] = []
            for reading in readings {
                let bytes = Array(reading.utf8)
                if !forms.contains(bytes) { forms.append(bytes) }
                if bytes.contains(UInt8(ascii: "v")) {
                    let u = bytes.map { $0 == UInt8(ascii: "v") ? UInt8(ascii: "u") : $0 }
                    if !forms.contains(u) { forms.append(u) }
                }
            }
            table[scalar.value] = forms
        }
        self.table = table
    }

    func spells(_ letters: String, _ name: String) -> Bool {
        spells(Array(letters.utf8)[...], Array(name.unicodeScalars)[...])
    }

    /// Whether the letters are exactly one reading of each character in turn.
    func spells(_ letters: ArraySlice<UInt8>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = name.first else { return letters.isEmpty }
        guard let readings = table[first.value] else { return false }
        for reading in readings where letters.starts(with: reading) {
            if spells(letters.dropFirst(reading.count), name.dropFirst()) { return true }
        }
        return false
    }
}
