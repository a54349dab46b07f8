package vn.danhgia.reports;

import java.text.Normalizer;

/**
 * Vietnamese text may arrive decomposed (NFD: a base letter followed by combining marks, as typed
 * on some systems or read from imported files). The PDF fonts have the precomposed letters, and
 * text extraction and search expect NFC, so strings given to a report are normalised to NFC.
 */
final class TextValues {

    private TextValues() {
    }

    static Object nfc(Object value) {
        if (value instanceof String text && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return value;
    }
}
