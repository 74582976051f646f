// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Herald",
    products: [
        .executable(name: "herald", targets: ["herald"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // libcurl's headers only: the library itself is opened when the first request is sent.
        .target(name: "CLibraryLoader"),
        .target(name: "CCurl", dependencies: ["CLibraryLoader"]),
        .systemLibrary(
            name: "CCmark", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "CCrypto", dependencies: ["CLibraryLoader"]),
        .target(name: "Site", dependencies: ["CCmark", "CYAML"]),
        .target(
            name: "Feeds", dependencies: ["Site", "CLibXML2"],
            // Compiled into the binary, so an installed `herald` needs no files beside it.
            resources: [.embedInCode("Schemas/atom.rng"), .embedInCode("Schemas/feed.xsl")]),
        .target(
            name: "Announcer",
            dependencies: ["Site", "CCurl", "CCrypto", .product(name: "Mustache", package: "swift-mustache")]),
        .executableTarget(
            name: "herald",
            dependencies: [
                "Site", "Feeds", "Announcer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "SiteTests", dependencies: ["Site"]),
        .testTarget(name: "AnnouncerTests", dependencies: ["Announcer"]),
        // Depends on the executable only so that `swift build --build-tests` builds the binary it runs.
        .testTarget(name: "HeraldTests", dependencies: ["herald"], exclude: ["Golden", "Scripts"]),
    ]
)

// The fuzzing harness exists only when `make fuzz` asks for it (HERALD_FUZZ=1), since it links
// only with libFuzzer and AddressSanitizer (README.md, "Fuzzing"): other builds never see it.
if Context.environment["HERALD_FUZZ"] != nil {
    package.products.append(.executable(name: "herald-fuzz", targets: ["HeraldFuzz"]))
    package.targets += [
        // libFuzzer's driver, declared only: `-sanitize=fuzzer` links it.
        .systemLibrary(name: "CLibFuzzer"),
        .executableTarget(name: "HeraldFuzz", dependencies: ["Site", "Feeds", "Announcer", "CLibFuzzer"]),
    ]
}
