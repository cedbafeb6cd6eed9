package org.locus.ui.account;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;

/**
 * Which views need an account. Locus is open by default (the wizard, results and case library need none), so a
 * view is closed only when it says so: {@code @PermitAll} needs any account, {@code @RolesAllowed} one of the roles.
 * Without an account the visitor is sent to the log-in; with one that lacks the role, to a not-found page that does
 * not tell what is there. (Vaadin's own navigation access control works the other way round, closed unless a view
 * opens itself, which would close every existing page.)
 */
@SpringComponent
class ViewAccess implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;

    ViewAccess(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        RolesAllowed roles = target.getAnnotation(RolesAllowed.class);
        boolean needsAccount = roles != null || target.isAnnotationPresent(PermitAll.class);
        if (!needsAccount) {
            return;
        }
        if (!authentication.isAuthenticated()) {
            event.forwardTo(LoginView.class);
        } else if (roles != null && !authentication.hasAnyRole(Arrays.asList(roles.value()))) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }
}
