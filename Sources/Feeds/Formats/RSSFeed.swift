import Site

/// RSS 2.0 as the RSS Advisory Board specifies it, following its RSS Best Practices Profile.
enum RSSFeed {
    static func render(_ document: FeedDocument) throws(XMLWriterError) -> [UInt8] {
        let writer = try XMLWriter()
        try writer.startFeedDocument(stylesheet: document.stylesheet)
        try writer.startElement("rss")
        try writer.attribute("version", "2.0")
        try writer.attribute("xmlns:atom", "http://www.w3.org/2005/Atom")
        try writer.attribute("xmlns:content", "http://purl.org/rss/1.0/modules/content/")
        try writer.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
        try writer.startElement("channel")
        try plainElement("title", document.title, writer)
        try writer.element("link", document.pageURL)
        // The description is required; a site without one is described by its title.
        try plainElement("description", document.description ?? document.title, writer)
        if let language = document.language { try writer.element("language", language) }
        if let rights = document.rights { try plainElement("copyright", rights, writer) }
        try writer.element("lastBuildDate", document.updated.rfc822)
        try writer.element("generator", "Herald \(FeedGenerator.version)")
        if let selfURL = document.feedURLs[.rss] {
            try writer.element(
                "atom:link", attributes: ["href": selfURL, "rel": "self", "type": FeedFormat.rss.mediaType])
        }
        for hub in document.hubs { try writer.element("atom:link", attributes: ["href": hub, "rel": "hub"]) }
        if let logo = document.logo {
            try writer.startElement("image")
            try writer.element("url", logo)
            try plainElement("title", document.title, writer)
            try writer.element("link", document.pageURL)
            try writer.endElement()
        }
        for entry in document.entries { try write(entry, to: writer) }
        try writer.endElement()
        try writer.endElement()
        return try writer.finish()
    }

    /// Plain text, with `&` and `<` as the profile recommends so that readers which take RSS
    /// text for HTML still show a title like "AT&T <3 Swift" literally.
    private static func plainElement(_ name: String, _ text: String, _ writer: XMLWriter) throws(XMLWriterError) {
        try writer.startElement(name)
        try writer.hexEscapedText(text)
        try writer.endElement()
    }

    private static func write(_ entry: FeedEntry, to writer: XMLWriter) throws(XMLWriterError) {
        try writer.startElement("item")
        try plainElement("title", entry.title, writer)
        try writer.element("link", entry.url)
        for translation in entry.translations {
            try writer.element(
                "atom:link",
                attributes: ["href": translation.url, "rel": "alternate", "hreflang": translation.language])
        }
        try writer.element("guid", entry.id, attributes: ["isPermaLink": entry.idIsPermalink ? "true" : "false"])
        if let published = entry.published { try writer.element("pubDate", published.rfc822) }
        for author in entry.authors { try plainElement("dc:creator", author, writer) }
        for category in entry.categories + entry.tags { try plainElement("category", category, writer) }
        if !entry.summaryHTML.isEmpty { try writer.element("description", entry.summaryHTML) }
        if let content = entry.contentHTML { try writer.element("content:encoded", content) }
        try writer.endElement()
    }
}
