import Site

/// RFC 4287 Atom 1.0.
enum AtomFeed {
    static func render(_ document: FeedDocument) throws(XMLWriterError) -> [UInt8] {
        let writer = try XMLWriter()
        try writer.startFeedDocument(stylesheet: document.stylesheet)
        try writer.startElement("feed")
        try writer.attribute("xmlns", "http://www.w3.org/2005/Atom")
        if let language = document.language { try writer.attribute("xml:lang", language) }
        let selfURL = document.feedURLs[.atom] ?? document.pageURL
        try writer.element("id", selfURL)
        try writer.element("title", document.title, attributes: ["type": "text"])
        if let description = document.description {
            try writer.element("subtitle", description, attributes: ["type": "text"])
        }
        try writer.element("updated", document.updated.rfc3339)
        try writer.element("link", attributes: ["rel": "self", "type": FeedFormat.atom.mediaType, "href": selfURL])
        try writer.element("link", attributes: ["rel": "alternate", "type": "text/html", "href": document.pageURL])
        for hub in document.hubs { try writer.element("link", attributes: ["rel": "hub", "href": hub]) }
        // An Atom feed needs an author unless every entry has one; the site's title stands in.
        try writeAuthor(document.author ?? document.siteTitle, to: writer)
        try writer.element(
            "generator", "Herald", attributes: ["uri": FeedGenerator.uri, "version": FeedGenerator.version])
        if let icon = document.icon { try writer.element("icon", icon) }
        if let logo = document.logo { try writer.element("logo", logo) }
        if let rights = document.rights { try writer.element("rights", rights, attributes: ["type": "text"]) }
        for entry in document.entries { try write(entry, of: document, to: writer) }
        try writer.endElement()
        return try writer.finish()
    }

    private static func writeAuthor(_ name: String, to writer: XMLWriter) throws(XMLWriterError) {
        try writer.startElement("author")
        try writer.element("name", name)
        try writer.endElement()
    }

    private static func write(_ entry: FeedEntry, of document: FeedDocument, to writer: XMLWriter)
        throws(XMLWriterError)
    {
        try writer.startElement("entry")
        try writer.element("id", entry.id)
        try writer.element("title", entry.title, attributes: ["type": "text"])
        try writer.element("link", attributes: ["rel": "alternate", "type": "text/html", "href": entry.url])
        for translation in entry.translations {
            try writer.element(
                "link",
                attributes: [
                    "rel": "alternate", "type": "text/html", "hreflang": translation.language, "href": translation.url,
                ])
        }
        if let published = entry.published { try writer.element("published", published.rfc3339) }
        try writer.element("updated", (entry.updated ?? FeedDocument.epoch).rfc3339)
        for author in entry.authors { try writeAuthor(author, to: writer) }
        for tag in entry.tags {
            try writer.element("category", attributes: ["term": tag, "scheme": document.tagScheme])
        }
        for category in entry.categories {
            try writer.element("category", attributes: ["term": category, "scheme": document.categoryScheme])
        }
        if !entry.summaryHTML.isEmpty { try writer.element("summary", entry.summaryHTML, attributes: ["type": "html"]) }
        if let content = entry.contentHTML { try writer.element("content", content, attributes: ["type": "html"]) }
        try writer.endElement()
    }
}
