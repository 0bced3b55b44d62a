package org.ringflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.ringflow.directory.Group;
import org.ringflow.directory.GroupRepository;
import org.ringflow.directory.PhoneNumber;
import org.ringflow.directory.PhoneNumberRepository;
import org.ringflow.directory.Role;
import org.ringflow.directory.User;
import org.ringflow.directory.UserRepository;
import org.ringflow.test.Accounts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.beans.factory.annotation.Autowired;
import org.ringflow.test.RingflowWebTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 5 in a real browser: an admin draws, saves, reopens and assigns a call flow; a broken flow is refused. */
@RingflowWebTest
class FlowBuilderTests {

    @RegisterExtension
    static final BrowserSession session = BrowserSession.asAdmin();
    static Browser browser;

    static Group sales;
    static PhoneNumber mainLine;
    static PhoneNumber testLine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PhoneNumberRepository numbers;

    @BeforeAll
    static void startBrowser(@Autowired UserRepository users, @Autowired PasswordEncoder encoder,
            @Autowired GroupRepository groups, @Autowired PhoneNumberRepository numbers) {
        User agent = Accounts.ensure(users, encoder, "desk-agent", Role.AGENT);
        agent.setClientIdentity("desk_agent");
        users.save(agent);
        sales = groups.save(new Group("Front desk", List.of(agent.getId())));
        mainLine = numbers.save(new PhoneNumber("+15557770101", "Main line"));
        numbers.save(new PhoneNumber("+15557770102", "Spare line"));
        testLine = numbers.save(new PhoneNumber("+15557770103", "Test line"));
        browser = session.browser();
    }


    @Test
    void adminDrawsSavesAndReopensACallFlow() {
        // given
        openNewFlow("Main line flow", "CALL");
        assertThat(browser.find(By.cssSelector("[data-element-id=Start_label]")).getText())
                .contains("When a call begins");
        assertThat(paletteNames()).containsExactly("Greeting", "Menu", "Ring User", "Ring Group", "Voicemail",
                "Forward", "Business Hours", "Hangup", "End");

        // when: four applets dragged from the palette
        String greeting = dragFromPalette("greeting", 170, 0);
        String menu = dragFromPalette("menu", 340, 0);
        String ringGroup = dragFromPalette("ringGroup", 520, -110);
        String voicemail = dragFromPalette("voicemail", 700, 0);

        // ... with their options set
        select(greeting);
        type("rf-opt-say", "Welcome to Ringflow.");
        select(menu);
        type("rf-opt-prompt", "Press 1 for sales.");
        select(ringGroup);
        assertThat(browser.find(By.cssSelector("[data-option=groupId] .rf-field-error")).getText()).contains("required");
        new Select(browser.find(By.id("rf-opt-groupId"))).selectByVisibleText("Front desk");
        new Select(browser.find(By.id("rf-opt-strategy"))).selectByValue("sequential");
        select(voicemail);
        new Select(browser.find(By.id("rf-opt-groupId"))).selectByVisibleText("Front desk");

        // ... and connected: start -> greeting -> menu, key 1 -> ring group, no answer -> voicemail
        connect("Start", greeting);
        connect(greeting, menu);
        String keyOne = connect(menu, ringGroup);
        browser.find(By.cssSelector("#rf-properties [data-element-id='" + keyOne + "']"));
        assertThat(new Select(browser.find(By.id("rf-outcome"))).getFirstSelectedOption().getText()).isEqualTo("Key 1");
        String noAnswer = connect(ringGroup, voicemail);
        browser.find(By.cssSelector("#rf-properties [data-element-id='" + noAnswer + "']"));
        new Select(browser.find(By.id("rf-outcome"))).selectByValue("no-answer");

        // then the arrows carry the contract's conditions and plain labels
        assertThat(condition(keyOne)).isEqualTo("${outcome == '1'}");
        assertThat(condition(noAnswer)).isEqualTo("${outcome == 'no-answer'}");
        assertThat(label(noAnswer)).isEqualTo("No answer");
        assertThat(browser.find(By.id("rf-dirty")).isDisplayed()).isTrue();
        Map<String, Object> drawn = diagram();

        // when: undo picking the outcome, then drawing the branch; redo both
        browser.find(By.id("rf-undo")).click();
        assertThat(condition(noAnswer)).isEqualTo("${outcome == 'answered'}");
        browser.find(By.id("rf-undo")).click();
        assertThat(diagram()).doesNotContainKey(noAnswer);
        browser.find(By.id("rf-redo")).click();
        browser.find(By.id("rf-redo")).click();

        // then
        assertThat(diagram()).isEqualTo(drawn);
        browser.find(By.id("rf-fit")).click();
        select(ringGroup);
        browser.screenshot("flow-builder");

        // when
        browser.find(By.id("rf-save")).click();

        // then
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("rf-status"), "Saved and deployed"));
        assertThat(browser.find(By.id("rf-flow-version")).getText()).isEqualTo("v2");
        assertThat(browser.driver().findElement(By.id("rf-dirty")).isDisplayed()).isFalse();

        // when
        browser.driver().navigate().refresh();
        waitForCanvas();

        // then
        assertThat(diagram()).isEqualTo(drawn);
        assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where key_ = ?", Integer.class,
                "flow_" + flowId())).isGreaterThanOrEqualTo(1);
    }

    @Test
    void ringGroupWithoutAGroupIsShownOnThatAppletAndNotDeployed() {
        // given
        openNewFlow("Broken flow", "CALL");
        String ringGroup = dragFromPalette("ringGroup", 300, 0);
        connect("Start", ringGroup);
        long flowId = flowId();
        int deployed = deployments(flowId);

        // when
        browser.find(By.id("rf-save")).click();

        // then
        WebElement problem = browser.find(By.cssSelector(".rf-problem-error[data-element-id='" + ringGroup + "']"));
        assertThat(problem.getText()).containsIgnoringCase("group");
        assertThat(browser.find(By.id("rf-status")).getText()).startsWith("Not saved");
        assertThat(browser.driver().findElement(By.cssSelector("g.djs-element[data-element-id='" + ringGroup + "']"))
                .getAttribute("class")).contains("rf-server-error");
        assertThat(browser.find(By.id("rf-flow-version")).getText()).isEqualTo("v1");
        assertThat(deployments(flowId)).isEqualTo(deployed);
        browser.screenshot("flow-builder-error");

        // when closing with the unsaved (refused) changes
        browser.find(By.id("rf-close")).click();

        // then
        assertThat(browser.acceptExpectedAlert()).contains("unsaved changes");
        browser.find(By.id("rf-flows-call"));
    }

    @Test
    void flowIsAssignedToANumberRenamedAndCannotBeDeletedWhileInUse() {
        // given
        openNewFlow("Assigned flow", "CALL");
        browser.go("/#/flows");
        assertThat(numberRow().getAttribute("class")).contains("rf-nobody");
        assertThat(browser.find(By.id("rf-reach-nobody")).getText()).contains("+15557770101");

        // when
        new Select(numberRow().findElement(By.cssSelector("select.rf-call-flow"))).selectByVisibleText("Assigned flow");

        // then
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("rf-flows-notice"), "Saved +15557770101"));
        assertThat(numberRow().getAttribute("class")).doesNotContain("rf-nobody");
        assertThat(flowRow("Assigned flow").getText()).contains("+15557770101");
        browser.screenshot("flows-page");

        // when
        flowRow("Assigned flow").findElement(By.cssSelector("[data-action=rename]")).click();
        var prompt = browser.waitFor(ExpectedConditions.alertIsPresent());
        prompt.sendKeys("Reception");
        prompt.accept();

        // then
        assertThat(flowRow("Reception").getText()).contains("+15557770101");

        // when
        flowRow("Reception").findElement(By.cssSelector("[data-action=delete]")).click();
        assertThat(browser.acceptExpectedAlert()).contains("Delete the flow");

        // then
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("rf-flows-notice"), "+15557770101"));
        assertThat(browser.find(By.id("rf-flows-notice")).getAttribute("class")).isEqualTo("rf-error");
        assertThat(flowRow("Reception").isDisplayed()).isTrue();
    }

    private WebElement numberRow() {
        return browser.find(By.cssSelector("#rf-numbers tr[data-number-id='" + mainLine.getId() + "']"));
    }

    private WebElement flowRow(String name) {
        return browser.find(By.xpath("//section[@id='rf-flows-call']//tr[.//a[text()='" + name + "']]"));
    }

    @Test
    void droppingAnAppletOnAnotherReplacesItAfterAConfirmKeepingTheBranchesThatFit() {
        // given a ring group whose answered and unavailable branches lead on
        openNewFlow("Replace flow", "CALL");
        String ringGroup = dragFromPalette("ringGroup", 200, 0);
        String hangup = dragFromPalette("hangup", 420, -100);
        String voicemail = dragFromPalette("voicemail", 420, 100);
        String answered = connect(ringGroup, hangup);
        String unavailable = connect(ringGroup, voicemail);
        new Select(browser.find(By.id("rf-outcome"))).selectByValue("unavailable");
        assertThat(condition(unavailable)).isEqualTo("${outcome == 'unavailable'}");

        // when Forward is dropped onto it and the replace confirmed
        WebElement entry = browser.find(By.cssSelector(".djs-palette [data-action='create.applet-forward']"));
        new Actions(browser.driver()).click(entry).moveToElement(shape("Start"), 100, 0).pause(100)
                .moveToElement(shape(ringGroup)).pause(200).click().perform();
        assertThat(browser.acceptExpectedAlert()).contains("Replace \"Ring Group\" with Forward");

        // then: same element, now a forward; "answered" still fits, "unavailable" does not
        browser.waitFor(driver -> appletIds("forward").contains(ringGroup));
        Map<String, Object> drawn = diagram();
        assertThat(drawn).containsKey(answered).doesNotContainKey(unavailable);
        assertThat(appletIds("ringGroup")).isEmpty();

        // when the replace is undone in one step
        browser.find(By.id("rf-undo")).click();

        // then
        assertThat(appletIds("ringGroup")).containsExactly(ringGroup);
        assertThat(diagram()).containsKey(unavailable);
    }

    @Test
    void testCallMountsTheSandboxPanelWhichHighlightsTheApplet() {
        // given a flow with an applet, and a stand-in for the sandbox screen that reports the call is there
        openNewFlow("Test call flow", "CALL");
        String greeting = dragFromPalette("greeting", 200, 0);
        browser.script("""
                window.ringflowSandbox = { mount(element, options) {
                  element.textContent = 'sandbox for ' + options.flow.name;
                  options.highlight(arguments[0]);
                } };""".replace("arguments[0]", "'" + greeting + "'"));

        // when
        browser.find(By.id("rf-test-call")).click();

        // then
        assertThat(browser.find(By.id("rf-testcall")).getText()).isEqualTo("sandbox for Test call flow");
        assertThat(browser.driver().findElement(By.cssSelector("g.djs-element[data-element-id='" + greeting + "']"))
                .getAttribute("class")).contains("rf-active");
    }

    @Test
    void sandboxTestCallFollowsTheDrawnPathAndHighlightsEachApplet() {
        // given: greeting, menu, key 1 -> ring group, no answer -> voicemail, saved and on the test line
        openNewFlow("Sandbox flow", "CALL");
        String greeting = dragFromPalette("greeting", 170, 0);
        String menu = dragFromPalette("menu", 340, 0);
        String ringGroup = dragFromPalette("ringGroup", 520, -110);
        String voicemail = dragFromPalette("voicemail", 700, 0);
        select(ringGroup);
        new Select(browser.find(By.id("rf-opt-groupId"))).selectByVisibleText("Front desk");
        select(voicemail);
        new Select(browser.find(By.id("rf-opt-groupId"))).selectByVisibleText("Front desk");
        connect("Start", greeting);
        connect(greeting, menu);
        connect(menu, ringGroup);
        connect(ringGroup, voicemail);
        new Select(browser.find(By.id("rf-outcome"))).selectByValue("no-answer");
        browser.find(By.id("rf-save")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("rf-status"), "Saved and deployed"));
        testLine.setCallFlowId(flowId());
        numbers.save(testLine);
        browser.driver().navigate().refresh();
        waitForCanvas();

        // when: a test call to the test line
        browser.find(By.id("rf-test-call")).click();
        new Select(browser.find(By.cssSelector("#rf-testcall select[name=to]"))).selectByValue("+15557770103");
        browser.find(By.cssSelector("#rf-testcall .sandbox-place")).click();

        // then it waits in the menu, then rings the group after key 1, then records after the group declines
        waitUntilActive(menu);
        browser.find(By.cssSelector("#rf-testcall [data-key='1']")).click();
        waitUntilActive(ringGroup);
        browser.find(By.cssSelector("#rf-testcall .sandbox-decline")).click();
        waitUntilActive(voicemail);
        browser.screenshot("flow-builder-test-call");
        browser.find(By.cssSelector("#rf-testcall .sandbox-hangup")).click();
        browser.waitFor(driver -> driver.findElements(By.cssSelector("g.djs-element.rf-active")).isEmpty());
    }

    private void waitUntilActive(String id) {
        browser.waitFor(ExpectedConditions.attributeContains(
                By.cssSelector("g.djs-element[data-element-id='" + id + "']"), "class", "rf-active"));
    }

    @Test
    void smsFlowOffersTheSmsApplets() {
        // when
        openNewFlow("Text line flow", "SMS");

        // then
        assertThat(browser.find(By.cssSelector("[data-element-id=Start_label]")).getText()).contains("When a text arrives");
        assertThat(paletteNames()).containsExactly("Reply", "To Inbox", "Forward", "End");
    }

    private void openNewFlow(String name, String kind) {
        browser.go("/#/flows");
        browser.find(By.id("rf-new-name")).sendKeys(name);
        new Select(browser.find(By.id("rf-new-kind"))).selectByValue(kind);
        browser.find(By.id("rf-create-flow")).click();
        browser.waitFor(ExpectedConditions.urlMatches("#/flows/\\d+$"));
        waitForCanvas();
    }

    private void waitForCanvas() {
        browser.find(By.cssSelector("[data-element-id=Start]"));
    }

    private long flowId() {
        return ((Number) browser.script("return window.ringflowBuilder.flowId")).longValue();
    }

    private int deployments(long flowId) {
        return jdbc.queryForObject("select count(*) from act_re_procdef where key_ = ?", Integer.class, "flow_" + flowId);
    }

    private List<String> paletteNames() {
        return browser.driver().findElements(By.cssSelector(".djs-palette .rf-entry .rf-name")).stream()
                .map(WebElement::getText).toList();
    }

    /** Click the palette entry, move onto the canvas (relative to the start event) and click to drop. */
    private String dragFromPalette(String applet, int dx, int dy) {
        List<String> before = appletIds(applet);
        WebElement entry = browser.find(By.cssSelector(".djs-palette [data-action='create.applet-" + applet + "']"));
        WebElement start = browser.find(By.cssSelector("[data-element-id=Start] .djs-hit"));
        new Actions(browser.driver()).click(entry)
                .moveToElement(start, dx / 2, dy / 2).pause(100)
                .moveToElement(start, dx, dy).pause(100)
                .click().pause(500) // diagram-js swallows clicks for 400 ms after a drop (its ghost-click trap)
                .perform();
        browser.waitFor(driver -> appletIds(applet).size() == before.size() + 1);
        return appletIds(applet).stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<String> appletIds(String applet) {
        return (List<String>) browser.script("""
                return window.ringflowBuilder.modeler.get('elementRegistry')
                  .filter(e => e.type === 'bpmn:ServiceTask' && e.businessObject.get('camunda:delegateExpression') === arguments[0])
                  .map(e => e.id);""", "${" + applet + "}");
    }

    private WebElement shape(String id) {
        return browser.find(By.cssSelector(".djs-element[data-element-id='" + id + "'] .djs-hit"));
    }

    private void select(String id) {
        shape(id).click();
        browser.find(By.cssSelector("#rf-properties [data-element-id='" + id + "']"));
    }

    private void type(String field, String text) {
        WebElement input = browser.find(By.id(field));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /** Connect with the context pad's connect tool; returns the new arrow's id (it ends up selected). */
    @SuppressWarnings("unchecked")
    private String connect(String from, String to) {
        select(from);
        WebElement tool = browser.find(By.cssSelector(".djs-context-pad [data-action=connect]"));
        new Actions(browser.driver()).click(tool).moveToElement(shape(to)).pause(100).click().pause(500).perform();
        String id = (String) browser.script("""
                const flows = window.ringflowBuilder.modeler.get('elementRegistry')
                  .filter(e => e.type === 'bpmn:SequenceFlow' && e.source.id === arguments[0] && e.target.id === arguments[1]);
                return flows.length ? flows[0].id : null;""", from, to);
        assertThat(id).as("arrow from %s to %s", from, to).isNotNull();
        return id;
    }

    private String condition(String flowId) {
        return (String) browser.script("""
                const bo = window.ringflowBuilder.modeler.get('elementRegistry').get(arguments[0]).businessObject;
                return bo.conditionExpression ? bo.conditionExpression.body : null;""", flowId);
    }

    private String label(String flowId) {
        return (String) browser.script(
                "return window.ringflowBuilder.modeler.get('elementRegistry').get(arguments[0]).businessObject.name;", flowId);
    }

    /** The drawn flow as data: applets with their options, arrows with their conditions. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> diagram() {
        return (Map<String, Object>) browser.script("""
                const registry = window.ringflowBuilder.modeler.get('elementRegistry');
                const result = {};
                registry.filter(e => e.type !== 'label' && e.type !== 'bpmn:Process').forEach(e => {
                  const bo = e.businessObject;
                  const io = (bo.extensionElements?.values || []).find(v => v.$type === 'camunda:InputOutput');
                  result[e.id] = JSON.stringify({
                    type: e.type, name: bo.name || null,
                    applet: bo.get('camunda:delegateExpression') || null,
                    options: (io?.inputParameters || []).map(p => p.name + '=' + p.value),
                    from: e.source?.id || null, to: e.target?.id || null,
                    condition: bo.conditionExpression?.body || null });
                });
                return result;""");
    }
}
