import IbidTestSupport
import IbidDocument
import IbidDump
@testable import IbidReader

enum ReaderFixtures {
    static let library: Library = {
        let library = try! Library.load(path: TestPaths.sample)
        library.warmUp()
        return library
    }()

    /// Applies `keys` (vim notation) to a fresh reader, rendering after each as the terminal does.
    static func run(_ keys: String, size: (Int, Int) = (120, 40), open: Int? = nil, library: Library = library) throws -> (ReaderState, Screen) {
        var state = ReaderState(library: library, cols: size.0, rows: size.1, open: open)
        state.handle(.warmedUp)  // the library is warmed, as the terminal says once its warm-up ends
        var screen = Renderer.render(state)
        for event in try KeyNotation.parse(keys) {
            if state.handle(event) == .quit { break }
            screen = Renderer.render(state)
        }
        return (state, screen)
    }

    static func rows(_ screen: Screen) -> [String] { screen.lines(edge: true) }
}
