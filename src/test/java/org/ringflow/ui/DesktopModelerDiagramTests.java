package org.ringflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.ringflow.applet.Channel;
import org.ringflow.flow.FlowService;
import org.ringflow.test.RingflowWebTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A flow drawn in Camunda Desktop Modeler with Ringflow's element templates opens in the builder and saves cleanly. */
@RingflowWebTest
class DesktopModelerDiagramTests {

    @RegisterExtension
    static final BrowserSession session = BrowserSession.asAdmin();
    static Browser browser;


    @Autowired FlowService flows;

    @BeforeAll
    static void startBrowser() {
        browser = session.browser();
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
