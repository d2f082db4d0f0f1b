package uk.assure.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import uk.assure.council.domain.GssCode;
import uk.assure.security.domain.Role;
import uk.assure.security.domain.UserAccount;

/**
 * The signed-in person as Spring Security holds them, kept in the shared session store. Council
 * users carry their council, which every check of a council's data compares against.
 */
public final class AssureUser implements UserDetails, CredentialsContainer {

  private static final long serialVersionUID = 1L;

  private final UUID id;
  private final String email;
  private final String roleCode;
  private final String councilGss;
  private String passwordHash;
  private final boolean active;
  private final boolean secondFactor;

  AssureUser(UserAccount account) {
    this.id = account.id();
    this.email = account.email().value();
    this.roleCode = account.role().code();
    this.councilGss = account.council().map(GssCode::value).orElse(null);
    this.passwordHash = account.passwordHash().orElse(null);
    this.active = account.active() && account.passwordHash().isPresent();
    this.secondFactor = account.totpSecret().isPresent();
  }

  /** Whether the person has set up an authenticator app for second-factor codes. */
  public boolean hasSecondFactor() {
    return secondFactor;
  }

  public UUID id() {
    return id;
  }

  public String email() {
    return email;
  }

  public Role role() {
    return Role.fromCode(roleCode);
  }

  /** The council a council user belongs to; empty for staff. */
  public Optional<GssCode> council() {
    return Optional.ofNullable(councilGss).map(GssCode::new);
  }

  /** Whether this person may see the given council's unpublished work. */
  public boolean maySee(GssCode council) {
    return role().staff() || council.value().equals(councilGss);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_" + role().authorityName()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  @Override
  public boolean isEnabled() {
    return active;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
