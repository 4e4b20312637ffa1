extension Duration {
    /// The duration as floating-point seconds, for rates and ratios.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
