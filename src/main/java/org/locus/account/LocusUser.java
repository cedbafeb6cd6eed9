package org.locus.account;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in person as Spring Security holds them: the account's user name and hash, its roles (a role includes
 * the ones below it, {@code ROLE_ADVISER} for everyone) and its team, which every assessment query is scoped to.
 */
public final class LocusUser extends User {

    private final String team;
    private final Role role;

    LocusUser(StoredAccount stored, boolean locked) {
        super(stored.account().username(), stored.passwordHash(), true, true, true, !locked,
                stored.account().role().included().stream()
                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
        this.team = stored.account().team();
        this.role = stored.account().role();
    }

    public String team() {
        return team;
    }

    public Role role() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
