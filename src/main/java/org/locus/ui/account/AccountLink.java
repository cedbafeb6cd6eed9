package org.locus.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The header's corner: "Log in" for a visitor, the user name and "Log out" for someone logged in. */
public final class AccountLink {

    private AccountLink() {
    }

    public static Component of(AuthenticationContext authentication) {
        Div corner = new Div();
        corner.addClassName("account-link");
        if (authentication.isAuthenticated()) {
            Span who = new Span(authentication.getPrincipalName().orElse(""));
            who.addClassName("account-name");
            Button logout = new Button("Log out", click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            corner.add(who, logout);
        } else {
            corner.add(new RouterLink("Log in", LoginView.class));
        }
        return corner;
    }
}
