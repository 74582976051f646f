import Foundation

/// The page and template that make a site's own generator write `Rendering.fileName` into
/// its publish folder on every build: for Hugo a headless page in `content/` (JSON output only,
/// in no list, feed or sitemap) with its layout in `layouts/_default/`; for Jekyll a Liquid page
/// at the site's root. Neither needs a plugin, a theme change or a configuration change.
public struct GeneratorTemplate: Sendable {
    /// Each file to write, by absolute path, with its text.
    public let files: [(path: String, text: String)]

    public init(site: SiteConfiguration) {
        switch site.generator {
        case .hugo:
            // In the default language's content, where a language has a folder of its own.
            let content =
                site.languages.first { $0.key == site.defaultLanguage }?.contentDirectory ?? site.contentDirectory
            files = [
                (content + "/herald-rendering.md", Self.hugoPage),
                (site.rootDirectory + "/layouts/_default/herald-rendering.json", Self.hugoLayout),
            ]
        case .jekyll:
            files = [(site.rootDirectory + "/herald-rendering.json", Self.jekyllPage)]
        }
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Writes the files; one that exists with other text is left alone and reported, so a
    /// site's own file of that name is never replaced.
    /// - Returns: the files written (none when all were there already).
    public func install() throws(Failure) -> [String] {
        var written: [String] = []
        for file in files {
            if let existing = FileManager.default.contents(atPath: file.path) {
                guard existing == Data(file.text.utf8) else {
                    throw Failure(path: file.path, reason: "exists and is not Herald's; move it away and try again")
                }
                continue
            }
            do {
                _ = try AtomicFile.write(Array(file.text.utf8), to: file.path)
            } catch {
                throw Failure(path: error.path, reason: error.reason)
            }
            written.append(file.path)
        }
        return written
    }

    private static let hugoPage = """
        ---
        # Written by `herald init --rendering generator`: makes hugo write every page's content
        # and summary to herald-rendering.json, which Herald's feeds and announcements take.
        title: Herald rendering
        layout: herald-rendering
        outputs: [json]
        url: /\(Rendering.fileName)
        _build:
          list: never
        sitemap:
          disable: true
        ---

        """

    private static let hugoLayout = """
        {{- /* Written by `herald init --rendering generator`; read by Herald. */ -}}
        {{- $pages := slice -}}
        {{- range site.AllPages -}}
          {{- if and .IsPage .File (ne .Layout "herald-rendering") -}}
            {{- $pages = $pages | append (dict "path" .File.Path "permalink" .Permalink "content" .Content "summary" .Summary "truncated" .Truncated) -}}
          {{- end -}}
        {{- end -}}
        {{- dict "generator" "hugo" "pages" $pages | jsonify -}}

        """

    private static let jekyllPage = """
        ---
        # Written by `herald init --rendering generator`: makes jekyll write every document's
        # content and excerpt to herald-rendering.json, which Herald's feeds and announcements take.
        layout: null
        sitemap: false
        permalink: /\(Rendering.fileName)
        ---
        {"generator":"jekyll","pages":[
        {%- for document in site.documents -%}
        {%- capture excerpt -%}{{ document.excerpt }}{%- endcapture -%}
        {"path":{{ document.relative_path | jsonify }},"permalink":{{ document.url | absolute_url | jsonify }},"content":{{ document.content | jsonify }},"summary":{{ excerpt | jsonify }}}
        {%- unless forloop.last -%},{%- endunless -%}
        {%- endfor -%}
        ]}

        """
}
