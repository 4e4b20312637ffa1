extension NameNormalizer {
    /// Reads a name written in pinyin: Latin letters (tone marks dropped, ü as `v`) in one to five
    /// words split by spaces, hyphens, apostrophes or dots, 2–30 letters, with a vowel in each word.
    /// Anything else (digits, Han, punctuation) is not a pinyin name.
    ///
    /// ```swift
    /// NameNormalizer.observePinyin("ZHANG Xiao-Ming")?.words   // ["zhang", "xiao", "ming"]
    /// NameNormalizer.observePinyin("Lǚ Xīn")?.words            // ["lv", "xin"]
    /// NameNormalizer.observePinyin("iPhone 15")                // nil
    /// ```
    public static func observePinyin(_ text: String) -> PinyinName? {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        var letters = 0
        func flush() -> Bool {
            defer { word = String.UnicodeScalarView() }
            guard !word.isEmpty else { return true }
            guard word.contains(where: { "aeiouv".unicodeScalars.contains($0) }) else { return false }
            words.append(String(word))
            return true
        }
        for raw in text.unicodeScalars {
            let s = ScalarClass.folded(raw)
            if let letter = plainLetter(s) {
                word.append(letter)
                letters += 1
                guard letters <= 30 else { return nil }
            } else if ScalarClass.isSpace(s) || s == "-" || s == "'" || s == "." || s == "·" || s == "\u{2019}" {
                guard flush() else { return nil }
            } else {
                return nil
            }
        }
        guard flush(), letters >= 2, (1...5).contains(words.count) else { return nil }
        return PinyinName(words: words)
    }

    /// A Latin letter in lower case with its tone mark removed; ü and its toned forms become `v`.
    static func plainLetter(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v >= 0x61 && v <= 0x7A { return s }
        if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20)! }
        switch s {
        case "ā", "á", "ǎ", "à", "Ā", "Á", "Ǎ", "À": return "a"
        case "ē", "é", "ě", "è", "ê", "Ē", "É", "Ě", "È": return "e"
        case "ī", "í", "ǐ", "ì", "Ī", "Í", "Ǐ", "Ì": return "i"
        case "ō", "ó", "ǒ", "ò", "Ō", "Ó", "Ǒ", "Ò": return "o"
        case "ū", "ú", "ǔ", "ù", "Ū", "Ú", "Ǔ", "Ù": return "u"
        case "ü", "ǖ", "ǘ", "ǚ", "ǜ", "Ü", "Ǖ", "Ǘ", "Ǚ", "Ǜ": return "v"
        default: return nil
        }
    }
}
