package org.ringflow.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One Chromium per browser test class, on the app's random port: opened (and logged in as the admin, if asked)
 * before the class, a screenshot of every failing test under target/screenshots/, closed after the class.
 * Register it as a static field: {@code @RegisterExtension static final BrowserSession session = BrowserSession.asAdmin();}
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private final boolean asAdmin;
    private Browser browser;

    private BrowserSession(boolean asAdmin) {
        this.asAdmin = asAdmin;
    }

    static BrowserSession asAdmin() {
        return new BrowserSession(true);
    }

    static BrowserSession loggedOut() {
        return new BrowserSession(false);
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        int port = Integer.parseInt(SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port"));
        browser = Browser.open(port);
        if (asAdmin) {
            browser.loginAsAdmin();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (browser != null) {
            browser.screenshotTo(Path.of("target", "screenshots", context.getRequiredTestClass().getSimpleName()
                    + "-" + context.getDisplayName() + ".png"));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
    }
}
