package org.ringflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class AdminBootstrapTests {

    private final UserRepository users = mock(UserRepository.class);
    private final PasswordEncoder passwordEncoder = new BCryptPasswordEncoder(4);

    @Test
    void createsTheAdminWithTheConfiguredPassword() {
        Optional<String> generated = bootstrap("root", "chosen-password").ensureAdmin(false);

        User admin = savedUser();
        assertThat(generated).isEmpty();
        assertThat(admin.getUsername()).isEqualTo("root");
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(passwordEncoder.matches("chosen-password", admin.getPasswordHash())).isTrue();
    }

    @Test
    void generatesAStrongPasswordOnTheEmbeddedDefaultWhenNoneIsSet() {
        Optional<String> generated = bootstrap("admin", "").ensureAdmin(true);

        assertThat(generated).get().asString().hasSizeGreaterThanOrEqualTo(20);
        assertThat(passwordEncoder.matches(generated.orElseThrow(), savedUser().getPasswordHash())).isTrue();
    }

    @Test
    void generatesADifferentPasswordEachTime() {
        String first = bootstrap("admin", "").ensureAdmin(true).orElseThrow();
        String second = bootstrap("admin", "").ensureAdmin(true).orElseThrow();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void refusesToStartOnAnotherDatabaseWithoutAdminOrPassword() {
        assertThatThrownBy(() -> bootstrap("admin", "").ensureAdmin(false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RINGFLOW_ADMIN_PASSWORD");
        verify(users, never()).save(any());
    }

    @Test
    void leavesAnExistingAdminAlone() {
        when(users.existsByUsername("admin")).thenReturn(true);

        assertThat(bootstrap("admin", "").ensureAdmin(false)).isEmpty();
        assertThat(bootstrap("admin", "new-password").ensureAdmin(true)).isEmpty();
        verify(users, never()).save(any());
    }

    private AdminBootstrap bootstrap(String username, String password) {
        return new AdminBootstrap(users, passwordEncoder, new AdminProperties(username, password), mock(DataSource.class));
    }

    private User savedUser() {
        ArgumentCaptor<User> saved = ArgumentCaptor.forClass(User.class);
        verify(users).save(saved.capture());
        return saved.getValue();
    }
}
