package io.shoplab.inventory;

import static io.shoplab.platform.test.ProblemAssertions.assertInvalidField;
import static io.shoplab.platform.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import io.shoplab.platform.test.PlatformWebTest;
import io.shoplab.platform.web.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** {@code /api/inventory/{productId}} as docs/api.md describes it, on a mocked inventory facade. */
@PlatformWebTest
@Import(InventoryController.class)
class InventoryControllerTest {

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private Inventory inventory;

    @Test
    void answersTheStockOfAProduct() {
        given(inventory.stockOf(5)).willReturn(new StockLevel(5, 998, 2));

        assertThat(mvc.get().uri("/api/inventory/5")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"productId": 5, "available": 998, "reserved": 2}""");
    }

    @Test
    void anUnknownProductIsANotFoundProblem() {
        given(inventory.stockOf(404)).willThrow(new NotFoundException("No product 404"));

        assertProblem(mvc.get().uri("/api/inventory/404").exchange(), 404, "not-found");
    }

    @Test
    void aProductIdThatIsNoNumberIsAnInvalidField() {
        assertInvalidField(mvc.get().uri("/api/inventory/five").exchange(), "productId");
        verifyNoInteractions(inventory);
    }
}
