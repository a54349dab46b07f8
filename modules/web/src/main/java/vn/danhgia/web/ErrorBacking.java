package vn.danhgia.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import vn.danhgia.web.errors.Failures;

/** Backs {@code /error.xhtml}: chooses a plain-language explanation; never shows the exception. */
@Named
@RequestScoped
public class ErrorBacking {

    @Inject
    private FacesContext faces;

    /** The message key explaining what happened. */
    public String getMessageKey() {
        Map<String, Object> request = faces.getExternalContext().getRequestMap();
        Object status = request.get(RequestDispatcher.ERROR_STATUS_CODE);
        Object exception = request.get(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable t && Failures.isDatabaseUnavailable(t)) {
            return "common_error.message.database";
        }
        if (Integer.valueOf(404).equals(status)) {
            return "common_error.message.notFound";
        }
        if (Integer.valueOf(403).equals(status)) {
            return "common_error.message.forbidden";
        }
        return "common_error.message.unexpected";
    }
}
