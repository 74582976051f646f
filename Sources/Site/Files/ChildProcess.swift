import Foundation

/// A program run to its end for what it prints: the one place Herald starts other programs.
struct ChildProcess {
    /// Why a program gave no output to use.
    struct Failure: Error {
        /// What went wrong, in the program's own words where it said any.
        let reason: String
    }

    /// Runs `program` (found on `PATH`) with `arguments` and returns its standard output.
    static func output(of program: String, _ arguments: [String]) throws(Failure) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(reason: "\(program) could not be started: \(error.localizedDescription)")
        }
        // Read both to their end before waiting, so that a full pipe never stalls the program;
        // what it says on standard error is short, and read after.
        let bytes = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let message = said.trimmingCharacters(in: .whitespacesAndNewlines)
            if process.terminationStatus == 127, message.contains("No such file") {
                throw Failure(reason: "\(program) is not installed")
            }
            throw Failure(
                reason: message.isEmpty ? "\(program) exited with status \(process.terminationStatus)" : message)
        }
        return bytes
    }
}
