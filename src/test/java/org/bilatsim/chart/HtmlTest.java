package org.bilatsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesEveryCharacterThatCouldOpenMarkupOrCloseAnAttribute() {
        assertEquals(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Html.escape("<script>alert('x')</script> & \"q\""));
        assertEquals("Pakistan–Azerbaijan ✓", Html.escape("Pakistan–Azerbaijan ✓"));
        assertEquals("", Html.escape(null));
        assertEquals("&amp;amp;", Html.escape("&amp;"), "escaping is not idempotent: escape once");
    }
}
