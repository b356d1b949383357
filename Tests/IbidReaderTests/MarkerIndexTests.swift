import Testing
import IbidDocument
@testable import IbidReader

/// What every frame asks of a laid-out chapter, answered from indexes built at layout: the markers
/// on some lines (binary search) and each marker's note (looked up once).
@Suite("Marker indexes")
struct MarkerIndexTests {
    @Test(arguments: [6003, 5607])
    func markersOnLinesAndTheirNotesAgreeWithAScan(chapterID: Int) throws {
        let library = ReaderFixtures.library
        let chapter = try #require(library.chapter(id: chapterID))
        let content = library.content(of: chapter)
        let laid = ChapterLines(content: content, width: 61)
        #expect(laid.markers.count > 50)
        for start in stride(from: -3, to: laid.lines.count + 3, by: 7) {
            for height in [0, 1, 5, 24, 200] {
                let scanned = laid.markers.indices.filter { (start..<(start + height)).contains(laid.markers[$0].line) }
                #expect(Array(laid.markers(onLines: start..<(start + height))) == scanned, "lines \(start)..<\(start + height)")
            }
        }
        for marker in laid.markers {
            let first = content.notes.firstIndex { $0.number == marker.citation.number && $0.scope == marker.citation.scope }
            #expect(marker.note == first)
        }
    }
}
