/// Whether a post is out: only published posts go into feeds and announcements.
public enum PostStatus: String, Sendable, Codable, CaseIterable {
    case draft
    /// Its publish date is still in the future.
    case scheduled
    /// Its expiry date has passed.
    case expired
    /// Hugo's build options keep it out of every list of pages (`PageListing.nowhere`).
    case unlisted
    case published
}
