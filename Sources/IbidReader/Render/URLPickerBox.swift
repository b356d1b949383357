/// The URL picker: a note's URLs in a small framed box, the highlighted one reversed.
enum URLPickerBox {
    static func draw(_ picker: URLPicker, on screen: inout Screen) {
        let lines = picker.urls.map { ($0, Style.plain) }
        let widest = lines.map { CharWidth.width($0.0) }.max() ?? 0
        let width = min(screen.cols - 2, max(44, min(100, widest + 4)))
        let title = picker.purpose == .copy
            ? "Copy a URL of \(picker.note) — Enter copies, o opens, q closes"
            : "Open a URL of \(picker.note) — Enter opens, y copies, q closes"
        OverlayBox.box(title: title, lines: lines, width: width, top: nil, cursor: picker.cursor, on: &screen)
    }
}
