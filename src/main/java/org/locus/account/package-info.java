/**
 * Accounts, teams (agencies) and roles: who may log in, which team's assessments they see, and what else they may
 * do (an adviser works on the team's assessments, a trainer also publishes cases to the team's library, an admin
 * manages accounts). Passwords are kept only as hashes of Spring Security's encoders; repeated failed log-ins lock an
 * account for a while ({@link org.locus.account.LoginThrottle}), counted in the database so that every instance sees
 * them. The first admin is made at first start ({@link org.locus.account.FirstAdmin}).
 *
 * <p>{@link org.locus.account.Accounts} and the records are plain Java over Spring Security's {@code PasswordEncoder}
 * (its crypto library); {@link org.locus.account.SecurityConfiguration} is the Spring Security set-up of the web app.
 */
package org.locus.account;
