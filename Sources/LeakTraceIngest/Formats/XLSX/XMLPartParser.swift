import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses one XML part of a workbook with Foundation's event-driven `XMLParser`, refusing anything
/// that declares a DTD or entities: no real workbook part has one, and entity expansion ("billion
/// laughs") and external entities are the classic XML attacks.
///
/// ```swift
/// let strings = SharedStringsHandler()
/// try XMLPartParser.parse(bytes, part: "xl/sharedStrings.xml", handler: strings)
/// ```
/// Parts of any size parse: the parser is fed in chunks (libxml2 refuses one chunk over 10 MB).
/// The prolog is checked on the raw bytes before the parser sees them; the delegate also aborts on
/// any declaration, in case one slips past, and external entities are never resolved.
final class XMLPartParser: NSObject, XMLParserDelegate {
    /// Why a part could not be parsed, with the XML line where that was found.
    struct Failure: Error {
        let message: String
        let line: Int
        /// A refused declaration (an attack on the reader), as opposed to damage.
        var isRefusal = false
    }

    private let handler: XMLPartHandler
    private var refusal: String?
    /// The first well-formedness error, with its line: libxml2 may recover and report success anyway.
    private var damage: (reason: String, line: Int)?

    private init(handler: XMLPartHandler) {
        self.handler = handler
    }

    static func parse(_ bytes: [UInt8], part: String, handler: XMLPartHandler) throws {
        // From a stream, not `XMLParser(data:)`: with data, swift-corelibs-foundation hands libxml2 the
        // whole part as one push chunk, and libxml2 refuses a chunk over 10,000,000 bytes ("huge input
        // lookup", error 1): the shared strings of a 100k-row workbook. A stream is fed in small chunks.
        try parse(InputStream(data: Data(bytes)), head: bytes, part: part, handler: handler)
    }

    /// Parses a part while it is being inflated; the prolog is checked on its first bytes.
    static func parse(_ stream: ChunkInputStream, part: String, handler: XMLPartHandler) throws {
        try parse(stream, head: stream.prefix(prologWindow), part: part, handler: handler)
    }

    /// How much of a streamed part the raw prolog check sees. A real prolog is a few hundred bytes;
    /// a declaration hidden behind a longer one is still refused by the delegate when the parser meets it.
    static let prologWindow = 64 * 1024

    private static func parse(_ stream: InputStream, head bytes: [UInt8], part: String, handler: XMLPartHandler) throws {
        if let problem = prologProblem(bytes) {
            throw Failure(message: "\(part) \(problem)", line: 1, isRefusal: true)
        }
        let delegate = XMLPartParser(handler: handler)
        let parser = XMLParser(stream: stream)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        let parsed = parser.parse()
        if handler.shouldStop { return }   // the consumer's own error is the caller's to report
        if let refusal = delegate.refusal {
            throw Failure(message: "\(part) \(refusal)", line: parser.lineNumber, isRefusal: true)
        }
        if let damage = delegate.damage {
            throw Failure(message: "\(part) is not well-formed XML (\(damage.reason))", line: damage.line)
        }
        if !parsed {
            let reason = parser.parserError.map { Self.describe($0) } ?? "unknown error"
            throw Failure(message: "\(part) is not well-formed XML (\(reason))", line: parser.lineNumber)
        }
    }

    /// Something in the prolog (before the root element) that is refused: a DTD, or a non-UTF-8 part.
    static func prologProblem(_ bytes: [UInt8]) -> String? {
        if bytes.prefix(4).contains(0) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return "is not UTF-8 XML (UTF-16 parts are not read)"
        }
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard needle.count <= bytes.count else { return nil }
            var i = start
            while i + needle.count <= bytes.count {
                if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
                i += 1
            }
            return nil
        }
        while let open = find([0x3C], from: index) {   // "<"
            let next = open + 1 < bytes.count ? bytes[open + 1] : 0
            if next == 0x3F {                           // "<?": declaration or processing instruction
                guard let close = find([0x3F, 0x3E], from: open + 2) else { return nil }
                index = close + 2
            } else if bytes[open...].starts(with: Array("<!--".utf8)) {
                guard let close = find(Array("-->".utf8), from: open + 4) else { return nil }
                index = close + 3
            } else if next == 0x21 {                    // "<!DOCTYPE", "<!ENTITY", …
                return "declares a DTD or entities, which workbooks never do; refused (XML entity expansion)"
            } else {
                return nil                              // the root element: the prolog is over
            }
        }
        return nil
    }

    private static func describe(_ error: Error) -> String {
        let code = (error as NSError).code
        return "parser error \(code)"
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if damage == nil { damage = (Self.describe(parseError), parser.lineNumber) }
        parser.abortParsing()
    }

    private func refuse(_ parser: XMLParser, _ what: String) {
        refusal = "declares \(what), which workbooks never do; refused (XML entity expansion)"
        parser.abortParsing()
    }

    private static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        handler.start(Self.localName(elementName), attributes: attributeDict)
        if handler.shouldStop { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        handler.end(Self.localName(elementName))
        if handler.shouldStop { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        handler.characters(string)
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refuse(parser, "an entity (\(name))")
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuse(parser, "an external entity (\(name))")
    }

    func parser(_ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?, systemID: String?, notationName: String?) {
        refuse(parser, "an unparsed entity (\(name))")
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        refuse(parser, "an external entity reference (\(name))")
        return nil
    }
}
