package vn.danhgia.web.evaluation;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import vn.danhgia.evaluation.api.quarter.EvaluationException;
import vn.danhgia.web.i18n.Texts;

/** What the quarterly-cycle pages share: messages from keys and the Vietnamese message of a refusal. */
final class QuarterPages {

    private QuarterPages() {
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    /** Shows a refusal of the evaluation module (its Vietnamese message) or rethrows anything else. */
    static void refused(RuntimeException e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        if (!(t instanceof EvaluationException rejected)) {
            throw e;
        }
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, rejected.getMessage(), null));
    }

    /** The outcome of a ruling in words, from the bundle ("evaluation.outcome.PROFESSIONAL"). */
    static String outcome(String outcome) {
        return Texts.get(FacesContext.getCurrentInstance(), "evaluation.outcome." + (outcome == null || outcome.isBlank() ? "NONE" : outcome));
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Texts.get(faces, key);
        faces.addMessage(null, new FacesMessage(severity, arguments.length == 0 ? text : MessageFormat.format(text, arguments), null));
    }
}
