import Foundation
/// What one line of a chat export or OCR'd text is: a message header (time and sender), a banner
/// of the export itself, or content, with any field labels (收件人： 电话： 地址：) found in it.
///
/// ```swift
/// ChatLine("2017-03-05 21:14:07 某某(123456789)").kind     // .header(strong: true, message: nil)
/// ChatLine("收件人：张伟 电话：13800000001").labels.map(\.role)   // [.name, .phone]
/// ```
/// Scans Unicode scalars, no regular expressions: it runs on every line of the file.
struct ChatLine {
    enum Kind: Equatable {
        /// A message header; `strong` when it carries a QQ number `(123456789)` or an address `<a@b>`,
        /// as QQ exports do; `message` is text after `sender:` on the same line (single-line exports).
        case header(strong: Bool, message: String?)
        case banner
        case content
        case blank
    }

    struct Label {
        var role: FieldRole
        var value: String
    }

    let text: String
    let kind: Kind
    let labels: [Label]

    static let labelWords: [(FieldRole, [String])] = [
        (.phone, ["联系电话", "手机号码", "手机号", "电话号码", "联系方式", "电话", "手机", "TEL", "Tel", "tel"]),
        (.address, ["收货地址", "收件地址", "详细地址", "地址"]),
        (.name, ["收件人", "收货人", "联系人", "姓名", "名字"]),
    ]

    init(_ line: String) {
        text = line
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            kind = .blank
            labels = []
        } else if Self.isBanner(trimmed) {
            kind = .banner
            labels = []
        } else if let header = Self.header(trimmed) {
            kind = header
            if case .header(_, let message?) = header { labels = Self.labels(in: message) } else { labels = [] }
        } else {
            kind = .content
            labels = Self.labels(in: trimmed)
        }
    }

    /// The content of the line: the message text of a single-line header, else the line trimmed.
    var content: String {
        if case .header(_, let message?) = kind { return message }
        return text.trimmingCharacters(in: .whitespaces)
    }

    static func isBanner(_ line: String) -> Bool {
        if line.unicodeScalars.allSatisfy({ $0 == "=" || $0 == "-" || $0 == "—" || $0 == " " }) { return true }
        return line.hasPrefix("消息记录") || line.hasPrefix("消息分组") || line.hasPrefix("消息对象") || line.hasPrefix("================")
    }

    /// `2017-03-05 21:14:07 sender`, `[2017/3/5 21:14] sender: text`: a header, or nil.
    static func header(_ line: String) -> Kind? {
        let scalars = Array(line.unicodeScalars.prefix(64))
        var index = 0
        let bracketed = scalars.first == "["
        if bracketed { index += 1 }
        func digits(_ range: ClosedRange<Int>) -> Bool {
            var count = 0
            while index < scalars.count, scalars[index].properties.numericType != nil, scalars[index].isASCII { index += 1; count += 1 }
            return range.contains(count)
        }
        func separator(_ allowed: [Unicode.Scalar]) -> Bool {
            guard index < scalars.count, allowed.contains(scalars[index]) else { return false }
            index += 1
            return true
        }
        guard digits(4...4), separator(["-", "/", "."]), digits(1...2), separator(["-", "/", "."]), digits(1...2) else { return nil }
        guard index < scalars.count, scalars[index] == " " else { return nil }
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard digits(1...2), separator([":"]), digits(2...2) else { return nil }
        if index < scalars.count, scalars[index] == ":" { index += 1; guard digits(2...2) else { return nil } }
        if bracketed { guard separator(["]"]) else { return nil } }
        let rest = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(index))).trimmingCharacters(in: .whitespaces)
        // `sender: message` on one line (WeChat-style exports); a QQ header ends with the sender.
        if let colon = rest.firstIndex(where: { $0 == ":" || $0 == "：" }), rest.distance(from: rest.startIndex, to: colon) <= 24 {
            let startsWithLabel = labelWords.contains { $0.1.contains { rest.hasPrefix($0) } }
            let message = startsWithLabel ? rest : rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            return .header(strong: false, message: message.isEmpty ? nil : message)
        }
        guard rest.count <= 40 else { return nil }
        let strong = (rest.hasSuffix(")") && rest.contains("(")) || (rest.hasSuffix(">") && rest.contains("<"))
        return .header(strong: strong, message: nil)
    }

    /// Labels in the order they appear, each with the text up to the next label. A label is a
    /// field word followed by a colon; OCR loses colons and splits words, so a field word also
    /// counts without its colon at the start of the line (收件人李燕梅, 电话 138…) or between spaces
    /// (… 电话 138…), and its characters may stand apart (收 件 人：).
    static func labels(in line: String) -> [Label] {
        let chars = Array(line)
        var found: [(start: Int, valueStart: Int, role: FieldRole)] = []
        var index = 0
        while index < chars.count {
            // A label starts with its word's first character: most positions start none (this runs
            // on every line of every file's sample while a reader is chosen).
            guard labelStarts.contains(chars[index]) else {
                index += 1
                continue
            }
            var next: (valueStart: Int, role: FieldRole)?
            search: for (role, words) in labelWords {
                for word in words {
                    guard let end = match(word, in: chars, at: index) else { continue }
                    var after = end
                    while after < chars.count, chars[after].isWhitespace { after += 1 }
                    guard after < chars.count else { continue }
                    if chars[after] == "：" || chars[after] == ":" {
                        next = (after + 1, role)
                    } else if found.isEmpty, chars[..<index].allSatisfy(\.isWhitespace) {
                        next = (after, role)
                    } else if index > 0, chars[index - 1].isWhitespace, after > end {
                        next = (after, role)
                    } else {
                        continue
                    }
                    break search
                }
            }
            guard let label = next else {
                index += 1
                continue
            }
            found.append((index, label.valueStart, label.role))
            index = label.valueStart
        }
        var labels: [Label] = []
        for (position, label) in found.enumerated() {
            let end = position + 1 < found.count ? found[position + 1].start : chars.count
            let value = String(chars[label.valueStart..<end]).trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{3000}，,；;。、|"))
            labels.append(Label(role: label.role, value: value))
        }
        return labels
    }

    /// Where `word` ends if it starts at `start`; a Han word's characters may be spaced apart.
    /// The first character of every label word.
    private static let labelStarts = Set(labelWords.flatMap { $0.1.compactMap(\.first) })

    static func match(_ word: String, in chars: [Character], at start: Int) -> Int? {
        var index = start
        var first = true
        for expected in word {
            if !first, expected.unicodeScalars.first.map({ $0.value >= 0x4E00 }) == true {
                while index < chars.count, chars[index] == " " || chars[index] == "\u{3000}" { index += 1 }
            }
            guard index < chars.count, chars[index] == expected else { return nil }
            index += 1
            first = false
        }
        return index
    }

    /// Labels that name none of the three fields but belong to a record (运单号：…, 备注：…): such a
    /// line stays in the record around it instead of splitting it.
    static let asideWords = ["运单号", "快递单号", "单号", "订单号", "订单编号", "备注", "商品", "内件", "物品", "件数", "重量", "邮编"]

    /// Whether the line is an aside: one of `asideWords`, then a colon.
    var isAside: Bool {
        guard labels.isEmpty, case .content = kind else { return false }
        let trimmed = content
        return Self.asideWords.contains { word in
            guard trimmed.hasPrefix(word) else { return false }
            let rest = trimmed.dropFirst(word.count).drop { $0 == " " }
            return rest.first == "：" || rest.first == ":"
        }
    }
}
