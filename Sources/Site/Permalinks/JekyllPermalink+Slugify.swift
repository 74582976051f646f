extension JekyllPermalink {
    /// The two modes of `Utils.slugify` that URLs use: `:title` is pretty, `:slug`, `:name` and
    /// `:slugified_categories` are default. (The `raw`, `ascii` and `latin` modes belong to the
    /// `slugify` Liquid filter, which no permalink calls.)
    enum SlugMode {
        /// Keeps letters, marks and decimal digits.
        case `default`
        /// Keeps also `._~!$&'()+,;=@`, which a URL shows unescaped.
        case pretty
    }

    /// Jekyll's `Utils.slugify`: each run of other characters becomes one hyphen, a hyphen at
    /// either end goes, and the result is lowercased unless `cased`. Unicode scalars are
    /// judged by their general category, as Ruby's `\p{L}`, `\p{M}` and `\p{Nd}` judge them.
    static func slugify(_ text: String, mode: SlugMode, cased: Bool = false) -> String {
        var result = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if isKept(scalar, mode: mode) {
                // A run at either end leaves no hyphen, as `gsub(/^-|-$/, "")` removes it.
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        let slug = String(result)
        return cased ? slug : slug.lowercased()
    }

    private static func isKept(_ scalar: Unicode.Scalar, mode: SlugMode) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": return true
        case ".", "_", "~", "!", "$", "&", "'", "(", ")", "+", ",", ";", "=", "@": return mode == .pretty
        case _ where scalar.isASCII: return false
        default:
            let category = scalar.properties.generalCategory
            return category.isLetter || category.isMark || category == .decimalNumber
        }
    }
}
