/// Reads `xl/sharedStrings.xml`, the table most text cells point into by index.
///
/// ```swift
/// let strings = SharedStringsHandler()
/// try XMLPartParser.parse(bytes, part: "xl/sharedStrings.xml", handler: strings)
/// strings.strings[0]   // "收件人"
/// ```
/// A rich-text string is the concatenation of its runs; phonetic guides (`rPh`, furigana/pinyin
/// hints) are not part of the text and are left out.
final class SharedStringsHandler: XMLPartHandler {
    private(set) var strings: [String] = []
    let shouldStop = false
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    func start(_ element: String, attributes: [String: String]) {
        switch element {
        case "si":
            inItem = true
            current = ""
        case "t": inText = inItem && phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    func end(_ element: String) {
        switch element {
        case "si":
            strings.append(current)
            inItem = false
        case "t": inText = false
        case "rPh": phoneticDepth = max(0, phoneticDepth - 1)
        default: break
        }
    }

    func characters(_ text: String) {
        if inText { current += text }
    }
}
