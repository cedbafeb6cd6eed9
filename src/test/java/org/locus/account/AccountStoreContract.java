package org.locus.account;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.sql.DataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts, teams, the first admin and the log-in throttle on each database ({@code *AccountStoreTest}). */
abstract class AccountStoreContract {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final MutableClock clock = new MutableClock();
    AccountStore store;
    Accounts accounts;
    LoginThrottle throttle;
    JdbcClient jdbc;

    abstract String emptyDatabase();

    @BeforeEach
    void migrate() throws SQLException {
        String url = emptyDatabase();
        DataSource dataSource = new SimpleDriverDataSource(DriverManager.getDriver(url), url, "locus", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        store = new JdbcAccountStore(jdbc);
        accounts = new Accounts(store, encoder, clock);
        throttle = new LoginThrottle(store, new Accounts.Throttle(3, Duration.ofMinutes(15)), clock);
        accounts.team("east", "East Agency");
    }

    @Test
    void keepsOnlyAHashOfThePassword() {
        accounts.create("ana", "correct horse battery", "east", Role.ADVISER);

        StoredAccount stored = store.find("ana").orElseThrow();
        assertThat(stored.passwordHash()).startsWith("{bcrypt}").doesNotContain("correct horse battery");
        assertThat(encoder.matches("correct horse battery", stored.passwordHash())).isTrue();
        assertThat(stored.account().team()).isEqualTo("east");
        assertThat(stored.account().role()).isEqualTo(Role.ADVISER);
    }

    @Test
    void refusesATakenNameAShortPasswordAndAnUnknownTeam() {
        accounts.create("ana", "correct horse battery", "east", Role.ADVISER);

        assertThatThrownBy(() -> accounts.create("ana", "another long password", "east", Role.TRAINER))
                .isInstanceOf(InvalidAccountException.class).hasMessage("the user name 'ana' is taken");
        assertThatThrownBy(() -> accounts.create("ben", "short", "east", Role.ADVISER))
                .hasMessage("a password needs at least 12 characters");
        assertThatThrownBy(() -> accounts.create("ben", "correct horse battery", "west", Role.ADVISER))
                .hasMessage("there is no team 'west'");
        assertThatThrownBy(() -> accounts.create("Ben Smith", "correct horse battery", "east", Role.ADVISER))
                .hasMessageStartingWith("a user name is 1 to 100 lower-case letters");
    }

    @Test
    void locksAfterRepeatedFailuresForAWhileAndASuccessResetsTheCount() {
        accounts.create("ana", "correct horse battery", "east", Role.ADVISER);

        throttle.failed("ana");
        throttle.failed("ana");
        assertThat(throttle.locked(store.find("ana").orElseThrow())).isFalse();
        throttle.succeeded("ana");
        throttle.failed("ana");
        throttle.failed("ana");
        assertThat(throttle.locked(store.find("ana").orElseThrow())).isFalse();
        throttle.failed("ana");
        assertThat(throttle.locked(store.find("ana").orElseThrow())).isTrue();

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.locked(store.find("ana").orElseThrow())).isFalse();
        // still counted: the next failure locks again at once
        throttle.failed("ana");
        assertThat(throttle.locked(store.find("ana").orElseThrow())).isTrue();
    }

    @Test
    void theFirstAdminIsMadeOnceWithAPrintedOneTimePassword() {
        String password = FirstAdmin.ensure(accounts, "admin", "", "administrators");

        assertThat(password).hasSize(20);
        Account admin = accounts.find("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.mustChange()).isTrue();
        assertThat(encoder.matches(password, store.find("admin").orElseThrow().passwordHash())).isTrue();
        assertThat(FirstAdmin.ensure(accounts, "admin", "", "administrators")).isNull();
        assertThat(accounts.list()).hasSize(1);
    }

    @Test
    void theFirstAdminTakesAConfiguredPassword() {
        assertThat(FirstAdmin.ensure(accounts, "root", "configured password", "ops")).isNull();

        assertThat(accounts.find("root").orElseThrow().mustChange()).isFalse();
        assertThat(encoder.matches("configured password", store.find("root").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        FirstAdmin.ensure(accounts, "root", "configured password", "ops");

        assertThatThrownBy(() -> accounts.changePassword("root", "wrong", "a new long password"))
                .hasMessage("the current password is not right");
        accounts.changePassword("root", "configured password", "a new long password");
        assertThat(encoder.matches("a new long password", store.find("root").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void deletingAnAccountDeletesIt() {
        Account ana = accounts.create("ana", "correct horse battery", "east", Role.ADVISER);

        accounts.delete(ana.id());

        assertThat(store.find("ana")).isEmpty();
        assertThatThrownBy(() -> accounts.delete(ana.id())).isInstanceOf(InvalidAccountException.class);
    }

    @Test
    void rolesIncludeTheOnesBelow() {
        assertThat(Role.ADMIN.included()).containsExactly(Role.ADVISER, Role.TRAINER, Role.ADMIN);
        assertThat(Role.ADVISER.included()).containsExactly(Role.ADVISER);
        assertThat(Role.of(" Trainer ")).isEqualTo(Role.TRAINER);
        assertThatThrownBy(() -> Role.of("boss")).hasMessage("no role 'boss'; the roles are adviser, trainer and admin");
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
