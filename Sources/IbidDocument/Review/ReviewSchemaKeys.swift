/// `ibid review --json`: the top level.
public enum ReviewKey: String, SchemaKey {
    case chapters
}

/// A chapter of `ibid review --json`.
public enum ReviewChapterKey: String, SchemaKey {
    case id, title, citations, checked, flagged, changed, items
}

/// A flagged, commented or changed citation of `ibid review --json`.
public enum ReviewItemKey: String, SchemaKey {
    case number, scope, state, comment, changed, sentence, note
}

/// A row of `ibid citations --json` (the object also holds the chapter's `id` and `title`).
public enum CitationRowKey: String, SchemaKey {
    case number, scope, section, sentence, note, urls, state, comment, changed
}
