import Glibc

/// Seconds on a clock that only moves forward (not the wall clock, which an
/// NTP correction can turn back).
public enum MonotonicClock {
  public static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
