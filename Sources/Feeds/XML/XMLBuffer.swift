import CLibXML2

/// One libxml2 memory buffer, freed in `deinit`.
final class XMLBuffer {
    let pointer: xmlBufferPtr

    init() throws(XMLWriterError) {
        guard let pointer = xmlBufferCreate() else { throw XMLWriterError(operation: "allocate a buffer") }
        self.pointer = pointer
    }

    deinit {
        xmlBufferFree(pointer)
    }

    var bytes: [UInt8] {
        guard let content = xmlBufferContent(pointer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(pointer))))
    }
}
