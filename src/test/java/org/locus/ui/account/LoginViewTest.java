package org.locus.ui.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.locus.ui.KaribuTest;
import org.locus.ui.StartView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

    @Test
    void postsToSpringSecuritysLogIn() {
        UI.getCurrent().navigate("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
    }

    @Test
    void aFailedLogInComesBackWithTheError() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
    }

    @Test
    void theHeaderOffersAVisitorToLogIn() {
        UI.getCurrent().navigate(StartView.class);

        assertThat(_get(RouterLink.class, spec -> spec.withText("Log in")).getHref()).isEqualTo("login");
    }
}
