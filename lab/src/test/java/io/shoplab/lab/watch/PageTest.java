package io.shoplab.lab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void theLivePageInlinesItsStyleAndScriptAndHasNothingSaved() {
        String page = Page.live();

        assertThat(page)
                .startsWith("<!DOCTYPE html>")
                .contains("const SAVED = null;", "connection(\"saved\"")
                .doesNotContain("/*style*/", "/*script*/", "{{", "http://", "https://");
    }

    @Test
    void aSavedHistoryCarriesItsSecondsWithoutEndingItsScript() {
        String page = Page.saved("[{\"note\":\"</script><b>\"}]");

        assertThat(page)
                .contains("const SAVED = [{\"note\":\"<\\/script><b>\"}];")
                .doesNotContain("\"</script>");
    }
}
