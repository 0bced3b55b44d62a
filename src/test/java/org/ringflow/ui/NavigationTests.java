package org.ringflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.ringflow.directory.Role;
import org.ringflow.directory.UserRepository;
import org.ringflow.test.Accounts;
import org.ringflow.test.RingflowWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The left navigation offers each person what their role may use. */
@RingflowWebTest
class NavigationTests {

    @RegisterExtension
    static final BrowserSession session = BrowserSession.loggedOut();

    @Autowired UserRepository users;
    @Autowired PasswordEncoder encoder;

    @BeforeEach
    void loggedOut() {
        session.browser().driver().manage().deleteAllCookies();
    }

    @Test
    void onlyAdminsSeeTestCall() {
        Accounts.ensure(users, encoder, "nav-agent", Role.AGENT);

        Browser agent = session.browser().login("nav-agent", "nav-agent-password");
        agent.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("rf-me-name"), "agent"));
        assertThat(agent.driver().findElement(By.cssSelector("[data-nav='test-call']")).isDisplayed()).isFalse();

        session.browser().driver().manage().deleteAllCookies();
        Browser admin = session.browser().loginAsAdmin();
        admin.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-nav='test-call']")));
    }
}
