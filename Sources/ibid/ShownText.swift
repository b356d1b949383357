import IbidDocument

/// The CLI's human-readable output, sanitised at one place: every line a command prints for a
/// person, on stdout or stderr, to a terminal or to a pipe, goes through the reader's sanitiser
/// (`^[`, `<U+202E>`), so a title, note, snippet or warning from a dump cannot retitle the
/// window, clear the screen or write the clipboard. JSON escapes instead (`JSONWriter`); standard
/// error is sanitised in `Output.error`.
struct ShownLines {
    private var lines = Output.Lines()

    mutating func append(_ line: String) { lines.append(Sanitizer.visible(line)) }

    mutating func flush() { lines.flush() }
}
