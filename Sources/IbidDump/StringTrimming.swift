extension String {
    /// The text without leading and trailing Unicode whitespace (U+00A0 included: the sample
    /// ends titles and paragraphs with it).
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
