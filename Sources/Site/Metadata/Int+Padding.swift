extension Int {
    /// The number in decimal with leading zeros up to `width` digits: `7.padded(2)` is "07".
    /// `String(format:)` costs a Foundation round trip per call, which adds up over a site's dates.
    func padded(_ width: Int) -> String {
        let digits = String(Swift.abs(self))
        let zeros = digits.count < width ? String(repeating: "0", count: width - digits.count) : ""
        return (self < 0 ? "-" : "") + zeros + digits
    }
}
