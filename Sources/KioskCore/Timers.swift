import HistoryContent

/// What happens as time passes: the idle reset, the attract loop's slides,
/// the tour's steps. Driven by `.tick` actions at the deadlines that
/// `nextDeadline` names.
extension Kiosk {
  func advanceTime(_ state: inout AppState, to now: Double) {
    if var attract = state.attract {
      guard now >= attract.nextStepAt else { return }
      let count = max(1, attractSlides.count)
      // A late wake-up (a suspended laptop) moves one slide, not a burst.
      attract.slide = (attract.slide + 1) % count
      attract.nextStepAt = now + settings.attractStep
      state.screen = .attract(attract)
    } else if var tour = state.tour {
      guard !tour.isPaused, now >= tour.nextStepAt else { return }
      // The tour ends on its last stop and stays there.
      guard tour.stop + 1 < tourStops.count else { return }
      tour.stop += 1
      tour.nextStepAt = now + settings.tourStep
      state.screen = .tour(tour)
      showStop(tour.stop, in: &state)
    } else if settings.isLockedDown, let idle = settings.idleTimeout,
      now - state.lastInputAt >= idle
    {
      // Nobody has touched the kiosk: forget the last visitor entirely and
      // invite the next one.
      var fresh = freshStart(after: state, at: state.lastInputAt)
      fresh.screen = .attract(Attract(slide: 0, nextStepAt: now + settings.attractStep))
      state = fresh
    }
  }

  /// Moves the tour by one stop and restarts its clock.
  func stepTour(_ state: inout AppState, by delta: Int, at now: Double) {
    guard var tour = state.tour else { return }
    tour.stop = clamp(tour.stop + delta, 0, tourStops.count - 1)
    tour.nextStepAt = now + settings.tourStep
    state.screen = .tour(tour)
    showStop(tour.stop, in: &state)
  }
}
