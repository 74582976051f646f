/// Herald's exit statuses, as docs/operations.md lists them (sysexits.h where one fits).
enum ExitStatus {
    /// A post was broken and skipped, or something due was not delivered.
    static let incomplete: Int32 = 1
    /// The command line or the site definition cannot be used.
    static let usage: Int32 = 64
    /// An output file could not be written; the previous one is intact.
    static let cannotWrite: Int32 = 73
}
