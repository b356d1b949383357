import Foundation

/// The second method the sources tests check `SourceIndex` against: the domains a note's text
/// names, found with a regular expression rather than ibid's own URL scanner.
public enum NoteDomains {
    static let host = try! NSRegularExpression(pattern: "(?:https?://|(?<![A-Za-z0-9./])www\\.)([A-Za-z0-9.-]+)", options: [.caseInsensitive])

    /// For each domain (lower-cased, `www.` and trailing dots dropped), how many of `notes` name it.
    public static func distinctNotesCiting(_ notes: some Sequence<String>) -> [String: Int] {
        var counts: [String: Int] = [:]
        for note in notes {
            let text = note as NSString
            var seen = Set<String>()
            for m in host.matches(in: note, range: NSRange(location: 0, length: text.length)) {
                var name = text.substring(with: m.range(at: 1)).lowercased()
                while name.hasSuffix(".") { name.removeLast() }
                if name.hasPrefix("www.") { name.removeFirst(4) }
                if seen.insert(name).inserted { counts[name, default: 0] += 1 }
            }
        }
        return counts
    }
}
