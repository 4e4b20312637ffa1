/// The byte-level tokens of an SQL dump: words, quoted strings (`''` and backslash escapes),
/// identifiers in backticks, double quotes or brackets, and comments (`--`, `#`, `/* */`) skipped.
///
/// ```swift
/// var lexer = SQLLexer(bytes)
/// lexer.skipTrivia()
/// lexer.word()   // "INSERT"
/// ```
/// Dumps from MySQL, SQLite and PostgreSQL `--inserts` all fit; it never builds a syntax tree.
struct SQLLexer {
    struct Failure: Error {
        let reason: String
        let line: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// 1-based line of `position`.
    private(set) var line = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position >= bytes.count }
    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func advance() {
        if bytes[position] == 0x0A { line += 1 }
        position += 1
    }

    /// Skips whitespace and comments.
    mutating func skipTrivia() {
        while let byte = current {
            switch byte {
            case 0x20, 0x09, 0x0D, 0x0A: advance()
            case UInt8(ascii: "#"): skipLine()
            case UInt8(ascii: "-") where peek(1) == UInt8(ascii: "-"): skipLine()
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                advance(); advance()
                while !isAtEnd && !(current == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/")) { advance() }
                if !isAtEnd { advance(); advance() }
            default: return
            }
        }
    }

    func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private mutating func skipLine() {
        while let byte = current, byte != 0x0A { _ = byte; position += 1 }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "$"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"), 0x80...0xFF: true
        default: false
        }
    }

    /// A bare word (keyword, number, NULL), or "" when none starts here.
    mutating func word() -> String {
        let start = position
        while let byte = current, Self.isWordByte(byte) { position += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    /// An identifier, bare or quoted (`t`, `"t"`, [t]), qualified names reduced to their last part.
    mutating func identifier() -> String? {
        var name: String?
        while true {
            skipTrivia()
            guard let byte = current else { return name }
            switch byte {
            case UInt8(ascii: "`"), UInt8(ascii: "\""): name = try? quoted(byte)
            case UInt8(ascii: "["): name = try? quoted(UInt8(ascii: "]"), opening: UInt8(ascii: "["))
            default:
                let start = position
                while let next = current, Self.isWordByte(next), next != UInt8(ascii: ".") { position += 1 }
                guard position > start else { return name }
                name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            }
            guard current == UInt8(ascii: ".") else { return name }
            position += 1
        }
    }

    /// A quoted string or identifier at `position`, escapes undone: a doubled closing quote is one,
    /// and in single-quoted strings a backslash escapes the next byte (MySQL's rule).
    mutating func quoted(_ closing: UInt8, opening: UInt8? = nil) throws -> String {
        let startLine = line
        advance()
        var text: [UInt8] = []
        while let byte = current {
            if byte == closing {
                if peek(1) == closing && opening == nil { text.append(byte); advance(); advance(); continue }
                advance()
                return String(decoding: text, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") && closing == UInt8(ascii: "'"), let escaped = peek(1) {
                advance(); advance()
                switch escaped {
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "0"), UInt8(ascii: "Z"): continue
                default: text.append(escaped)
                }
                continue
            }
            text.append(byte)
            advance()
        }
        throw Failure(reason: "a quoted string never closes", line: startLine)
    }

    /// Skips to just after the next `;` outside strings and comments (or to the end).
    mutating func skipStatement() {
        while let byte = current {
            switch byte {
            case UInt8(ascii: ";"): advance(); return
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"):
                guard (try? quoted(byte)) != nil else { return }
            case UInt8(ascii: "-"), UInt8(ascii: "#"), UInt8(ascii: "/"):
                let before = position
                skipTrivia()
                if position == before { advance() }
            default: advance()
            }
        }
    }
}
