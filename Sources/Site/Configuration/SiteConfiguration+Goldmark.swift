extension SiteConfiguration {
    /// Hugo's `[markup.highlight]`: its line numbers.
    static func lineNumbers(_ highlight: ConfigurationTable) throws(ConfigurationError) -> CodeLineNumbers {
        var numbers = CodeLineNumbers()
        numbers.isOn = try highlight.bool("lineNos") ?? false
        numbers.inTable = try highlight.bool("lineNumbersInTable") ?? true
        numbers.start = try highlight.integer("lineNoStart") ?? 1
        return numbers
    }

    /// Hugo's `[markup.goldmark]`: what of it changes the HTML Herald writes.
    static func markdownFlavor(_ goldmark: ConfigurationTable) throws(ConfigurationError) -> MarkdownFlavor {
        var flavor = MarkdownFlavor.goldmark
        let renderer = try goldmark.subtable("renderer")
        flavor.allowsRawHTML = try renderer?.bool("unsafe") ?? false
        flavor.hardWraps = try renderer?.bool("hardWraps") ?? false
        flavor.xhtml = try renderer?.bool("xhtml") ?? false
        if let parser = try goldmark.subtable("parser") {
            if try parser.bool("autoHeadingID") == false {
                flavor.headingIDs = nil
            } else if let name = try parser.text("autoHeadingIDType") {
                guard let style = HeadingIDs(hugoName: name) else {
                    throw parser.error(
                        "autoHeadingIDType", "'\(name)' is not one of Hugo's: github, github-ascii, blackfriday")
                }
                flavor.headingIDs = style
            }
            let attribute = try parser.subtable("attribute")
            flavor.headingAttributes = try attribute?.bool("title") ?? true
            flavor.blockAttributes = try attribute?.bool("block") ?? false
        }
        if let extensions = try goldmark.subtable("extensions") {
            flavor.definitionLists = try extensions.bool("definitionList") ?? true
            // Both were `true`/`false` before Hugo made them tables (0.112, 0.151); Hugo still
            // reads the old form.
            if case .bool(let isOn) = extensions.table["typographer"] {
                if !isOn { flavor.typographer = nil }
            } else if let typographer = try extensions.subtable("typographer") {
                if try typographer.bool("disable") == true {
                    flavor.typographer = nil
                } else {
                    for mark in GoldmarkTypographer.Mark.allCases {
                        if let text = try typographer.string(mark.hugoName) {
                            flavor.typographer?.substitutions[mark.rawValue] = text
                        }
                    }
                }
            }
            if case .bool(let isOn) = extensions.table["footnote"] {
                flavor.footnotes = isOn
            } else if let footnote = try extensions.subtable("footnote") {
                flavor.footnotes = try footnote.bool("enable") ?? true
            }
            if try extensions.bool("linkify") == false {
                flavor.linkScheme = nil
            } else if let scheme = try extensions.text("linkifyProtocol") {
                guard scheme == "http" || scheme == "https" else {
                    throw extensions.error("linkifyProtocol", "'\(scheme)' is not http or https")
                }
                flavor.linkScheme = scheme
            }
        }
        return flavor
    }
}
