/// One fuzz target's test: runs the code under test on an input. A crash, a hang or a broken
/// promise (`fatalError`) is a finding, which libFuzzer saves with the input that caused it.
protocol Harness: Sendable {
    func run(_ input: [UInt8])
}
