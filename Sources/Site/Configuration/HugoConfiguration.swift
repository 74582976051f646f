import Foundation

/// A Hugo site's configuration as Hugo assembles it: the root file (the first of `hugo.toml`,
/// `hugo.yaml`, …, `config.json`, or the files a site definition names), then every file of
/// `config/_default/` and of `config/ENVIRONMENT/` in the order of their paths, each set over
/// what came before, table by table (Hugo's `allconfig` loader and `LoadConfigFromDir`).
public enum HugoConfiguration {
    static let extensions = ["toml", "yaml", "yml", "json"]
    /// The root files Hugo looks for, in its order of preference; it reads the first it finds.
    static let rootNames = ["hugo", "config"].flatMap { name in extensions.map { name + "." + $0 } }
    /// Hugo's `--environment` when it builds a site (not when it serves one).
    public static let defaultEnvironment = "production"
    static let folderName = "config"

    /// Whether `siteRoot` holds a Hugo configuration: a root file or a configuration folder.
    static func exists(at siteRoot: String, environment: String) -> Bool {
        rootNames.contains { FileManager.default.fileExists(atPath: siteRoot + "/" + $0) }
            || folders(siteRoot: siteRoot, environment: environment).contains { isFolder($0) }
    }

    /// - Parameters:
    ///   - files: root files to read instead of the first of `rootNames`, relative to the root;
    ///     a later one is set over an earlier one, as with `hugo --config a.toml,b.toml`.
    ///   - environment: the folder of `config/` read after `_default/`.
    /// - Returns: the merged configuration; its path is the first file read.
    static func load(siteRoot: String, files: [String]?, environment: String) throws(ConfigurationError)
        -> ConfigurationTable
    {
        var paths: [String] = []
        if let files {
            for file in files {
                let path = file.hasPrefix("/") ? file : siteRoot + "/" + file
                guard FileManager.default.fileExists(atPath: path) else {
                    throw ConfigurationError(path: path, reason: "no such configuration file")
                }
                paths.append(path)
            }
        } else if let name = rootNames.first(where: { FileManager.default.fileExists(atPath: siteRoot + "/" + $0) }) {
            paths.append(siteRoot + "/" + name)
        }
        var table = MetadataTable()
        for path in paths {
            table = table.merging(try MetadataFile.read(path), from: path)
        }
        var folderFiles: [String] = []
        for folder in folders(siteRoot: siteRoot, environment: environment) where isFolder(folder) {
            for path in configurationFiles(in: folder) {
                table = table.merging(try placed(MetadataFile.read(path), from: path), from: path)
                folderFiles.append(path)
            }
        }
        guard let first = paths.first ?? folderFiles.first else {
            throw ConfigurationError(
                path: siteRoot,
                reason:
                    "no Hugo configuration here (looked for \(rootNames.joined(separator: ", ")) and \(folderName)/\(defaultFolder)/)"
            )
        }
        return ConfigurationTable(path: first, table: table)
    }

    private static let defaultFolder = "_default"

    private static func folders(siteRoot: String, environment: String) -> [String] {
        [defaultFolder, environment].map { siteRoot + "/" + folderName + "/" + $0 }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The folder's configuration files at every depth, in the order Hugo walks them: by name,
    /// a folder's files where the folder's name sorts.
    private static func configurationFiles(in folder: String) -> [String] {
        let paths = (FileManager.default.subpaths(atPath: folder) ?? []).filter { path in
            extensions.contains((path as NSString).pathExtension.lowercased()) && !isFolder(folder + "/" + path)
        }
        return paths.map { $0.split(separator: "/").map(String.init) }
            .sorted { $0.lexicographicallyPrecedes($1) { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
            .map { folder + "/" + $0.joined(separator: "/") }
    }

    /// A file of the configuration folder put where its name says: `hugo.toml` at the top,
    /// `params.toml` under `params`, `menus.en.toml` under `languages.en.menus`,
    /// `params.de.toml` under `languages.de.params`, `languages.toml` under `languages`. A
    /// file holding only its own name's key (`params.toml` with `[params]`) is unwrapped, as
    /// current Hugo does.
    private static func placed(_ table: MetadataTable, from path: String) -> MetadataTable {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if base == "hugo" || base == "config" { return table }
        let dot = base.lastIndex(of: ".")
        let name = dot.map { String(base[..<$0]) } ?? base
        let language = dot.map { String(base[base.index(after: $0)...]) } ?? ""
        var keys = [name]
        if !language.isEmpty {
            keys = ["languages", language]
            if ["menu", "menus"].contains(name.lowercased()) { keys.append("menus") }
            if name.lowercased() == "params" { keys.append("params") }
        }
        var value = MetadataValue.table(table)
        // Hugo compares this key as written: `uglyurls.toml` holding `uglyURLs = true` stays wrapped.
        if table.entries.count == 1, let only = table.entries.first, only.key == name { value = only.value }
        for key in keys.reversed() {
            value = .table(MetadataTable([MetadataTable.Entry(key: key, value: value, line: 1, file: path)]))
        }
        guard case .table(let wrapped) = value else { return table }
        return wrapped
    }
}
