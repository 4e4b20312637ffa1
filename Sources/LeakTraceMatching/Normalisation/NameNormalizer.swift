/// Reads a name field: strips spaces, labels (`收件人：`) and honorifics (先生/女士/小姐/收…), folds
/// traditional characters to simplified ones (張曉明 → 张晓明), and recognises masks. Pinyin names
/// are read by `observePinyin`. Names are compared by their characters, never by edit-distance ratios
/// (张伟 against 张玮 is a different person, yet scores 50/100).
///
/// A surname with an honorific (`张先生`) is a masked name: the given name is unknown.
///
/// ```swift
/// NameNormalizer.observe("收件人：王 芳")   // .full("王芳")
/// NameNormalizer.observe("张先生")          // .masked(张*)
/// NameNormalizer.observe("张xx")            // .masked(张**)
/// NameNormalizer.observe("陳志華")          // .full("陈志华")
/// NameNormalizer.observe("13812345678")     // nil: not a name
/// ```
public enum NameNormalizer {
    /// Labels that precede a name in exports and free text.
    static let labels: [[Unicode.Scalar]] = ["收件人", "收货人", "寄件人", "联系人", "姓名", "客户", "买家", "名字"]
        .map { Array($0.unicodeScalars) }
    /// Honorifics that follow a name; a bare surname before one of them is a masked name.
    static let honorifics: [[Unicode.Scalar]] = ["先生", "女士", "小姐", "老师", "师傅", "同学", "阿姨", "收"].map { Array($0.unicodeScalars) }

    static let middleDot: Unicode.Scalar = "·"

    public static func observe(_ text: String) -> NameObservation? {
        // Most names in a list are already plain (林晓岚): nothing to fold, strip or mask.
        if isPlainFullName(text) { return .full(text) }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(8)
        var hasHan = false
        for raw in text.unicodeScalars {
            let s = ScalarClass.folded(raw)
            if ScalarClass.isSpace(s) { continue }
            switch s.value {
            case 0x28, 0x29, 0x5B, 0x5D, 0x3010, 0x3011, 0x3A, 0x2C, 0x3001, 0x3002, 0x22, 0x27, 0x201C, 0x201D:
                continue   // brackets, colons and quotes around a name carry nothing
            case 0xB7, 0x2022, 0x30FB, 0x2E:
                scalars.append(middleDot)
            default:
                if ScalarClass.isHan(s) {
                    hasHan = true
                    scalars.append(ScriptFolding.simplified(s))
                } else {
                    scalars.append(s)
                }
            }
            if scalars.count > 24 { return nil }
        }
        guard hasHan else { return nil }
        // Without a Han character this is pinyin or junk; `x` masks only a name written in Han (张xx).
        strip(labels: &scalars)
        if honorifics.contains(scalars) { return nil }   // 先生 alone names nobody
        var honorific = strip(honorifics: &scalars)
        var positions: [Unicode.Scalar?] = []
        positions.reserveCapacity(scalars.count + 1)
        for s in scalars {
            if ScalarClass.isTextMask(s) || s == "x" || s == "X" || s == "某" {
                positions.append(nil)
            } else if ScalarClass.isHan(s) || s == middleDot {
                positions.append(s)
            } else {
                return nil
            }
        }
        if honorific && positions.count == 1 {
            positions.append(nil)   // 张先生: the given name is hidden
        } else {
            honorific = false
        }
        guard positions.count >= 2, positions.count <= 16 else { return nil }
        if positions.contains(where: { $0 == nil }) {
            let masked = MaskedName(positions: positions)
            return masked.visibleCount > 0 ? .masked(masked) : nil
        }
        var out = String.UnicodeScalarView()
        for case let s? in positions { out.append(s) }
        return .full(String(out))
    }

    /// True only when `observe(text)` is `.full(text)`: a name of 2 to 16 Han characters that no
    /// folding changes, with no label before it, no honorific after it and no 某 (a few other names
    /// it leaves alone, such as 王芳·, are not recognised here). Decided without building anything,
    /// for the million planted names an index reads, nearly all of them this plain.
    ///
    /// ```swift
    /// NameNormalizer.isPlainFullName("林晓岚")   // true
    /// NameNormalizer.isPlainFullName("陳志華")   // false: folds to 陈志华
    /// NameNormalizer.isPlainFullName("张先生")   // false
    /// ```
    static func isPlainFullName(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        var count = 0
        var first: Unicode.Scalar = " ", last: Unicode.Scalar = " "
        for s in scalars {
            guard isPlainNameScalar(s) else { return false }
            if count == 0 { first = s }
            last = s
            count += 1
            if count > 16 { return false }
        }
        guard count >= 2 else { return false }
        // Whole comparisons only for the rare name that starts or ends like a label or an honorific.
        if labelStarts.contains(first) {
            for label in labels where count > label.count && scalars.starts(with: label) { return false }
        }
        if honorificEnds.contains(last) {
            for word in honorifics where count >= word.count && scalars.suffix(word.count).elementsEqual(word) { return false }
        }
        return true
    }

    @inline(__always)
    private static func isPlainNameScalar(_ s: Unicode.Scalar) -> Bool {
        ScalarClass.isHan(s) && s != "某" && ScalarClass.folded(s) == s && ScriptFolding.keepsHan(s)
    }

    /// `isPlainFullName` of the UTF-8 text, read from its bytes for the common name (two to
    /// sixteen characters of U+3000…U+9FFF, none starting a label or ending an honorific); `nil`
    /// when only the `String` form can tell. A seized list's name cells are counted this way
    /// without building a `String` for each.
    ///
    /// ```swift
    /// NameNormalizer.isPlainFullName(utf8: bytes)   // true for 林晓岚, nil for 张先生 or Lin
    /// ```
    public static func isPlainFullName(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        // Three bytes a character, lead bytes E3…E9: no overlong form or surrogate can occur.
        let count = bytes.count / 3
        guard bytes.count % 3 == 0, count >= 2, count <= 16 else { return nil }
        var first: Unicode.Scalar = " ", last: Unicode.Scalar = " "
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i], b1 = bytes[i + 1], b2 = bytes[i + 2]
            guard b0 >= 0xE3, b0 <= 0xE9, b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return nil }
            let s = Unicode.Scalar(UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F))!
            guard isPlainNameScalar(s) else { return false }
            if i == 0 { first = s }
            last = s
            i += 3
        }
        if labelStarts.contains(first) || honorificEnds.contains(last) { return nil }
        return true
    }

    private static let labelStarts = Set(labels.compactMap(\.first))
    private static let honorificEnds = Set(honorifics.compactMap(\.last))

    private static func strip(labels scalars: inout [Unicode.Scalar]) {
        for label in labels where scalars.count > label.count && scalars.starts(with: label) {
            scalars.removeFirst(label.count)
            return
        }
    }

    /// Removes one trailing honorific when a name (or a bare surname) is left before it.
    private static func strip(honorifics scalars: inout [Unicode.Scalar]) -> Bool {
        for word in honorifics where scalars.count > word.count {
            if Array(scalars.suffix(word.count)) == word {
                scalars.removeLast(word.count)
                return true
            }
        }
        return false
    }
}
