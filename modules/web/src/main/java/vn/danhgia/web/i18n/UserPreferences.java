package vn.danhgia.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The user's language; Vietnamese by default, English as the second locale. */
@Named
@SessionScoped
public class UserPreferences implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    private Locale locale = VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches the language and reloads the current page. */
    public void switchTo(String language) throws IOException {
        locale = SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(VIETNAMESE);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        String uri = ((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest()).getRequestURI();
        faces.getExternalContext().redirect(uri);
    }
}
