import CLibXML2
import Foundation

/// One parsed XML document (`xmlDocPtr`), freed in `deinit`. Parsing never touches the network.
final class XMLDocument {
    let pointer: xmlDocPtr

    /// A document that is not well-formed XML; the message and line are libxml2's.
    struct ParseError: Error, Sendable {
        let line: Int
        let message: String
    }

    init(bytes: [UInt8]) throws(ParseError) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlReadMemory($0.baseAddress, Int32($0.count), nil, nil, options)
            }
        }
        guard let document else {
            let error = xmlGetLastError()
            let message = error?.pointee.message.map { String(cString: $0) } ?? "not well-formed XML"
            throw ParseError(
                line: Int(error?.pointee.line ?? 0), message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        pointer = document
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    var root: XMLElement? {
        xmlDocGetRootElement(pointer).map(Self.element)
    }

    private static func element(_ node: xmlNodePtr) -> XMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            let prefix = current.pointee.ns.flatMap { $0.pointee.prefix }.map { String(cString: $0) + ":" } ?? ""
            if let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                attributes[prefix + name] = String(cString: value)
                herald_xml_free(value)
            }
            attribute = current.pointee.next
        }
        var children: [XMLElement] = []
        var text = ""
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: children.append(element(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            default: break
            }
            child = current.pointee.next
        }
        return XMLElement(
            name: String(cString: node.pointee.name),
            namespace: node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } ?? "",
            attributes: attributes, text: text, line: Int(xmlGetLineNo(node)), children: children)
    }
}
