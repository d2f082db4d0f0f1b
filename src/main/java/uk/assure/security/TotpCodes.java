package uk.assure.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238: 6 digits, 30-second steps, HMAC-SHA1), the codes
 * authenticator apps show. A code from the step before or after is accepted too, to allow for
 * clocks that differ slightly.
 */
@Component
public class TotpCodes {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base32 BASE32 = new Base32();

  private final TimeBasedOneTimePasswordGenerator generator =
      new TimeBasedOneTimePasswordGenerator();
  private final Clock clock;

  TotpCodes(Clock clock) {
    this.clock = clock;
  }

  /** A new secret key, in the Base32 form people type into authenticator apps. */
  public String newSecret() {
    byte[] key = new byte[20];
    RANDOM.nextBytes(key);
    return BASE32.encodeToString(key).replace("=", "");
  }

  /** The otpauth address an authenticator app reads. */
  public String provisioningUri(String secret, String email) {
    String label = URLEncoder.encode("Assure:" + email, StandardCharsets.UTF_8);
    return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Assure";
  }

  /** Whether the typed code is right for the key now, or one step either side. */
  public boolean matches(String secret, String typed) {
    if (typed == null) {
      return false;
    }
    String code = typed.replaceAll("[\\s-]", "");
    if (!code.matches("\\d{6}")) {
      return false;
    }
    Instant now = clock.instant();
    for (int step = -1; step <= 1; step++) {
      if (code(secret, now.plus(generator.getTimeStep().multipliedBy(step))).equals(code)) {
        return true;
      }
    }
    return false;
  }

  /** The code for a key at a moment; for tests and for checking a clock. */
  public String code(String secret, Instant at) {
    try {
      SecretKeySpec key = new SecretKeySpec(BASE32.decode(secret), generator.getAlgorithm());
      return String.format("%06d", generator.generateOneTimePassword(key, at));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("A second-factor key could not be used", e);
    }
  }
}
