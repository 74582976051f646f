import Foundation
import Site

/// Where a target's URL, token or signing secret comes from. Secrets are read when needed and
/// never printed: messages name the source (`$SLACK_URL`, a file, a credential), never the value.
public enum Secret: Sendable, Equatable, CustomStringConvertible {
    /// Written in the site definition itself; fine for what is not secret, such as a public ntfy topic.
    case literal(String)
    case environment(String)
    case file(String)
    /// `$CREDENTIALS_DIRECTORY/NAME`, as systemd's `LoadCredential=` provides it.
    case credential(String)

    public var description: String {
        switch self {
        case .literal: "the site definition"
        case .environment(let name): "$\(name)"
        case .file(let path): "file \(path)"
        case .credential(let name): "credential \(name)"
        }
    }

    public struct Unavailable: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The secret's value, without a trailing line break (files usually end with one).
    public func value(environment: [String: String] = ProcessInfo.processInfo.environment) throws(Unavailable) -> String
    {
        switch self {
        case .literal(let value):
            return value
        case .environment(let name):
            guard let value = environment[name], !value.isEmpty else {
                throw Unavailable(description: "the environment variable \(name) is not set")
            }
            return value
        case .file(let path):
            return try Self.read(path)
        case .credential(let name):
            guard let folder = environment["CREDENTIALS_DIRECTORY"] else {
                throw Unavailable(
                    description:
                        "credential \(name): $CREDENTIALS_DIRECTORY is not set (use LoadCredential= in the unit)")
            }
            return try Self.read(folder.appendingPathComponent(name))
        }
    }

    /// For a secret file others can read, what to say about it: a token in a world-readable
    /// file is as good as public.
    public var exposure: String? {
        guard case .file(let path) = self else { return nil }
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & 0o044 != 0 else { return nil }
        let mode = String(status.st_mode & 0o777, radix: 8)
        return "the secret file \(path) can be read by its group or by anyone (mode \(mode)); chmod 600 \(path)"
    }

    private static func read(_ path: String) throws(Unavailable) -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw Unavailable(description: "cannot read \(path)")
        }
        return text.trimmingCharacters(in: .newlines)
    }

    /// `"value"`, `{ env = "NAME" }`, `{ file = "/path" }` or `{ credential = "NAME" }`.
    static func read(_ key: String, in table: ConfigurationTable, folder: String) throws(ConfigurationError) -> Secret?
    {
        switch table.table[key] {
        case nil, .null: return nil
        case .string(let value): return .literal(value)
        case .table:
            let source = try table.subtable(key)!
            try source.rejectUnknownKeys(["env", "file", "credential"])
            if let name = try source.string("env") { return .environment(name) }
            if let path = try source.string("file") { return .file(folder.appendingPathComponent(path)) }
            if let name = try source.string("credential") { return .credential(name) }
            throw table.error(
                key, "say where the secret is: { env = \"NAME\" }, { file = \"PATH\" } or { credential = \"NAME\" }")
        default:
            throw table.error(
                key, "expected a string or { env = \"NAME\" }, { file = \"PATH\" }, { credential = \"NAME\" }")
        }
    }
}
