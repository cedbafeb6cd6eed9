package org.locus.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;

/**
 * Spring Security for the web app. Locus is open by default: the wizard, the results, the case library, the
 * anonymous diagnosis endpoints and the API's documents need no account, as before accounts existed. What is kept
 * on the server needs one: the saved assessments and API tokens, in the API by a bearer token ({@code /api/**},
 * stateless, no CSRF: a token is not sent by a browser on its own) and in the UI by logging in at {@code /login}
 * (Vaadin's configurer: session, CSRF, the login form). Views say what they need with {@code @PermitAll} or
 * {@code @RolesAllowed} ({@code org.locus.ui.account.ViewAccess}); a view without either stays open to everyone.
 * Security headers are set by {@code org.locus.web.SecurityHeaders} for every response, so Spring Security's own are
 * off rather than set twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(AccountProperties.class)
public class SecurityConfiguration {

    /** What needs an account in the API; everything else there stays open. */
    static final String[] API_WITH_ACCOUNT = {"/api/v1/assessments", "/api/v1/assessments/**", "/api/v1/tokens",
            "/api/v1/tokens/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} today; a hash names its algorithm, so a stronger default later still reads the old ones
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AccountStore accountStore(JdbcClient jdbc) {
        return new JdbcAccountStore(jdbc);
    }

    @Bean
    Accounts accounts(AccountStore store, PasswordEncoder encoder) {
        return new Accounts(store, encoder, Clock.systemUTC());
    }

    @Bean
    LoginThrottle loginThrottle(AccountStore store, AccountProperties properties) {
        return new LoginThrottle(store, new Accounts.Throttle(properties.lockAfter(), properties.lockFor()),
                Clock.systemUTC());
    }

    @Bean
    UserDetailsService userDetailsService(AccountStore store, LoginThrottle throttle) {
        return username -> store.find(username).map(stored -> new LocusUser(stored, throttle.locked(stored)))
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }

    /** Counts failed log-ins (a wrong password; not a refusal because the account is locked already). */
    @Bean
    ApplicationListener<AbstractAuthenticationEvent> loginCounting(LoginThrottle throttle) {
        return event -> {
            if (event instanceof AuthenticationFailureBadCredentialsEvent failure) {
                throttle.failed(failure.getAuthentication().getName());
            } else if (event instanceof AuthenticationSuccessEvent success
                    && success.getAuthentication().getPrincipal() instanceof LocusUser user) {
                throttle.succeeded(user.getUsername());
            }
        };
    }

    /** Before the server listens (not as a runner, which comes after): the first log-in finds the account made. */
    @Bean
    SmartInitializingSingleton firstAdmin(Accounts accounts, AccountProperties properties) {
        return () -> FirstAdmin.ensure(accounts, properties.admin().username(), properties.admin().password(),
                properties.admin().team());
    }

    @Bean
    ApiTokens apiTokens(JdbcClient jdbc) {
        return new ApiTokens(jdbc, Clock.systemUTC());
    }

    /**
     * Making, listing and revoking tokens: with a token, or with the account's user name and password (HTTP Basic,
     * counted by the log-in throttle like the UI's form), so that a script can get its first token.
     */
    @Bean
    @Order(0)
    SecurityFilterChain tokenSecurity(HttpSecurity http, ApiTokens tokens, UserDetailsService users,
                                      AuthenticationConfiguration authentication,
                                      ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        api(http.securityMatcher("/api/v1/tokens", "/api/v1/tokens/**"),
                new ApiCredentials(tokens, users, authentication.getAuthenticationManager(),
                        ApiAuthentication.entryPoint(), strategy(contexts)));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, UserDetailsService users,
                                    ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        api(http.securityMatcher("/api/**"), new ApiCredentials(tokens, users, null, ApiAuthentication.entryPoint(),
                strategy(contexts)));
        return http.build();
    }

    private static SecurityContextHolderStrategy strategy(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        return contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private static HttpSecurity api(HttpSecurity http, ApiCredentials credentials) throws Exception {
        return http.addFilterBefore(credentials,
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.disable())
                .authorizeHttpRequests(requests -> requests.requestMatchers(API_WITH_ACCOUNT).authenticated()
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(ApiAuthentication.entryPoint())
                        .accessDeniedHandler(ApiAuthentication.accessDenied()));
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.disable());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login", "/")
                // views are open unless they say otherwise (ViewAccess), not closed unless they say so
                .enableNavigationAccessControl(false)
                .anyRequest(any -> any.permitAll()));
        return http.build();
    }
}
