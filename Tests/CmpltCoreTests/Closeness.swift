/// Whether `actual` is present and within `relative` (relative to `expected`, absolute near 0) of `expected`.
func isClose(_ actual: Double?, _ expected: Double, relative: Double = 1e-12) -> Bool {
    guard let actual else { return false }
    return (actual - expected).magnitude <= relative * max(1, expected.magnitude)
}
