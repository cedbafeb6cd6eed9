package org.locus.ui.account;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.doReturn;

/** Views are open unless they say otherwise; those that do send a visitor to the log-in. */
class ViewAccessTest {

    static class Open extends Div {
    }

    @PermitAll
    static class AnyAccount extends Div {
    }

    @RolesAllowed("ADMIN")
    static class AdminsOnly extends Div {
    }

    private final AuthenticationContext authentication = mock(AuthenticationContext.class);
    private final ViewAccess access = new ViewAccess(authentication);

    private BeforeEnterEvent entering(Class<?> target) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        doReturn(target).when(event).getNavigationTarget();
        return event;
    }

    @Test
    void aViewThatSaysNothingIsOpenToVisitors() {
        BeforeEnterEvent event = entering(Open.class);
        access.check(event);
        verify(event, never()).forwardTo(any(Class.class));
        verify(event, never()).rerouteToError(any(Class.class));
    }

    @Test
    void aViewForAccountsSendsAVisitorToTheLogIn() {
        BeforeEnterEvent event = entering(AnyAccount.class);
        access.check(event);
        verify(event).forwardTo(LoginView.class);
    }

    @Test
    void aViewForAccountsLetsAnyoneLoggedInIn() {
        when(authentication.isAuthenticated()).thenReturn(true);
        BeforeEnterEvent event = entering(AnyAccount.class);
        access.check(event);
        verify(event, never()).forwardTo(any(Class.class));
    }

    @Test
    void aViewForARoleTellsOthersItIsNotThere() {
        when(authentication.isAuthenticated()).thenReturn(true);
        when(authentication.hasAnyRole(anyCollection())).thenReturn(false);
        BeforeEnterEvent event = entering(AdminsOnly.class);
        access.check(event);
        verify(event).rerouteToError(NotFoundException.class);

        when(authentication.hasAnyRole(List.of("ADMIN"))).thenReturn(true);
        BeforeEnterEvent admin = entering(AdminsOnly.class);
        access.check(admin);
        verify(admin, never()).rerouteToError(any(Class.class));
    }
}
