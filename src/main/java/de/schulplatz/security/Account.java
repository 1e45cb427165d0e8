package de.schulplatz.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A user of the service with its role and, for the Schulaufsicht, the authority whose lists it may see.
 * This is the principal of every authenticated request.
 *
 * @param schoolAuthority the exact Schulaufsicht name (as in the schools' data); null for other roles
 */
public final class Account extends User {

    private final Role role;
    private final String schoolAuthority;

    public Account(String username, String passwordHash, Role role, String schoolAuthority) {
        super(username, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        this.role = role;
        this.schoolAuthority = schoolAuthority;
    }

    public Role role() {
        return role;
    }

    public String schoolAuthority() {
        return schoolAuthority;
    }

    /** True for a Schulamt or Bezirksregierung, whose view is limited to its own authority. */
    public boolean isSchoolAuthority() {
        return role == Role.SCHULAUFSICHT;
    }

    /** True when the account may see this list (a placement's authorities, a workbook's authority). */
    public boolean mayReadListOf(String authority) {
        return !isSchoolAuthority() || schoolAuthority.equals(authority);
    }

    /**
     * A fresh copy for each authentication: Spring Security erases the password of the authenticated
     * principal, which must not touch the stored account.
     */
    Account copy() {
        return new Account(getUsername(), getPassword(), role, schoolAuthority);
    }
}
