package org.locus.ui.account;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.locus.ui.MainLayout;

/**
 * Logging in, for saved assessments; diagnosing needs no account. The form posts to Spring Security's
 * {@code /login}, which comes back here with {@code ?error} on a wrong password or a locked account: one message
 * for both, so that the form does not tell a guesser which accounts exist.
 */
@Route(value = LoginView.PATH, layout = MainLayout.class)
@PageTitle("Log in · Locus")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    public static final String PATH = "login";

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassNames("page", "login");
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("Not logged in");
        i18n.getErrorMessage().setMessage("The user name or password is not right, or the account is locked for a "
                + "while after repeated failed log-ins. Check both and try again later.");
        i18n.setAdditionalInformation(null);
        form.setI18n(i18n);
        form.setAction(PATH);
        form.setForgotPasswordButtonVisible(false);
        add(new H1("Log in"),
                new Paragraph("An account keeps your team's assessments on the server. You can diagnose a region "
                        + "without one: the assessment and the case library are open to everyone."),
                form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    LoginForm form() {
        return form;
    }
}
