package io.shoplab.platform.web;

import java.beans.PropertyEditorSupport;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * The text a request may carry: no NUL character (PostgreSQL cannot store one, so a NUL made every
 * write and even a lookup fail with a 500) and no unpaired surrogate (it is no character at all;
 * stored, it silently became {@code ?}). Everything else of Unicode is welcome.
 */
final class WellFormedText {

    static final String RULE = "must be text without NUL characters or unpaired surrogates";

    private WellFormedText() {}

    static boolean isWellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** JSON strings of request bodies: a malformed one is a 400 naming its field, as any malformed value. */
    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value != null && !isWellFormed(value)) {
                return (String) context.handleWeirdStringValue(String.class, value, RULE);
            }
            return value;
        }
    }

    /** Query parameters and headers bound to a {@code String}: a malformed one is a 400 naming the parameter. */
    static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text != null && !isWellFormed(text)) {
                throw new IllegalArgumentException(RULE);
            }
            setValue(text);
        }
    }
}
