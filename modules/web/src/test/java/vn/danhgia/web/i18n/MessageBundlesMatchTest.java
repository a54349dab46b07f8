package vn.danhgia.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** House rule 5: every visible string is a key of both bundles, and every key a page names literally exists. */
class MessageBundlesMatchTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    @Test
    @DisplayName("messages_vi and messages_en have the same keys")
    void sameKeys() throws IOException {
        Set<String> vi = keys("messages_vi.properties");
        Set<String> en = keys("messages_en.properties");
        Set<String> onlyVi = new TreeSet<>(vi);
        onlyVi.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(vi);
        assertEquals(Set.of(), onlyVi, "keys only in messages_vi");
        assertEquals(Set.of(), onlyEn, "keys only in messages_en");
    }

    @Test
    @DisplayName("every msg['key'] written in a page exists in the Vietnamese bundle")
    void pagesNameExistingKeys() throws IOException {
        Set<String> vi = keys("messages_vi.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!vi.contains(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys missing from messages_vi: " + missing);
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesMatchTest.class.getResourceAsStream("/vn/danhgia/web/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
