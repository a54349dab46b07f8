package vn.danhgia.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The two message bundles (ARCHITECTURE.md house rule 5): the same keys in Vietnamese and English, no key twice, and
 * every literal key a page or a backing bean uses present in both.
 */
class MessageBundlesTest {

    private static final Pattern KEY_IN_VIEW = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Pattern KEY_IN_JAVA = Pattern.compile("\"([a-z]+_[a-zA-Z]+\\.[a-zA-Z]+\\.[a-zA-Z0-9_]+)\"");

    @Test
    @DisplayName("messages_vi and messages_en have the same keys")
    void sameKeys() {
        Set<String> vi = load("vi").stringPropertyNames();
        Set<String> en = load("en").stringPropertyNames();
        Set<String> onlyVi = new TreeSet<>(vi);
        onlyVi.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(vi);
        assertEquals(Set.of(), onlyVi, "keys only in messages_vi");
        assertEquals(Set.of(), onlyEn, "keys only in messages_en");
    }

    @Test
    @DisplayName("no key is defined twice in a bundle (the second would silently win)")
    void noDuplicateKeys() throws IOException {
        for (String language : List.of("vi", "en")) {
            List<String> keys = new ArrayList<>();
            try (InputStream in = bundle(language)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                        keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
                    }
                }
            }
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            keys.forEach(k -> {
                if (!seen.add(k)) {
                    twice.add(k);
                }
            });
            assertEquals(Set.of(), twice, "keys defined twice in messages_" + language);
        }
    }

    @Test
    @DisplayName("every literal key of the pages and of the commitments backing bean is in both bundles")
    void usedKeysExist() throws IOException {
        Set<String> vi = load("vi").stringPropertyNames();
        Set<String> en = load("en").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = KEY_IN_VIEW.matcher(Files.readString(view, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Matcher m = KEY_IN_JAVA.matcher(Files.readString(
                Path.of("src/main/java/vn/danhgia/web/evaluation/CommitmentsBacking.java"), StandardCharsets.UTF_8));
        while (m.find()) {
            used.add(m.group(1));
        }
        assertTrue(used.contains("evaluation_commitments.title.page"), "the scan finds the keys: " + used.size());
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            if (!vi.contains(key) || !en.contains(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "keys used but not in both bundles");
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(bundle(language), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static InputStream bundle(String language) {
        InputStream in = MessageBundlesTest.class.getResourceAsStream("/vn/danhgia/web/i18n/messages_" + language
                + ".properties");
        if (in == null) {
            throw new IllegalStateException("no messages_" + language + ".properties on the classpath");
        }
        return in;
    }
}
