package org.ringflow.applet;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The applets the Flow Builder may offer, with their options and outcomes. */
@RestController
@RequestMapping("/api/applets")
class AppletController {

    private final AppletCatalog catalog;

    AppletController(AppletCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<AppletSpec> list(@RequestParam(name = "kind", required = false) Channel kind) {
        return catalog.all(kind);
    }
}
