import IbidReader

/// Carries out the effects the core asks for beyond drawing: copying and opening (issue 10).
/// `quit` and `redraw` are the loop's own business.
enum EffectRunner {
    /// Runs `effect`; returns a notice for the status line when it did not (fully) work.
    static func run(_ effect: Effect) -> String? {
        switch effect {
        case .copy(let text): Clipboard.copy(text)
        case .open(let url): Browser.open(url)
        case .quit, .redraw: nil
        }
    }
}
