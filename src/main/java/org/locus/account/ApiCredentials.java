package org.locus.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads the API's credentials: {@code Authorization: Bearer <token>} everywhere, and where {@code passwords} allows
 * (making tokens), {@code Basic} with user name and password, checked by Spring Security's authentication manager
 * (so the log-in throttle counts it).
 *
 * <p>A live token authenticates the request as its account, looked up on every request: a revoked token, or a
 * deleted account's, stops at once (a lock after failed password log-ins does not stop it, or anyone could stop an
 * integration by mistyping its owner's password). Credentials that are not good are refused with 401 even on an
 * open endpoint, so that a client learns they are wrong rather than being served as anonymous; without the header
 * the request goes on unauthenticated.
 *
 * <p>It also runs on the asynchronous dispatch: {@code org.locus.web.BodyReading} reads a request's body before
 * Spring Security sees the request and hands it on in an asynchronous dispatch, which is where the request is
 * authorised (Spring Security's own Basic filter would skip it there).
 */
final class ApiCredentials extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final UserDetailsService users;
    private final AuthenticationManager passwords;
    private final AuthenticationEntryPoint refusal;
    private final SecurityContextHolderStrategy contexts;

    /**
     * @param passwords {@code null}: tokens only
     * @param contexts  the application's own (Vaadin installs one): the static holder may be another application
     *                  context's where several run in one JVM
     */
    ApiCredentials(ApiTokens tokens, UserDetailsService users, AuthenticationManager passwords,
                   AuthenticationEntryPoint refusal, SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
        this.tokens = tokens;
        this.users = users;
        this.passwords = passwords;
        this.refusal = refusal;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> authentication;
        try {
            authentication = authenticate(header.strip());
        } catch (AuthenticationException e) {
            authentication = Optional.empty();
        }
        if (authentication.isEmpty()) {
            contexts.clearContext();
            refusal.commence(request, response, new BadCredentialsException("not good credentials"));
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(authentication.get());
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    private Optional<Authentication> authenticate(String header) {
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.owner(header.substring(7).strip()).flatMap(this::user)
                    .map(user -> UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        if (passwords != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    decoded.substring(0, colon), decoded.substring(colon + 1))));
        }
        return Optional.empty();
    }

    private Optional<UserDetails> user(String username) {
        try {
            return Optional.of(users.loadUserByUsername(username));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}
