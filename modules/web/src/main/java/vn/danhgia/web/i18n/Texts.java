package vn.danhgia.web.i18n;

import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Looks up a key of the {@code msg} bundle in the current user's language. */
public final class Texts {

    public static final String BUNDLE = "vn.danhgia.web.i18n.messages";

    private Texts() {
    }

    public static String get(FacesContext faces, String key) {
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
    }
}
