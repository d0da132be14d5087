extension String {
    /// Formats `value` in decimal with at least `width` digits, padding with leading zeros.
    init(zeroPadded value: Int, width: Int) {
        // Written digit by digit into the string's own storage: dates are formatted by the
        // thousand in lists and exports, and building them from pieces allocated each piece.
        let magnitude = value.magnitude
        var digitCount = 1
        var rest = magnitude / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        let sign = value < 0 ? 1 : 0
        let length = sign + Swift.max(width, digitCount)
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var remaining = magnitude
            for index in stride(from: length - 1, through: sign, by: -1) {
                buffer[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            }
            if sign == 1 { buffer[0] = UInt8(ascii: "-") }
            return length
        }
    }
}
