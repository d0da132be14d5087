import Glibc

/// The upper tail of the Poisson distribution, to tell whether a period's count is unusually high.
///
/// ```swift
/// // A category averaged 2.5 complaints per period before; 7 arrived in the last one.
/// PoissonTail.probability(ofAtLeast: 7, mean: 2.5)  // 0.0141…, significant at 5%
/// ```
///
/// The probabilities P(X = j) = e^−λ λ^j / j! are computed in log space (with `lgamma`) and summed from the
/// largest term outwards until they no longer change the sum: upwards from k when k > λ, giving the tail
/// directly with full relative precision however small it is; otherwise downwards from k − 1, giving
/// P(X ≤ k − 1), which is then below one half, so that 1 minus it loses nothing. Results match SciPy's
/// `poisson.sf(k - 1, λ)`.
public enum PoissonTail {
    /// P(X ≥ `k`) for X following a Poisson distribution of mean `mean`.
    ///
    /// ```swift
    /// PoissonTail.probability(ofAtLeast: 0, mean: 3)  // 1.0
    /// PoissonTail.probability(ofAtLeast: 1, mean: 0)  // 0.0
    /// ```
    ///
    /// - Precondition: `mean` is finite and not negative.
    public static func probability(ofAtLeast k: Int, mean: Double) -> Double {
        precondition(mean >= 0 && mean.isFinite, "Poisson mean \(mean) is not a finite non-negative number")
        guard k > 0 else { return 1 }
        guard mean > 0 else { return 0 }
        func probability(of j: Double) -> Double { exp(j * log(mean) - mean - lgamma(j + 1)) }
        var j = Double(k)
        if j > mean {
            var term = probability(of: j)
            var tail = 0.0
            while term > tail * Double.ulpOfOne {
                tail += term
                j += 1
                term *= mean / j
            }
            return tail
        }
        j -= 1
        var term = probability(of: j)
        var head = term
        while j > 0 && term > head * Double.ulpOfOne {
            term *= j / mean
            j -= 1
            head += term
        }
        return 1 - head
    }
}
