import Testing
import IbidDocument
@testable import IbidReader

/// Every bound key, in random orders, at sizes from a cell to a wide terminal: the reader never
/// traps, every frame is exactly the terminal's size, and the state stays inside its bounds.
@Suite("Keymap robustness")
struct KeymapRobustnessTests {
    @Test(.timeLimit(.minutes(1)), arguments: [(1, 1), (20, 5), (33, 12), (60, 20), (80, 24), (120, 40)])
    func randomKeysAtEverySize(cols: Int, rows: Int) throws {
        var keys = Array(Set(Keymap.bindings.flatMap(\.keys))).filter { $0 != .char("q") }
        keys += [.char("x"), .char("[")]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<6 {
            var state = ReaderState(library: ReaderFixtures.library, cols: cols, rows: rows, open: [nil, 6003, 5607, 5845].randomElement(using: &rng)!)
            state.handle(.warmedUp)
            for _ in 0..<25 {
                let key = keys.randomElement(using: &rng)!
                state.handle(.key(key))
                let screen = Renderer.render(state)
                #expect(screen.lines().allSatisfy { CharWidth.width($0) == cols }, "\(key) at \(cols)x\(rows)")
                #expect(state.top >= 0 && state.top <= state.maxTop)
                #expect(state.listCursor >= 0 && state.listCursor < state.rows.count)
                if let content = state.content, !content.notes.isEmpty { #expect(content.notes.indices.contains(state.noteCursor)) }
            }
        }
    }
}
