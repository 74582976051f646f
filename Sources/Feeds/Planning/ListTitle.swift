import Foundation
import Site

/// The titles Hugo gives the pages of sections, taxonomies and terms that have no titled
/// `_index.md`: a section's folder pluralized (`pluralizeListTitles`), a taxonomy's name with
/// spaces for hyphens, a term as first written, each capitalized in the site's
/// `titleCaseStyle` (`capitalizeListTitles`).
enum ListTitle {
    static func of(section name: String, site: SiteConfiguration) -> String {
        capitalized(site.pluralizesListTitles ? plural(of: name) : name, site: site)
    }

    static func of(taxonomy plural: String, site: SiteConfiguration) -> String {
        capitalized(plural, site: site).replacingOccurrences(of: "-", with: " ")
    }

    static func of(term name: String, site: SiteConfiguration) -> String {
        capitalized(name, site: site)
    }

    private static func capitalized(_ title: String, site: SiteConfiguration) -> String {
        site.capitalizesListTitles ? site.titleCaseStyle.title(title) : title
    }

    private static let irregular = [
        "person": "people", "child": "children", "man": "men", "woman": "women", "mouse": "mice",
        "foot": "feet", "tooth": "teeth", "goose": "geese", "ox": "oxen",
    ]
    private static let uncountable: Set<String> = [
        "news", "series", "species", "equipment", "information", "sheep", "fish", "deer", "software", "hardware",
        "media", "data", "music", "art", "feedback", "research", "advice",
    ]

    /// An English plural as Hugo's inflection makes it: `post` → `posts`, `story` → `stories`,
    /// `church` → `churches`; a word already plural (`posts`) or uncountable (`news`) is kept.
    static func plural(of word: String) -> String {
        let lower = word.lowercased()
        if uncountable.contains(lower) { return word }
        if let plural = irregular[lower] { return String(word.prefix(1)) + plural.dropFirst() }
        if irregular.values.contains(lower) { return word }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if lower.hasSuffix("y"), lower.count > 1, !vowels.contains(lower.dropLast().last!) {
            return word.dropLast() + "ies"
        }
        if lower.hasSuffix("quiz") { return word + "zes" }
        if ["ss", "sh", "ch", "x", "z", "us"].contains(where: lower.hasSuffix) { return word + "es" }
        if lower.hasSuffix("s") { return word }
        return word + "s"
    }
}
