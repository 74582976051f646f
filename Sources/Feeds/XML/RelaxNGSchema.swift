import CLibXML2
import Foundation

/// One compiled RELAX NG schema (`xmlRelaxNGPtr`), freed in `deinit`.
final class RelaxNGSchema: @unchecked Sendable {
    private let schema: xmlRelaxNGPtr

    /// RFC 4287's schema for Atom, compiled into the binary.
    static let atom = try! RelaxNGSchema(PackageResources.atom_rng)

    struct Failure: Error {}

    init(_ bytes: [UInt8]) throws {
        let parsed: xmlRelaxNGPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { text in
                guard let context = xmlRelaxNGNewMemParserCtxt(text.baseAddress, Int32(text.count)) else { return nil }
                defer { xmlRelaxNGFreeParserCtxt(context) }
                return xmlRelaxNGParse(context)
            }
        }
        guard let parsed else { throw Failure() }
        schema = parsed
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    /// Each way `document` breaks the schema, as libxml2 words it, with its line.
    func violations(in document: XMLDocument) -> [(line: Int, message: String)] {
        let validator = RelaxNGValidator(schema: schema)
        return validator.validate(document)
    }
}

/// One RELAX NG validation context, freed in `deinit`; it collects libxml2's messages through
/// a C callback that finds the collector again with `Unmanaged`.
private final class RelaxNGValidator {
    private let context: xmlRelaxNGValidCtxtPtr
    private var messages: [(line: Int, message: String)] = []

    init(schema: xmlRelaxNGPtr) {
        context = xmlRelaxNGNewValidCtxt(schema)
    }

    deinit {
        xmlRelaxNGFreeValidCtxt(context)
    }

    func validate(_ document: XMLDocument) -> [(line: Int, message: String)] {
        let collector = Unmanaged.passUnretained(self).toOpaque()
        xmlRelaxNGSetValidStructuredErrors(
            context,
            { collector, error in
                guard let collector, let error else { return }
                let validator = Unmanaged<RelaxNGValidator>.fromOpaque(collector).takeUnretainedValue()
                let message = error.pointee.message.map { String(cString: $0) } ?? "invalid"
                validator.messages.append(
                    (Int(error.pointee.line), message.trimmingCharacters(in: .whitespacesAndNewlines)))
            }, collector)
        let result = xmlRelaxNGValidateDoc(context, document.pointer)
        if result != 0 && messages.isEmpty { messages.append((0, "does not match RFC 4287's schema")) }
        return messages
    }
}
