package io.shoplab.platform.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Query parameters and headers bound to a {@code String} must be {@linkplain WellFormedText well-formed text}. */
@ControllerAdvice
class RequestTextBinding {

    @InitBinder
    void wellFormedText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new WellFormedText.Editor());
    }
}
