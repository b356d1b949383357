/// The keys of the `ibid/1` schema, one enum per object (docs/schema.md lists them).
///
/// `JSONWriter` takes keys only as one of these, so every command that writes an object — a
/// chapter in `list --json`, `check --json`, `notes --json` and `export`; a note in `notes --json`
/// and `export`; a finding in `check --json` and `export` — spells its keys from the same place,
/// and a key cannot be renamed in one command and not in another. An object that a command writes
/// in part (`list --json` writes a chapter's summary) uses a subset of its enum's cases.
public protocol SchemaKey: RawRepresentable<String>, CaseIterable, Sendable {}

/// The export's top level.
public enum RootKey: String, SchemaKey {
    case schema, source, warnings, reports
    /// With several files, in place of `source`: one source object a file, in the order given.
    case sources
}

/// Where the dump came from.
public enum SourceKey: String, SchemaKey {
    case path, kind, layout, bytes, page
}

/// The author page before the posts.
public enum PageKey: String, SchemaKey {
    case name, role, bio
}

/// A load warning.
public enum WarningKey: String, SchemaKey {
    case code, message, line, column, chapter
    /// With several files: the index in `sources` of the file the warning is about.
    case file
}

/// A report: chapters that belong together.
public enum ReportKey: String, SchemaKey {
    case title, language, chapters
}

/// A chapter (one post). `report` is written by `list --json` only, whose rows are flat.
public enum ChapterKey: String, SchemaKey {
    case id, title, postTitle, date, slug, url, language, truncated, report, sections, notes, findings
    /// With several files: the index in `sources` (export) or the path (list, check) of the chapter's file.
    case file
}

/// A section of a chapter: the text under one heading, or a box. `level` is the heading's (2 for
/// headings recovered from text, `<h3>` 3), null without a heading.
public enum SectionKey: String, SchemaKey {
    case heading, level, kind, byline, blocks
}

/// A block: paragraph, quote, credit, image, list or table. `rows` is a table's cells as text.
public enum BlockKey: String, SchemaKey {
    case type, text, items, rows, citations
}

/// A note.
public enum NoteKey: String, SchemaKey {
    case number, scope, text, urls, ibid, citedIn, possiblyTruncated, from
}

/// Where a note recovered from another edition came from (a note's `from`; `null` otherwise).
public enum NoteOriginKey: String, SchemaKey {
    case chapter, language
}

/// One place a note is cited (an entry of a note's `citedIn`).
public enum CitationKey: String, SchemaKey {
    case section, block, heading
}

/// A finding of the citation audit.
public enum FindingKey: String, SchemaKey {
    case code, number, scope, message
}

/// A hit of `search --json`.
public enum SearchHitKey: String, SchemaKey {
    case chapter, title, section, heading, note, snippet
    /// With several files: the path of the hit's file.
    case file
}

/// `sources --json`'s top level (issue 11).
public enum SourcesKey: String, SchemaKey {
    case domains
}

/// A domain of `sources --json`: `notes` counts the distinct notes citing any of its URLs.
public enum SourceDomainKey: String, SchemaKey {
    case domain, notes, urls
}

/// A cited URL of `sources --json`.
public enum SourceURLKey: String, SchemaKey {
    case url, citedBy
}

/// A note citing a URL (an entry of a URL's `citedBy`): chapter ID, note number, and its scope
/// (`chapter`, or `box 1` for a box's notes, which restart at 1).
public enum CitingNoteKey: String, SchemaKey {
    case chapter, note, scope
}

/// Every object of the schema and its keys, by the name docs/schema.md gives it.
public let schemaObjects: [(name: String, keys: [String])] = [
    ("root", RootKey.allCases.map(\.rawValue)),
    ("source", SourceKey.allCases.map(\.rawValue)),
    ("page", PageKey.allCases.map(\.rawValue)),
    ("warning", WarningKey.allCases.map(\.rawValue)),
    ("report", ReportKey.allCases.map(\.rawValue)),
    ("chapter", ChapterKey.allCases.map(\.rawValue)),
    ("section", SectionKey.allCases.map(\.rawValue)),
    ("block", BlockKey.allCases.map(\.rawValue)),
    ("note", NoteKey.allCases.map(\.rawValue)),
    ("note origin", NoteOriginKey.allCases.map(\.rawValue)),
    ("citation", CitationKey.allCases.map(\.rawValue)),
    ("finding", FindingKey.allCases.map(\.rawValue)),
    ("search hit", SearchHitKey.allCases.map(\.rawValue)),
    ("sources", SourcesKey.allCases.map(\.rawValue)),
    ("source domain", SourceDomainKey.allCases.map(\.rawValue)),
    ("source url", SourceURLKey.allCases.map(\.rawValue)),
    ("citing note", CitingNoteKey.allCases.map(\.rawValue)),
    // Issue 10's reports (Review/ReviewSchemaKeys.swift).
    ("review", ReviewKey.allCases.map(\.rawValue)),
    ("review chapter", ReviewChapterKey.allCases.map(\.rawValue)),
    ("review item", ReviewItemKey.allCases.map(\.rawValue)),
    ("citations", CitationsRootKey.allCases.map(\.rawValue)),
    ("citation row", CitationRowKey.allCases.map(\.rawValue)),
]
