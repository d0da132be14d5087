/// Tables copied from ../shared/CONTRACT.md that several suites check the binary against.

/// The contract's table of allowed moves.
let contractMoves: [String: [String]] = [
    "received": ["acknowledged", "closed"],
    "acknowledged": ["assessed", "closed"],
    "assessed": ["investigating", "responded", "closed"],
    "investigating": ["responded", "closed"],
    "responded": ["closed", "escalated", "investigating"],
    "escalated": ["investigating", "responded", "closed"],
    "closed": ["investigating"],
]
