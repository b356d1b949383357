/// Damage for robustness tests: up to four random edits of a dump's bytes, each either a piece of
/// `junk` (a form's own delimiters, aimed at its parser) inserted somewhere or up to 40 bytes cut.
public enum ByteMutation {
    public static func mutate(_ bytes: inout [UInt8], junk: [[UInt8]], using rng: inout SeededGenerator) {
        for _ in 0...Int.random(in: 0...3, using: &rng) {
            let at = Int.random(in: 0...bytes.count, using: &rng)
            if Bool.random(using: &rng) {
                bytes.insert(contentsOf: junk[Int.random(in: 0..<junk.count, using: &rng)], at: at)
            } else {
                bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &rng)))
            }
        }
    }
}
