extension SourceIndex {
    /// `sources --json`: `{"domains": [{"domain", "notes", "urls": [{"url", "citedBy": [{"chapter", "note", "scope"}]}]}]}`.
    public func writeJSON(into w: inout JSONWriter) {
        w.beginObject()
        w.key(SourcesKey.domains)
        w.beginArray()
        for domain in domains {
            w.beginObject()
            w.field(SourceDomainKey.domain, domain.name)
            w.field(SourceDomainKey.notes, domain.notes)
            w.key(SourceDomainKey.urls)
            w.beginArray()
            for url in domain.urls {
                w.beginObject()
                w.field(SourceURLKey.url, url.url)
                w.key(SourceURLKey.citedBy)
                w.beginArray()
                for ref in url.citedBy {
                    w.beginObject()
                    w.field(CitingNoteKey.chapter, ref.chapter)
                    w.field(CitingNoteKey.note, ref.number)
                    w.field(CitingNoteKey.scope, ref.scope.description)
                    w.endObject()
                }
                w.endArray()
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
