/// Where a setting is written: its file, its line (0 when the file does not say) and its full key.
public struct SettingPlace: Sendable, Equatable {
    public let path: String
    public let line: Int
    public let key: String

    /// A message about the setting, at its place.
    public func error(_ reason: String) -> ConfigurationError {
        ConfigurationError(path: path, line: line, key: key, reason: reason)
    }
}
