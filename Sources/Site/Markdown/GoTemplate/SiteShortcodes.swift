import Foundation

/// A Hugo site's own shortcodes (`layouts/shortcodes/NAME.html`, the site's before its
/// themes'), parsed, and the translations their `i18n` calls read (`i18n/LANG.toml`, `.yaml`,
/// `.json`), so Herald can run those it can.
public struct SiteShortcodes: Sendable {
    /// Each template by shortcode name, or why Herald cannot run it.
    let templates: [String: Result<GoTemplate, GoTemplate.Failure>]
    /// Where each template is.
    let paths: [String: String]
    /// Translations by language, then key.
    let translations: [String: [String: String]]
    private let rootFolder: String

    public static let none = SiteShortcodes(templates: [:], paths: [:], translations: [:], rootFolder: "")

    /// The files a build reads besides the posts.
    public var files: [String] { Array(paths.values) }

    /// Reads the shortcodes and translations under each of `folders` (the site's root, then
    /// its themes' roots), the first of a name winning.
    init(folders: [String]) {
        var templates: [String: Result<GoTemplate, GoTemplate.Failure>] = [:]
        var paths: [String: String] = [:]
        var translations: [String: [String: String]] = [:]
        for folder in folders {
            let shortcodes = folder + "/layouts/shortcodes"
            for file in (try? FileManager.default.contentsOfDirectory(atPath: shortcodes)) ?? [] {
                guard file.hasSuffix(".html") else { continue }
                let name = String(file.dropLast(5))
                // `NAME.en.html` and `NAME.amp.html` are for one language or format only.
                guard !name.contains("."), templates[name] == nil,
                    let data = FileManager.default.contents(atPath: shortcodes + "/" + file)
                else { continue }
                templates[name] = Result(catching: { () throws(GoTemplate.Failure) in
                    try GoTemplate(parsing: String(decoding: data, as: UTF8.self))
                })
                paths[name] = (shortcodes + "/" + file)
            }
            let i18n = folder + "/i18n"
            for file in (try? FileManager.default.contentsOfDirectory(atPath: i18n)) ?? [] {
                let language = file.split(separator: ".").first.map { $0.lowercased() } ?? ""
                guard let table = try? MetadataFile.read(i18n + "/" + file) else { continue }
                for entry in table.entries {
                    let text: String? =
                        switch entry.value {
                        case .table(let forms): forms["other"]?.scalarText ?? forms["one"]?.scalarText
                        default: entry.value.scalarText
                        }
                    if let text, translations[language]?[entry.key.lowercased()] == nil {
                        translations[language, default: [:]][entry.key.lowercased()] = text
                    }
                }
            }
        }
        self.init(templates: templates, paths: paths, translations: translations, rootFolder: folders.first ?? "")
    }

    private init(
        templates: [String: Result<GoTemplate, GoTemplate.Failure>], paths: [String: String],
        translations: [String: [String: String]], rootFolder: String
    ) {
        self.templates = templates
        self.paths = paths
        self.translations = translations
        self.rootFolder = rootFolder
    }

    /// Where the template of `name` is, from the site's root (its first folder), for messages.
    func shownPath(of name: String) -> String? {
        guard let path = paths[name] else { return nil }
        return path.hasPrefix(rootFolder + "/") ? String(path.dropFirst(rootFolder.count + 1)) : path
    }

    /// `key` in `language`, else in `fallback`.
    func translation(_ key: String, language: String, fallback: String) -> String? {
        translations[language.lowercased()]?[key.lowercased()] ?? translations[fallback.lowercased()]?[key.lowercased()]
    }
}
