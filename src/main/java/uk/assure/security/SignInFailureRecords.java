package uk.assure.security;

import java.time.Instant;
import uk.assure.security.SignInThrottle.Attempt;

/** Failed sign-in attempts as stored, shared by every instance of Assure. */
public interface SignInFailureRecords {

  /** How many failures match, and when the latest was (null when there were none). */
  record Tally(int failures, Instant latest) {}

  void add(Attempt attempt, String email, String address, Instant at);

  /** Forgets the failures from before {@code cutoff}. */
  void forgetBefore(Instant cutoff);

  /** Failures of this kind from one address since {@code since}, whatever the account. */
  Tally fromAddress(Attempt attempt, String address, Instant since);

  /** Failures of this kind for one account since {@code since}, from anywhere. */
  Tally forAccount(Attempt attempt, String email, Instant since);

  /** Failures of this kind for one account from one address since {@code since}. */
  Tally forAccountFromAddress(Attempt attempt, String email, String address, Instant since);
}
