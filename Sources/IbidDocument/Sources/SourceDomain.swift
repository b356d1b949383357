/// The domain a URL is grouped under in the sources view: its host, lowercased, without a leading
/// `www.` (so `https://www.osce.org/…` and `http://osce.org/…` are one source), without user
/// information or port. Works on what `LinkScan` keeps: `http(s)://…` and scheme-less `www.…`.
public enum SourceDomain {
    public static func of(_ url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        let hostEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" || $0 == "\\" } ?? rest.endIndex
        var host = rest[..<hostEnd]
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let colon = host.lastIndex(of: ":"), host[host.index(after: colon)...].allSatisfy(\.isASCII) { host = host[..<colon] }
        while host.hasSuffix(".") { host = host.dropLast() }
        var name = host.lowercased()
        if name.hasPrefix("www."), name.count > 4 { name.removeFirst(4) }
        return name.isEmpty ? "(no host)" : name
    }
}
