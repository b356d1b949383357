import IbidDocument

/// `y`, `Y` and `o` (issue 10): copy the selected note's URL or text, open its URL. The core only
/// decides what and says so on the status line; the backend carries out the `Effect` (and
/// `ibid screen` carries out nothing, so a script can drive these keys safely).
extension ReaderState {
    /// The note the reader is on: the selected marker's in the text, the highlighted one in the notes.
    var selectedNote: Note? {
        guard let content else { return nil }
        switch focus {
        case .notes:
            return content.notes.indices.contains(noteCursor) ? content.notes[noteCursor] : nil
        case .reader:
            return selectedMarker.flatMap(noteIndex(for:)).map { content.notes[$0] }
        case .list:
            return nil
        }
    }

    /// `note 12`, or `note 3 (box 1)` for a box's note.
    static func noteName(_ note: Note) -> String {
        note.scope == .chapter ? "note \(note.number)" : "note \(note.number) (\(note.scope))"
    }

    /// Why no note is selected, said the way the reader can fix it.
    var noNoteReason: String {
        switch focus {
        case .list: "no note selected: open a chapter, then ] selects a citation"
        case .reader:
            if let m = selectedMarker, let lines, m < lines.markers.count {
                "[\(lines.markers[m].citation.number)]: \(missingNoteReason)"
            } else {
                "no citation selected: ] selects the next one"
            }
        case .notes: "this chapter has no notes"
        }
    }

    mutating func copyURL() -> Effect? { act(on: .copy) }

    mutating func openURL() -> Effect? { act(on: .open) }

    /// `y` or `o`: straight away for a note with one URL, through the picker for one with several.
    mutating func act(on purpose: URLPicker.Purpose) -> Effect? {
        guard let note = selectedNote else {
            message = noNoteReason
            return nil
        }
        switch note.urls.count {
        case 0:
            message = "\(Self.noteName(note)) has no URL"
            return nil
        case 1:
            return urlEffect(purpose, note.urls[0])
        default:
            overlay = .urls(URLPicker(purpose: purpose, note: Self.noteName(note), urls: note.urls))
            return nil
        }
    }

    /// `Y`: the note's whole text, as the sidebar shows it.
    mutating func copyNote() -> Effect? {
        guard let note = selectedNote else {
            message = noNoteReason
            return nil
        }
        let text = Sanitizer.visible(note.plainText)
        message = "copied \(Self.noteName(note)): \(text)"
        return .copy(text)
    }

    /// The effect of copying or opening one URL, with the status line saying what happened — or,
    /// for a URL that may not be opened, why not, and no effect at all.
    mutating func urlEffect(_ purpose: URLPicker.Purpose, _ url: String) -> Effect? {
        switch purpose {
        case .copy:
            let text = Sanitizer.visible(url)
            message = "copied \(text)"
            return .copy(text)
        case .open:
            switch OpenableURL.check(url) {
            case .success(let openable):
                message = "opening \(openable)"
                return .open(openable)
            case .failure(let why):
                message = "not opened (\(why)): \(Sanitizer.visible(url))"
                return nil
            }
        }
    }

    /// Keys in the picker: move, Enter does what it was opened for, `y` copies, `o` opens.
    mutating func handlePicker(_ picker: URLPicker, _ key: Key) -> Effect? {
        guard let action = Keymap.action(for: key, in: .picker) else { return nil }
        var picker = picker
        if let next = Self.moved(picker.cursor, by: action, page: max(1, height - 5), last: picker.urls.count - 1) {
            picker.cursor = min(max(0, next), max(0, picker.urls.count - 1))
            overlay = .urls(picker)
            return nil
        }
        switch action {
        case .close:
            overlay = nil
        case .jump, .copyURL, .openURL:
            overlay = nil
            guard let url = picker.current else { return nil }
            let purpose: URLPicker.Purpose = action == .copyURL ? .copy : action == .openURL ? .open : picker.purpose
            return urlEffect(purpose, url)
        default:
            break
        }
        return nil
    }
}
