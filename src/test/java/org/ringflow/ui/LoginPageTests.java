package org.ringflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.ringflow.test.RingflowWebTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@RingflowWebTest
class LoginPageTests {

    @RegisterExtension
    static final BrowserSession session = BrowserSession.loggedOut();
    static Browser browser;

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void startBrowser() {
        browser = session.browser();
    }


    @BeforeEach
    void loggedOut() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void loginPageComesWithTheCsrfCookieItPostsBack() {
        // when
        ResponseEntity<String> page = http.getForEntity("/login", String.class);

        // then
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("name=\"_csrf\"").contains("action=\"/login\"");
        assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE)).anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN="));
    }

    @Test
    void wrongPasswordShowsTheError() {
        // when
        browser.login(Browser.ADMIN, "not-the-password");

        // then
        browser.waitFor(ExpectedConditions.urlContains("?error"));
        assertThat(browser.find(By.id("rf-login-error")).getText()).contains("Wrong username or password");
    }

    @Test
    void adminLogsInToTheAppShellAndOutAgain() {
        // when
        browser.loginAsAdmin();

        // then
        assertThat(browser.find(By.cssSelector("[data-nav=flows]")).getText()).isEqualTo("Flows");
        assertThat(browser.find(By.cssSelector("[data-nav=numbers]")).getText()).isEqualTo("Numbers");

        // when
        browser.find(By.id("rf-logout")).click();

        // then
        browser.waitFor(ExpectedConditions.urlContains("/login?logout"));
        assertThat(browser.find(By.id("rf-login-logout")).getText()).contains("logged out");
        browser.go("/");
        browser.waitFor(ExpectedConditions.urlContains("/login"));
    }
}
