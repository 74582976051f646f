/// cmark-gfm's footnotes and task list items rewritten as the generator marks them up, so a
/// reader sees the same back-link and a footnote link lands where the site's does:
/// Goldmark's `fn:1` / `fnref:1` numbered in order of first reference, `&#160;↩︎` back-links;
/// kramdown's `fn:label`, no-break space and `&#8617;` back-links numbered from the second on.
struct GeneratorMarkup {
    let engine: MarkdownFlavor.Engine

    func applied(to html: String) -> String {
        var html = html
        if html.containsUTF8("data-footnote-ref") { html = footnotes(html) }
        if html.containsUTF8("<input type=\"checkbox\"") { html = taskLists(html) }
        return html
    }

    // cmark-gfm: <sup class="footnote-ref"><a href="#fn-L" id="fnref-L[-k]" data-footnote-ref>N</a></sup>
    private static let reference = [
        ##"<sup class="footnote-ref"><a href="#fn-"##, ##"" id="fnref-"##, ##"" data-footnote-ref>"##, "</a></sup>",
    ]
    // cmark-gfm: ␠<a href="#fnref-L[-k]" class="footnote-backref" … aria-label="Back to content">↩[<sup class="footnote-ref">k</sup>]</a>
    private static let backReference = [
        ##" <a href="#fnref-"##, ##"" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩"##,
        "</a>",
    ]
    private static let note = [##"<li id="fn-"##, ##"">"##]

    private func footnotes(_ html: String) -> String {
        // Goldmark numbers notes in the order cmark-gfm lists them: of their first reference.
        var numbers: [String: Int] = [:]
        var notes = html[...]
        while let open = notes.firstRange(ofUTF8: Self.note[0]) {
            let label = notes[open.upperBound...].prefix { $0 != "\"" }
            numbers[String(label)] = numbers.count + 1
            notes = notes[label.endIndex...]
        }
        var html = Self.replacing(Self.reference, in: html) { groups in
            let (label, use) = Self.splitting(reference: groups[1], label: groups[0])
            let number = numbers[label].map(String.init) ?? groups[2]
            switch engine {
            case .goldmark:
                let id = use == 1 ? "fnref:\(number)" : "fnref\(use - 1):\(number)"
                return
                    ##"<sup id="\##(id)"><a href="#fn:\##(number)" class="footnote-ref" role="doc-noteref">\##(groups[2])</a></sup>"##
            case .kramdown:
                let id = use == 1 ? "fnref:\(label)" : "fnref:\(label):\(use - 1)"
                return
                    ##"<sup id="\##(id)" role="doc-noteref"><a href="#fn:\##(label)" class="footnote" rel="footnote">\##(groups[2])</a></sup>"##
            }
        }
        html = Self.replacing(Self.backReference, in: html) { groups in
            let (label, use) = Self.splitting(reference: groups[0], label: nil, numbers: numbers)
            switch engine {
            case .goldmark:
                let number = numbers[label].map(String.init) ?? label
                let id = use == 1 ? "fnref:\(number)" : "fnref\(use - 1):\(number)"
                return ##"&#160;<a href="#\##(id)" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a>"##
            case .kramdown:
                let id = use == 1 ? "fnref:\(label)" : "fnref:\(label):\(use - 1)"
                let mark = use == 1 ? "" : "<sup>\(use)</sup>"
                return ##"\##u{A0}<a href="#\##(id)" class="reversefootnote" role="doc-backlink">&#8617;\##(mark)</a>"##
            }
        }
        html = Self.replacing(Self.note, in: html) { groups in
            switch engine {
            case .goldmark: ##"<li id="fn:\##(numbers[groups[0]].map(String.init) ?? groups[0])">"##
            case .kramdown: ##"<li id="fn:\##(groups[0])" role="doc-endnote">"##
            }
        }
        let opening =
            engine == .goldmark
            ? "<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n"
            : "<div class=\"footnotes\" role=\"doc-endnotes\">\n"
        return html.replacingUTF8("<section class=\"footnotes\" data-footnotes>\n", with: opening)
            .replacingUTF8("</ol>\n</section>", with: "</ol>\n</div>")
    }

    /// A reference id's label and which use of the note it is (1 for the first): cmark-gfm
    /// writes `L` for the first and `L-k` for the k-th.
    private static func splitting(reference: String, label: String?, numbers: [String: Int] = [:]) -> (String, Int) {
        if let label {
            guard reference != label, let use = Int(reference.dropFirst(label.count + 1)) else { return (label, 1) }
            return (label, use)
        }
        if numbers[reference] != nil { return (reference, 1) }
        guard let dash = reference.lastIndex(of: "-"), let use = Int(reference[reference.index(after: dash)...]) else {
            return (reference, 1)
        }
        return (String(reference[..<dash]), use)
    }

    /// `html` with each match of `pattern` replaced: its literal pieces in order, each of the
    /// texts between them (short, on one line) captured. Searched as UTF-8.
    private static func replacing(_ pattern: [String], in html: String, with replacement: ([String]) -> String)
        -> String
    {
        var result = ""
        var rest = html[...]
        while let start = rest.firstRange(ofUTF8: pattern[0]) {
            result += rest[..<start.lowerBound]
            var cursor = start.upperBound
            var groups: [String] = []
            for literal in pattern.dropFirst() {
                guard let next = rest[cursor...].firstRange(ofUTF8: literal) else { break }
                let captured = rest[cursor..<next.lowerBound]
                guard captured.utf8.count <= 200, !captured.utf8.contains(0x0A) else { break }
                groups.append(String(captured))
                cursor = next.upperBound
            }
            if groups.count == pattern.count - 1 {
                result += replacement(groups)
                rest = rest[cursor...]
            } else {
                result += pattern[0]
                rest = rest[start.upperBound...]
            }
        }
        return result + rest
    }

    /// cmark-gfm's `<input type="checkbox" [checked=""] disabled="" />`.
    private func taskLists(_ html: String) -> String {
        switch engine {
        case .goldmark:
            return html.replacingUTF8(
                "<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
                with: "<input checked=\"\" disabled=\"\" type=\"checkbox\">"
            ).replacingUTF8(
                "<input type=\"checkbox\" disabled=\"\" />", with: "<input disabled=\"\" type=\"checkbox\">")
        case .kramdown:
            // kramdown marks a list whose first item is a task as a task list.
            return html.replacingUTF8(
                "<ul>\n<li><input type=\"checkbox\"", with: "<ul class=\"task-list\">\n<li><input type=\"checkbox\""
            ).replacingUTF8(
                "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> ",
                with:
                    "<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />"
            ).replacingUTF8(
                "<li><input type=\"checkbox\" disabled=\"\" /> ",
                with:
                    "<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />"
            )
        }
    }
}
