extension String {
    /// Formats `value` in decimal with at least `width` digits, padding with leading zeros.
    init(zeroPadded value: Int, width: Int) {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: Swift.max(0, width - digits.utf8.count))
        self = (value < 0 ? "-" : "") + padding + digits
    }
}
