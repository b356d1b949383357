// ncursesw for Swift. The wide-character API is hidden unless NCURSES_WIDECHAR is defined before the
// header (SwiftPM drops pkg-config's cflags), and Swift 6 cannot touch C mutable globals or function-like
// macros, so the few this program needs are wrapped below.
#ifndef IBID_CNCURSESW_SHIM_H
#define IBID_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *ibid_stdscr(void) { return stdscr; }
static inline int ibid_lines(void) { return LINES; }
static inline int ibid_cols(void) { return COLS; }
static inline int ibid_colors(void) { return COLORS; }

static inline attr_t ibid_a_normal(void) { return A_NORMAL; }
static inline attr_t ibid_a_bold(void) { return A_BOLD; }
static inline attr_t ibid_a_dim(void) { return A_DIM; }
static inline attr_t ibid_a_reverse(void) { return A_REVERSE; }
static inline attr_t ibid_a_underline(void) { return A_UNDERLINE; }

static inline mmask_t ibid_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t ibid_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t ibid_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t ibid_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t ibid_button5_pressed(void) { return 0; }
#endif

/// Draws one wide character with attributes and a colour pair at (y, x) — the cell-by-cell drawing
/// keeps ncurses' idea of each column equal to the core's — and says which step failed: 0 drawn,
/// 1 `setcchar` refused the glyph (nothing drawn), 2 `mvwadd_wch` said ERR. The painter needs the
/// difference: in the bottom-right corner ncurses draws the glyph and then reports that the cursor
/// cannot move on.
static inline int ibid_put_cell_status(WINDOW *win, int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) != OK) return 1;
    return mvwadd_wch(win, y, x, &cc) == OK ? 0 : 2;
}

#endif
