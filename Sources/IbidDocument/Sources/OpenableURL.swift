/// Whether a URL from a dump may be handed to a browser (`o` in the reader, issue 10), and in what
/// form. A dump is untrusted: a `javascript:` or `file:` URL, or one carrying ESC or a bidi override,
/// must never reach `xdg-open`, whose handlers go as far as running programs. So only `http`,
/// `https` and `ftp` URLs with a host and without control characters or spaces pass; a scheme-less
/// `www.…` (as the notes write them, `LinkScan` keeps those) gets `http://`, as a browser's address
/// bar would add it.
public enum OpenableURL {
    public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        case control
        case scheme(String)
        case noHost

        public var description: String {
            switch self {
            case .control: "control characters"
            case .scheme(let s): s.isEmpty ? "not an http, https or ftp URL" : "\(Sanitizer.visible(s)): is not http, https or ftp"
            case .noHost: "no host"
            }
        }
    }

    static let schemes: Set<String> = ["http", "https", "ftp"]

    /// The URL to hand on, or why not.
    public static func check(_ url: String) -> Result<String, Refusal> {
        for s in url.unicodeScalars where s.value <= 0x20 || Sanitizer.replacement(for: s) != nil || s.properties.isWhitespace {
            return .failure(.control)
        }
        var candidate = url
        if candidate.lowercased().hasPrefix("www.") { candidate = "http://" + candidate }
        guard let colon = candidate.firstIndex(of: ":") else { return .failure(.scheme("")) }
        let scheme = candidate[..<colon].lowercased()
        guard schemes.contains(scheme) else { return .failure(.scheme(String(candidate[..<colon]))) }
        let rest = candidate[candidate.index(after: colon)...]
        guard rest.hasPrefix("//") else { return .failure(.noHost) }
        let host = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty, host.first != "-" else { return .failure(.noHost) }
        return .success(candidate)
    }
}
