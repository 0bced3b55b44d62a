package org.ringflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.ringflow.applet.Channel;
import org.ringflow.call.CallFlows;
import org.ringflow.test.Directory;
import org.ringflow.test.RingflowWebTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 4 in a real browser: an admin places a test call from the Test call screen, presses a key, follows it. */
@RingflowWebTest
class TestCallPageTests {

    @RegisterExtension
    static final BrowserSession session = BrowserSession.asAdmin();
    static Browser browser;


    @Autowired Directory directory;

    @BeforeAll
    static void startBrowser() {
        browser = session.browser();
    }


    @Test
    void aTestCallFromTheUiFollowsTheFlowAsKeysArePressed() {
        // given a number whose flow is a menu
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.menu());

        // when the admin calls it from the Test call screen and presses 1
        browser.go("/#/test-call");
        new Select(browser.find(By.cssSelector(".rf-test-call-page select[name=to]"))).selectByValue(number);
        browser.find(By.cssSelector(".rf-test-call-page .sandbox-place")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".rf-test-call-page .sandbox-transcript"), "For sales press 1"));
        browser.find(By.cssSelector(".rf-test-call-page [data-key='1']")).click();

        // then the transcript follows the flow to the sales branch and the call ends
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".rf-test-call-page .sandbox-transcript"), "Connecting you to sales."));
        String transcript = browser.find(By.cssSelector(".rf-test-call-page .sandbox-transcript")).getText();
        assertThat(transcript).contains("pressed 1").contains("Task_Menu");
        assertThat(transcript.indexOf("For sales press 1")).isLessThan(transcript.indexOf("Connecting you to sales."));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".rf-test-call-page .sandbox-status"), "ended"));
        assertThat(browser.find(By.cssSelector("[data-nav='test-call']")).getAttribute("class")).contains("active");
        browser.screenshot("test-call");
    }
}
