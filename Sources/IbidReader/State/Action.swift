/// What a key does. The keymap maps keys to actions per mode; `ReaderState.apply` carries them out.
public enum Action: String, Equatable, Hashable, Sendable, CaseIterable {
    // Everywhere
    case quit, help, nextPane, previousPane, back, forward, contents, search, nextMatch, previousMatch
    case toggleList, redraw, cancel, digit
    // Editions (issue 11)
    case otherEdition
    // Moving in a pane or an overlay
    case lineDown, lineUp, pageDown, pageUp, halfDown, halfUp, first, last
    // List
    case open
    // Reader
    case nextMarker, previousMarker, nextSection, previousSection, follow
    // Notes
    case nextNote, previousNote, toCitation
    // Overlays
    case close, jump, runSearch, deleteChar
    // URLs and sources (issues 10 and 11)
    case copyURL, copyNote, openURL, sources, toggleScope, up
    // The library search (issue 11)
    case searchLibrary
    // Review (issue 10): marks on citations, marks of place
    case toggleChecked, toggleFlagged, comment, nextUnchecked, nextFlagged, setPlace, jumpToPlace, saveComment
    // Citations (issue 13): a note's works as a bibliography entry, and copying it as BibTeX
    case cite, copyEntry
}
