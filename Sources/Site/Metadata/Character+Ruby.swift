extension Character {
    /// Ruby's `\s`, the white space `String#split` splits at: space, tab, line feed, vertical
    /// tab, form feed and carriage return (and a CR LF pair).
    var isRubyWhitespace: Bool {
        switch self {
        case " ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "\r\n": true
        default: false
        }
    }
}
