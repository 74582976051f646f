import Foundation

/// A Hugo site's own shortcodes (`layouts/shortcodes/NAME.html`, or `layouts/_shortcodes/` as
/// Hugo 0.146 names it; the site's before its themes'), its heading render hook
/// (`layouts/_default/_markup/render-heading.html`, or `layouts/_markup/`), parsed, and the
/// translations their `i18n` calls read (`i18n/LANG.toml`, `.yaml`, `.json`), so Herald can run
/// those it can.
public struct SiteShortcodes: Sendable {
    /// Each template by shortcode name, or why Herald cannot run it.
    let templates: [String: Result<GoTemplate, GoTemplate.Failure>]
    /// Where each template is.
    let paths: [String: String]
    /// The heading render hook, when the site has one, and where it is.
    let headingHook: Result<GoTemplate, GoTemplate.Failure>?
    let headingHookPath: String?
    /// The site's code block render hooks by language (`render-codeblock-LANG.html`; `""` for
    /// `render-codeblock.html`, which renders every other language), and where each is.
    private(set) var codeBlockHooks: [String: Result<GoTemplate, GoTemplate.Failure>] = [:]
    private(set) var codeBlockHookPaths: [String: String] = [:]
    /// Where the site's (then its themes') partial templates are: `layouts/partials`, or
    /// `layouts/_partials` as Hugo 0.146 names it.
    private(set) var partialFolders: [String] = []
    /// Every partial template there, which a shortcode may call.
    private(set) var partialFiles: [String] = []
    /// The site's data files, for `.Site.Data`.
    private(set) var data = SiteData(folders: [], extensions: [])
    /// The site's `params`, for `.Site.Params`. A dictionary rather than a `GoValue` so that
    /// `none` allocates nothing: an indirect enum's box in a global is invisible to LeakSanitizer.
    var siteParameters: [String: GoValue] = [:]
    /// Translations by language, then key.
    let translations: [String: [String: String]]
    private let rootFolder: String

    public static let none = SiteShortcodes(
        templates: [:], paths: [:], headingHook: nil, headingHookPath: nil, translations: [:], rootFolder: "")

    /// The templates a build reads besides the posts: a change to one changes the feeds.
    public var files: [String] {
        Array(paths.values) + (headingHookPath.map { [$0] } ?? []) + codeBlockHookPaths.values + partialFiles
            + data.files
    }

    /// The partial template `name` (`.html` added where it has no extension), parsed, the
    /// site's before its themes'.
    func partial(named name: String) -> Result<GoTemplate, GoTemplate.Failure> {
        let file = name.contains(".") ? name : name + ".html"
        for folder in partialFolders {
            if let data = FileManager.default.contents(atPath: folder + "/" + file) {
                return Result { () throws(GoTemplate.Failure) in
                    try GoTemplate(parsing: String(decoding: data, as: UTF8.self))
                }
            }
        }
        return .failure(GoTemplate.Failure(reason: "the partial \(file) is not in the site or its theme"))
    }

    /// The languages the site's code block render hooks render (`""`: all).
    var codeBlockHookLanguages: Set<String> { Set(codeBlockHooks.keys) }

    /// Reads the shortcodes and translations under each of `folders` (the site's root, then
    /// its themes' roots), the first of a name winning.
    init(folders: [String]) {
        var templates: [String: Result<GoTemplate, GoTemplate.Failure>] = [:]
        var paths: [String: String] = [:]
        var translations: [String: [String: String]] = [:]
        var headingHook: Result<GoTemplate, GoTemplate.Failure>?
        var headingHookPath: String?
        var codeBlockHooks: [String: Result<GoTemplate, GoTemplate.Failure>] = [:]
        var codeBlockHookPaths: [String: String] = [:]
        func parse(_ data: Data) -> Result<GoTemplate, GoTemplate.Failure> {
            Result(catching: { () throws(GoTemplate.Failure) in
                try GoTemplate(parsing: String(decoding: data, as: UTF8.self))
            })
        }
        for folder in folders {
            for markup in ["/layouts/_default/_markup", "/layouts/_markup"] {
                if headingHook == nil,
                    let data = FileManager.default.contents(atPath: folder + markup + "/render-heading.html")
                {
                    headingHook = parse(data)
                    headingHookPath = folder + markup + "/render-heading.html"
                }
                for file in (try? FileManager.default.contentsOfDirectory(atPath: folder + markup)) ?? []
                where file.hasPrefix("render-codeblock") && file.hasSuffix(".html") {
                    let language = String(file.dropFirst("render-codeblock".count).dropLast(5))
                    guard language.isEmpty || language.hasPrefix("-") else { continue }
                    let key = String(language.dropFirst()).lowercased()
                    guard codeBlockHooks[key] == nil,
                        let data = FileManager.default.contents(atPath: folder + markup + "/" + file)
                    else { continue }
                    codeBlockHooks[key] = parse(data)
                    codeBlockHookPaths[key] = folder + markup + "/" + file
                }
            }
            for shortcodes in [folder + "/layouts/shortcodes", folder + "/layouts/_shortcodes"] {
                for file in (try? FileManager.default.contentsOfDirectory(atPath: shortcodes)) ?? [] {
                    guard file.hasSuffix(".html") else { continue }
                    let name = String(file.dropLast(5))
                    // `NAME.en.html` and `NAME.amp.html` are for one language or format only.
                    guard !name.contains("."), templates[name] == nil,
                        let data = FileManager.default.contents(atPath: shortcodes + "/" + file)
                    else { continue }
                    templates[name] = parse(data)
                    paths[name] = (shortcodes + "/" + file)
                }
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
        self.init(
            templates: templates, paths: paths, headingHook: headingHook, headingHookPath: headingHookPath,
            translations: translations, rootFolder: folders.first ?? "")
        self.codeBlockHooks = codeBlockHooks
        self.codeBlockHookPaths = codeBlockHookPaths
        // Partials and data matter only to the templates Herald runs.
        guard !templates.isEmpty || headingHook != nil || !codeBlockHooks.isEmpty else { return }
        data = SiteData.hugo(roots: folders)
        for folder in folders {
            for partials in [folder + "/layouts/partials", folder + "/layouts/_partials"] {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: partials, isDirectory: &isFolder), isFolder.boolValue,
                    let enumerator = FileManager.default.enumerator(atPath: partials)
                else { continue }
                partialFolders.append(partials)
                while let file = enumerator.nextObject() as? String {
                    if file.hasSuffix(".html") { partialFiles.append(partials + "/" + file) }
                }
            }
        }
    }

    private init(
        templates: [String: Result<GoTemplate, GoTemplate.Failure>], paths: [String: String],
        headingHook: Result<GoTemplate, GoTemplate.Failure>?, headingHookPath: String?,
        translations: [String: [String: String]], rootFolder: String
    ) {
        self.templates = templates
        self.paths = paths
        self.headingHook = headingHook
        self.headingHookPath = headingHookPath
        self.translations = translations
        self.rootFolder = rootFolder
    }

    /// Where the template of the shortcode `name` is, as messages show it.
    func shownPath(of name: String) -> String? {
        paths[name].map(shownPath)
    }

    /// `path` from the site's root (the first folder), for messages.
    func shownPath(_ path: String) -> String {
        path.hasPrefix(rootFolder + "/") ? String(path.dropFirst(rootFolder.count + 1)) : path
    }

    /// `key` in `language`, else in `fallback`.
    func translation(_ key: String, language: String, fallback: String) -> String? {
        translations[language.lowercased()]?[key.lowercased()] ?? translations[fallback.lowercased()]?[key.lowercased()]
    }
}
