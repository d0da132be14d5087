/// The remainder of Stirling's formula for log Γ, which lets large log-gamma terms cancel algebraically.
///
/// ```swift
/// Stirling.correction(10)  // 0.00833056343336…, log Γ(10) − (9.5 log 10 − 10 + ½ log 2π)
/// ```
///
/// log Γ(x) = (x − ½) log x − x + ½ log 2π + c(x), and c(x) = Σ B₂ₖ / (2k(2k − 1) x²ᵏ⁻¹); the first six terms
/// leave an error below 7e-16 for x ≥ 10; below that, callers use `lgamma` itself.
enum Stirling {
    /// The smallest argument for which `correction` is accurate to double precision.
    static let threshold = 10.0

    /// c(x), for x ≥ `threshold`.
    static func correction(_ x: Double) -> Double {
        let coefficients = [1.0 / 12, -1.0 / 360, 1.0 / 1_260, -1.0 / 1_680, 1.0 / 1_188, -691.0 / 360_360]
        return coefficients.reversed().reduce(0) { $0 / (x * x) + $1 } / x
    }
}
