package uk.assure.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Service;
import uk.assure.security.domain.EmailAddress;
import uk.assure.security.domain.UserAccount;

/**
 * Optional single sign-on for the regulator's staff through OpenID Connect, switched on by
 * configuring a client registration named {@code assure} (see the README). The identity provider
 * vouches for an email address; Assure still decides the role, so only people who already hold an
 * active staff account get in. Council users always sign in with their password.
 */
@Service
public class SingleSignOn {

  /** The registration id, which appears in the sign-in address /oauth2/authorization/assure. */
  public static final String REGISTRATION = "assure";

  private final ObjectProvider<ClientRegistrationRepository> registrations;
  private final UserAccounts accounts;

  SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, UserAccounts accounts) {
    this.registrations = registrations;
    this.accounts = accounts;
  }

  public boolean enabled() {
    ClientRegistrationRepository repository = registrations.getIfAvailable();
    return repository != null && repository.findByRegistrationId(REGISTRATION) != null;
  }

  /** The staff account for an address the identity provider has verified, if there is one. */
  public Optional<AssureUser> staffAccountFor(String email, boolean verified) {
    if (!verified) {
      return Optional.empty();
    }
    return EmailAddress.parse(email)
        .flatMap(accounts::find)
        .filter(UserAccount::active)
        .filter(account -> account.role().staff())
        .map(AssureUser::new);
  }
}
