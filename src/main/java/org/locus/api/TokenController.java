package org.locus.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.locus.account.Account;
import org.locus.account.Accounts;
import org.locus.account.ApiToken;
import org.locus.account.ApiTokens;
import org.locus.account.InvalidAccountException;
import org.locus.account.LocusUser;
import org.locus.account.NewApiToken;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The caller's own API tokens: make one (its secret is shown in this response only), list them, revoke one. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens", description = "Your API tokens; authenticate with a token, or with user name and password "
        + "(HTTP Basic) to make the first")
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "password")
class TokenController {

    private final ApiTokens tokens;
    private final Accounts accounts;

    TokenController(ApiTokens tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    record NewToken(String name) {
    }

    record TokenView(UUID id, String name, Instant created) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.name(), t.created());
        }
    }

    record MadeToken(UUID id, String name, Instant created, String token) {
    }

    record TokenList(List<TokenView> tokens) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createToken", summary = "Make an API token",
            description = "The response holds the token's secret; it is not shown again. Send it as "
                    + "'Authorization: Bearer <token>'.")
    @ApiResponse(responseCode = "201", description = "The token, with its secret")
    ResponseEntity<MadeToken> create(@AuthenticationPrincipal LocusUser user, @RequestBody NewToken body) {
        NewApiToken made = tokens.create(account(user), body.name());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + made.token().id())).body(new MadeToken(
                made.token().id(), made.token().name(), made.token().created(), made.secret()));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listTokens", summary = "Your tokens, without their secrets")
    TokenList list(@AuthenticationPrincipal LocusUser user) {
        return new TokenList(tokens.list(account(user)).stream().map(TokenView::of).toList());
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke a token: the next request with it is refused")
    @ApiResponse(responseCode = "204", description = "Revoked")
    ResponseEntity<?> revoke(@AuthenticationPrincipal LocusUser user, @PathVariable UUID id) {
        if (!tokens.revoke(account(user), id)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_FOUND, "You have no such token."));
        }
        return ResponseEntity.noContent().build();
    }

    private Account account(LocusUser user) {
        return accounts.find(user.getUsername()).orElseThrow(() -> new InvalidAccountException("no such account"));
    }
}
