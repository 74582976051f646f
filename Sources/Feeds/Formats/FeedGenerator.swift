import Site

/// How feeds name the program that wrote them.
enum FeedGenerator {
    static let version = Version.herald
    static let uri = "https://github.com/herald-feeds/herald"
}
