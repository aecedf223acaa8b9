package io.shoplab.platform.faults;

import io.shoplab.platform.ModuleFacade;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A stand-in module facade named {@code widgets}, with a controller calling it as a module's would. */
@ModuleFacade(module = "widgets")
public class WidgetStock {

    public int count() {
        return 7;
    }

    @RestController
    static class WidgetStockController {

        private final WidgetStock stock;

        WidgetStockController(WidgetStock stock) {
            this.stock = stock;
        }

        @GetMapping("/test/widget-stock")
        int count() {
            return stock.count();
        }
    }
}
