extension String {
    /// The UTF-8 bytes, for writing test vectors given as ASCII text.
    var utf8Bytes: [UInt8] { Array(utf8) }
}
