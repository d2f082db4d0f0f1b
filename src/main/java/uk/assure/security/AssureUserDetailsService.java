package uk.assure.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import uk.assure.security.domain.EmailAddress;

@Service
class AssureUserDetailsService implements UserDetailsService {

  private final UserAccounts accounts;

  AssureUserDetailsService(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String email) {
    return EmailAddress.parse(email)
        .flatMap(accounts::find)
        .map(AssureUser::new)
        .orElseThrow(() -> new UsernameNotFoundException("No such account"));
  }
}
