import Glibc

/// Work on a second thread while the caller goes on, so that loading a
/// large content set uses both cores of a small kiosk PC.
///
/// Plain POSIX threads: no pool stays behind to wake up later. A side
/// thread takes no signal (it starts with all of them blocked), because
/// the event loop relies on its signals arriving only inside its `ppoll`.
enum SideThread {
  /// `there` on a new thread and `here` on this one; both results once
  /// both are done.
  static func run<Here, There>(
    _ here: () -> Here, alongside there: sending @escaping () -> sending There
  ) -> (Here, There) {
    let side = start(there)
    let hereResult = here()
    return (hereResult, side.wait())
  }

  /// `work` started on a new thread, for its result later. When no
  /// thread can be started, it runs when its result is asked for: the
  /// same result, only later.
  static func start<Result>(_ work: sending @escaping () -> sending Result) -> Work<Result> {
    let job = Job(work)
    return Work(job: job, thread: start(job))
  }

  /// Work started on a side thread. Its result is asked for once, with
  /// `wait()`; work nobody asked for is still waited for when let go of,
  /// so no side thread outlives what it reads.
  final class Work<Result> {
    private let job: Job<Result>
    private var thread: pthread_t?

    fileprivate init(job: Job<Result>, thread: pthread_t?) {
      self.job = job
      self.thread = thread
    }

    func wait() -> Result {
      guard let thread else { return job.run() }
      pthread_join(thread, nil)
      self.thread = nil
      return job.take()
    }

    deinit {
      if let thread { pthread_join(thread, nil) }
    }
  }

  /// Lets go of `value` on a thread of its own, not waited for. Freeing the
  /// YAML trees of a large content set takes as long as reading a tenth of
  /// it, and nobody needs to wait for it: the kiosk draws its first frame
  /// meanwhile.
  static func discard<Value>(_ value: consuming sending Value) {
    let held = Held(value)
    // The side thread drops the value; the small box around it goes with
    // whichever thread lets go of it last.
    let job = Job { held.value = nil }
    guard let thread = start(job) else { return job.run() }
    pthread_detach(thread)
  }

  private final class Held<Value>: @unchecked Sendable {
    var value: Value?
    init(_ value: consuming Value) { self.value = value }
  }

  /// The work and, once it has run, its result. One thread at a time uses
  /// it: the new one until it ends, then (after `pthread_join`) the caller.
  fileprivate final class Job<Result>: Runnable, @unchecked Sendable {
    private var work: (() -> Result)?
    private var result: Result?

    init(_ work: @escaping () -> Result) { self.work = work }

    func runOnce() { result = run() }

    func run() -> Result {
      let work = self.work!
      self.work = nil
      return work()
    }

    func take() -> Result { result! }
  }

  /// What the thread's C entry point can call without knowing `Result`.
  fileprivate protocol Runnable: AnyObject { func runOnce() }

  /// A new thread running `job`, which it holds until it ends; nil when
  /// none could be started.
  private static func start(_ job: Runnable) -> pthread_t? {
    let context = Unmanaged.passRetained(job as AnyObject).toOpaque()
    var all = sigset_t()
    var previous = sigset_t()
    sigfillset(&all)
    // The new thread inherits this mask; the caller's is put back at once.
    pthread_sigmask(SIG_SETMASK, &all, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    var thread = pthread_t()
    let status = pthread_create(
      &thread, nil,
      { context in
        // The entry point cannot be generic: the job is called through
        // its protocol, and let go of when done.
        let job = Unmanaged<AnyObject>.fromOpaque(context!).takeRetainedValue() as! Runnable
        job.runOnce()
        return nil
      }, context)
    guard status == 0 else {
      Unmanaged<AnyObject>.fromOpaque(context).release()
      return nil
    }
    return thread
  }
}
