package org.ringflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.ringflow.applet.Channel;
import org.ringflow.flow.FlowService;
import org.ringflow.test.RingflowWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A flow drawn in Camunda Desktop Modeler with Ringflow's element templates opens in the builder and saves cleanly. */
@RingflowWebTest
class DesktopModelerDiagramTests {

    static Browser browser;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            browser.screenshotTo(Path.of("target", "screenshots", context.getDisplayName() + ".png"));
        }
    };

    @Autowired FlowService flows;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = Browser.open(port).loginAsAdmin();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void opensAsAppletsWithTheirOptionsAndSavesANewVersion() throws IOException {
        // given a diagram made in Desktop Modeler, saved through the API
        String xml = new String(getClass().getResourceAsStream("/flows/desktop-modeler-menu.bpmn").readAllBytes(),
                StandardCharsets.UTF_8);
        long id = flows.create("Drawn in Desktop Modeler", Channel.CALL, xml).flow().getId();

        // when it is opened in the builder and the menu is selected
        browser.go("/#/flows/" + id);
        browser.find(By.cssSelector(".djs-element[data-element-id='Activity_0f3k2lm'] .djs-hit")).click();

        // then the menu shows as an applet with the options the template wrote
        assertThat(browser.find(By.id("rf-opt-prompt")).getAttribute("value")).isEqualTo("Press 1 for sales, 2 for support.");
        assertThat(browser.find(By.cssSelector(".djs-element[data-element-id='Activity_1h0d6sz']")).getText()).contains("Greeting");

        // and an edit saves and deploys as the next version
        browser.find(By.id("rf-opt-prompt")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "Press 1 for sales.", Keys.TAB);
        browser.find(By.id("rf-save")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("rf-status"), "Saved and deployed"));
        assertThat(flows.get(id).getVersion()).isEqualTo(2);
        assertThat(flows.get(id).getBpmnXml()).contains("Press 1 for sales.</camunda:inputParameter>")
                .contains("camunda:modelerTemplate=\"org.ringflow.applet.menu\"");
    }
}
