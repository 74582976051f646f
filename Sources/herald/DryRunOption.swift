import ArgumentParser

/// `--dry-run`, shared by every command that writes or sends.
struct DryRunOption: ParsableArguments {
    @Flag(help: "Show what would be written and sent, and write, send and record nothing.")
    var dryRun = false
}
