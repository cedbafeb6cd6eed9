package org.locus.account;

import java.util.Locale;

/** What an account may do beyond reading and changing its team's assessments. */
public enum Role {
    /** works on the team's assessments */
    ADVISER,
    /** an adviser who also publishes cases to the team's library */
    TRAINER,
    /** a trainer who also manages accounts and teams */
    ADMIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String id) {
        for (Role role : values()) {
            if (role.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return role;
            }
        }
        throw new InvalidAccountException("no role '" + id + "'; the roles are adviser, trainer and admin");
    }

    /** This role and every role it includes, for Spring Security's authorities. */
    public java.util.List<Role> included() {
        return java.util.Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).toList();
    }
}
