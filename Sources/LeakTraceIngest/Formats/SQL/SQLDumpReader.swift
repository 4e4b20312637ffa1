import LeakTraceCore

/// Reads SQL dumps: each tuple of `INSERT INTO t (cols) VALUES (…),(…);` is a record, with its column
/// names from the INSERT or from the table's `CREATE TABLE`, so `receiver_mobile` is known for a phone.
///
/// ```swift
/// let dump = "CREATE TABLE `orders` (`id` int, `receiver` varchar(20), `mobile` bigint);\n"
///     + "INSERT INTO `orders` VALUES (1,'张伟',13800000001),(2,'O\\'Neil',NULL);\n"
/// let (records, _) = try SQLDumpReader().readAll(dump)
/// records[0].phone    // "13800000001"
/// records[1].cells    // ["2", "O'Neil", ""]
/// ```
/// Strings take `''` and backslash escapes; NULL reads as an empty cell; numbers are written back by
/// `NumberText`. Records are numbered in file order; `seen` is the table and the tuple as written.
/// A tuple that breaks off (a truncated dump) is counted as `malformed` and reading resumes after
/// the next `;`. Other statements (SET, LOCK, DROP …) are skipped.
public struct SQLDumpReader: RecordReader {
    public static let format = "sql"

    public init() {}

    public static func confidence(for sample: FileSample) -> Double {
        guard !sample.looksBinary else { return 0 }
        let head = sample.decodedHead.prefix(16_384).uppercased()
        let inserts = head.contains("INSERT INTO") || head.contains("REPLACE INTO") || head.contains("INSERT IGNORE INTO")
        if inserts && head.contains("VALUES") { return 0.95 }   // beats CSV, which splits one-line inserts consistently
        if sample.pathExtension == "sql" { return head.contains("CREATE TABLE") ? 0.8 : 0.5 }
        return 0
    }

    public func read(_ text: DecodedText, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary {
        try text.withUTF8 { bytes in
            var summary = ReadSummary(format: Self.format)
            var lexer = SQLLexer(bytes)
            var columns: [String: [String]] = [:]     // CREATE TABLE columns by table
            var tables: [String: TableRecordAssembler] = [:]
            var order: [String] = []
            var tuples = 0
            let counted: (SeizedRecord) throws -> Void = { record in
                summary.records += 1
                try emit(record)
            }
            while true {
                lexer.skipTrivia()
                guard !lexer.isAtEnd else { break }
                let keyword = lexer.word().uppercased()
                switch keyword {
                case "CREATE":
                    if let (table, names) = Self.createTable(&lexer) { columns[table] = names }
                case "INSERT", "REPLACE":
                    guard let table = Self.insertTarget(&lexer) else { lexer.skipStatement(); continue }
                    var listed: [String]?
                    lexer.skipTrivia()
                    if lexer.current == UInt8(ascii: "(") { listed = Self.nameList(&lexer) }
                    lexer.skipTrivia()
                    let values = lexer.word().uppercased()
                    guard values == "VALUES" || values == "VALUE" else { lexer.skipStatement(); continue }
                    let key = table + "\u{0}" + (listed ?? []).joined(separator: "\u{0}")
                    if tables[key] == nil {
                        tables[key] = TableRecordAssembler(header: listed ?? columns[table], headerInData: false)
                        order.append(key)
                    }
                    while true {
                        lexer.skipTrivia()
                        guard lexer.current == UInt8(ascii: "(") else { break }
                        let start = lexer.position
                        let line = lexer.line
                        do {
                            let cells = try Self.tuple(&lexer)
                            tuples += 1
                            let seen = table + ": " + String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<lexer.position]), as: UTF8.self)
                            try tables[key]!.add(number: tuples, cells: cells, seen: seen, emit: counted)
                        } catch let failure as SQLLexer.Failure {
                            summary.skip(.malformed, line: min(failure.line, line))
                            lexer.skipStatement()
                            break
                        }
                        lexer.skipTrivia()
                        guard lexer.current == UInt8(ascii: ",") else { break }
                        lexer.advance()
                    }
                    lexer.skipStatement()
                default:
                    if keyword.isEmpty && lexer.current != UInt8(ascii: ";") { lexer.advance() }
                    lexer.skipStatement()
                }
            }
            for key in order { try tables[key]!.finish(emit: counted) }
            return summary
        }
    }

    /// `INSERT [LOW_PRIORITY|DELAYED|HIGH_PRIORITY] [IGNORE] [INTO] name`: the table's name.
    static func insertTarget(_ lexer: inout SQLLexer) -> String? {
        while true {
            lexer.skipTrivia()
            let save = lexer.position
            let word = lexer.word().uppercased()
            switch word {
            case "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE", "INTO", "OR", "ROLLBACK", "ABORT", "FAIL":
                continue
            default:
                lexer.position = save
                return lexer.identifier()
            }
        }
    }

    /// `CREATE TABLE [IF NOT EXISTS] name (col type …, …, PRIMARY KEY …)`: the column names.
    static func createTable(_ lexer: inout SQLLexer) -> (String, [String])? {
        defer { lexer.skipStatement() }
        lexer.skipTrivia()
        var word = lexer.word().uppercased()
        if word == "TEMPORARY" { lexer.skipTrivia(); word = lexer.word().uppercased() }
        guard word == "TABLE" else { return nil }
        lexer.skipTrivia()
        let save = lexer.position
        if lexer.word().uppercased() == "IF" {
            lexer.skipTrivia(); _ = lexer.word(); lexer.skipTrivia(); _ = lexer.word()   // NOT EXISTS
        } else {
            lexer.position = save
        }
        guard let table = lexer.identifier() else { return nil }
        lexer.skipTrivia()
        guard lexer.current == UInt8(ascii: "(") else { return nil }
        lexer.advance()
        var names: [String] = []
        let constraints: Set<String> = ["PRIMARY", "KEY", "UNIQUE", "INDEX", "CONSTRAINT", "FOREIGN", "CHECK", "FULLTEXT", "SPATIAL"]
        while !lexer.isAtEnd {
            lexer.skipTrivia()
            let save = lexer.position
            let first = lexer.word().uppercased()
            if !constraints.contains(first) {
                lexer.position = save
                if let name = lexer.identifier() { names.append(name) }
            }
            // The rest of the definition, up to a comma or the closing parenthesis at this depth.
            var depth = 0
            while let byte = lexer.current {
                if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") {
                    guard (try? lexer.quoted(byte)) != nil else { return nil }
                    continue
                }
                if byte == UInt8(ascii: "(") { depth += 1 }
                if byte == UInt8(ascii: ")") {
                    if depth == 0 { lexer.advance(); return (table, names) }
                    depth -= 1
                }
                if byte == UInt8(ascii: ",") && depth == 0 { break }
                lexer.advance()
            }
            guard lexer.current == UInt8(ascii: ",") else { return nil }
            lexer.advance()
        }
        return nil
    }

    /// `(a, `b`, "c")`: the names in a column list.
    static func nameList(_ lexer: inout SQLLexer) -> [String] {
        lexer.advance()
        var names: [String] = []
        while let name = lexer.identifier() {
            names.append(name)
            lexer.skipTrivia()
            guard lexer.current == UInt8(ascii: ",") else { break }
            lexer.advance()
        }
        lexer.skipTrivia()
        if lexer.current == UInt8(ascii: ")") { lexer.advance() }
        return names
    }

    /// One tuple `(…)` at the lexer's position: its values as cells.
    static func tuple(_ lexer: inout SQLLexer) throws -> [String] {
        let line = lexer.line
        lexer.advance()
        var cells: [String] = []
        while true {
            lexer.skipTrivia()
            guard let byte = lexer.current else { throw SQLLexer.Failure(reason: "a tuple never closes", line: line) }
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                cells.append(try lexer.quoted(byte))
            case UInt8(ascii: ")") where cells.isEmpty:
                lexer.advance()
                return cells
            default:
                let word = lexer.word()
                if lexer.current == UInt8(ascii: "'") {            // _utf8mb4'…', N'…', X'…': an introduced string
                    cells.append(try lexer.quoted(UInt8(ascii: "'")))
                } else if lexer.current == UInt8(ascii: "(") {     // a function call such as NOW(): kept as written
                    var depth = 0
                    let start = lexer.position
                    while let inner = lexer.current {
                        if inner == UInt8(ascii: "'") { _ = try lexer.quoted(inner); continue }
                        if inner == UInt8(ascii: "(") { depth += 1 }
                        if inner == UInt8(ascii: ")") { depth -= 1; if depth == 0 { lexer.advance(); break } }
                        lexer.advance()
                    }
                    cells.append(word + String(decoding: UnsafeBufferPointer(rebasing: lexer.bytes[start..<lexer.position]), as: UTF8.self))
                } else if word.isEmpty {
                    throw SQLLexer.Failure(reason: "unexpected character in a tuple", line: lexer.line)
                } else {
                    cells.append(word.uppercased() == "NULL" ? "" : NumberText.render(word))
                }
            }
            lexer.skipTrivia()
            switch lexer.current {
            case UInt8(ascii: ","): lexer.advance()
            case UInt8(ascii: ")"):
                lexer.advance()
                return cells
            default:
                throw SQLLexer.Failure(reason: "a tuple never closes", line: line)
            }
        }
    }
}
