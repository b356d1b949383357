/// What a reviewer concluded about a citation.
public enum MarkState: String, Sendable, CaseIterable {
    case unchecked, checked, flagged
}

/// Where a mark belongs: the post, and the citation's number and scope in it.
public struct MarkKey: Hashable, Sendable {
    public let post: PostKey
    public let citation: Citation

    public init(post: PostKey, citation: Citation) {
        self.post = post
        self.citation = citation
    }
}

/// A stored mark: the state, an optional comment, and the fingerprint of the text it was made on.
public struct CitationMark: Equatable, Sendable {
    public var state: MarkState
    public var comment: String?
    public var fingerprint: String

    public init(state: MarkState, comment: String? = nil, fingerprint: String) {
        self.state = state
        self.comment = comment
        self.fingerprint = fingerprint
    }

    /// A mark that says nothing (unchecked, no comment) is not kept.
    public var isEmpty: Bool { state == .unchecked && (comment ?? "").isEmpty }
}

/// A mark as it applies to the text now open: a mark made on other text is `changed` and does not
/// count as checked or flagged.
public struct ShownMark: Equatable, Sendable {
    public let state: MarkState
    public let comment: String?
    public let changed: Bool

    public init(_ mark: CitationMark, fingerprint: String) {
        state = mark.state
        comment = mark.comment
        changed = mark.fingerprint != fingerprint
    }

    /// The glyph drawn on the marker and the note: ⚠ changed since checked, ⚑ flagged, ✓ checked,
    /// ✎ commented only.
    public var glyph: String? {
        if changed { return "⚠" }
        switch state {
        case .checked: return "✓"
        case .flagged: return "⚑"
        case .unchecked: return comment == nil ? nil : "✎"
        }
    }
}

extension NoteScope {
    /// The scope as stored and written in reports: `chapter`, `box 2`.
    public var storageName: String { description }

    public init?(storageName: String) {
        if storageName == "chapter" { self = .chapter; return }
        guard storageName.hasPrefix("box "), let n = Int(storageName.dropFirst(4)), n >= 1 else { return nil }
        self = .box(n - 1)
    }
}

/// Every stored mark of a library, by key.
public struct ReviewMarks: Sendable, Equatable {
    public var marks: [MarkKey: CitationMark]

    public init(_ marks: [MarkKey: CitationMark] = [:]) { self.marks = marks }

    public subscript(key: MarkKey) -> CitationMark? {
        get { marks[key] }
        set { marks[key] = newValue }
    }

    /// The mark on `cited` in `post`, as it applies now.
    public func shown(_ cited: ChapterCitations.Cited, in post: PostKey) -> ShownMark? {
        marks[MarkKey(post: post, citation: cited.citation)].map { ShownMark($0, fingerprint: cited.fingerprint) }
    }

    /// The counts over `cited` in `post`.
    public func progress(of cited: [ChapterCitations.Cited], in post: PostKey) -> ReviewProgress {
        var p = ReviewProgress(citations: cited.count)
        guard !marks.isEmpty else { return p }
        for c in cited {
            guard let m = shown(c, in: post) else { continue }
            if m.changed { p.changed += 1 } else if m.state == .checked { p.checked += 1 } else if m.state == .flagged { p.flagged += 1 }
        }
        return p
    }
}

/// How far a review has come over some citations.
public struct ReviewProgress: Equatable, Sendable {
    public var citations: Int
    public var checked = 0
    public var flagged = 0
    public var changed = 0

    public init(citations: Int, checked: Int = 0, flagged: Int = 0, changed: Int = 0) {
        self.citations = citations
        self.checked = checked
        self.flagged = flagged
        self.changed = changed
    }

    /// `37/140 ✓ 2 ⚑ 1 ⚠`: the flagged and changed parts only when there are any.
    public var summary: String {
        var s = "\(checked)/\(citations) ✓"
        if flagged > 0 { s += " \(flagged) ⚑" }
        if changed > 0 { s += " \(changed) ⚠" }
        return s
    }

    public var isStarted: Bool { checked + flagged + changed > 0 }
}
