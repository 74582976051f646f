extension LiquidFilters {
    /// Jekyll's `smartify`, kramdown's SmartyPants parser: quotes curled by its rules (`it’s`,
    /// `“quoted”`, `’80s`), `---` `--` `...` `<<` `>>` made dashes, an ellipsis and guillemets.
    /// The result is HTML, as kramdown writes it: tags and entities pass through, and a `<`,
    /// `>` or `&` that is neither is escaped.
    static func smartify(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { "'\"-.<>&".unicodeScalars.contains($0) }) else { return text }
        return KramdownTypography.html(text)
    }
}
