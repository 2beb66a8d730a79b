import Testing

/// curses keeps its screen in global state, so the suites that open one
/// are nested here and run one after the other, never side by side.
@Suite(.serialized) enum CursesScreenTests {}
