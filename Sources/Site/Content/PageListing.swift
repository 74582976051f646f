/// Which of Hugo's lists of pages a post is in, as its build options say (`build.list`,
/// `build.render`, `headless`).
public enum PageListing: Int, Sendable {
    /// Every list, the site's feed among them (`list: always`, the default).
    case everywhere
    /// Its section's and its terms' lists, not the site's (`list: local`): a headless section's
    /// pages, which are not announced either.
    case locally
    /// None (`list: never`, `render: never`, `headless: true`): its status is `unlisted`.
    case nowhere
}
