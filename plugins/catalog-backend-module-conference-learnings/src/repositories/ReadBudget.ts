/**
 * At most `perMinute` reads started in any minute (a token bucket refilled
 * continuously, holding at most a minute's worth), so that a catalog of
 * thousands of services spreads its repository reads instead of spending a Git
 * host's rate limit at once.
 */
export class ReadBudget {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = perMinute;
    this.refilledAt = now();
  }

  /** Takes one read from the budget; false when it is spent for now. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(
      this.perMinute,
      this.tokens + ((now - this.refilledAt) / 60_000) * this.perMinute,
    );
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
