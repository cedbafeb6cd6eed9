package org.locus.api;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * How the saved-assessment endpoints authenticate, for the OpenAPI document: an API token as a bearer token, or,
 * for making tokens, the account's user name and password. The diagnosis endpoints need neither.
 */
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token (POST /api/v1/tokens): 'Authorization: Bearer locus_...'")
@SecurityScheme(name = "password", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "User name and password; only for /api/v1/tokens")
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ApiSecuritySchemes {
}
