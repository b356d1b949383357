import IbidDocument

/// The sources overlay (`U`): domains, then one domain's URLs, then the notes citing one URL —
/// for the open report or the whole library. Each level keeps its cursor, so going back up
/// lands where you went in.
public struct SourcesView: Equatable, Sendable {
    public enum Scope: Equatable, Sendable {
        case report, library
    }

    /// Which list is shown: derived from how deep the view is.
    public enum Level: Equatable, Sendable {
        case domains
        case urls(domain: Int)
        case citedBy(domain: Int, url: Int)
    }

    public internal(set) var scope: Scope
    /// `Retreating Rights – Kazakhstan` or `the library`: what the title says the index covers.
    public let scopeName: String
    public let index: SourceIndex
    /// The cursor of each level entered, outermost first; the last is the one that moves.
    public internal(set) var path: [Int] = [0]

    public init(scope: Scope, scopeName: String, index: SourceIndex) {
        self.scope = scope
        self.scopeName = scopeName
        self.index = index
    }

    public var cursor: Int { path.last ?? 0 }

    public var level: Level {
        switch path.count {
        case 1: .domains
        case 2: .urls(domain: path[0])
        default: .citedBy(domain: path[0], url: path[1])
        }
    }

    /// The domain under the cursor, or the one entered.
    public var domain: SourceIndex.Domain? {
        index.domains.indices.contains(path[0]) ? index.domains[path[0]] : nil
    }

    /// The URL under the cursor (in a domain), or the one entered.
    public var url: SourceIndex.CitedURL? {
        guard path.count >= 2, let domain, domain.urls.indices.contains(path[1]) else { return nil }
        return domain.urls[path[1]]
    }

    /// Every citing note of the entered URL, source by source (identical notes together), in the
    /// order the cited-by list shows them; the cursor moves over these.
    public var citing: [SourceIndex.NoteRef] {
        url?.sources.flatMap(\.citedBy) ?? []
    }

    /// How many rows the cursor moves over at this level.
    public var count: Int {
        switch level {
        case .domains: index.domains.count
        case .urls: domain?.urls.count ?? 0
        case .citedBy: citing.count
        }
    }

    mutating func move(to row: Int) {
        path[path.count - 1] = min(max(0, row), max(0, count - 1))
    }

    /// One level in, at the top of the new list.
    mutating func enter() { path.append(0) }

    /// One level out, the cursor back on what was entered; false at the outermost level.
    mutating func leave() -> Bool {
        guard path.count > 1 else { return false }
        path.removeLast()
        return true
    }
}
