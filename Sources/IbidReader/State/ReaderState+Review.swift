import IbidDocument

/// Marks on citations (`x` `!` `a`, `X` `F`), marks of place (`m` `'`), and resuming where a
/// library was left (issue 10). The state only queues writes; `ReviewSession` commits them.
extension ReaderState {
    // MARK: Starting and committing

    /// Takes what a store saved: the marks, where each chapter was left, the marks of place; and,
    /// when `resume` (no `--open`), opens the chapter last read, where it was left.
    public mutating func startReview(_ saved: SavedReview, libraryKey: String, saving: ReviewSaving, resume: Bool) {
        review.marks = saved.marks
        review.placeMarks = saved.placeMarks
        review.libraryKey = libraryKey
        review.saving = saving
        var byPost: [PostKey: Int] = [:]
        for chapter in library.chapters where byPost[PostKey(chapter)] == nil { byPost[PostKey(chapter)] = chapter.id }
        for (post, place) in saved.places {
            guard let id = byPost[post] else { continue }
            text.positions[id] = TextPaneState.Place(place)
        }
        if resume, let last = saved.lastChapter, let id = byPost[last], library.chapter(id: id) != nil {
            chapterID = nil
            openChapter(id)
            if let i = rows.firstIndex(where: { $0.chapterID == id }) { list.cursor = i }
            focus = .reader
        } else if let id = chapterID, let place = text.positions[id], let lines {
            // The chapter opened before the places were known: put it where it was left.
            top = place.width == lines.width ? place.top : (place.anchor?.line(in: lines) ?? place.top)
            clampTop()
        }
    }

    /// Saved marks and places not yet known (loaded after the first paint); what the state holds wins.
    public mutating func mergeReview(_ saved: SavedReview) {
        for (key, mark) in saved.marks.marks where review.marks[key] == nil { review.marks[key] = mark }
        var byPost: [PostKey: Int] = [:]
        for chapter in library.chapters where byPost[PostKey(chapter)] == nil { byPost[PostKey(chapter)] = chapter.id }
        for (post, place) in saved.places {
            guard let id = byPost[post], text.positions[id] == nil, id != chapterID else { continue }
            text.positions[id] = TextPaneState.Place(place)
        }
    }

    /// The writes queued since the last call, for the store.
    public mutating func takeWrites() -> [ReviewWrite] {
        defer { review.pending.removeAll() }
        return review.pending
    }

    /// Where every chapter visited was left and which was read last: written when a chapter is
    /// left and when the reader ends.
    public mutating func placeWrites() -> [ReviewWrite] {
        rememberPlace()
        var out: [ReviewWrite] = []
        for (id, place) in text.positions.sorted(by: { $0.key < $1.key }) {
            guard let chapter = library.chapter(id: id) else { continue }
            out.append(.place(PostKey(chapter), SavedPlace(place)))
        }
        if let chapter { out.append(.lastChapter(library: review.libraryKey, PostKey(chapter))) }
        return out
    }

    /// The store refused a write: marks go on for this run, and the status line says they are not saved.
    public mutating func reviewStoreFailed(_ reason: String) {
        review.saving = .failed(reason)
    }

    // MARK: Citations and their marks

    /// The open chapter's citations (or any chapter's), from the shared cache.
    func citations(of chapter: Chapter) -> ChapterCitations {
        citationsCache.citations(chapter: chapter.id) { library.content(of: chapter) }
    }

    public var openCitations: ChapterCitations? { chapter.map(citations(of:)) }

    /// The mark shown on a marker of the open chapter.
    func shownMark(_ citation: Citation) -> ShownMark? {
        guard !review.marks.marks.isEmpty, let chapter, let cited = citations(of: chapter).cited(citation) else { return nil }
        return review.marks.shown(cited, in: PostKey(chapter))
    }

    /// Progress over a chapter, or one of its sections; nil until the chapter has a mark, so plain
    /// reading shows no counts.
    func progress(of chapter: Chapter, section: Int? = nil) -> ReviewProgress? {
        guard !review.marks.marks.isEmpty else { return nil }
        return citationsCache.progress(.init(chapter: chapter.id, section: section ?? -1, version: review.version)) {
            computeProgress(of: chapter, section: section)
        }
    }

    private func computeProgress(of chapter: Chapter, section: Int?) -> ReviewProgress? {
        let all = citations(of: chapter)
        let post = PostKey(chapter)
        guard review.marks.progress(of: all.cited, in: post).isStarted || hasComment(all, post) else { return nil }
        return review.marks.progress(of: section.map(all.cited(inSection:)) ?? all.cited, in: post)
    }

    private func hasComment(_ all: ChapterCitations, _ post: PostKey) -> Bool {
        all.cited.contains { review.marks[MarkKey(post: post, citation: $0.citation)]?.comment != nil }
    }

    /// The citation the mark keys act on: the selected marker's in the reader, the note's in the notes.
    mutating func targetCitation() -> ChapterCitations.Cited? {
        guard let chapter, let lines else { return nil }
        let all = citations(of: chapter)
        switch focus {
        case .notes:
            guard let content, content.notes.indices.contains(noteCursor) else {
                message = "no note selected"
                return nil
            }
            let note = content.notes[noteCursor]
            guard let cited = all.cited(Citation(number: note.number, scope: note.scope)) else {
                message = "note \(note.number) is never cited in the text"
                return nil
            }
            return cited
        default:
            guard let m = selectedMarker, lines.markers.indices.contains(m) else {
                message = "no citation selected: ] selects the next one"
                return nil
            }
            return all.cited(lines.markers[m].citation)
        }
    }

    /// `x` and `!`: sets the state, or clears it when the citation already has it.
    mutating func toggleMark(_ state: MarkState) {
        guard let chapter, let cited = targetCitation() else { return }
        let key = MarkKey(post: PostKey(chapter), citation: cited.citation)
        let old = review.marks[key]
        let current = old.map { ShownMark($0, fingerprint: cited.fingerprint) }
        let clear = current?.state == state && current?.changed == false
        var mark = old ?? CitationMark(state: .unchecked, fingerprint: cited.fingerprint)
        mark.state = clear ? .unchecked : state
        // Marking again is checking again: against the text as it is now.
        mark.fingerprint = cited.fingerprint
        setMark(key, mark)
        let name = label(cited.citation)
        let summary = progress(of: chapter).map { " — \($0.summary) in this chapter" } ?? ""
        message = clear ? "\(name) \(state == .checked ? "unchecked" : "unflagged")\(summary)"
            : "\(name) \(state == .checked ? "checked ✓" : "flagged ⚑")\(summary)"
    }

    /// `a`: the comment prompt, holding the comment there is.
    mutating func startComment() {
        guard let chapter, let cited = targetCitation() else { return }
        let key = MarkKey(post: PostKey(chapter), citation: cited.citation)
        overlay = .comment(citation: cited.citation, input: review.marks[key]?.comment ?? "")
    }

    /// Enter in the prompt: saves the comment; an empty one removes it.
    mutating func saveComment(_ citation: Citation, _ input: String) {
        guard let chapter, let cited = citations(of: chapter).cited(citation) else { return }
        let key = MarkKey(post: PostKey(chapter), citation: citation)
        let text = CitingSentence.collapsed(input)
        var mark = review.marks[key] ?? CitationMark(state: .unchecked, fingerprint: cited.fingerprint)
        mark.comment = text.isEmpty ? nil : text
        setMark(key, mark)
        message = text.isEmpty ? "\(label(citation)): comment removed" : "\(label(citation)): comment saved"
    }

    mutating func setMark(_ key: MarkKey, _ mark: CitationMark) {
        let kept: CitationMark? = mark.isEmpty ? nil : mark
        review.marks[key] = kept
        review.pending.append(.mark(key, kept))
    }

    func label(_ c: Citation) -> String { c.scope == .chapter ? "[\(c.number)]" : "[\(c.scope) \(c.number)]" }

    /// `X` and `F`: the next marker, after the selected one and around the chapter, whose citation
    /// is not checked (a changed mark counts as not checked) or is flagged.
    mutating func nextMarked(flagged: Bool) {
        guard let lines, !lines.markers.isEmpty else {
            message = "no citations in this chapter"
            return
        }
        let count = lines.markers.count
        let start = selectedMarker.map { $0 + 1 } ?? lines.markers.firstIndex { $0.line >= top } ?? 0
        for step in 0..<count {
            let m = (start + step) % count
            let mark = shownMark(lines.markers[m].citation)
            let hit = flagged ? (mark?.state == .flagged && mark?.changed == false) : !(mark?.state == .checked && mark?.changed == false)
            guard hit else { continue }
            if focus != .reader { keepingText { $0.focus = .reader } }
            selectedMarker = m
            reveal(line: lines.markers[m].line)
            if start + step >= count { message = "continuing at the top of the chapter" }
            return
        }
        message = flagged ? "no flagged citation in this chapter" : "every citation in this chapter is checked"
    }

    // MARK: Marks of place

    /// The letter after `m` or `'`.
    mutating func placeKey(_ command: ReviewState.PlaceCommand, _ key: Key) {
        guard case .char(let c) = key else { return }
        if command == .jump, c == "'" {
            guard let v = history.back.last else {
                message = "no jump to go back from"
                return
            }
            pushHistory()
            restore(v)
            breadcrumb = "'' → back before the last jump"
            return
        }
        guard c.isASCII, c.isLowercase else {
            message = "marks of place are a–z"
            return
        }
        switch command {
        case .set:
            guard let chapter, let lines else {
                message = "no chapter open"
                return
            }
            let anchor = LineAnchor(lines, top)
            let mark = PlaceMark(post: PostKey(chapter), place: SavedPlace(top: top, width: lines.width, section: anchor?.section, block: anchor?.block))
            review.placeMarks[c] = mark
            review.pending.append(.placeMark(library: review.libraryKey, letter: c, mark))
            message = "mark \(c) set"
        case .jump:
            guard let mark = review.placeMarks[c],
                  let target = library.chapters.first(where: { PostKey($0) == mark.post }) else {
                message = "mark \(c) not set"
                return
            }
            pushHistory()
            if target.id != chapterID { openChapter(target.id) }
            if let lines {
                let place = TextPaneState.Place(mark.place)
                top = place.width == lines.width ? place.top : (place.anchor?.line(in: lines) ?? place.top)
            }
            selectedMarker = nil
            keepingText { $0.focus = .reader }
            clampTop()
            breadcrumb = "'\(c) → \(currentSection.map(sectionTitle) ?? "")"
        }
    }
}

extension TextPaneState.Place {
    init(_ saved: SavedPlace) {
        self.init(top: saved.top, width: saved.width,
                  anchor: saved.section.map { LineAnchor(section: $0, block: saved.block) })
    }
}

extension SavedPlace {
    init(_ place: TextPaneState.Place) {
        self.init(top: place.top, width: place.width, section: place.anchor?.section, block: place.anchor?.block)
    }
}

extension LineAnchor {
    init(section: Int, block: Int?) {
        self.section = section
        self.block = block
    }
}
