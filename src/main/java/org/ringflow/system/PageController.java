package org.ringflow.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The two pages the frontend build produces; everything else in the UI is hash-routed inside index.html. */
@Controller
class PageController {

    @GetMapping("/login")
    String login() {
        return "forward:/login.html";
    }

    @GetMapping("/")
    String app() {
        return "forward:/index.html";
    }
}
