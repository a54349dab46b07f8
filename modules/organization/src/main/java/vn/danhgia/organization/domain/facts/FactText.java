package vn.danhgia.organization.domain.facts;

/** Checks of free-text fields shared by the fact rules. */
public final class FactText {

    private FactText() {
    }

    /** "{label} không được để trống." / "{label} dài quá {max} ký tự.", or null. */
    public static String problem(String label, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            return required ? label + " không được để trống." : null;
        }
        if (value.strip().length() > max) {
            return label + " dài quá " + max + " ký tự.";
        }
        return null;
    }

    /** Whether the value is one of the allowed codes (null is not; Set.of refuses null look-ups). */
    public static boolean oneOf(java.util.Set<String> allowed, String value) {
        return value != null && allowed.contains(value);
    }

    /** Trimmed text, or null when blank: what is stored. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
