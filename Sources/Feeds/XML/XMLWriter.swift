import CLibXML2
import Site

/// Writes one XML document through libxml2's text writer: the only Swift code that calls libxml2
/// to write. Every string is cleaned of the characters XML 1.0 forbids before libxml2 sees it.
///
/// One writer owns one `xmlTextWriterPtr`, freed in `deinit`; its buffer is its own class.
final class XMLWriter {
    private let buffer: XMLBuffer
    private let writer: xmlTextWriterPtr

    init() throws(XMLWriterError) {
        buffer = try XMLBuffer()
        guard let writer = xmlNewTextWriterMemory(buffer.pointer, 0) else {
            throw XMLWriterError(operation: "create a text writer")
        }
        self.writer = writer
        xmlTextWriterSetIndent(writer, 1)
        _ = Self.withXMLString("  ") { xmlTextWriterSetIndentString(writer, $0) }
    }

    deinit {
        xmlFreeTextWriter(writer)
    }

    /// Runs `body` with `text` as the NUL-terminated `xmlChar` string libxml2 expects.
    private static func withXMLString<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        text.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body) }
    }

    /// libxml2 reports failure with a negative count.
    private func check(_ result: Int32, _ operation: @autoclosure () -> String) throws(XMLWriterError) {
        if result < 0 { throw XMLWriterError(operation: operation()) }
    }

    private func startDocument() throws(XMLWriterError) {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    /// The XML declaration and, for browsers, the stylesheet instruction, if there is one.
    func startFeedDocument(stylesheet: String?) throws(XMLWriterError) {
        try startDocument()
        guard let stylesheet else { return }
        // libxml2 writes an instruction's text as it is: a `?>` (from a site address with a
        // query) would end it early, a `"` its pseudo-attribute, a `&` would start a reference.
        let href = PercentEncoding.encode(stylesheet) {
            PercentEncoding.isUnreserved($0) || "/%!$()*+,;=:@".utf8.contains($0)
        }
        try processingInstruction("xml-stylesheet", "type=\"text/xsl\" href=\"\(href)\"")
    }

    private func processingInstruction(_ target: String, _ content: String) throws(XMLWriterError) {
        let result = Self.withXMLString(target) { name in
            Self.withXMLString(FeedText.sanitized(content)) { xmlTextWriterWritePI(writer, name, $0) }
        }
        try check(result, "write the <?\(target)?> instruction")
    }

    func startElement(_ name: String) throws(XMLWriterError) {
        try check(Self.withXMLString(name) { xmlTextWriterStartElement(writer, $0) }, "start <\(name)>")
    }

    func attribute(_ name: String, _ value: String) throws(XMLWriterError) {
        let result = Self.withXMLString(name) { key in
            Self.withXMLString(FeedText.sanitized(value)) { xmlTextWriterWriteAttribute(writer, key, $0) }
        }
        try check(result, "write the attribute \(name)")
    }

    /// Character data, escaped by libxml2 (`&amp;`, `&lt;`, `&gt;`).
    func text(_ value: String) throws(XMLWriterError) {
        try check(Self.withXMLString(FeedText.sanitized(value)) { xmlTextWriterWriteString(writer, $0) }, "write text")
    }

    /// Plain text with `&`, `<` and `>` as hexadecimal character references, which the RSS Best
    /// Practices Profile recommends: aggregators that read RSS titles as HTML then still show them.
    func hexEscapedText(_ value: String) throws(XMLWriterError) {
        var escaped = ""
        for character in FeedText.sanitized(value) {
            switch character {
            case "&": escaped += "&#x26;"
            case "<": escaped += "&#x3C;"
            case ">": escaped += "&#x3E;"
            default: escaped.append(character)
            }
        }
        try check(Self.withXMLString(escaped) { xmlTextWriterWriteRaw(writer, $0) }, "write text")
    }

    func endElement() throws(XMLWriterError) {
        try check(xmlTextWriterEndElement(writer), "end an element")
    }

    /// `<name attributes…>text</name>` in one call.
    func element(_ name: String, _ text: String? = nil, attributes: KeyValuePairs<String, String> = [:])
        throws(XMLWriterError)
    {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try endElement()
    }

    /// Closes every open element and returns the document's bytes.
    func finish() throws(XMLWriterError) -> [UInt8] {
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush the document")
        return buffer.bytes
    }
}
