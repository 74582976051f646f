import CLibFuzzer
import Foundation

/// `herald-fuzz TARGET [libFuzzer flags] [corpus folders or input files]`: libFuzzer's driver
/// feeding one target's harness. A main of its own, because SwiftPM links an executable's main
/// under another name, so libFuzzer's would never run.
@main
enum HeraldFuzz {
    static func main() {
        var arguments = CommandLine.arguments
        if arguments.count > 1, let target = FuzzTarget(rawValue: arguments[1]) {
            // In the environment, so the processes libFuzzer starts for -fork and -jobs fuzz it too.
            setenv(FuzzTarget.environmentKey, target.rawValue, 1)
            arguments.remove(at: 1)
        }
        guard FuzzTarget.selected != nil else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: herald-fuzz \(names) [libFuzzer flags] [corpus...]\n".utf8))
            exit(64)
        }
        // libFuzzer ends a run that reached its time or count with exit(); after a crash the
        // folder stays, with the files the input made.
        atexit { try? FileManager.default.removeItem(atPath: ScratchFolder.root) }
        var argc = CInt(arguments.count)
        var pointers = arguments.map { strdup($0) } + [nil]
        let status = pointers.withUnsafeMutableBufferPointer { buffer in
            var argv = buffer.baseAddress
            return LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
        }
        exit(status)
    }
}

/// Made on the first input, from the target the environment names.
private let harness = FuzzTarget.selected?.makeHarness()

/// libFuzzer's usual entry point; its own main, linked in but never run, needs it.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    harness?.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
