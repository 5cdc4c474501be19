package io.github.iamuser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one strict JSON reader: RFC 8259 text reads as it is written, what Gson's lenient parser would guess is refused. */
class StrictJsonTest {
    @Test
    void aValidTextReadsAsItIsWrittenNumbersKeepingTheirText() {
        String text = "{\"a\":[1,\"x\",true,null,{\"b\":1e3}],\"c\":-0.5}";

        assertEquals(JsonParser.parseString(text), StrictJson.parse(text));
        assertEquals("1e3", StrictJson.parse("[1e3]").getAsJsonArray().get(0).getAsString());
    }

    @Test
    void aNameTwiceInOneObjectIsRefusedNamingIt() {
        JsonParseException e =
                assertThrows(JsonParseException.class, () -> StrictJson.parse("{\"a\":{\"b\":1,\"b\":2}}"));

        assertTrue(e.getMessage().contains("\"b\" appears twice in one object"), e.getMessage());
        assertEquals(
                2, StrictJson.parse("[{\"b\":1},{\"b\":2}]").getAsJsonArray().size(), "once per object is fine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{a:1}", "{'a':1}", "{\"a\":1} x", "{\"a\":1}{}", "[NaN]", "{\"a\":1,}", "/*c*/{}", ""})
    void whatTheRfcDoesNotWriteIsRefused(String text) {
        JsonParseException e = assertThrows(JsonParseException.class, () -> StrictJson.parse(text));

        assertTrue(e.getMessage().startsWith("malformed") || e.getMessage().contains("missing"), e.getMessage());
    }
}
